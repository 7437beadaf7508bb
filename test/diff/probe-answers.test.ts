/**
 * Kept answers to "do these two schemas compare the same?": reused only where the walk that found one
 * would take the same steps again (no pair it met is on the new stack, no depth limit in reach).
 */
import { describe, expect, it } from 'vitest';
import { includeAnswer, keepAnswer, knownAnswer, MAX_STACK, type Probe } from '../../generator/diff/schema/probe.js';
import type { LoadedSpec } from '../../generator/load/load-spec.js';

const spec = (): LoadedSpec => ({ entry: 'a.yaml', sources: new Map() }) as unknown as LoadedSpec;
const probe = (visited: string[], deepest: number): Probe => ({ visited: new Set(visited), deepest });

describe('kept probe answers', () => {
  it('are reused under another stack that holds none of the pairs they met', () => {
    const [base, revision] = [spec(), spec()];
    keepAnswer(base, revision, 'k', new Set(['outer']), probe(['p', 'q'], 3), false);
    expect(knownAnswer(base, revision, 'k', new Set(['elsewhere', 'other']))?.same).toBe(false);
  });

  it('are kept per pair of documents', () => {
    const [base, revision] = [spec(), spec()];
    keepAnswer(base, revision, 'k', new Set(), probe(['p'], 1), true);
    expect(knownAnswer(base, spec(), 'k', new Set())).toBeUndefined();
  });

  it('are not reused where a pair they met is on the stack: the walk would cut a cycle there', () => {
    const [base, revision] = [spec(), spec()];
    keepAnswer(base, revision, 'k', new Set(), probe(['p', 'q'], 2), true);
    expect(knownAnswer(base, revision, 'k', new Set(['q']))).toBeUndefined();
  });

  it('are not kept when a pair they met was on the stack they were found under', () => {
    const [base, revision] = [spec(), spec()];
    keepAnswer(base, revision, 'k', new Set(['q']), probe(['p', 'q'], 2), true);
    expect(knownAnswer(base, revision, 'k', new Set())).toBeUndefined();
  });

  it('are not reused where the depth limit comes into reach, nor kept when it was reached', () => {
    const [base, revision] = [spec(), spec()];
    keepAnswer(base, revision, 'k', new Set(['a']), probe(['p'], 11), true);
    const deep = new Set(Array.from({ length: MAX_STACK - 5 }, (_, i) => `s${i}`));
    expect(knownAnswer(base, revision, 'k', deep)).toBeUndefined();
    keepAnswer(base, revision, 'limit', new Set(), probe(['p'], MAX_STACK + 1), true);
    expect(knownAnswer(base, revision, 'limit', new Set())).toBeUndefined();
  });

  it('carry what an inner probe met into the probe around it', () => {
    const [base, revision] = [spec(), spec()];
    const inner = keepAnswer(base, revision, 'inner', new Set(['o1', 'o2']), probe(['x'], 4), true);
    const outer = probe(['p'], 2);
    includeAnswer(outer, inner, new Set(['o1', 'o2', 'o3']));
    expect([...outer.visited]).toEqual(['p', 'x']);
    expect(outer.deepest).toBe(5);
  });
});
