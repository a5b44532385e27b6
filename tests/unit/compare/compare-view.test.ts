import { describe, expect, it } from 'vitest';
import listBody from '../../fixtures/api-docs/list-200.json';
import getBody from '../../fixtures/api-docs/get-200.json';
import { Icp } from '../../../src/shared/icp-schema';
import { buildCompareView, countDifferences, onlyDifferences, type RowView, type SectionView } from '../../../src/shared/compare/compare-view';

const [buyers, smb] = listBody.map((raw) => Icp.parse(raw));
// The Get page's example has the List page's first id; compared side by side they need their own.
const makers = Icp.parse({ ...getBody, id: '550e8400-e29b-41d4-a716-446655440001' });

const rowOf = (sections: SectionView[], label: string): RowView => {
  const found = sections.flatMap((section) => section.rows).find((row) => row.label === label);
  if (!found) throw new Error(`no row "${label}" in ${sections.flatMap((s) => s.rows.map((r) => r.label)).join(', ')}`);
  return found;
};
const texts = (row: RowView) => row.cells.map((cell) => (cell.kind === 'chips' ? cell.chips.map((chip) => chip.text) : cell.text));

describe("comparing the List page's two reference ICPs", () => {
  const sections = buildCompareView([buyers!, smb!]);

  it('has the four sections in reading order', () => {
    expect(sections.map((section) => section.title)).toEqual(['Overview', 'Lead provider criteria', 'Custom filters', 'CRM filters']);
  });

  it('shows job titles as sets: each title marked as in both or only in one', () => {
    const row = rowOf(sections, 'Job title');
    expect(row.tag).toBe('Differs');
    const [a, b] = row.cells;
    expect(a?.kind === 'chips' && a.chips.find((chip) => chip.text === 'CTO')).toEqual({ text: 'CTO', inAll: false, holders: ['A'] });
    expect(b?.kind === 'chips' && b.chips.find((chip) => chip.text === 'CMO')).toEqual({ text: 'CMO', inAll: false, holders: ['B'] });
    expect(texts(row)).toEqual([
      ['CTO', 'VP Engineering', 'IT Director'],
      ['Marketing Director', 'CMO', 'Head of Marketing'],
    ]);
  });

  it('shows employee size as one range per ICP, as the detail view does', () => {
    const row = rowOf(sections, 'Company \u203a Employee size');
    expect(texts(row)).toEqual(['500 \u2013 10,000', '50 \u2013 200']);
    expect(row.differs).toBe(true);
    expect(sections.flatMap((section) => section.rows).some((row) => /\b(Min|Max)$/.test(row.label))).toBe(false);
  });

  it('says which ICP alone has a value, by column letter', () => {
    expect(rowOf(sections, 'Location \u203a Country')).toMatchObject({ tag: 'Only in A' });
    expect(texts(rowOf(sections, 'Location \u203a Country'))[1]).toBe('Not set');
    expect(rowOf(sections, 'Text search')).toMatchObject({ tag: 'Only in B' });
    expect(texts(rowOf(sections, 'CRM provider'))).toEqual(['No CRM filters', 'Bullhorn']);
    expect(texts(rowOf(sections, 'Max people per company'))).toEqual(['Used', 'Not used']);
  });

  it('formats overview values like the detail view', () => {
    expect(texts(rowOf(sections, 'Leads per list'))).toEqual(['25', '10']);
    expect(texts(rowOf(sections, 'Description'))).toEqual(['IT decision makers at large enterprises in DACH region', 'No description']);
    expect(texts(rowOf(sections, 'Active until'))[1]).toBe('No end date');
    expect(texts(rowOf(sections, 'Active until'))[0]).toMatch(/2024|2025/);
    const users = rowOf(sections, 'Users');
    expect(users.cells[0]?.kind === 'chips' && users.cells[0].chips).toEqual([
      { text: 'user_abc123', inAll: true, holders: ['A', 'B'] },
      { text: 'user_xyz789', inAll: false, holders: ['A'] },
    ]);
  });

  it("leaves out rows the headers already show (name, a search's provider and type)", () => {
    const labels = sections.flatMap((section) => section.rows.map((row) => row.label));
    expect(labels).not.toContain('Name');
    expect(labels).not.toContain('Provider');
    expect(labels).not.toContain('Type');
    expect(texts(rowOf(sections, 'Search 1'))).toEqual(['Person search \u00b7 baseProvider', 'Person search \u00b7 baseProvider']);
  });
});

