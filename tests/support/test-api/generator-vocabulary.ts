/*
 * Word lists the ICP generator combines. Kept apart from the generator so its logic reads on one
 * screen. The values imitate what B2B sales teams put into real ICPs.
 *
 * Everything here is deep-frozen because generated ICPs share these arrays and objects rather
 * than copying them (see generate-icps.ts): a consumer that mutates one ICP must fail loudly
 * instead of silently changing thousands.
 */

export interface Market {
  label: string;
  countries: readonly string[];
}

export const MARKETS: readonly Market[] = deepFreeze([
  { label: 'DACH', countries: ['Germany', 'Austria', 'Switzerland'] },
  { label: 'Nordic', countries: ['Sweden', 'Norway', 'Denmark', 'Finland'] },
  { label: 'Benelux', countries: ['Netherlands', 'Belgium', 'Luxembourg'] },
  { label: 'UK & Ireland', countries: ['United Kingdom', 'Ireland'] },
  { label: 'France', countries: ['France'] },
  { label: 'Iberia', countries: ['Spain', 'Portugal'] },
  { label: 'Italy', countries: ['Italy'] },
  { label: 'CEE', countries: ['Poland', 'Czechia', 'Hungary', 'Romania'] },
  { label: 'Baltics', countries: ['Estonia', 'Latvia', 'Lithuania'] },
  { label: 'US', countries: ['United States'] },
  { label: 'North America', countries: ['United States', 'Canada'] },
  { label: 'LatAm', countries: ['Brazil', 'Mexico', 'Colombia', 'Chile'] },
  { label: 'ANZ', countries: ['Australia', 'New Zealand'] },
  { label: 'Southeast Asia', countries: ['Singapore', 'Malaysia', 'Indonesia', 'Vietnam'] },
  { label: 'Japan', countries: ['Japan'] },
  { label: 'India', countries: ['India'] },
  { label: 'Middle East', countries: ['United Arab Emirates', 'Saudi Arabia', 'Qatar'] },
]);

export interface Industry {
  label: string;
  names: readonly string[];
  keywords: readonly string[];
}

export const INDUSTRIES: readonly Industry[] = deepFreeze([
  { label: 'SaaS', names: ['Computer Software'], keywords: ['SaaS', 'cloud platform', 'subscription'] },
  { label: 'Fintech', names: ['Financial Services'], keywords: ['payments', 'lending', 'banking-as-a-service'] },
  { label: 'Logistics', names: ['Logistics & Supply Chain', 'Transportation'], keywords: ['3PL', 'freight', 'last-mile'] },
  { label: 'Healthcare', names: ['Hospital & Health Care'], keywords: ['clinic', 'patient care', 'telehealth'] },
  { label: 'MedTech', names: ['Medical Devices'], keywords: ['ISO 13485', 'MDR', 'diagnostics'] },
  { label: 'Manufacturing', names: ['Machinery', 'Industrial Automation'], keywords: ['plant', 'OEM', 'Industry 4.0'] },
  { label: 'Automotive', names: ['Automotive'], keywords: ['Tier 1', 'EV', 'powertrain'] },
  { label: 'Retail', names: ['Retail'], keywords: ['omnichannel', 'stores', 'ecommerce'] },
  { label: 'Insurance', names: ['Insurance'], keywords: ['insurtech', 'underwriting', 'claims'] },
  { label: 'Energy', names: ['Renewables & Environment', 'Utilities'], keywords: ['wind', 'solar', 'grid'] },
  { label: 'Cybersecurity', names: ['Computer & Network Security'], keywords: ['SOC', 'MDR', 'zero trust'] },
  { label: 'Pharma', names: ['Pharmaceuticals'], keywords: ['clinical trials', 'GMP', 'biologics'] },
  { label: 'Real Estate', names: ['Real Estate', 'Construction'], keywords: ['proptech', 'facility management'] },
  { label: 'Hospitality', names: ['Hospitality'], keywords: ['hotels', 'revenue management'] },
  { label: 'Staffing', names: ['Staffing & Recruiting'], keywords: ['recruitment agency', 'contractors'] },
  { label: 'EdTech', names: ['E-Learning', 'Education Management'], keywords: ['LMS', 'online courses'] },
]);

export interface RoleFamily {
  label: string;
  titles: readonly string[];
  /** What a recruiter would type into Bullhorn's occupation search for these people. */
  crmTextSearch: string;
  seniority: readonly string[];
}

