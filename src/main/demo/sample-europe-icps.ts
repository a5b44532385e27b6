import type { DaysFromNow } from './sample-icps';

/** Typical ICPs of B2B sales teams selling into European markets, in the documented format. */
export function sampleEuropeIcps(d: DaysFromNow): unknown[] {
  return [
    {
      id: '8541bdd8-a678-481c-8420-d9f4c3e6813a',
      name: 'DACH SaaS – IT-Leitung Mittelstand',
      description: 'IT leaders at mid-sized software and IT service companies in Germany, Austria and Switzerland.',
      createdAt: d(-420),
      updatedAt: d(-35),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_titles: ['CIO', 'IT-Leiter', 'Leiter IT', 'Head of IT'],
            location: { country: ['Germany', 'Austria', 'Switzerland'] },
            company: { employee_size: { min: 200, max: 2000 }, industry: ['Computer Software', 'Information Technology & Services'] },
          },
        },
      ],
      customFilterCriteria: [
        { type: 'website', provider: 'browserUse', prompt: 'Does the website offer a B2B SaaS product with a German-language pricing page?' },
        { type: 'maxPeoplePerCompany', value: 2 },
        // No value: the app must show the documented default of 365 days.
        { type: 'minDaysUntilReuse' },
      ],
      crmFilters: {
        provider: 'bullhorn',
        textSearch: 'Head OR Leit* OR Direktor',
        filters: [
          { path: 'status', mode: 'equals', value: 'Active', exclude: false },
          { path: 'owner.name', mode: 'contains', value: 'Recruiting Team', exclude: true },
        ],
      },
      userIds: ['user_abc123', 'user_xyz789'],
      leadsPerList: 20,
      activeUntil: d(90),
    },
    {
      id: '1a1665ab-5ac7-42f6-a263-20ed2cbce6c4',
      name: 'Nordic Logistics – Fleet & Operations',
      description: 'Operations and fleet managers at 3PLs and freight forwarders across the Nordics.',
      createdAt: d(-150),
      updatedAt: d(-150),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_titles: ['Head of Operations', 'Logistics Manager', 'Fleet Manager', 'COO'],
            location: { country: ['Sweden', 'Norway', 'Denmark', 'Finland'] },
            company: { employee_size: { min: 50, max: 1000 } },
            keywords: ['3PL', 'freight forwarding', 'last-mile delivery'],
          },
        },
      ],
      customFilterCriteria: [
        {
          type: 'webscraping',
          provider: 'firecrawl',
          extractionPrompt: 'How many trucks or vans does the company operate? Answer with a number.',
          pageFindingPrompt: 'Find the page describing the fleet, depots or transport services.',
          includeSearchStrings: ['fleet', 'flåde', 'lastbilar', 'trucks'],
          excludeSearchStrings: ['job opening', 'ledig stilling'],
        },
        // No value: the documented default is 1 person per company.
        { type: 'maxPeoplePerCompany' },
      ],
      // crmFilters is absent on purpose: the field is optional as well as nullable.
      userIds: ['user_abc123'],
      leadsPerList: 15,
      activeUntil: d(400),
    },
    {
      id: 'f24741e2-0767-402d-bc36-2731d5903cfa',
      name: 'Healthcare Procurement – NHS Trusts',
      description: 'Procurement and digital leaders at NHS trusts and health boards.',
      createdAt: d(-90),
      updatedAt: d(-10),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_title: ['Head of Procurement', 'Procurement Director', 'Chief Digital Officer'],
            location: { country: ['United Kingdom'], region: ['England', 'Scotland', 'Wales'] },
            company: { industry: ['Hospital & Health Care'] },
          },
        },
      ],
      customFilterCriteria: [
        { type: 'matchFieldWithRegex', field: 'company.name', regex: '(NHS|Trust|Health Board)' },
        { type: 'minDaysUntilReuse', value: 90 },
      ],
      crmFilters: { provider: 'bullhorn', textSearch: null, filters: [] },
      userIds: ['user_abc123'],
      leadsPerList: 10,
      activeUntil: d(29),
    },
    {
      id: '8b17caca-cb68-4c05-a2d5-acc637b29680',
      name: 'Société Générale de Logistique – Directeurs Supply Chain',
      description: null,
      createdAt: d(-60),
      updatedAt: d(-60),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_titles: ['Directeur Supply Chain', 'Directeur des Opérations', 'Responsable Logistique'],
            location: { country: ['France', 'Belgium', 'Luxembourg'] },
            languages: ['fr'],
          },
        },
      ],
      customFilterCriteria: [{ type: 'ai', entityType: 'person', prompt: 'Is this person responsible for warehousing or transport decisions?' }],
      crmFilters: {
        provider: 'bullhorn',
        textSearch: 'Directeur OR Responsable',
        filters: [{ path: 'address.countryCode', mode: 'in', value: ['FR', 'BE', 'LU'] }],
      },
      userIds: ['user_abc123', 'user_xyz789'],
      leadsPerList: 10,
      activeUntil: null,
    },
    {
      id: '8268091e-b243-4db0-8b5c-9a4978b20cf8',
      name: 'Benelux Cybersecurity – Target Accounts',
      description: 'Security vendors and MSSPs in the Netherlands and Belgium running on Azure.',
      createdAt: d(-30),
      updatedAt: d(-1),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'company',
          filters: {
            industry: ['Computer & Network Security'],
            location: { country: ['Netherlands', 'Belgium'] },
            employee_count: { min: 20, max: 500 },
            technologies: ['Microsoft Azure', 'Okta'],
          },
        },
      ],
      customFilterCriteria: [
        { type: 'website', provider: 'browserUse', prompt: 'Does the company sell managed security services (SOC, MDR)?' },
        { type: 'maxPeoplePerCompany', value: 3 },
      ],
      crmFilters: null,
      userIds: ['user_abc123'],
      leadsPerList: 30,
      activeUntil: d(90),
    },
    {
      id: 'b23a73ce-ffdf-4f31-b2de-98b1f687c488',
      name: 'UK Insurtech – Accounts and Product Leaders',
      description: 'Find insurtechs first, then their product and partnership leaders.',
      createdAt: d(-45),
      updatedAt: d(-4),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'company',
          filters: {
            industry: ['Insurance'],
            keywords: ['insurtech', 'embedded insurance'],
            founded_year: { min: 2012 },
            location: { country: ['United Kingdom'] },
          },
        },
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_titles: ['Chief Product Officer', 'Head of Partnerships', 'VP Product'],
            seniority: ['c_suite', 'vp', 'head'],
          },
        },
      ],
      customFilterCriteria: [
        { type: 'maxPeoplePerCompany', value: 1 },
        { type: 'maxPercentFromCRM', value: 50 },
        { type: 'minDaysUntilReuse', value: 180 },
      ],
      crmFilters: null,
      userIds: ['user_abc123', 'user_xyz789'],
      leadsPerList: 10,
      activeUntil: d(3),
    },
    {
      id: 'a78b5a54-6345-4ab9-b11a-864abc5ee472',
      name: 'Irish MedTech – Regulatory Affairs',
      description: 'QA/RA leaders at medical device makers preparing for EU MDR audits.',
      createdAt: d(-75),
      updatedAt: d(-20),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_title: ['Head of Regulatory Affairs', 'QA/RA Manager', 'VP Quality'],
            location: { country: ['Ireland'] },
            company: { industry: ['Medical Devices'], employee_size: { min: 100 } },
          },
        },
      ],
      customFilterCriteria: [
        {
          type: 'webscraping',
          provider: 'firecrawl',
          extractionPrompt: 'List the certifications the company mentions.',
          pageFindingPrompt: 'Find the quality, regulatory or certifications page.',
          includeSearchStrings: ['ISO 13485', 'MDR', 'FDA 510(k)'],
          excludeSearchStrings: [],
        },
        { type: 'ai', entityType: 'person', prompt: 'Does this person own regulatory submissions?' },
      ],
      crmFilters: {
        provider: 'bullhorn',
        textSearch: 'Regulatory OR Quality',
        filters: [
          { path: 'categories.name', mode: 'equals', value: 'MedTech', exclude: false },
          { path: 'dateLastModified', mode: 'after', value: '2024-01-01', exclude: false },
        ],
      },
      userIds: ['user_abc123'],
      leadsPerList: 12,
      activeUntil: d(20),
    },
    {
      id: 'fd191982-5b26-4eeb-9764-737bc81a2e71',
      name: 'Polish Software Houses – CTOs',
      description: 'Technical founders of small software houses in Poland.',
      createdAt: d(-300),
      updatedAt: d(-100),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_titles: ['CTO', 'Co-founder', 'Head of Engineering'],
            location: { country: ['Poland'], city: ['Warszawa', 'Kraków', 'Wrocław', 'Gdańsk'] },
            company_size: ['11-50', '51-200'],
          },
        },
      ],
      customFilterCriteria: [{ type: 'maxPeoplePerCompany', value: 1 }],
      crmFilters: null,
      userIds: ['user_abc123'],
      leadsPerList: 50,
      activeUntil: d(90),
    },
    {
      id: '614ca315-9724-4c88-97e4-cba54598a0f6',
      name: 'Nordic Energy Transition – Company Search',
      description: 'Large utilities and renewables developers in the Nordics.',
      createdAt: d(-500),
      updatedAt: d(-250),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'company',
          filters: {
            industry: ['Renewables & Environment', 'Utilities'],
            location: { country: ['Norway', 'Sweden', 'Denmark', 'Finland', 'Iceland'] },
            company_size: ['1001-5000', '5001-10000', '10001+'],
          },
        },
      ],
      customFilterCriteria: [{ type: 'ai', entityType: 'company', prompt: 'Is the company building or operating wind, solar or hydrogen projects?' }],
      crmFilters: null,
      userIds: ['user_abc123'],
      leadsPerList: 10,
      activeUntil: null,
    },
    {
      id: '4bb35a65-02ae-474e-ad04-20c9d2625a1a',
      name: 'Scale-up HR Leaders – UK & Ireland',
      description: 'People leaders at venture-backed scale-ups hiring fast.',
      createdAt: d(-40),
      updatedAt: d(-40),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_title: ['Head of People', 'Chief People Officer', 'HR Director', 'Talent Acquisition Lead'],
            location: { country: ['United Kingdom', 'Ireland'] },
            company: { employee_size: { min: 100, max: 1000 }, funding_stage: ['Series A', 'Series B', 'Series C'] },
          },
        },
      ],
      customFilterCriteria: [
        { type: 'website', provider: 'browserUse', prompt: 'Does the careers page list more than 10 open roles?' },
        { type: 'maxPercentFromCRM', value: 20 },
        { type: 'minDaysUntilReuse', value: 30 },
      ],
      crmFilters: { provider: 'bullhorn', textSearch: 'People OR HR OR Talent' },
      userIds: ['user_abc123'],
      leadsPerList: 15,
      activeUntil: d(60),
    },
    {
      // A question reviewers ask ("which ICPs target CTOs in Germany and expire this month?")
      // has an answer on the demo data: this one, expiring in 9 days.
      id: 'c7e3a5d1-4b2f-4e8a-9d61-2f0b8c4e7a19',
      name: 'Bavarian Manufacturing – CTO Outreach',
      description: 'CTOs and heads of engineering at Mittelstand manufacturers in Bavaria and Baden-Württemberg, before the spring budget round.',
      createdAt: d(-60),
      updatedAt: d(-2),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_titles: ['CTO', 'Head of Engineering', 'Technischer Leiter'],
            location: { country: ['Germany'], region: ['Bavaria', 'Baden-Württemberg'] },
            company: { employee_size: { min: 250, max: 5000 }, industry: ['Industrial Automation', 'Machinery'] },
          },
        },
      ],
      customFilterCriteria: [
        { type: 'ai', entityType: 'company', prompt: 'Does the company manufacture its own products in Germany, not only distribute them?' },
        { type: 'maxPeoplePerCompany', value: 1 },
      ],
      crmFilters: null,
      userIds: ['user_abc123'],
      leadsPerList: 40,
      activeUntil: d(9),
    },
  ];
}
