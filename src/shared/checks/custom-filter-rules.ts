import { lettersPhrase } from '../compare/compare-labels';
import type { PathSegment } from '../compare/diff-icps';
import { customFilterTitle, describeCustomFilter } from '../format/custom-filter-view';
import { formatNumber, formatPercent } from '../format/numbers';
import { isKnownCustomFilter } from '../icp-facts';
import type { CustomFilter, Icp, KnownCustomFilter } from '../icp-schema';
import type { Finding } from './finding';
import { makeFinding, quoteList } from './make-finding';
import { judgeRegex } from './regex-safety';
import { repeatedValues, sharedValues } from './value-lists';

/*
 * Rules on custom filters. Paths address a filter as Compare does: by type and occurrence
 * (["customFilterCriteria", "ai", 1, "prompt"] is the second AI filter's prompt).
 */

/** Types that hold one number: two of them leave open which applies. */
const SINGLE_VALUED = new Set(['maxPeoplePerCompany', 'maxPercentFromCRM', 'minDaysUntilReuse']);

export function checkCustomFilters(icp: Icp): Finding[] {
  const findings: Finding[] = [];
  const occurrences = new Map<string, CustomFilter[]>();
  for (const filter of icp.customFilterCriteria) {
    const seen = occurrences.get(filter.type) ?? [];
    const path: PathSegment[] = ['customFilterCriteria', filter.type, seen.length];
    seen.push(filter);
    occurrences.set(filter.type, seen);
    if (!isKnownCustomFilter(filter)) {
      findings.push(
        makeFinding('unknown-custom-filter', `ICP Desk does not know the custom filter type \u201c${filter.type}\u201d and cannot check it.`, path),
      );
      continue;
    }
    findings.push(...checkKnownFilter(icp, filter, path));
  }
  for (const [type, filters] of occurrences) {
    if (!SINGLE_VALUED.has(type) || filters.length < 2) continue;
    const values = filters.map((filter) => String(describeCustomFilter(filter).fields[0]?.value ?? ''));
    findings.push(
      makeFinding(
        'custom-filter-repeated',
        `${customFilterTitle(type)} is set ${filters.length} times (${lettersPhrase(values)}): which one applies is unclear.`,
        ['customFilterCriteria', type, 1],
      ),
    );
  }
  return findings;
}

function checkKnownFilter(icp: Icp, filter: KnownCustomFilter, path: PathSegment[]): Finding[] {
  const title = customFilterTitle(filter.type);
  const findings: Finding[] = [];
  const emptyPrompt = (key: string, label: string, text: string) => {
    if (text.trim() === '') findings.push(makeFinding('prompt-empty', `${title}: the ${label} is empty.`, [...path, key]));
  };
  switch (filter.type) {
    case 'website':
    case 'ai':
      emptyPrompt('prompt', 'prompt', filter.prompt);
      break;
    case 'webscraping': {
      emptyPrompt('pageFindingPrompt', 'page-finding prompt', filter.pageFindingPrompt);
      emptyPrompt('extractionPrompt', 'extraction prompt', filter.extractionPrompt);
      const both = sharedValues(filter.includeSearchStrings, filter.excludeSearchStrings);
      if (both.length > 0) {
        const verb = both.length === 1 ? 'is both an include and an exclude search string' : 'are both include and exclude search strings';
        findings.push(makeFinding('search-strings-conflict', `${title}: ${quoteList(both)} ${verb}.`, [...path, 'excludeSearchStrings']));
      }
      for (const key of ['includeSearchStrings', 'excludeSearchStrings'] as const) {
        const repeated = repeatedValues(filter[key]);
        if (repeated.length > 0) {
          const label = key === 'includeSearchStrings' ? 'include' : 'exclude';
          findings.push(makeFinding('value-repeated', `${title}: the ${label} search strings list ${quoteList(repeated)} more than once.`, [...path, key]));
        }
      }
      break;
    }
    case 'maxPeoplePerCompany':
      if (typeof filter.value === 'number' && filter.value < 1) {
        findings.push(makeFinding('max-people-below-one', `${title} is ${formatNumber(filter.value)}: it must be at least 1.`, [...path, 'value']));
      }
      break;
    case 'maxPercentFromCRM':
      if (typeof filter.value === 'number' && (filter.value < 0 || filter.value > 100)) {
        findings.push(
          makeFinding(
            'max-percent-out-of-range',
            `${title} is ${formatPercent(filter.value)}: it must be between ${formatPercent(0)} and ${formatPercent(100)}.`,
            [...path, 'value'],
          ),
        );
      }
      if (icp.crmFilters === null || icp.crmFilters === undefined) {
        const shown = describeCustomFilter(filter).fields[0]?.value ?? '';
        findings.push(
          makeFinding('crm-percent-without-crm', `${title} is set (${String(shown)}), but this ICP has no CRM filters: there are no CRM leads to limit.`, path),
        );
      }
      break;
    case 'minDaysUntilReuse':
      if (typeof filter.value === 'number' && filter.value < 0) {
        const days = describeCustomFilter(filter).fields[0]?.value ?? formatNumber(filter.value);
        findings.push(makeFinding('min-days-negative', `${title} is ${String(days)}: it cannot be negative.`, [...path, 'value']));
      }
      break;
    case 'matchFieldWithRegex': {
      const verdict = judgeRegex(filter.regex);
      const field = `\u201c${filter.field}\u201d`;
      if (verdict.kind === 'invalid') {
        findings.push(makeFinding('regex-invalid', `The regex for ${field} does not compile (${verdict.reason}).`, [...path, 'regex']));
      } else if (verdict.kind === 'catastrophic') {
        findings.push(
          makeFinding(
            'regex-backtracking',
            `The regex for ${field} is open to catastrophic backtracking: a value with a long run of \u201c${verdict.example}\u201d can take exponentially long to check.`,
            [...path, 'regex'],
          ),
        );
      }
      break;
    }
  }
  return findings;
}
