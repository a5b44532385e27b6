import type { DaysFromNow } from './sample-icps';

/**
 * ICPs that give the review something to say: together they trigger every check (src/shared/checks)
 * but "No users" (the API lists an ICP only to the users it names, so the one without users here is
 * found by an admin, by id, and kept for exports and that case) and hold three overlapping pairs, one of them a duplicate, so "Try demo data" shows the Checks
 * section, the row badges and the Review view at work. Each is a plausible draft a sales-ops team
 * might really leave behind.
 */
export function sampleReviewIcps(d: DaysFromNow): unknown[] {
  const alice = 'user_abc123';
  const dachCtos = {
    provider: 'baseProvider',
    type: 'person',
    filters: {
      job_title: ['CTO', 'VP Engineering'],
      location: { country: ['Germany', 'Austria', 'Switzerland'] },
      company: { employee_size: { min: 500, max: 10000 } },
    },
  };
  return [
    {
      id: 'bd8673cd-448c-4761-a735-ff549c1131a5',
      name: 'DACH Engineering Leaders – Mid-Market',
      description: 'CTOs and VPs of Engineering at 500–10,000-employee companies in Germany, Austria and Switzerland.',
      createdAt: d(-120),
      updatedAt: d(-6),
      leadProviderCriteria: [dachCtos],
      customFilterCriteria: [{ type: 'maxPeoplePerCompany', value: 2 }],
      userIds: [alice, 'user_xyz789'],
      leadsPerList: 25,
      activeUntil: d(150),
    },
    {
      id: '86d905d4-2ed6-476b-b533-0f73b219fe51',
      name: 'DACH Engineering Leaders – Mid-Market (copy)',
      description: 'Copied from the mid-market campaign for the Q3 push; criteria not changed yet.',
      createdAt: d(-20),
      updatedAt: d(-20),
      leadProviderCriteria: [dachCtos],
      customFilterCriteria: [{ type: 'maxPeoplePerCompany', value: 1 }],
      userIds: [alice],
      leadsPerList: 25,
      activeUntil: d(90),
    },
    {
      id: '5ac50236-fe92-494d-96f1-396e77f03863',
      name: 'German IT Decision Makers',
      description: 'Heads of IT and CTOs at German companies of 200–1,000 employees.',
      createdAt: d(-60),
      updatedAt: d(-12),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_titles: ['cto', 'Head of IT', 'IT-Leiter'],
            location: { country: ['germany'] },
            company: { employee_size: { min: 200, max: 1000 } },
          },
        },
      ],
      customFilterCriteria: [],
      userIds: [alice],
      leadsPerList: 15,
      activeUntil: d(200),
    },
    {
      id: '706b9bbc-d446-4d0a-b424-3fb9c9f2ec76',
      name: 'Draft: Growth Leaders France (filters half done)',
      description: 'Regex and prompts still being written.',
      createdAt: d(-5),
      updatedAt: d(-1),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: { job_title: ['Head of Growth', 'Growth Lead'], location: { country: ['France'], city: [] } },
        },
        { provider: 'baseProvider', type: 'company', filters: {} },
      ],
      customFilterCriteria: [
        { type: 'matchFieldWithRegex', field: 'title', regex: '^(Head|VP' },
        { type: 'matchFieldWithRegex', field: 'email', regex: '^([a-z0-9]+)+@example\\.com$' },
        { type: 'ai', entityType: 'person', prompt: '   ' },
        {
          type: 'webscraping',
          provider: 'browserUse',
          pageFindingPrompt: 'Find the careers page',
          extractionPrompt: '',
          includeSearchStrings: ['careers', 'Pricing', 'pricing'],
          excludeSearchStrings: ['careers'],
        },
      ],
      userIds: [alice],
      leadsPerList: 10,
      activeUntil: d(8),
    },
    {
      id: 'cd1f9678-fe0a-4773-8537-9618a8892c95',
      name: 'Enterprise Software Accounts – Limits to Fix',
      description: 'Imported from a spreadsheet; several limits came across wrong.',
      createdAt: d(-45),
      updatedAt: d(-3),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'company',
          filters: { industry: ['Software'], company: { employee_size: { min: 10000, max: 500 } } },
        },
      ],
      customFilterCriteria: [
        { type: 'maxPeoplePerCompany', value: 0 },
        { type: 'maxPeoplePerCompany', value: 3 },
        { type: 'maxPercentFromCRM', value: 150 },
        { type: 'minDaysUntilReuse', value: -7 },
      ],
      userIds: [alice],
      leadsPerList: 0,
      activeUntil: d(300),
    },
    {
      id: '0e71e923-f22c-483b-997d-a56182ece4ad',
      name: 'Iberia CIOs – Conflicting Lists',
      description: 'Two people edited the lists at once.',
      createdAt: d(-90),
      updatedAt: d(-2),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_title: { include: ['CIO', 'CTO'], exclude: ['cto'] },
            location: { country: ['Spain', 'Portugal', 'spain'] },
            include: ['Madrid'],
          },
        },
      ],
      customFilterCriteria: [{ type: 'maxPercentFromCRM', value: 30 }],
      crmFilters: {
        provider: 'bullhorn',
        filters: [
          { path: 'address.countryCode', mode: 'in', value: ['ES', 'PT'] },
          { path: 'address.countryCode', mode: 'in', value: ['es'], exclude: true },
        ],
      },
      userIds: [alice, alice],
      leadsPerList: 20,
      activeUntil: d(120),
    },
    {
      id: '29452967-6be8-4d34-b823-b0df4e934c3f',
      name: 'Nordic Retail Buyers (unassigned)',
      description: 'Nobody has been given this ICP yet: only an admin finds it, by its id.',
      createdAt: d(-30),
      updatedAt: d(-30),
      leadProviderCriteria: [
        { provider: 'baseProvider', type: 'person', filters: { job_title: ['Head of Buying'], location: { country: ['Sweden', 'Norway'] } } },
      ],
      customFilterCriteria: [{ type: 'maxPercentFromCRM', value: 20 }],
      userIds: [],
      leadsPerList: 10,
      activeUntil: d(60),
    },
    {
      id: '291275ae-3099-428c-9d99-65b22d662703',
      name: 'Partner Sourcing via Clay (pilot)',
      description: 'Pilot with a provider and search type ICP Desk does not know yet.',
      createdAt: d(-15),
      updatedAt: d(-15),
      leadProviderCriteria: [
        { provider: 'clayProvider', type: 'person', filters: { job_title: ['Partner Manager'] } },
        { provider: 'baseProvider', type: 'account', filters: { industry: ['Consulting'] } },
      ],
      customFilterCriteria: [{ type: 'intentSignal', topics: ['Partnerships'] }],
      crmFilters: { provider: 'salesforce', filters: [] },
      userIds: [alice],
      leadsPerList: 10,
      activeUntil: d(-40),
    },
  ];
}
