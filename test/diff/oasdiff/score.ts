/**
 * Scores the spec diff against oasdiff's expectations. Each of our changes maps to an oasdiff id (see
 * generator/diff/oasdiff-map.ts) and its verdict to a level (breaking ERR, undecidable WARN, not breaking
 * INFO). A test is met when every expected id (ids that are oasdiff rules; a few are comment ids) is
 * reported with its level, no unexpected id is, and, where no change is expected, nothing at or above the
 * test's level is. `single` tests ran one oasdiff check: only ids of that check count there.
 */
import { oasdiffId } from '../../../generator/diff/oasdiff-map.js';
import type { SpecChange, Verdict } from '../../../generator/diff/model.js';
import { diffSpecs } from '../../../generator/diff/spec-diff.js';
import { pairOf, type Expectation, type Level, type OasdiffRule } from './fixtures.js';

const LEVEL: Record<Verdict, Level> = { breaking: 'ERR', undecidable: 'WARN', 'not-breaking': 'INFO' };
const RANK: Record<Level, number> = { INFO: 0, WARN: 1, ERR: 2 };

export interface Reported {
  readonly id: string | undefined;
  readonly level: Level;
  readonly change: SpecChange;
}

export interface TestScore {
  readonly t: Expectation;
  readonly met: boolean;
  readonly reconstructed: boolean;
  readonly expected: number;
  readonly found: number;
  readonly sameClass: number;
  /** Something breaking was reported where oasdiff expects no change. */
  readonly falseBreaking: boolean;
  readonly reported: readonly Reported[];
  readonly why: readonly string[];
}

export function scoreTest(t: Expectation, rules: ReadonlyMap<string, OasdiffRule>): TestScore {
  const { base, revision, reconstructed } = pairOf(t);
  const all: Reported[] = diffSpecs(base, revision).map((change) => ({ id: oasdiffId(change), level: LEVEL[change.verdict], change }));
  const inScope = all.filter((r) => t.config === 'all' || (r.id !== undefined && rules.get(r.id)?.handler === t.single_check));
  const expected = t.expected_ids.filter((id) => rules.has(id));
  const why: string[] = [];
  let found = 0;
  let sameClass = 0;
  for (const id of expected) {
    const hits = inScope.filter((r) => r.id === id);
    if (hits.length > 0) found++;
    if (hits.some((r) => r.level === rules.get(id)!.level)) sameClass++;
    else why.push(hits.length === 0 ? `missing ${id}` : `${id} rated ${hits.map((h) => h.level).join('/')}, oasdiff ${rules.get(id)!.level}`);
  }
  for (const id of t.not_expected_ids) if (inScope.some((r) => r.id === id)) why.push(`unexpected ${id}`);
  const floor = RANK[t.until_level ?? 'WARN'];
  const loud = t.expect_no_changes ? inScope.filter((r) => RANK[r.level] >= floor) : [];
  for (const r of loud) why.push(`expected no change, got ${r.id ?? r.change.rule} ${r.level}`);
  const falseBreaking = loud.some((r) => r.level === 'ERR');
  return { t, met: why.length === 0, reconstructed, expected: expected.length, found, sameClass, falseBreaking, reported: all, why };
}

export interface Score {
  readonly tests: readonly TestScore[];
  readonly met: number;
  readonly expectedIds: number;
  readonly foundIds: number;
  readonly sameClassIds: number;
  readonly reconstructed: number;
  readonly falseBreaking: readonly TestScore[];
}

export function score(tests: readonly Expectation[], rules: ReadonlyMap<string, OasdiffRule>): Score {
  const scored = tests.map((t) => scoreTest(t, rules));
  const sum = (f: (s: TestScore) => number) => scored.reduce((n, s) => n + f(s), 0);
  return {
    tests: scored,
    met: scored.filter((s) => s.met).length,
    expectedIds: sum((s) => s.expected),
    foundIds: sum((s) => s.found),
    sameClassIds: sum((s) => s.sameClass),
    reconstructed: scored.filter((s) => s.reconstructed).length,
    falseBreaking: scored.filter((s) => s.falseBreaking),
  };
}

export function summary(s: Score): string {
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} %`;
  const lines = [
    `oasdiff expectations met: ${s.met}/${s.tests.length} (${pct(s.met, s.tests.length)})`,
    `recall of expected ids: ${s.foundIds}/${s.expectedIds} (${pct(s.foundIds, s.expectedIds)})`,
    `same class (breaking / undecidable / not breaking): ${s.sameClassIds}/${s.expectedIds} (${pct(s.sameClassIds, s.expectedIds)})`,
    `expectations on reconstructed in-code edits: ${s.reconstructed}; met without them: ${s.tests.filter((t) => t.met && !t.reconstructed).length}/${s.tests.length - s.reconstructed}`,
    `breaking reported where oasdiff expects no change: ${s.falseBreaking.length}`,
  ];
  for (const t of s.tests.filter((x) => !x.met)) lines.push(`  not met #${t.t.index} ${t.t.test.split(':')[1]}: ${t.why.join('; ')}`);
  return lines.join('\n');
}
