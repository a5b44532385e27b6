import type { Industry, RoleFamily } from './generator-vocabulary';
import { SeededRandom } from './seeded-random';

/*
 * What real workspaces add to the generator's clean ICPs, for the checks and the overlap to
 * meet at volume: campaigns copied from another ICP (duplicates), titles typed in another case,
 * exclusions written as {include, exclude} or as "excluded_…" keys, and plural keys. And most
 * person searches named for an industry ("DACH SaaS – IT Leaders") do limit it: without that,
 * every ICP of a market and role overlapped every other, whatever its industry.
 *
 * Its own random stream, seeded from the generator's seed: every ICP this leaves alone is
 * exactly what the generator made before it existed.
 */

type Json = Record<string, unknown>;

export class GeneratorVariety {
  private readonly random: SeededRandom;
  private previous: Json | null = null;

  constructor(seed: number) {
    this.random = new SeededRandom((seed ^ 0x5bd1e995) >>> 0);
  }

  /** The ICP's criteria, varied or not, and remembered for a later copy. */
  criteria(criteria: Json[], role: RoleFamily, industry: Industry): Json[] {
    const roll = this.random.next();
    const previous = this.previous;
    let varied = criteria.map((criterion) => this.withIndustry(criterion, industry));
    // A campaign copied from the ICP before it: the same criteria, so the two are duplicates.
    if (roll < 0.02 && previous !== null) varied = previous.criteria as Json[];
    else if (roll < 0.12) varied = varied.map((criterion) => this.reshape(criterion, role));
    this.previous = { criteria: varied };
    return varied;
  }

  private withIndustry(criterion: Json, industry: Industry): Json {
    if (criterion.type === 'company' || !this.random.chance(0.7)) return criterion;
    const filters = criterion.filters as Json;
    const company = filters.company as Json | undefined;
    if (company !== undefined && 'industry' in company) return criterion;
    return { ...criterion, filters: { ...filters, industry: industry.names } };
  }

  private reshape(criterion: Json, role: RoleFamily): Json {
    const filters = criterion.filters as Json;
    const titleKey = 'job_title' in filters ? 'job_title' : 'job_titles' in filters ? 'job_titles' : null;
    const next: Json = { ...filters };
    const shape = this.random.int(0, 3);
    if (titleKey !== null) {
      const titles = filters[titleKey] as readonly string[];
      const others = role.titles.filter((title) => !titles.includes(title));
      if (shape === 0) next[titleKey] = titles.map((title, i) => (i === 0 ? title.toLowerCase() : title));
      if (shape === 1 && others.length > 0) next[titleKey] = { include: titles, exclude: [this.random.pick(others)] };
      if (shape === 2 && others.length > 0) next.excluded_job_titles = [this.random.pick(others)];
    }
    if (shape === 3 && 'industry' in next) {
      next.industries = next.industry;
      delete next.industry;
    }
    return { ...criterion, filters: next };
  }
}
