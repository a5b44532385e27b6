import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvTable, icpsToCsv, neutraliseFormula, spreadsheetDateTime } from '../../../src/shared/export/csv-export';
import type { ExportItem } from '../../../src/shared/export/export-item';
import { CLOCK, inBerlin, makeIcp } from './export-fixtures';

inBerlin();

const BASE_HEADERS = [
  'ID',
  'Name',
  'Description',
  'Status',
  'Active until',
  'Leads per list',
  'Users',
  'User IDs',
  'Searches',
  'Job titles',
  'Countries',
  'Industries',
  'Company size',
  'Other filters',
  'Custom filters',
  'CRM filters',
];

/** The file as a spreadsheet would read it: BOM dropped, RFC 4180 quoting undone. */
const readBack = (text: string): string[][] => parse(text, { bom: true, relax_column_count: false }) as string[][];
const row = (item: ExportItem, header: string): string | number => {
  const [headers, values] = csvTable([item], CLOCK);
  return values![headers!.indexOf(header)]!;
};

describe('CSV columns', () => {
  it('has one column per listed fact, in order, and one row per ICP', () => {
    const table = csvTable([{ icp: makeIcp() }, { icp: makeIcp({ id: '660e9500-f39c-52e5-b827-557766551111' }) }], CLOCK);
    expect(table[0]).toEqual(BASE_HEADERS);
    expect(table).toHaveLength(3);
  });

  it('writes every column of a typical ICP in words', () => {
    const icp = makeIcp({
      crmFilters: {
        provider: 'bullhorn',
        textSearch: 'Head OR Leit*',
        filters: [
          { path: 'status', mode: 'equals', value: 'Archived', exclude: true },
          { path: 'customInt1', mode: 'greaterThan', value: 3 },
        ],
      },
    });
    const [, values] = csvTable([{ icp }], CLOCK);
    expect(Object.fromEntries(BASE_HEADERS.map((header, i) => [header, values![i]]))).toEqual({
      ID: '550e8400-e29b-41d4-a716-446655440000',
      Name: 'Enterprise Tech Buyers',
      Description: 'IT decision makers at large enterprises in DACH region',
      Status: 'Expires in 12 days',
      'Active until': '2026-12-05 23:59',
      'Leads per list': 25,
      Users: 2,
      'User IDs': 'user_abc123; user_xyz789',
      Searches: 'baseProvider: Person search',
      'Job titles': 'CTO; VP Engineering',
      Countries: 'Germany; Austria',
      Industries: 'Software',
      'Company size': '500 – 10,000',
      'Other filters': 'Location › City: Berlin; Seniority: Director',
      'Custom filters': 'Max 2 people per company; Min 180 days until reuse',
      'CRM filters': 'Bullhorn (Text search: Head OR Leit*; NOT status equals Archived; customInt1 greater than 3)',
    });
  });

  it('leaves end date, description and CRM empty when the ICP has none, and says "No expiry"', () => {
    const item = { icp: makeIcp({ activeUntil: null, description: null, crmFilters: undefined }) };
    expect(row(item, 'Status')).toBe('No expiry');
    expect(row(item, 'Active until')).toBe('');
    expect(row(item, 'Description')).toBe('');
    expect(row(item, 'CRM filters')).toBe('');
  });

  it('lists each search with its provider and type, legacy and unknown types marked', () => {
    const icp = makeIcp({
      leadProviderCriteria: [
        { provider: 'baseProvider', filters: { job_titles: ['CFO'] } },
        { provider: 'apolloProvider', type: 'company', filters: { industries: ['Retail'], company_size: ['51-200'] } },
        { provider: 'baseProvider', type: 'org', filters: {} },
      ],
    });
    const item = { icp };
    expect(row(item, 'Searches')).toBe('baseProvider: Legacy · person search; apolloProvider: Company search; baseProvider: “org” search');
    expect(row(item, 'Job titles')).toBe('CFO');
    expect(row(item, 'Industries')).toBe('Retail');
    expect(row(item, 'Company size')).toBe('51-200');
  });

  it('writes custom filters in words, defaults marked, unknown types as their JSON', () => {
    const icp = makeIcp({
      customFilterCriteria: [
        { type: 'maxPeoplePerCompany' },
        { type: 'maxPercentFromCRM', value: 40 },
        { type: 'minDaysUntilReuse', value: 1 },
        { type: 'matchFieldWithRegex', field: 'company.name', regex: '(GmbH|AG)$' },
        { type: 'ai', entityType: 'company', prompt: 'Sells to banks?' },
        { type: 'intentSignal', topics: ['ERP'], minScore: 70 },
      ],
    });
    expect(row({ icp }, 'Custom filters')).toBe(
      [
        'Max 1 person per company (default)',
        'Max 40% from CRM',
        'Min 1 day until reuse',
        'Match field with regex (Field: company.name, Regex: (GmbH|AG)$)',
        'AI filter (Evaluates: Company, Prompt: Sells to banks?)',
        'Unknown filter type “intentSignal” {"topics":["ERP"],"minScore":70}',
      ].join('; '),
    );
  });

  it('adds Problems, Warnings and the findings in words only when checks ran, empty for an ICP they did not reach', () => {
    const checked: ExportItem = {
      icp: makeIcp(),
      findings: [
        { severity: 'problem', message: 'The prompt is empty.', field: 'AI filter › Prompt' },
        { severity: 'warning', message: 'Expires in 3 days.', field: 'Active until' },
        { severity: 'warning', message: 'Competes with “DACH IT”.', field: 'Search 1' },
        { severity: 'note', message: 'CTO is listed twice.', field: 'Search 1 › Job title' },
      ],
      moreOverlaps: 12,
    };
    const clean: ExportItem = { icp: makeIcp(), findings: [] };
    const unchecked: ExportItem = { icp: makeIcp() };
    expect(csvTable([unchecked], CLOCK)[0]).toEqual(BASE_HEADERS);
    const table = csvTable([checked, clean, unchecked], CLOCK);
    expect(table[0]!.slice(-3)).toEqual(['Problems', 'Warnings', 'Findings']);
    expect(table.slice(1).map((values) => values.slice(-3))).toEqual([
      [
        1,
        14,
        [
          'Problem: The prompt is empty. (AI filter › Prompt)',
          'Warning: Expires in 3 days. (Active until)',
          'Warning: Competes with “DACH IT”. (Search 1)',
          'Note: CTO is listed twice. (Search 1 › Job title)',
          '12 more overlapping ICPs (not listed)',
        ].join('; '),
      ],
      [0, 0, ''],
      ['', '', ''],
    ]);
  });

  it('says Yes/No for "Changed since review" with the versions’ lines, and nothing for an ICP never reviewed', () => {
    const table = csvTable(
      [
        { icp: makeIcp(), changesSinceReview: ['Version 3: Leads per list 10 → 25', 'Version 2: Job title: +CTO'] },
        { icp: makeIcp(), changesSinceReview: [] },
        { icp: makeIcp() },
      ],
      CLOCK,
    );
    expect(table[0]!.slice(-2)).toEqual(['Changed since review', 'Changes since review']);
    expect(table.slice(1).map((values) => values.slice(-2))).toEqual([
      ['Yes', 'Version 3: Leads per list 10 → 25; Version 2: Job title: +CTO'],
      ['No', ''],
      ['', ''],
    ]);
  });

  it('neutralises a finding or change line that would start a formula', () => {
    const text = icpsToCsv([{ icp: makeIcp(), changesSinceReview: ['=HYPERLINK("x")'] }], CLOCK);
    expect(text).toContain(`"Yes","'=HYPERLINK(""x"")"`);
  });
});