describe('showing only differences', () => {
  const sections = buildCompareView([buyers!, makers]);

  it('drops what both ICPs share and keeps what differs', () => {
    const shown = onlyDifferences(sections);
    const labels = shown.flatMap((section) => section.rows.map((row) => row.label));
    expect(labels).not.toContain('Leads per list');
    expect(labels).not.toContain('Active until');
    expect(labels).not.toContain('Min days until reuse');
    expect(labels).toContain('Max people per company');
    expect(labels).toContain('Value');
    expect(shown.every((section) => section.rows.every((row) => row.differs))).toBe(true);
  });

  it('formats custom filter numbers in their unit', () => {
    expect(texts(rowOf(sections, 'Value'))).toEqual(['2', '3']);
    const reuse = sections[2]!.rows.filter((row) => row.label === 'Value');
    expect(reuse.map(texts)).toContainEqual(['180 days', '180 days']);
  });

  it('counts differing fields once, and blocks whose fields all agree but which differ whole', () => {
    const total = countDifferences(sections);
    const differing = sections.flatMap((section) => section.rows).filter((row) => row.differs && row.kind === 'field').length;
    expect(total).toBe(differing);
    expect(sections.find((section) => section.id === 'crmFilters')?.rows).toEqual([]);
  });
});

describe('comparing three ICPs', () => {
  const sections = buildCompareView([buyers!, smb!, makers]);

  it('says for each list item which ICPs have it', () => {
    const cto = rowOf(sections, 'Job title').cells[0];
    expect(cto?.kind === 'chips' && cto.chips[0]).toEqual({ text: 'CTO', inAll: false, holders: ['A'] });
    const users = rowOf(sections, 'Users').cells[2];
    expect(users?.kind === 'chips' && users.chips).toEqual([
      { text: 'user_abc123', inAll: true, holders: ['A', 'B', 'C'] },
      { text: 'user_def456', inAll: false, holders: ['C'] },
    ]);
  });

  it('tags a value only some ICPs have with their letters', () => {
    expect(rowOf(sections, 'Company size').tag).toBe('Only in C');
    expect(rowOf(sections, 'Leads per list').tag).toBe('Differs');
    expect(rowOf(sections, 'Max people per company').tag).toBe('Only in A, C');
  });
});

describe('custom filters without their number', () => {
  it('show the documented default', () => {
    const withValue = { ...buyers!, customFilterCriteria: [{ type: 'maxPercentFromCRM', value: 40 }] } as Icp;
    const without = { ...smb!, customFilterCriteria: [{ type: 'maxPercentFromCRM' }] } as Icp;
    expect(texts(rowOf(buildCompareView([withValue, without]), 'Value'))).toEqual(['40%', '100% (default)']);
  });

  it('show CRM conditions as one line each, compared as a set', () => {
    const a = { ...smb!, crmFilters: { provider: 'bullhorn', filters: [{ path: 'status', mode: 'equals', value: 'Archived', exclude: true }] } } as Icp;
    const b = { ...smb!, crmFilters: { provider: 'bullhorn', filters: [] } } as Icp;
    const row = rowOf(buildCompareView([a, b]), 'Conditions');
    expect(row.cells[0]).toMatchObject({ kind: 'chips', chips: [{ text: 'NOT status equals Archived', inAll: false, holders: ['A'] }] });
    expect(row.cells[1]).toMatchObject({ kind: 'text', text: 'None' });
  });
});

describe('comparing values nested deeper than the stack', () => {
  it('tags two 20,000-level values that differ only at the bottom "Differs" and shows both, cut short', () => {
    const deep = (leaf: number) => JSON.parse(`${'['.repeat(20000)}${leaf}${']'.repeat(20000)}`) as unknown;
    const withDeep = (leaf: number): Icp => ({
      ...buyers!,
      leadProviderCriteria: [{ provider: 'baseProvider', type: 'person', filters: { nested: deep(leaf) } }],
    });
    const row = rowOf(buildCompareView([withDeep(1), withDeep(2)]), 'Nested');
    expect(row.tag).toBe('Differs');
    for (const cell of row.cells) expect(cell.kind === 'text' && cell.text).toContain('"…"');
  });
});
