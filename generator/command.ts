/**
 * The commands behind the command line: `generate`, `check`, `diff` and `samples`. Output streams are injected so
 * tests run them in-process. Exit codes: 0 done, 1 a spec error or drift, 2 a usage error or an output
 * folder that cannot be written.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SpecError, type Diagnostic } from './diagnostics.js';
import { readFromDisk, readRuntimeSources } from './io/fs-read.js';
import { loadSpec, type LoadedSpec } from './load/load-spec.js';
import { generateInMemory, type Generated } from './pipeline.js';
import { defaultCacheDir } from './print/format-cache.js';
import { findDrift } from './write/check.js';
import { watchAndGenerate } from './watch.js';
import { OutputError, writePackage } from './write/write.js';
import { printWarnings, reportProblems } from './report-problems.js';
import { SAMPLES_USAGE } from './samples/usage.js';
import { parseArgs, unknownName, type ArgsShape } from './util/args.js';
import { DEFAULT_OUT, generateCommand, specToRead } from './util/generate-command.js';

export interface CommandIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Stops `generate --watch` (default: Ctrl-C or SIGTERM). */
  readonly signal?: AbortSignal;
}

const USAGE = `usage:
  generate [--spec spec/openapi.yaml] [--overlay FILE]... [--out generated] [--lenient] [--all-warnings] [--no-cache] [--watch]   write the package generated from the spec
           --overlay: an OpenAPI Overlay (1.0 or 1.1) applied to the spec first, in the order given; without
           --spec, the spec is the file the first overlay's \`extends\` names, if one does
           --watch: then again on every change to the spec's or the overlays' files, until stopped
  check    [--spec spec/openapi.yaml] [--overlay FILE]... [--out generated] [--lenient] [--all-warnings] [--no-cache]   exit 1 when the package differs from what the spec generates
           --lenient: defects of published specs with one sensible reading become located warnings instead of
           errors (a $ref to nothing is \`unknown\`, a repeated operationId names nothing; the README lists them)
           --no-cache: format everything again rather than reuse prettier's earlier answers
           (kept in node_modules/.cache/openapi-ts-sdkgen, or in $SDKGEN_CACHE_DIR)
           --all-warnings: print every warning (else the first 5 of each kind, and how many more)
  diff <base> <revision> [--format markdown|json]         review a spec change (a file, or git-rev:path)
${SAMPLES_USAGE}`;

/** Asked for help (`help` only as the command: elsewhere it may name a file): the usage goes to stdout and is no error. */
const HELP: ReadonlySet<string> = new Set(['--help', '-h']);

export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'help' || argv.some((arg) => HELP.has(arg))) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (command === 'diff') {
    const { runDiff } = await import('./diff/command.js');
    return runDiff([...rest], { readFile: readFromDisk, stdout: io.stdout, stderr: io.stderr });
  }
  if (command === 'samples') {
    const { runSamples } = await import('./samples/command.js');
    return runSamples(rest, io);
  }
  if (command !== 'generate' && command !== 'check') {
    io.stderr(`${unknownCommand(command)}\n${USAGE}\n`);
    return 2;
  }
  const options = parseOptions(command, rest);
  if (typeof options === 'string') {
    io.stderr(`${command}: ${options}\n${USAGE}\n`);
    return 2;
  }
  if (options.watch) return watchAndGenerate(() => runOnce(command, options, io), { stdout: io.stdout, signal: io.signal ?? interruption() });
  return (await runOnce(command, options, io)).code;
}

/** One generate or check: its exit code, and the spec's files it read (for `--watch`). */
async function runOnce(command: 'generate' | 'check', options: Options, io: CommandIO): Promise<{ code: number; files: readonly string[] }> {
  if (isFolder(options.spec)) {
    io.stderr(`--spec ${options.spec} is a folder; it names the spec's entry file${entryIn(options.spec)}.\n`);
    return { code: 2, files: [options.spec] };
  }
  const loaded = loadSpec(options.spec, readFromDisk, { lenient: options.lenient, overlays: options.overlays });
  const files = [...(loaded.ok ? loaded.spec.sources.keys() : [options.spec]), ...options.overlays];
  if (!loaded.ok) return { code: reportProblems(loaded.diagnostics, loaded.warnings, io, options.allWarnings), files };
  const generated = await generateOrReport(loaded.spec, loaded.warnings, options, io);
  if (!generated) return { code: 1, files };
  printWarnings([...loaded.warnings, ...generated.warnings], io, options.allWarnings);
  return { code: command === 'generate' ? generate(options.out, generated, files, io) : check(options, generated, io), files };
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** ` (spec/openapi.yaml?)` when the folder holds a file named as specs usually are. */
function entryIn(folder: string): string {
  const found = ['openapi.yaml', 'openapi.yml', 'openapi.json', 'swagger.yaml', 'swagger.json'].find((name) => existsSync(join(folder, name)));
  return found === undefined ? '' : ` (${join(folder, found)}?)`;
}

/** Aborts on Ctrl-C or SIGTERM. */
function interruption(): AbortSignal {
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort());
  return controller.signal;
}

