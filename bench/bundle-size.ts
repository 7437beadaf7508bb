#!/usr/bin/env node
/**
 * `npx tsx bench/bundle-size.ts [--files] [--check]`: the minified and gzipped size of a browser bundle that makes
 * one call (getActiveSession) with the full runtime (retries, errors, logging, redaction), ours versus
 * the official `cloudflare` package through `cloudflare/tree-shakable` with only the active-session
 * resource. Both are bundled by the same esbuild with the same options. `--files` lists the heaviest
 * files of each bundle; `--extras` also measures ours with each feature the official SDK lacks replaced by a
 * trivial stub, to show what each costs; `--check` exits 1 when ours is over 40 % of theirs.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { BuildError } from '../generator/build/build-error.js';
import { buildPackage } from '../generator/build/build.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const GOAL = 0.4;

const OURS = `import Cloudflare from 'cloudflare-realtimekit';
const client = new Cloudflare({ apiToken: 'token' });
const response = await client.realtimeKit.activeSession.getActiveSession('app_id', 'meeting_id', { account_id: '023e105f4ecef8ad9ca31a8372d0c353' });
console.log(response.data);`;

// The official SDK's tree-shakable entry, with the base variant of the one resource (no subresources).
export const THEIRS = `import { createClient } from 'cloudflare/tree-shakable';
import { BaseActiveSession } from 'cloudflare/resources/realtime-kit/active-session';
const client = createClient({ apiToken: 'token', resources: [BaseActiveSession] });
const response = await client.realtimeKit.activeSession.getActiveSession('meeting_id', { account_id: '023e105f4ecef8ad9ca31a8372d0c353', app_id: 'app_id' });
console.log(response.data);`;

export interface Size {
  readonly minified: number;
  readonly gzipped: number;
  readonly code: string;
  /** Minified bytes each input file contributes (files tree-shaken away are left out), largest first. */
  readonly inputs: readonly { readonly path: string; readonly bytes: number }[];
}

export interface Measurement {
  readonly ours: Size;
  readonly theirs: Size;
  readonly ratio: number;
  readonly theirsVersion: string;
  /** With `extras`: ours with each extra stubbed, then with all of them stubbed ('all'), gzipped bytes. */
  readonly withoutExtras: ReadonlyMap<string, number>;
}

/**
 * Runtime modules doing what the official SDK does not, and a stub of each that keeps the module's exports:
 * what the bundle would weigh without the feature.
 */
export const EXTRAS: Readonly<Record<string, string>> = {
  'credential redaction': `export const REDACTED = '***'; export const sensitiveHeaders = () => () => false; export const redactHeaders = (h) => h;
    export const createScrubber = () => (t) => t; export const scrubValue = (v) => v; export const scrubError = (e) => e;`,
  'readable error messages': `export function describeErrorBody(b) { return b?.message ?? (b == null ? undefined : JSON.stringify(b)); }`,
};
const EXTRA_FILES = ['redact', 'error-message'];

/** Replaces the built runtime modules of the named extras by their stubs. */
function stubbing(extras: readonly string[]): Plugin {
  const stubs = new Map(extras.map((name) => [`${EXTRA_FILES[Object.keys(EXTRAS).indexOf(name)]}.js`, EXTRAS[name]!]));
  return {
    name: 'stub-extras',
    setup(b) {
      b.onLoad({ filter: /[\\/]dist[\\/](esm|browser)[\\/]core[\\/][^\\/]+\.js$/ }, (args) => {
        const stub = stubs.get(args.path.split(/[\\/]/).pop()!);
        return stub === undefined ? undefined : { contents: stub, loader: 'js' };
      });
    },
  };
}

/**
 * Bundles `source` as a browser ES module, resolving imports from `resolveDir`'s node_modules.
 * `define`: expressions replaced at build time, as esbuild's `--define`.
 */