describe('CSV file text', () => {
  it('starts with a UTF-8 byte-order mark and ends records with CRLF', () => {
    const text = icpsToCsv([{ icp: makeIcp({ name: 'Zürich Fertigung' }) }], CLOCK);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.split('\r\n')).toHaveLength(3); // header, one row, and the empty rest after the last CRLF
    expect(text).toContain('"Zürich Fertigung"');
  });

  it('quotes text cells, doubles quotes and keeps commas and line breaks inside one cell (RFC 4180)', () => {
    const name = 'Say "hi", then\r\nleave\nnow';
    const text = icpsToCsv([{ icp: makeIcp({ name }) }], CLOCK);
    expect(text).toContain('"Say ""hi"", then\r\nleave\nnow"');
    const rows = readBack(text);
    expect(rows).toHaveLength(2);
    expect(rows[1]![1]).toBe(name);
  });

  it('writes numbers unquoted, so spreadsheets see numbers', () => {
    const text = icpsToCsv([{ icp: makeIcp({ leadsPerList: 25 }) }], CLOCK);
    expect(text).toContain(',25,2,');
  });

  it('reads back to exactly the cells it was built from', () => {
    const items = [{ icp: makeIcp() }, { icp: makeIcp({ name: '=HYPERLINK("http://x","y")', description: '@SUM(1)' }) }];
    const rows = readBack(icpsToCsv(items, CLOCK));
    const expected = csvTable(items, CLOCK).map((values) => values.map((cell) => (typeof cell === 'number' ? String(cell) : neutraliseFormula(cell))));
    expect(rows).toEqual(expected);
  });
});