export const ROLE_FAMILIES: readonly RoleFamily[] = deepFreeze([
  {
    label: 'IT Leaders',
    titles: ['CIO', 'CTO', 'Head of IT', 'IT Director', 'IT-Leiter', 'VP Engineering'],
    crmTextSearch: 'Head OR Leit* OR Direktor',
    seniority: ['c_suite', 'vp', 'head'],
  },
  {
    label: 'Finance Leaders',
    titles: ['CFO', 'Head of Finance', 'Finance Director', 'VP Finance', 'Controller'],
    crmTextSearch: 'CFO OR Finance*',
    seniority: ['c_suite', 'vp', 'director'],
  },
  {
    label: 'Operations Heads',
    titles: ['COO', 'Head of Operations', 'Operations Director', 'Plant Manager', 'Werksleiter'],
    crmTextSearch: 'Operations OR Betrieb*',
    seniority: ['c_suite', 'head', 'manager'],
  },
  {
    label: 'Marketing Leaders',
    titles: ['CMO', 'Head of Marketing', 'Marketing Director', 'VP Marketing', 'Head of Growth'],
    crmTextSearch: 'Marketing*',
    seniority: ['c_suite', 'vp', 'head'],
  },
  {
    label: 'Sales Leaders',
    titles: ['CRO', 'VP Sales', 'Head of Sales', 'Sales Director', 'Vertriebsleiter'],
    crmTextSearch: 'Sales OR Vertrieb*',
    seniority: ['c_suite', 'vp', 'head'],
  },
  {
    label: 'HR Leaders',
    titles: ['Chief People Officer', 'Head of People', 'HR Director', 'Talent Acquisition Lead'],
    crmTextSearch: 'HR OR People OR Personal*',
    seniority: ['c_suite', 'head', 'director'],
  },
  {
    label: 'Procurement',
    titles: ['Chief Procurement Officer', 'Head of Procurement', 'Einkaufsleiter', 'Category Manager'],
    crmTextSearch: 'Procurement OR Einkauf*',
    seniority: ['c_suite', 'head', 'manager'],
  },
  {
    label: 'Security Leaders',
    titles: ['CISO', 'Head of Security', 'Security Architect', 'IT Security Manager'],
    crmTextSearch: 'Security OR Sicherheit*',
    seniority: ['c_suite', 'head', 'manager'],
  },
  {
    label: 'Founders',
    titles: ['Founder', 'Co-founder', 'CEO', 'Managing Director', 'Geschäftsführer'],
    crmTextSearch: 'Founder OR CEO OR Geschäftsführer',
    seniority: ['owner', 'c_suite'],
  },
]);

export const NAME_SUFFIXES: readonly string[] = deepFreeze([
  'Q1 Push',
  'Q3 Campaign',
  'Pilot',
  'Wave 2',
  'Event Follow-up',
  'Outbound',
  'Expansion',
  'Re-engagement',
]);

export const SIZE_BUCKETS: readonly string[] = deepFreeze(['1-10', '11-50', '51-200', '201-500', '501-1000', '1001-5000', '5001-10000', '10001+']);

export const SIZE_RANGES: readonly { min: number; max?: number }[] = deepFreeze([
  { min: 10, max: 50 },
  { min: 50, max: 200 },
  { min: 200, max: 1000 },
  { min: 500, max: 10000 },
  { min: 1000 },
]);

export const TECHNOLOGIES: readonly string[] = deepFreeze([
  'Salesforce',
  'HubSpot',
  'SAP S/4HANA',
  'Microsoft Azure',
  'AWS',
  'Snowflake',
  'Shopify',
  'Workday',
  'Okta',
]);

export const UNKNOWN_PROVIDERS: readonly string[] = deepFreeze(['apolloProvider', 'clayProvider']);

export const WEBSITE_PROMPTS: readonly string[] = deepFreeze([
  'Does the website offer a self-serve B2B product with public pricing?',
  'Does the careers page list open sales or engineering roles?',
  'Does the company mention operations in more than one country?',
]);

export const AI_PROMPTS: readonly { entityType: 'company' | 'person'; prompt: string }[] = deepFreeze([
  { entityType: 'company', prompt: 'Is the company selling to other businesses rather than consumers?' },
  { entityType: 'company', prompt: 'Has the company raised funding or expanded in the last 12 months?' },
  { entityType: 'person', prompt: 'Is this person likely to own the budget for new software?' },
  { entityType: 'person', prompt: 'Does this person lead a team rather than work as an individual contributor?' },
]);

export const REGEX_RULES: readonly { field: string; regex: string }[] = deepFreeze([
  { field: 'title', regex: '^(Head|VP|Chief|Director)\\b' },
  { field: 'email', regex: '@(?!gmail\\.com|yahoo\\.com)' },
  { field: 'company.headcount', regex: '^[0-9]{3,4}$' },
  { field: 'firstName', regex: '^[A-Z]' },
]);

export const CRM_CONDITIONS: readonly { path: string; mode: string; value: unknown }[] = deepFreeze([
  { path: 'status', mode: 'equals', value: 'Active' },
  { path: 'owner.name', mode: 'contains', value: 'Recruiting Team' },
  { path: 'address.countryCode', mode: 'in', value: ['DE', 'AT', 'CH'] },
  { path: 'isDeleted', mode: 'equals', value: false },
  { path: 'dateLastModified', mode: 'after', value: '2024-01-01' },
]);

export const COLLEAGUE_IDS: readonly string[] = deepFreeze(['user_xyz789', 'user_def456']);

export const LEADS_PER_LIST: readonly number[] = deepFreeze([5, 10, 10, 10, 15, 20, 25, 25, 50, 100]);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
