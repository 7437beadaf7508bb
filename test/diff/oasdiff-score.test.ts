/**
 * The wire diff scored against oasdiff's own expectations (../shared/oasdiff). Prints the figures; fails
 * below 95 % of the 297 expectations met, or if anything is called breaking where oasdiff expects no change.
 */
import { describe, expect, it } from 'vitest';
import { readManifest, readRules } from './oasdiff/fixtures.js';
import { score, summary } from './oasdiff/score.js';

describe('spec diff against oasdiff fixtures', () => {
  const manifest = readManifest();
  const rules = readRules();
  const result = score(manifest, rules);

  it('reads all 297 expectations over 198 pairs', () => {
    expect(manifest).toHaveLength(297);
    expect(new Set(manifest.map((t) => `${t.base}|${t.revision}`)).size).toBe(198);
  });

  it('meets at least 95 % of them', () => {
    console.log(summary(result));
    expect(result.met / manifest.length).toBeGreaterThanOrEqual(0.95);
  });

  it('calls nothing breaking where oasdiff expects no change', () => {
    expect(result.falseBreaking.map((t) => t.t.test)).toEqual([]);
  });

  it('maps every reported change to an id oasdiff has, or to none', () => {
    const unknown = result.tests.flatMap((t) => t.reported.filter((r) => r.id !== undefined && !rules.has(r.id)).map((r) => `${r.change.rule} → ${r.id}`));
    expect([...new Set(unknown)]).toEqual([]);
  });
});
