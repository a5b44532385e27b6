import { describe, expect, it } from 'vitest';
import { createReviewQueries } from '../../../src/shared/checks/review-queries';
import { daysFromNow, NOW, searching } from './icp-builder';

/*
 * What the checks:* channels answer, from one reviewed list: counts only for ICPs with findings,
 * one ICP's findings with overlaps capped, pairs a page at a time (duplicates first), coverage
 * without ids, and the ids behind any count.
 */

const cto = (country: string) => searching({ job_title: ['CTO'], country: [country] });

describe('review queries', () => {
  const a = cto('Germany');
  const b = cto('Germany');
  const c = searching({ job_title: ['cto', 'CFO'], country: ['germany', 'France'] });
  const clean = cto('Japan');
  const broken = searching({ job_title: ['Buyer'] }, { leadsPerList: 0, userIds: [] });
  const expired = cto('Germany');
  const old = { ...expired, activeUntil: daysFromNow(-3) };
  const queries = createReviewQueries([a, b, c, clean, broken, old], { now: NOW, fetchedAt: '2026-03-10T11:00:00.000Z' });

  it('sends counts only for ICPs with a finding, in list order', () => {
    const summaries = queries.summaries();
    expect(summaries.fetchedAt).toBe('2026-03-10T11:00:00.000Z');
    expect(summaries.ids).toEqual([a.id, b.id, c.id, broken.id, old.id]);
    expect(summaries.overlaps).toEqual([2, 2, 2, 0, 0]);
    expect(summaries.problems).toEqual([0, 0, 0, 1, 0]);
    expect(summaries.warnings).toEqual([0, 0, 0, 1, 0]);
    expect(summaries.notes).toEqual([0, 0, 0, 0, 1]);
  });

  it('gives one ICP’s findings, problems first, overlaps linked to the other ICP; an unknown id is not reviewed', () => {
    expect(queries.icp(broken.id).findings.map((f) => f.rule)).toEqual(['leads-per-list-below-one', 'no-users']);
    const own = queries.icp(a.id);
    expect(own.findings.map((f) => [f.rule, f.otherIcpId])).toEqual([
      ['duplicate', b.id],
      ['overlap', c.id],
    ]);
    expect(own.moreOverlaps).toBe(0);
    expect(queries.icp('00000000-0000-4000-8000-999999999999')).toEqual({ findings: [], moreOverlaps: 0, reviewed: false });
  });

  it('checks an ICP outside the list (an admin’s, opened by a link) on its own from main’s copy: its rules, no overlaps', () => {
    const unlisted = searching({ job_title: ['CTO'], country: ['Germany'] }, { userIds: [] });
    const checks = queries.icp(unlisted.id, unlisted);
    expect(checks.reviewed).toBe(false);
    expect(checks.findings.map((f) => f.rule)).toEqual(['no-users']);
    expect(checks.moreOverlaps).toBe(0);
    // A copy of another ICP than the one asked about is not taken for it.
    expect(queries.icp('00000000-0000-4000-8000-999999999999', unlisted).findings).toEqual([]);
    // A listed ICP is answered from the review, whatever copy comes with the question.
    expect(queries.icp(a.id, unlisted).findings.map((f) => f.rule)).toEqual(['duplicate', 'overlap']);
  });

  it('lists at most 20 overlap findings for one ICP and counts the rest', () => {
    const many = Array.from({ length: 25 }, () => cto('Germany'));
    const review = createReviewQueries(many, { now: NOW, fetchedAt: null });
    const first = review.icp(many[0]!.id);
    expect(first.findings).toHaveLength(20);
    expect(first.moreOverlaps).toBe(4);
    expect(review.overview()).toMatchObject({ pairCount: 300, duplicateCount: 300 });
  });

  it('lists as few overlaps as asked (exports ask 5), duplicates before overlaps, and counts the rest', () => {
    const many = [cto('Germany'), searching({ job_title: ['CTO', 'CFO'], country: ['Germany'] }), ...Array.from({ length: 8 }, () => cto('Germany'))];
    const review = createReviewQueries(many, { now: NOW, fetchedAt: null });
    const first = review.icp(many[0]!.id, undefined, 5);
    expect(first.findings.map((finding) => finding.rule)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);
    expect(first.moreOverlaps).toBe(4);
    const wider = review.icp(many[1]!.id, undefined, 5);
    expect(wider.findings.map((finding) => finding.rule)).toEqual(['overlap', 'overlap', 'overlap', 'overlap', 'overlap']);
    expect(wider.moreOverlaps).toBe(4);
  });

  it('pages the pairs, duplicates first, each described in words', () => {
    const page = queries.pairs(0, 2);
    expect(page.total).toBe(3);
    expect(page.pairs.map((pair) => [pair.a.id, pair.b.id, pair.duplicate])).toEqual([
      [a.id, b.id, true],
      [a.id, c.id, false],
    ]);
    expect(page.pairs[1]!.text).toBe('Job title: CTO \u00b7 Country: Germany');
    expect(queries.pairs(2, 2).pairs.map((pair) => [pair.a.id, pair.b.id])).toEqual([[b.id, c.id]]);
    expect(queries.pairs(3, 2).pairs).toEqual([]);
  });

  it('counts rules by ICP and findings, and answers the ids behind a rule, a coverage cell and the unconstrained', () => {
    const overview = queries.overview();
    expect(overview.rules.find((rule) => rule.rule === 'overlap')).toMatchObject({ icpCount: 3, count: 2 });
    expect(overview.rules.find((rule) => rule.rule === 'duplicate')).toMatchObject({ icpCount: 2, count: 1 });
    expect(queries.ids({ kind: 'rule', rule: 'no-users' })).toEqual([broken.id]);

    const coverage = queries.coverage('country');
    expect(coverage.rows.map((row) => [row.value, row.count])).toEqual([
      ['France', 1],
      ['Germany', 3],
      ['Japan', 1],
    ]);
    expect(coverage).toMatchObject({ unconstrained: 1, activeCount: 5 });
    expect(queries.ids({ kind: 'coverage', dimension: 'country', key: coverage.rows[1]!.key })).toEqual([a.id, b.id, c.id]);
    expect(queries.ids({ kind: 'unconstrained', dimension: 'country' })).toEqual([broken.id]);
    expect(queries.ids({ kind: 'coverage', dimension: 'country', key: 'value:nowhere' })).toEqual([]);
  });
});
