import type { DaysFromNow } from './sample-icps';

/**
 * ICPs in shapes the app must survive: legacy criteria, legacy CRM queries, unknown filter
 * types, empty drafts, very long and non-Latin text, and ICPs Alice may not open.
 */
export function sampleEdgeCaseIcps(d: DaysFromNow): unknown[] {
  return [
    {
      id: '3f2fa73a-3b2a-41af-9550-4e5f2c419251',
      name: 'Zürich Münchner Fertigung',
      description: 'Fertigungsbetriebe rund um Zürich und München mit eigener Instandhaltung.',
      createdAt: d(-700),
      updatedAt: d(-330),
      leadProviderCriteria: [
        {
          // Legacy criterion: no `type`, which means a person search.
          provider: 'baseProvider',
          filters: {
            job_title: ['Werksleiter', 'Produktionsleiter', 'Leiter Instandhaltung'],
            location: { city: ['Zürich', 'München', 'Stuttgart'] },
          },
        },
      ],
      customFilterCriteria: [
        // No value: the documented default is 100 %.
        { type: 'maxPercentFromCRM' },
        { type: 'minDaysUntilReuse', value: 365 },
      ],
      crmFilters: { provider: 'bullhorn', query: 'occupation:(Werksleiter OR Produktionsleiter) AND status:Active' },
      userIds: ['user_abc123'],
      leadsPerList: 10,
      activeUntil: d(-3),
    },
    {
      id: '81a1d6f0-db47-45c8-8a53-8d46f11a0737',
      name: 'Intent: ERP Replacement (Beta)',
      description: 'Mid-market manufacturers researching cloud ERP right now.',
      createdAt: d(-9),
      updatedAt: d(-9),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'company',
          filters: { industry: ['Manufacturing'], employee_count: { min: 250, max: 5000 } },
        },
      ],
      customFilterCriteria: [
        // A filter type newer than the reference pages: kept whole and shown raw.
        { type: 'intentSignal', provider: 'bombora', topics: ['ERP Software', 'Cloud ERP'], minScore: 70, window: { days: 30 } },
        { type: 'maxPeoplePerCompany', value: 2 },
      ],
      userIds: ['user_abc123', 'user_xyz789'],
      leadsPerList: 10,
      activeUntil: d(0.25),
    },
    {
      id: '99c1f2e6-ed00-436d-90d3-19bdd5e7e991',
      name: 'German Automotive Suppliers – Engineering Heads',
      description: 'Engineering leaders at privately held Tier-1 and Tier-2 suppliers.',
      createdAt: d(-380),
      updatedAt: d(-90),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_title: ['Leiter Entwicklung', 'Head of Engineering', 'Director R&D'],
            location: { country: ['Germany'] },
            company: { industry: ['Automotive'], is_public: false, employee_size: { min: 1000 } },
            years_in_current_role: { min: 1 },
            has_verified_email: true,
          },
        },
      ],
      customFilterCriteria: [{ type: 'matchFieldWithRegex', field: 'title', regex: '^(Leiter|Head|Director)\\b' }],
      crmFilters: null,
      userIds: ['user_abc123'],
      leadsPerList: 15,
      activeUntil: d(-45),
    },
    {
      id: '69113d8e-96f1-4443-8ad5-55964c400e93',
      name: 'Swiss Private Banking – Wealth Managers',
      description: "Bob's team only: relationship managers at Swiss private banks.",
      createdAt: d(-50),
      updatedAt: d(-5),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_title: ['Relationship Manager', 'Kundenberater Private Banking', 'Head of Wealth Management'],
            location: { country: ['Switzerland', 'Liechtenstein'] },
          },
        },
      ],
      customFilterCriteria: [{ type: 'maxPeoplePerCompany', value: 4 }],
      crmFilters: null,
      userIds: ['user_xyz789', 'user_def456'],
      leadsPerList: 10,
      activeUntil: d(60),
    },
    {
      id: '57f56e65-0429-4870-95ff-e17457d88f8a',
      name: 'Hoteles y Turismo España',
      description: 'Directores de hotel en Andalucía, Baleares y Canarias.',
      createdAt: d(-20),
      updatedAt: d(-20),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_title: ['Director de Hotel', 'Director General', 'Revenue Manager'],
            location: { country: ['Spain'], region: ['Andalucía', 'Islas Baleares', 'Canarias'] },
          },
        },
      ],
      customFilterCriteria: [],
      crmFilters: null,
      userIds: ['user_xyz789'],
      leadsPerList: 8,
      activeUntil: null,
    },
    {
      id: 'f92c546a-cfa0-45b7-bd30-128861aa918c',
      name: 'Admin Audit – Legacy Import 2022',
      description: 'Imported from the 2022 platform; kept for the audit trail.',
      createdAt: '2022-03-14T08:00:00.000Z',
      updatedAt: '2022-11-02T16:45:00.000Z',
      leadProviderCriteria: [
        { provider: 'baseProvider', filters: { job_title: ['Einkaufsleiter', 'Head of Purchasing'], location: { country: ['Germany'] } } },
      ],
      customFilterCriteria: [{ type: 'minDaysUntilReuse', value: 730 }],
      crmFilters: { provider: 'bullhorn', textSearch: null, query: 'title:Einkauf*', filters: [] },
      userIds: ['user_def456', 'user_admin001'],
      leadsPerList: 5,
      activeUntil: '2023-06-30T00:00:00.000Z',
    },
    {
      id: '9cb880bc-bcdf-4db0-9aef-c38d16ca56dd',
      name: 'Austrian Tourism – Hoteliers',
      description: 'Family-run hotels in Tyrol and Salzburg.',
      createdAt: d(-400),
      updatedAt: d(-200),
      leadProviderCriteria: [
        {
          // Legacy criterion with flat keys instead of nested objects.
          provider: 'baseProvider',
          filters: {
            job_title: ['Hotelier', 'Geschäftsführer', 'Direktor'],
            location_country: ['Austria'],
            location_region: ['Tirol', 'Salzburg'],
            employee_count_max: 50,
          },
        },
      ],
      customFilterCriteria: [{ type: 'maxPeoplePerCompany', value: 1 }],
      crmFilters: null,
      userIds: ['user_abc123'],
      leadsPerList: 10,
      activeUntil: d(5),
    },
    {
      id: '5b3aec0e-7098-4c3d-9db4-311896b2d0a9',
      name: 'Draft – Trade Fair Follow-up',
      description: null,
      createdAt: d(-1),
      updatedAt: d(-1),
      leadProviderCriteria: [],
      customFilterCriteria: [],
      userIds: ['user_abc123'],
      leadsPerList: 10,
      activeUntil: null,
    },
    {
      id: '18241bbf-3180-48f3-8286-9feed908dac4',
      name: 'EMEA Enterprise Procurement & Vendor Management Leaders at Companies Undergoing Digital Transformation (Manufacturing, Pharma, Chemicals)',
      description:
        'Procurement, sourcing and vendor-management leaders at enterprises with more than 5,000 employees in ' +
        'manufacturing, pharmaceuticals and chemicals across EMEA, who run or have announced a digital ' +
        'transformation programme (ERP migration, source-to-pay rollout, supplier portal) in the last 18 months. ' +
        'Exclude public-sector buyers and companies we already work with.',
      createdAt: d(-110),
      updatedAt: d(-3),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_titles: ['Chief Procurement Officer', 'Head of Procurement', 'VP Sourcing', 'Director Vendor Management'],
            location: { region: ['EMEA'] },
            company: { industry: ['Pharmaceuticals', 'Chemicals', 'Industrial Automation'], employee_size: { min: 5000 } },
          },
        },
      ],
      customFilterCriteria: [
        { type: 'website', provider: 'browserUse', prompt: 'Has the company announced an ERP migration or a source-to-pay rollout?' },
        { type: 'maxPeoplePerCompany', value: 5 },
      ],
      crmFilters: null,
      userIds: ['user_abc123'],
      leadsPerList: 100,
      activeUntil: d(0.25),
    },
    {
      id: '97ec61e6-5bbd-4be3-9106-09f45d37db07',
      name: 'Fintech Compliance – Business Emails Only',
      description: 'Compliance officers at EU payment institutions, business addresses only.',
      createdAt: d(-70),
      updatedAt: d(-14),
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_title: ['Compliance Officer', 'MLRO', 'Head of Compliance'],
            location: { country: ['Lithuania', 'Malta', 'Ireland', 'Luxembourg'] },
          },
        },
      ],
      customFilterCriteria: [
        { type: 'matchFieldWithRegex', field: 'email', regex: '@(?!gmail\\.com|yahoo\\.com|outlook\\.com)' },
        // Null, like absent, means the documented default.
        { type: 'maxPeoplePerCompany', value: null },
      ],
      crmFilters: {
        provider: 'bullhorn',
        textSearch: 'Compliance OR MLRO',
        filters: [
          { path: 'address.countryCode', mode: 'in', value: ['LT', 'MT', 'IE', 'LU'], exclude: false },
          { path: 'status', mode: 'equals', value: 'Placed', exclude: true },
          { path: 'customInt1', mode: 'greaterThan', value: 3 },
        ],
        query: null,
      },
      userIds: ['user_abc123', 'user_xyz789'],
      leadsPerList: 12,
      activeUntil: d(29),
    },
    {
      id: '7072c498-4eaf-407d-92f1-58ec7cd7e353',
      name: 'Trade Show Berlin – Mixed Legacy and Company Search',
      description: 'Visitors of a Berlin logistics fair; the first search predates search types.',
      createdAt: d(-160),
      updatedAt: d(-31),
      leadProviderCriteria: [
        { provider: 'baseProvider', filters: { job_title: ['Logistikleiter', 'Head of Logistics'], location: { city: ['Berlin'] } } },
        {
          provider: 'baseProvider',
          type: 'company',
          filters: { industry: ['Logistics & Supply Chain'], location: { country: ['Germany'] }, company_size: ['51-200', '201-500'] },
        },
      ],
      customFilterCriteria: [{ type: 'minDaysUntilReuse', value: 60 }],
      crmFilters: null,
      userIds: ['user_abc123'],
      leadsPerList: 10,
      activeUntil: d(-1),
    },
    {
      id: '6c3636d9-6ba4-489f-b64a-c56c5871187f',
      name: 'Agency Partners – CRM Only',
      description: 'Re-engage account managers we already have in Bullhorn.',
      createdAt: d(-12),
      updatedAt: d(-12),
      leadProviderCriteria: [{ provider: 'baseProvider', type: 'person', filters: {} }],
      customFilterCriteria: [{ type: 'maxPercentFromCRM', value: 100 }],
      crmFilters: {
        provider: 'bullhorn',
        textSearch: 'Account Manager OR Kundenbetreuer',
        filters: [
          { path: 'isDeleted', mode: 'equals', value: false, exclude: false },
          { path: 'dateLastVisit', mode: 'before', value: '2025-01-01', exclude: false },
        ],
        query: 'isDeleted:0',
      },
      userIds: ['user_abc123'],
      leadsPerList: 30,
      activeUntil: d(730),
    },
  ];
}
