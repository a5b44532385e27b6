/*
 * Labels for filter keys nobody told us about: providers name them in snake_case, camelCase or
 * kebab-case, and the label must read like the rest of the UI (sentence case, known acronyms
 * in capitals). Dots are kept as written: "location.country" is one key to us, not a path.
 */

/** Lower-case word -> how it is written. Only words that cannot be ordinary English words. */
const KNOWN_WORDS: ReadonlyMap<string, string> = new Map([
  ['id', 'ID'],
  ['ids', 'IDs'],
  ['url', 'URL'],
  ['urls', 'URLs'],
  ['uri', 'URI'],
  ['crm', 'CRM'],
  ['ai', 'AI'],
  ['ceo', 'CEO'],
  ['cto', 'CTO'],
  ['cfo', 'CFO'],
  ['coo', 'COO'],
  ['cmo', 'CMO'],
  ['cio', 'CIO'],
  ['vp', 'VP'],
  ['api', 'API'],
  ['naics', 'NAICS'],
  ['sic', 'SIC'],
  ['b2b', 'B2B'],
  ['b2c', 'B2C'],
  ['saas', 'SaaS'],
  ['ip', 'IP'],
  ['hr', 'HR'],
  ['seo', 'SEO'],
  ['sms', 'SMS'],
  ['uuid', 'UUID'],
  ['json', 'JSON'],
  ['csv', 'CSV'],
  ['html', 'HTML'],
  ['dach', 'DACH'],
  ['emea', 'EMEA'],
  ['apac', 'APAC'],
  ['usa', 'USA'],
  ['uk', 'UK'],
  ['eu', 'EU'],
  ['arr', 'ARR'],
  ['mrr', 'MRR'],
  ['roi', 'ROI'],
  ['kpi', 'KPI'],
  ['linkedin', 'LinkedIn'],
  ['github', 'GitHub'],
]);

// Split "companySize" and "CRMId" at the case change, keeping runs of capitals together.
const LOWER_TO_UPPER = /([\p{Ll}\p{N}])(\p{Lu})/gu;
const ACRONYM_TO_WORD = /(\p{Lu})(\p{Lu}\p{Ll})/gu;
const SEPARATORS = /[\s_-]+/u;
const HAS_LETTER = /\p{L}/u;

// Providers reuse a handful of keys across thousands of ICPs (an export of 10,000 humanizes
// hundreds of thousands of them), so labels are remembered; the bound keeps odd data from
// growing the map without end.
const MAX_REMEMBERED = 4096;
const remembered = new Map<string, string>();

export function humanizeKey(key: string): string {
  let label = remembered.get(key);
  if (label === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    label = labelFor(key);
    remembered.set(key, label);
  }
  return label;
}

function labelFor(key: string): string {
  if (key.length === 0) return '(empty key)';
  // SCREAMING_SNAKE keys are shouting, not acronyms.
  const source = key === key.toUpperCase() ? key.toLowerCase() : key;
  const raw = source
    .replace(LOWER_TO_UPPER, '$1 $2')
    .replace(ACRONYM_TO_WORD, '$1 $2')
    .split(SEPARATORS)
    .filter((word) => word.length > 0);
  if (raw.length === 0) return key;

  const words: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const word = raw[i] ?? '';
    const next = raw[i + 1];
    // "linkedInUrl" splits into "linked" "In": join it back before the table lookup.
    if (word.toLowerCase() === 'linked' && next?.toLowerCase() === 'in') {
      words.push('linkedin');
      i++;
      continue;
    }
    words.push(word);
  }

  return words
    .map((word, index) => {
      const lower = word.toLowerCase();
      const known = KNOWN_WORDS.get(lower);
      if (known !== undefined) return known;
      // A capitalised run inside a mixed-case key ("USD_revenue") is an acronym we do not know.
      if (word.length > 1 && word === word.toUpperCase() && HAS_LETTER.test(word)) return word;
      return index === 0 ? capitalize(lower) : lower;
    })
    .join(' ');
}

function capitalize(word: string): string {
  const first = word.codePointAt(0);
  if (first === undefined) return word;
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + word.slice(head.length);
}
