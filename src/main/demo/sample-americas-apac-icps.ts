import type { DaysFromNow } from './sample-icps';

/** Typical ICPs of B2B sales teams selling into the Americas and Asia-Pacific. */
export function sampleAmericasApacIcps(d: DaysFromNow): unknown[] {
  return [
    {
      id: '6bc9d3a5-589c-4665-b06e-9cd4480124f0',
      name: 'US Fintech – Heads of Risk',
      description: 'Risk and compliance leaders at growth-stage US fintechs (lending, payments, BaaS).',
      createdAt: d(-200),
      updatedAt: d(-2),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_title: ['Chief Risk Officer', 'Head of Risk', 'VP Risk Management', 'Chief Compliance Officer'],
            location: { country: ['United States'], state: ['New York', 'California', 'Illinois'] },
            company: { industry: ['Financial Services'], funding_stage: ['Series B', 'Series C', 'Series D+'] },
            company_size: ['201-500', '501-1000'],
          },
        },
      ],
      customFilterCriteria: [
        { type: 'ai', entityType: 'company', prompt: 'Does the company offer lending, payments or banking-as-a-service products to consumers or SMBs?' },
        { type: 'maxPercentFromCRM', value: 30 },
      ],
      crmFilters: null,
      userIds: ['user_abc123'],
      leadsPerList: 25,
      activeUntil: d(12),
    },
    {
      id: 'd1ad7f0b-a299-49aa-8a59-7d372e0b468e',
      name: 'US Healthcare Payers – Claims Operations',
      description: 'Claims and payment-integrity leaders at regional health plans.',
      createdAt: d(-120),
      updatedAt: d(-6),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_title: ['VP Claims', 'Director of Claims Operations', 'Head of Payment Integrity'],
            location: { country: ['United States'] },
            company: { industry: ['Insurance', 'Health, Wellness & Fitness'], employee_size: { min: 1000, max: 50000 } },
          },
        },
      ],
      customFilterCriteria: [
        { type: 'maxPercentFromCRM', value: 25 },
        { type: 'minDaysUntilReuse', value: 120 },
      ],
      crmFilters: {
        provider: 'bullhorn',
        textSearch: 'Claims AND (Director OR VP)',
        filters: [
          { path: 'status', mode: 'equals', value: 'Active', exclude: false },
          { path: 'companyName', mode: 'contains', value: 'Medicaid', exclude: true },
        ],
      },
      userIds: ['user_abc123', 'user_xyz789'],
      leadsPerList: 25,
      activeUntil: d(200),
    },
    {
      id: '1a20e43e-6e22-4289-a4bb-fc26628d3ad1',
      name: 'Texas Oil & Gas – Field Operations',
      description: 'Field operations and HSE managers at upstream operators in Texas and Oklahoma.',
      createdAt: d(-260),
      updatedAt: d(-45),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_titles: ['Field Operations Manager', 'HSE Manager', 'VP Operations'],
            location: { country: ['United States'], state: ['Texas', 'Oklahoma'] },
            company: { industry: ['Oil & Energy'] },
          },
        },
      ],
      customFilterCriteria: [{ type: 'maxPeoplePerCompany', value: 2 }],
      crmFilters: null,
      userIds: ['user_abc123'],
      leadsPerList: 20,
      activeUntil: d(-7),
    },
    {
      id: '44ba4acc-457e-4316-a891-1c6628894eee',
      name: 'APAC Ecommerce Growth Leads',
      description: 'Growth and marketplace leaders at D2C brands in Singapore, Australia and Japan.',
      createdAt: d(-80),
      updatedAt: d(-12),
      leadProviderCriteria: [
        {
          // A provider this app does not know: shown as is, filters and all.
          provider: 'apolloProvider',
          type: 'person',
          filters: {
            person_titles: ['Head of Growth', 'Director of Ecommerce', 'Marketplace Manager'],
            organization_locations: ['Singapore', 'Australia', 'Japan'],
            organization_num_employees_ranges: ['11,50', '51,200'],
            contact_email_status: ['verified'],
          },
        },
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_title: ['Head of Growth', 'Head of Ecommerce'],
            location: { country: ['Singapore', 'Australia', 'Japan'] },
          },
        },
      ],
      customFilterCriteria: [
        { type: 'ai', entityType: 'company', prompt: 'Does the company sell its own brand directly to consumers online?' },
        { type: 'maxPeoplePerCompany', value: 1 },
      ],
      crmFilters: null,
      userIds: ['user_abc123'],
      leadsPerList: 40,
      activeUntil: d(400),
    },
    {
      id: '48a34cce-8e97-4684-b0c3-834aecbb48d3',
      name: '製造業DX推進 – Japan Manufacturing DX Leaders',
      description: 'デジタル変革を担当する製造業の部長・役員 (heads of digital transformation at manufacturers).',
      createdAt: d(-33),
      updatedAt: d(-33),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_titles: ['DX推進部長', 'CDO', 'Head of Digital Transformation'],
            location: { country: ['Japan'], city: ['東京', '大阪', 'Nagoya'] },
            company: { industry: ['Machinery', 'Industrial Automation'], employee_size: { min: 1000 } },
          },
        },
      ],
      customFilterCriteria: [{ type: 'minDaysUntilReuse', value: 200 }],
      crmFilters: null,
      userIds: ['user_abc123'],
      leadsPerList: 10,
      activeUntil: d(150),
    },
    {
      id: 'd318a147-9027-4bd2-9b86-02e82ba9892e',
      name: 'Indian IT Services – Delivery Heads',
      description: 'Delivery and practice heads at IT service providers in Bengaluru, Pune and Hyderabad.',
      createdAt: d(-15),
      updatedAt: d(-15),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_title: ['Delivery Head', 'Practice Head', 'VP Delivery'],
            location: { country: ['India'], city: ['Bengaluru', 'Pune', 'Hyderabad'] },
            company_size: ['1001-5000', '5001-10000'],
          },
        },
      ],
      customFilterCriteria: [
        { type: 'matchFieldWithRegex', field: 'company.headcount', regex: '^[0-9]{4,5}$' },
        { type: 'maxPercentFromCRM', value: 0 },
      ],
      crmFilters: null,
      userIds: ['user_abc123', 'user_xyz789'],
      leadsPerList: 25,
      activeUntil: d(75),
    },
    {
      id: '861c58a1-285d-4c88-adbb-86d0212d199f',
      name: 'LatAm Retail Expansion',
      description: 'Retail chains in Brazil, Mexico and Colombia that are growing their sales teams.',
      createdAt: d(-95),
      updatedAt: d(-25),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_title: ['Director Comercial', 'Diretor de Vendas', 'Head of Sales'],
            location: { country: ['Brazil', 'Mexico', 'Colombia'] },
            // Deeply nested filters whose shape the reference pages never describe.
            company: {
              industry: ['Retail'],
              revenue: { currency: 'USD', range: { min: 10000000, max: 500000000 } },
              signals: { hiring: { departments: ['Sales', 'Marketing'], growth_6m: { min: 0.1 } } },
            },
            exclude_current_customers: true,
          },
        },
      ],
      customFilterCriteria: [{ type: 'maxPeoplePerCompany', value: 2 }],
      crmFilters: null,
      userIds: ['user_abc123'],
      leadsPerList: 20,
      activeUntil: d(45),
    },
    {
      id: '0abec8cf-7be9-49d7-81a3-9a01f17a98db',
      name: 'Canadian Public Sector IT',
      description: 'IT directors at Canadian provinces and municipalities.',
      createdAt: d(-180),
      updatedAt: d(-8),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_titles: ['IT Director', 'Chief Information Officer', 'Directeur des TI'],
            location: { country: ['Canada'], province: ['Ontario', 'Québec', 'British Columbia'] },
            company: { industry: ['Government Administration'] },
          },
        },
      ],
      customFilterCriteria: [{ type: 'minDaysUntilReuse', value: 365 }],
      crmFilters: null,
      userIds: ['user_abc123'],
      leadsPerList: 10,
      activeUntil: d(180),
      // Fields the reference pages do not name: a newer API may send them, the app must keep them.
      ownerTeam: 'public-sector',
      tags: ['government', 'canada', 'bilingual'],
      version: 3,
      archived: false,
    },
  ];
}