describe('formula injection (OWASP CSV injection)', () => {
  it.each([
    ['=', '=1+1'],
    ['+', '+41 44 000 00 00'],
    ['-', '-2+3+cmd|/C calc!A0'],
    ['@', '@SUM(A1:A9)'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
  ])('neutralises a cell that begins with %s', (_name, value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
    const icp = makeIcp({ name: value, description: value, userIds: [value] });
    const rows = readBack(icpsToCsv([{ icp }], CLOCK));
    expect(rows[1]![1]).toBe(`'${value}`);
    expect(rows[1]![2]).toBe(`'${value}`);
    expect(rows[1]![7]).toBe(`'${value}`);
  });

  it('neutralises values inside filter columns too (a job title "=cmd")', () => {
    const icp = makeIcp({ leadProviderCriteria: [{ provider: 'baseProvider', type: 'person', filters: { job_title: ['=cmd|" /C calc"!A0'] } }] });
    const rows = readBack(icpsToCsv([{ icp }], CLOCK));
    expect(rows[1]![9]).toBe('\'=cmd|" /C calc"!A0');
  });

  it('leaves ordinary text alone, including dangerous characters after the first', () => {
    for (const text of ['CTO', 'A=B', 'Head of R&D - EMEA', '', ' =1']) expect(neutraliseFormula(text)).toBe(text);
  });

  it('writes negative numbers as numbers (a number cannot run)', () => {
    const rows = readBack(icpsToCsv([{ icp: makeIcp({ leadsPerList: -5 }) }], CLOCK));
    expect(rows[1]![5]).toBe('-5');
  });
});

describe('spreadsheetDateTime', () => {
  it('writes local date and time in 24-hour form', () => {
    expect(spreadsheetDateTime('2026-12-05T22:59:00.000Z', 'Europe/Berlin')).toBe('2026-12-05 23:59');
    expect(spreadsheetDateTime('2026-07-01T00:30:00.000Z', 'America/New_York')).toBe('2026-06-30 20:30');
    expect(spreadsheetDateTime('2026-12-31T23:00:00.000Z', 'Europe/Berlin')).toBe('2027-01-01 00:00');
  });

  it('falls back to UTC, said so, for a zone name it does not know', () => {
    expect(spreadsheetDateTime('2026-12-05T22:59:00.000Z', 'Mars/Olympus')).toBe('2026-12-05 22:59 UTC');
  });
});
