/**
 * The `samples` command: the spec's code samples as an OpenAPI Overlay, written to `--out` (or printed), for
 * the docs pipeline to apply to the spec (`openapi-format spec/openapi.yaml --overlayFile samples.yaml`).
 * Exit codes as `generate`'s: 0 done, 1 a spec error, 2 a usage error or a file that cannot be written.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { SpecError } from '../diagnostics.js';
import { readFromDisk } from '../io/fs-read.js';
import { entryDocument, loadSpec, type LoadedSpec } from '../load/load-spec.js';
import type { ApiIR } from '../ir/types.js';
import { buildApi } from '../pipeline.js';
import { inProcessFormatter } from '../print/format-pool.js';
import { PRETTIER_OPTIONS } from '../print/print.js';
import { plural } from '../util/plural.js';
import { specToRead } from '../util/generate-command.js';
import { parseArgs } from '../util/args.js';
import type { CommandIO } from '../command.js';
import { printWarnings, reportProblems } from '../report-problems.js';
import { codeSamples, type SampleSet } from './code-samples.js';
import { overlayDocument } from './overlay.js';
import { SAMPLES_USAGE } from './usage.js';

/** What `--lenient` lets the command do with a spec it refuses. */
const OUTCOME = 'the samples are written';

interface SamplesOptions {
  readonly spec: string;
  /** SDK settings kept apart from the spec (`--overlay`): the samples call the methods they name. */
  readonly overlays: readonly string[];
  readonly out?: string | undefined;
  readonly lenient: boolean;
  /** Every warning printed, not only the first few of each kind. */
  readonly allWarnings: boolean;
}

export async function runSamples(args: readonly string[], io: CommandIO): Promise<number> {
  const options = parseSamplesArgs(args);
  if (typeof options === 'string') {
    io.stderr(`samples: ${options}\nusage:\n${SAMPLES_USAGE}\n`);
    return 2;
  }
  const read = readApi(options, io);
  if (typeof read === 'number') return read;
  const formatter = inProcessFormatter(PRETTIER_OPTIONS);
  const set = await codeSamples(read.api, read.spec.entry, entryDocument(read.spec), (code) => formatter.format(code, 'typescript'));
  const text = overlayDocument(read.api, set.samples, extendsURL(options));
  if (options.out === undefined) io.stdout(text);
  else if (!writeWhole(options.out, text, io)) return 2;
  io.stderr(summary(set, options.out));
  return 0;
}

/** The spec and its IR, its warnings printed; else the exit code: a spec refused, or `--out` naming one of its files. */
function readApi(options: SamplesOptions, io: CommandIO): { spec: LoadedSpec; api: ApiIR } | number {
  const loaded = loadSpec(options.spec, readFromDisk, { lenient: options.lenient, overlays: options.overlays });
  if (!loaded.ok) return reportProblems(loaded.diagnostics, loaded.warnings, io, options.allWarnings, OUTCOME);
  const out = options.out;
  if (out !== undefined && [...loaded.spec.sources.keys(), ...options.overlays].some((file) => resolve(file) === resolve(out))) {
    io.stderr(`samples: --out ${out} is a file of the spec or an overlay given; the samples go beside them.\n`);
    return 2;
  }
  try {
    const built = buildApi(loaded.spec, { lenient: options.lenient });
    printWarnings([...loaded.warnings, ...built.warnings], io, options.allWarnings);
    return { spec: loaded.spec, api: built.api };
  } catch (error) {
    if (error instanceof SpecError) return reportProblems(error.diagnostics, [...loaded.warnings, ...error.warnings], io, options.allWarnings, OUTCOME);
    throw error;
  }
}

function parseSamplesArgs(args: readonly string[]): SamplesOptions | string {
  const parsed = parseArgs(args, { values: { spec: 'a file', out: 'a file', overlay: 'an overlay file' }, lists: ['overlay'], switches: ['lenient', 'all-warnings'] });
  if (typeof parsed === 'string') return parsed;
  const overlays = [...parsed.lists.get('overlay')!];
  return { spec: specToRead(parsed.values.get('spec') ?? '', overlays), overlays, out: parsed.values.get('out'), lenient: parsed.switches.has('lenient'), allWarnings: parsed.switches.has('all-warnings') };
}

/** The spec as the overlay's `extends` names it: relative to the overlay's folder (the working folder when printed), with `/`. */
function extendsURL({ spec, out }: SamplesOptions): string {
  return relative(out === undefined ? '.' : dirname(resolve(out)), resolve(spec)).split(sep).join('/');
}

/** Writes beside the file (making its folder) and renames over it, so a failure leaves the old file whole. */
function writeWhole(out: string, text: string, io: CommandIO): boolean {
  const next = `${out}.next`;
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(next, text);
    renameSync(next, out);
    return true;
  } catch (error) {
    rmSync(next, { force: true });
    io.stderr(`samples: cannot write ${out}: ${error instanceof Error ? error.message : String(error)}\n`);
    return false;
  }
}

/** What was written, and which operations got no sample and why. */
function summary({ samples, elsewhere, shared }: SampleSet, out: string | undefined): string {
  const lines = [`${plural(samples.length, 'code sample')} ${out === undefined ? 'printed' : `written to ${out}`}`];
  if (elsewhere.length > 0) lines.push(`${plural(elsewhere.length, 'operation')} written in another file than the entry got none: an overlay changes one document, so bundle the spec into one file first (${elsewhere.slice(0, 3).map(where).join(', ')}${elsewhere.length > 3 ? ', …' : ''})`);
  if (shared.length > 0) lines.push(`${plural(shared.length, 'operation')} sharing one path item under several paths got none: its one node cannot hold each one's sample (${shared.slice(0, 3).map(where).join(', ')}${shared.length > 3 ? ', …' : ''})`);
  return `${lines.join('\n')}\n`;
}

function where(op: SampleSet['elsewhere'][number]): string {
  return `${op.method} ${op.path}`;
}
