/** Reviews of the fixture pairs in test/diff/fixtures/active-session, and how tests read them. */
import { readFileSync } from 'node:fs';
import { loadSpec, type LoadedSpec } from '../../generator/load/load-spec.js';
import { review, type Review } from '../../generator/diff/review.js';

const dir = 'test/diff/fixtures/active-session';
const loaded = new Map<string, LoadedSpec>();

/** Loads a fixture once per run: the same spec object lets the TypeScript diff reuse its generated package. */
export function fixture(name: string): LoadedSpec {
  const cached = loaded.get(name);
  if (cached) return cached;
  const r = loadSpec(`${dir}/${name}.yaml`, (file) => readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(r.diagnostics[0]!.message);
  loaded.set(name, r.spec);
  return r.spec;
}

export function reviewPair(revision: string, base = 'base'): Promise<Review> {
  return review(fixture(base), fixture(revision), { base, revision });
}

/** `symbol change impact ← rules of its causes`, sorted: what a reviewer reads in the TypeScript table. */
export function tsLines(r: Review): string[] {
  if (!r.typescript.ok) throw new Error(r.typescript.reason);
  return r.typescript.changes.map((c) => `${c.symbol} ${c.change} ${c.impact} ← ${[...new Set(c.causes.map((i) => r.spec[i]!.rule))].join(', ')}`).sort();
}
