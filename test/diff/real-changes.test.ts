/**
 * The three real changes to the active-session API (../shared/reference/active-session-api.md, "How the
 * API has changed since"), each classified; and the spec compared with itself reports nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/load-spec.js';
import { review } from '../../generator/diff/review.js';
import { reviewPair, tsLines } from './fixture-review.js';

describe('the real changes to the active-session API', () => {
  it('meta removed from a response: not breaking on the wire, breaking in TypeScript', async () => {
    const r = await reviewPair('meta-removed');
    // `meta` allowed any value and the object still allows undeclared properties: every response valid
    // before is valid now, so the response promises no less (oasdiff rates the removal WARN).
    expect(r.spec.map((c) => `${c.rule} ${c.verdict} ${c.subject}`)).toEqual(['schema.property.removed.optional not-breaking response 200 application/json /data/meta']);
    expect(tsLines(r)).toEqual(['Session.meta removed breaking ← schema.property.removed.optional']);
  });

  it('kick lists made optional: a request property became optional, not breaking', async () => {
    const r = await reviewPair('kick-lists-optional');
    expect(r.spec.map((c) => `${c.rule} ${c.verdict}`)).toEqual(Array(2).fill('schema.property.became-optional not-breaking'));
    expect(tsLines(r).every((l) => l.includes(' changed compatible ← schema.property.became-optional'))).toBe(true);
    expect(r.bump).toMatchObject({ required: 'patch', declared: 'none', ok: false });
  });

  it('app_id no longer positional: no wire change, breaking TypeScript change, a minor bump below 1.0.0', async () => {
    const r = await reviewPair('app-id-named');
    expect(r.spec.filter((c) => c.verdict !== 'not-breaking')).toEqual([]);
    expect(r.bump).toMatchObject({ required: 'minor', baseVersion: '0.1.0', suggested: '0.2.0', ok: false });
    expect(r.exitCode).toBe(1);
  });

  it('all three together need 0.2.0', async () => {
    const r = await reviewPair('since');
    expect(r.verdict).toBe('Breaking: no breaking wire change, 10 breaking TypeScript changes. Needs a minor bump (0.1.0 → 0.2.0), but the revision declares 0.1.0. ❌');
  });
});

describe('a spec compared with itself', () => {
  it('spec/openapi.yaml reports nothing and needs no bump', async () => {
    const loaded = loadSpec('spec/openapi.yaml', (f) => readFileSync(f, 'utf8'));
    if (!loaded.ok) throw new Error('spec/openapi.yaml does not load');
    const r = await review(loaded.spec, loaded.spec, { base: 'a', revision: 'b' });
    expect({ spec: r.spec, ts: r.typescript.ok && r.typescript.changes, bump: r.bump.required, exit: r.exitCode }).toEqual({ spec: [], ts: [], bump: 'none', exit: 0 });
  });
});
