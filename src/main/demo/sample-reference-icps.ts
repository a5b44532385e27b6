/*
 * The examples printed on the platform's reference pages, kept verbatim (key order included) so
 * the demo server answers exactly what the docs show. Their fixed 2024 dates are part of the
 * example, which is why these ICPs show as expired.
 */

/** The two ICPs of the List ICPs page's 200 example. */
export function listPageExampleIcps(): unknown[] {
  return [
    {
      id: '550e8400-e29b-41d4-a716-446655440000',
      name: 'Enterprise Tech Buyers',
      description: 'IT decision makers at large enterprises in DACH region',
      createdAt: '2024-01-15T10:30:00.000Z',
      updatedAt: '2024-01-20T14:22:00.000Z',
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_title: ['CTO', 'VP Engineering', 'IT Director'],
            location: {
              country: ['Germany', 'Austria', 'Switzerland'],
            },
            company: {
              employee_size: {
                min: 500,
                max: 10000,
              },
            },
          },
        },
      ],
      customFilterCriteria: [
        {
          type: 'maxPeoplePerCompany',
          value: 2,
        },
        {
          type: 'minDaysUntilReuse',
          value: 180,
        },
      ],
      crmFilters: null,
      userIds: ['user_abc123', 'user_xyz789'],
      leadsPerList: 25,
      activeUntil: '2024-12-31T23:59:59.000Z',
    },
    {
      id: '660e9500-f39c-52e5-b827-557766551111',
      name: 'SMB Marketing Leaders',
      description: null,
      createdAt: '2024-02-01T09:00:00.000Z',
      updatedAt: '2024-02-01T09:00:00.000Z',
      leadProviderCriteria: [
        {
          provider: 'baseProvider',
          type: 'person',
          filters: {
            job_title: ['Marketing Director', 'CMO', 'Head of Marketing'],
            company: {
              employee_size: {
                min: 50,
                max: 200,
              },
            },
          },
        },
      ],
      customFilterCriteria: [],
      crmFilters: {
        provider: 'bullhorn',
        textSearch: 'Marketing*',
        filters: [],
      },
      userIds: ['user_abc123'],
      leadsPerList: 10,
      activeUntil: null,
    },
  ];
}

/** The Get ICP page's id collides with the List page's first example, hence the changed last digit. */
export const GET_PAGE_EXAMPLE_ID = '550e8400-e29b-41d4-a716-446655440001';

/** The Get ICP page's 200 example, with only its id changed (see GET_PAGE_EXAMPLE_ID). */
export function getPageExampleIcp(): unknown {
  return {
    id: GET_PAGE_EXAMPLE_ID,
    name: 'Enterprise Tech Decision Makers',
    description: 'C-level and VP-level technology leaders at enterprise companies',
    createdAt: '2024-01-15T10:30:00.000Z',
    updatedAt: '2024-01-20T14:22:00.000Z',
    userIds: ['user_abc123', 'user_def456'],
    leadsPerList: 25,
    activeUntil: '2024-12-31T23:59:59.000Z',
    leadProviderCriteria: [
      {
        provider: 'baseProvider',
        type: 'person',
        filters: {
          job_titles: ['CTO', 'VP Engineering', 'Head of Technology'],
          company_size: ['501-1000', '1001-5000', '5001+'],
        },
      },
    ],
    customFilterCriteria: [
      {
        type: 'maxPeoplePerCompany',
        value: 3,
      },
      {
        type: 'minDaysUntilReuse',
        value: 180,
      },
    ],
    crmFilters: null,
  };
}
