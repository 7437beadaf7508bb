/**
 * Generation time and peak memory on Cloudflare's published API specs (shared/real-specs/) and GitHub's
 * REST spec (the devDependency `@octokit/openapi`), the scale a generator must handle, side by side with two
 * peers run on the same files: `@hey-api/openapi-ts` (types, one function per operation and a fetch client:
 * the closest to what we generate) and `openapi-typescript` (types only, no client). Prints figures and
 * ratios (ours / theirs: below 1 is better); not a test. Ours is timed from nothing (`--no-cache`), then
 * once more after a run has filled a format cache: a regeneration with the spec unchanged.
 *
 * Run: npx tsx bench/generate-real-specs.ts [--no-peers]
 * (hey-api takes minutes a spec; `--no-peers` measures ours only.)
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { timedNode } from './timed.js';

const SPECS = resolve('../shared/real-specs');
const GITHUB = resolve('node_modules/@octokit/openapi/generated/api.github.com.json');

interface Run {
  readonly seconds: number;
  readonly peakMB: number;
  readonly files: number;
  /** The first line of the error output when the run failed. */
  readonly failure?: string;
}

interface Generator {
  readonly name: string;
  /** Node arguments that generate `spec` into the directory `out`. */
  readonly args: (spec: string, out: string) => string[];
}

/** Ours writes into a folder inside the one it runs in: `generate` refuses to replace the folder it runs in. */
const ourArgs = (spec: string, out: string, ...flags: string[]): string[] => [resolve('node_modules/tsx/dist/cli.mjs'), resolve('generator/cli.ts'), 'generate', '--lenient', ...flags, '--spec', spec, '--out', join(out, 'package')];
const OURS: Generator = { name: 'ours', args: (spec, out) => ourArgs(spec, out, '--no-cache') };
/** Ours with the format cache that `SDKGEN_CACHE_DIR` names. */
const OURS_CACHED: Generator = { name: 'ours, cached', args: (spec, out) => ourArgs(spec, out) };

const PEERS: readonly Generator[] = [
  { name: 'hey-api', args: (spec, out) => [resolve('node_modules/@hey-api/openapi-ts/bin/run.js'), '-i', spec, '-o', out] },
  { name: 'openapi-typescript', args: (spec, out) => [resolve('node_modules/openapi-typescript/bin/cli.js'), spec, '-o', join(out, 'schema.ts')] },
];

/** Runs one generator in a fresh process, in its output folder (hey-api writes crash logs where it runs). */
function run(generator: Generator, spec: string, out: string, env: NodeJS.ProcessEnv = {}): Run {
  mkdirSync(out, { recursive: true });
  const r = timedNode(generator.args(spec, out), { cwd: out, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env } });
  // Files only: folders are not what a generator writes.
  const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
  const measured = { seconds: r.seconds, peakMB: r.peakMB, files };
  return r.status === 0 ? measured : { ...measured, failure: failureOf(r.stdout + r.stderr, out) };
}

/** The first error line a failed run printed, or wrote to a crash log in its folder. */
function failureOf(output: string, out: string): string {
  const logs = readdirSync(out).filter((name) => name.endsWith('.log'));
  const text = [output, ...logs.map((name) => readFileSync(join(out, name), 'utf8'))].join('\n').replace(/\x1b\[[0-9;]*m/g, '');
  const lines = text.split('\n');
  const line = lines.find((l) => /\b(?:[A-Z]\w*)?Error: /.test(l)) ?? lines.find((l) => /\berror\b/i.test(l)) ?? 'no output';
  return line.trim().slice(0, 120);
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** Operations under `paths` (GitHub's spec also has webhooks, which are not client methods). */
function countOperations(spec: string): number {
  const doc = parse(readFileSync(spec, 'utf8')) as { paths?: Record<string, Record<string, unknown>> };
  return Object.values(doc.paths ?? {}).reduce((n, item) => n + Object.keys(item).filter((k) => METHODS.has(k)).length, 0);
}

/** The real specs, unpacked into `work`. */
function specs(work: string): { name: string; spec: string }[] {
  const list = readdirSync(SPECS)
    .filter((n) => n.endsWith('.gz'))
    .sort()
    .map((name) => {
      const spec = join(work, name.replace(/\.gz$/, ''));
      writeFileSync(spec, gunzipSync(readFileSync(join(SPECS, name))));
      return { name: name.replace(/\.openapi\..*$/, ''), spec };
    });
  return [...list, { name: 'github api.github.com.json', spec: GITHUB }];
}

function figures(r: Run): string {
  return r.failure === undefined ? `${r.seconds.toFixed(1)} s, ${r.peakMB.toFixed(0)} MB` : `failed: ${r.failure}`;
}

function ratios(ours: Run, theirs: Run): string {
  if (ours.failure !== undefined || theirs.failure !== undefined) return '—';
  return `time ${(ours.seconds / theirs.seconds).toFixed(2)}, memory ${(ours.peakMB / theirs.peakMB).toFixed(2)}`;
}

const peers = process.argv.includes('--no-peers') ? [] : PEERS;
const work = mkdtempSync(join(tmpdir(), 'real-specs-'));
try {
  for (const [index, { name, spec }] of specs(work).entries()) {
    const ours = run(OURS, spec, join(work, `out-${index}-ours`));
    console.log(`${name} (${countOperations(spec)} operations)`);
    console.log(`  ours                ${figures(ours)}, ${ours.files} files`);
    const cache = { SDKGEN_CACHE_DIR: join(work, `cache-${index}`) };
    run(OURS_CACHED, spec, join(work, `out-${index}-filling`), cache);
    const again = run(OURS_CACHED, spec, join(work, `out-${index}-again`), cache);
    console.log(`  ours, regenerated   ${figures(again)} (the format cache filled by a run before)`);
    for (const peer of peers) {
      const theirs = run(peer, spec, join(work, `out-${index}-${peer.name}`));
      console.log(`  ${peer.name.padEnd(19)} ${figures(theirs)}; ours / theirs: ${ratios(ours, theirs)}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
