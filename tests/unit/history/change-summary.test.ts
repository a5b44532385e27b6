import { describe, expect, it } from 'vitest';
import listBody from '../../fixtures/api-docs/list-200.json';
import { Icp } from '../../../src/shared/icp-schema';
import { changeSummaryLine, summarizeChanges } from '../../../src/shared/history/change-summary';
import { exactTime } from '../../../src/shared/format/relative-time';

const base = Icp.parse(listBody[0]);
const smb = Icp.parse(listBody[1]);
const edited = (edit: (icp: Record<string, any>) => void, from: Icp = base): Icp => {
  const next = structuredClone(from);
  edit(next);
  return next;
};
const texts = (previous: Icp, next: Icp) => summarizeChanges(previous, next).map((part) => part.text);

describe('summarizeChanges: one part per change, in Compare\'s words', () => {
  it('writes the issue\'s example: list items in and out, a number from → to, targeting first', () => {
    const next = edited((icp) => {
      icp.leadsPerList = 10;
      icp.leadProviderCriteria[0].filters.job_title = ['CFO', 'VP Engineering', 'IT Director'];
    });
    expect(changeSummaryLine(base, next)).toBe('Job title: +CFO \u2212CTO; Leads per list 25 \u2192 10');
  });

  it('names a range as the detail shows it', () => {
    const next = edited((icp) => (icp.leadProviderCriteria[0].filters.company.employee_size.max = 5000));
    expect(texts(base, next)).toEqual(['Company \u203a Employee size 500 \u2013 10,000 \u2192 500 \u2013 5,000']);
  });

  it('names custom filters by title, with units and documented defaults', () => {
    const next = edited((icp) => {
      icp.customFilterCriteria[0].value = 3;
      delete icp.customFilterCriteria[1].value;
    });
    expect(texts(base, next)).toEqual(['Max people per company 2 \u2192 3', 'Min days until reuse 180 days \u2192 365 days (default)']);
  });

  it('says a filter, search or CRM block was added or removed once, without its fields', () => {
    const next = edited((icp) => {
      icp.customFilterCriteria.push({ type: 'ai', entityType: 'company', prompt: 'Sells software to hospitals?' });
      icp.customFilterCriteria.splice(0, 1);
      icp.leadProviderCriteria.push({ provider: 'baseProvider', type: 'company', filters: { industry: ['Software'] } });
      icp.crmFilters = { provider: 'bullhorn', textSearch: 'Head*', filters: [] };
    });
    expect(texts(base, next)).toEqual(['Search 2 added', 'Max people per company removed', 'AI filter added', 'CRM filters added']);
  });

  it('prefixes filters with their search when there are several, and a search\'s own fields always', () => {
    const two = edited((icp) => icp.leadProviderCriteria.push({ provider: 'baseProvider', type: 'company', filters: { industry: ['Software'] } }));
    const next = edited((icp) => {
      icp.leadProviderCriteria[1].filters.industry.push('Fintech');
      icp.leadProviderCriteria[0].type = 'company';
    }, two);
    expect(texts(two, next)).toEqual(['Search 1 \u203a Type person \u2192 company', 'Search 2 \u203a Industry: +Fintech']);
  });

  it('names long text changed instead of quoting it, and keeps short text', () => {
    const next = edited((icp) => {
      icp.description = 'A much longer description of who we target in the DACH region and why.';
      icp.name = 'Enterprise Tech Buyers (DACH)';
    });
    expect(texts(base, next)).toEqual(['Name Enterprise Tech Buyers \u2192 Enterprise Tech Buyers (DACH)', 'Description changed']);
  });

  it('shows fields this app does not know, added, changed and removed', () => {
    const withRegion = edited((icp) => (icp.region = 'EMEA'));
    expect(texts(base, withRegion)).toEqual(['Region added: EMEA']);
    expect(texts(withRegion, edited((icp) => (icp.region = 'APAC'), withRegion))).toEqual(['Region EMEA \u2192 APAC']);
    expect(texts(withRegion, base)).toEqual(['Region removed (was EMEA)']);
  });

  it('formats dates and "no end date" as Compare does', () => {
    const next = edited((icp) => (icp.activeUntil = null));
    expect(texts(base, next)).toEqual([`Active until ${exactTime('2024-12-31T23:59:59.000Z')} \u2192 No end date`]);
  });

  it('writes CRM conditions as the detail does, and user ids as items', () => {
    const next = edited((icp) => {
      icp.crmFilters.filters = [{ path: 'status', mode: 'equals', value: 'Active' }];
      icp.userIds = ['user_abc123', 'user_new'];
    }, smb);
    const [crm, users] = texts(smb, next);
    expect(crm).toMatch(/^CRM \u203a Conditions: \+.*status.*Active/i);
    expect(users).toBe('Users: +user_new');
  });

  it('keeps a long list change short: three items a side, then how many more', () => {
    const next = edited((icp) => (icp.leadProviderCriteria[0].filters.location.country = ['Germany', 'France', 'Spain', 'Italy', 'Poland', 'Portugal', 'Austria']));
    expect(texts(base, next)).toEqual(['Location \u203a Country: +France +Spain +Italy (2 more) \u2212Switzerland']);
  });

  it('leaves out "Last updated" and reorders', () => {
    const next = edited((icp) => {
      icp.updatedAt = '2025-01-01T00:00:00.000Z';
      icp.leadProviderCriteria[0].filters.job_title.reverse();
    });
    expect(summarizeChanges(base, next)).toEqual([]);
    expect(changeSummaryLine(base, next)).toBe('No visible change');
  });
});

describe('changeSummaryLine', () => {
  it('says "First seen" for the first version', () => {
    expect(changeSummaryLine(null, base)).toBe('First seen');
  });

  it('names at most maxParts changes and counts the rest', () => {
    const next = edited((icp) => {
      icp.leadsPerList = 5;
      icp.name = 'X';
      icp.activeUntil = null;
      icp.userIds = [];
    });
    expect(changeSummaryLine(base, next, 2)).toBe('Name Enterprise Tech Buyers \u2192 X; Active until ' + `${exactTime('2024-12-31T23:59:59.000Z')} \u2192 No end date; 2 more changes`);
    expect(changeSummaryLine(base, next, 3).endsWith('; 1 more change')).toBe(true);
  });
});