export async function bundleSize(source: string, resolveDir: string, stubbedExtras: readonly string[] = [], define: Readonly<Record<string, string>> = {}): Promise<Size> {
  const result = await build({
    define,
    plugins: stubbedExtras.length > 0 ? [stubbing(stubbedExtras)] : [],
    stdin: { contents: source, resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const output = Object.values(result.metafile.outputs)[0]!;
  const inputs = Object.entries(output.inputs).map(([path, i]) => ({ path: path.replace(/^.*node_modules\//, '').replace(/^.*\/sdk-bench-[^/]+\/package\//, ''), bytes: i.bytesInOutput }));
  return { minified: Buffer.byteLength(code), gzipped: gzipSync(code, { level: 9 }).length, code, inputs: inputs.filter((i) => i.bytes > 0).sort((a, b) => b.bytes - a.bytes) };
}

/** Builds a copy of `generated/` (it must be what the spec generates) and measures both bundles. */
export async function measure(packageDir = join(REPO, 'generated'), specPath = join(REPO, 'spec/openapi.yaml'), extras = false): Promise<Measurement> {
  const scratch = mkdtempSync(join(tmpdir(), 'sdk-bench-'));
  try {
    const copy = join(scratch, 'package');
    cpSync(packageDir, copy, { recursive: true, filter: (p) => !/[\\/](node_modules|dist)$/.test(p) });
    await buildPackage(specPath, copy);
    const name = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')).name as string;
    mkdirSync(join(scratch, 'app', 'node_modules'), { recursive: true });
    symlinkSync(copy, join(scratch, 'app', 'node_modules', name), 'dir');
    const ours = await bundleSize(OURS, join(scratch, 'app'));
    const theirs = await bundleSize(THEIRS, REPO);
    const theirsVersion = JSON.parse(readFileSync(join(REPO, 'node_modules/cloudflare/package.json'), 'utf8')).version as string;
    const withoutExtras = new Map<string, number>();
    const stubbedSets = extras ? [...Object.keys(EXTRAS).map((name) => [name]), Object.keys(EXTRAS)] : [];
    for (const stubbed of stubbedSets) {
      withoutExtras.set(stubbed.length === 1 ? stubbed[0]! : 'all', (await bundleSize(OURS, join(scratch, 'app'), stubbed)).gzipped);
    }
    return { ours, theirs, ratio: ours.gzipped / theirs.gzipped, theirsVersion, withoutExtras };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The files that weigh most in a bundle, one per line. */
export function breakdown(size: Size, count = 12): string {
  return size.inputs.slice(0, count).map((i) => `  ${String(i.bytes).padStart(6)} B  ${i.path}`).join('\n');
}

/** What each extra costs: the bundle's gzipped size minus its size with the extra stubbed. */
export function extrasReport(m: Measurement): string {
  const lines = [...m.withoutExtras].map(([name, gzipped]) =>
    name === 'all'
      ? `  without all of them: ${(gzipped / 1024).toFixed(2)} KB, ratio ${((gzipped / m.theirs.gzipped) * 100).toFixed(1)} %`
      : `  ${name}: ${((m.ours.gzipped - gzipped) / 1024).toFixed(2)} KB`,
  );
  return ['what the features the official SDK lacks cost (gzipped):', ...lines].join('\n');
}

export function report(m: Measurement): string {
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  const row = (label: string, s: Size): string => `${label.padEnd(46)} ${kb(s.minified).padStart(9)} min  ${kb(s.gzipped).padStart(8)} gzip`;
  return [
    'one getActiveSession call bundled for the browser (esbuild --bundle --minify --platform=browser, gzip -9)',
    row('ours: cloudflare-realtimekit, full runtime', m.ours),
    row(`theirs: cloudflare@${m.theirsVersion}, tree-shakable entry`, m.theirs),
    `ratio (gzipped): ${(m.ratio * 100).toFixed(1)} % (goal <= ${GOAL * 100} %)`,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const m = await measure(undefined, undefined, process.argv.includes('--extras')).catch((error: unknown) => {
    if (!(error instanceof BuildError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
  process.stdout.write(`${report(m)}\n`);
  if (process.argv.includes('--files')) process.stdout.write(`\nours, by file (minified):\n${breakdown(m.ours)}\n\ntheirs, by file (minified):\n${breakdown(m.theirs)}\n`);
  if (m.withoutExtras.size > 0) process.stdout.write(`\n${extrasReport(m)}\n`);
  if (process.argv.includes('--check') && m.ratio > GOAL) process.exitCode = 1;
}