interface Options {
  spec: string;
  overlays: string[];
  out: string;
  lenient: boolean;
  /** Every warning printed, not only the first few of each kind. */
  allWarnings: boolean;
  watch: boolean;
  cache: boolean;
}

/** What `generate` and `check` take; `--watch` only `generate`. */
function shapeOf(command: 'generate' | 'check'): ArgsShape {
  return {
    values: { spec: 'a file', out: 'a folder', overlay: 'an overlay file' },
    lists: ['overlay'],
    switches: ['lenient', 'all-warnings', 'no-cache', ...(command === 'generate' ? ['watch'] : [])],
  };
}

function parseOptions(command: 'generate' | 'check', args: readonly string[]): Options | string {
  if (command === 'check' && args.includes('--watch')) return '--watch is for generate only';
  const parsed = parseArgs(args, shapeOf(command));
  if (typeof parsed === 'string') return parsed;
  const flag = (name: string): boolean => parsed.switches.has(name);
  // `generated/`, as a shell completes it, names the same folder as `generated`.
  const out = (parsed.values.get('out') ?? DEFAULT_OUT).replace(/(?<=.)[\\/]+$/, '');
  const overlays = [...parsed.lists.get('overlay')!];
  const spec = specToRead(parsed.values.get('spec') ?? '', overlays);
  return { spec, overlays, out, lenient: flag('lenient'), allWarnings: flag('all-warnings'), watch: flag('watch'), cache: !flag('no-cache') };
}

/** `unknown command generat (did you mean generate?)`, or what to give when none was. */
function unknownCommand(command: string | undefined): string {
  if (command === undefined) return 'a command is needed: generate, check, diff or samples';
  return unknownName('command', command, ['generate', 'check', 'diff', 'samples']);
}

async function generateOrReport(spec: LoadedSpec, loadWarnings: readonly Diagnostic[], options: Options, io: CommandIO): Promise<Generated | undefined> {
  try {
    const formatCache = options.cache ? defaultCacheDir(process.cwd(), process.env) : undefined;
    return await generateInMemory(spec, readRuntimeSources(), { lenient: options.lenient, formatCache });
  } catch (error) {
    if (error instanceof SpecError) {
      reportProblems(error.diagnostics, [...loadWarnings, ...error.warnings], io, options.allWarnings);
      return undefined;
    }
    throw error;
  }
}

/** `specFiles`: the files the spec is made of, which the output folder must not hold. */
function generate(out: string, generated: Generated, specFiles: readonly string[], io: CommandIO): number {
  try {
    writePackage(out, generated.files, specFiles);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    io.stderr(`${error.message}.\n`);
    return 2;
  }
  io.stdout(`generated ${generated.files.size} files in ${out}/${cacheSummary(generated)}\n`);
  return 0;
}

/** ` (12 of 14 formatted texts from the cache)`, or nothing when no cache was used. */
function cacheSummary({ formatCache }: Generated): string {
  return formatCache === undefined ? '' : ` (${formatCache.hits} of ${formatCache.hits + formatCache.misses} formatted texts from the cache)`;
}

function check(options: Options, generated: Generated, io: CommandIO): number {
  const { out } = options;
  if (!existsSync(out)) {
    io.stderr(`${out}/ does not exist: run \`${generateCommand(options)}\`.\n`);
    return 1;
  }
  if (!isFolder(out)) {
    io.stderr(`cannot check ${out}: a file stands there, not a folder.\n`);
    return 2;
  }
  const drift = findDrift(out, generated.files);
  for (const d of drift) io.stderr(`${out}/${d.path}: ${d.problem}\n`);
  if (drift.length === 0) {
    io.stdout(`${out}/ is up to date with the spec (${generated.files.size} files).\n`);
    return 0;
  }
  io.stderr(`${drift.length} file${drift.length === 1 ? '' : 's'} out of date: run \`${generateCommand(options)}\`.\n`);
  return 1;
}
