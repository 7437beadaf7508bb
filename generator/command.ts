/**
 * The commands behind the command line: `generate`, `check` and `diff`. Output streams are injected so
 * tests run them in-process. Exit codes: 0 done, 1 a spec error or drift, 2 a usage error.
 */
import { formatDiagnostic, SpecError } from './diagnostics.js';
import { readFromDisk, readRuntimeSources } from './io/fs-read.js';
import { loadSpec } from './load/load-spec.js';
import { generateInMemory, type Generated } from './pipeline.js';
import { findDrift } from './write/check.js';
import { writePackage } from './write/write.js';

export interface CommandIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const USAGE = `usage:
  generate [--spec spec/openapi.yaml] [--out generated] [--lenient]   write the package generated from the spec
  check    [--spec spec/openapi.yaml] [--out generated] [--lenient]   exit 1 when the package differs from what the spec generates
           --lenient: a $ref to nothing becomes a located warning and an \`unknown\` type instead of an error
  diff <base> <revision> [--format markdown|json]         review a spec change (a file, or git-rev:path)`;

export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'diff') {
    const { runDiff } = await import('./diff/command.js');
    return runDiff([...rest], { readFile: readFromDisk, stdout: io.stdout, stderr: io.stderr });
  }
  const options = parseOptions(rest);
  if ((command !== 'generate' && command !== 'check') || !options) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  const generated = await generateOrReport(options, io);
  if (!generated) return 1;
  for (const w of generated.warnings) io.stderr(`${formatDiagnostic(w)}\n`);
  return command === 'generate' ? generate(options.out, generated, io) : check(options.out, generated, io);
}

interface Options {
  spec: string;
  out: string;
  lenient: boolean;
}

function parseOptions(args: readonly string[]): Options | undefined {
  const options: Options = { spec: 'spec/openapi.yaml', out: 'generated', lenient: args.includes('--lenient') };
  const rest = args.filter((a) => a !== '--lenient');
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (value === undefined || (flag !== '--spec' && flag !== '--out')) return undefined;
    options[flag === '--spec' ? 'spec' : 'out'] = value;
  }
  return options;
}

async function generateOrReport(options: Options, io: CommandIO): Promise<Generated | undefined> {
  const loaded = loadSpec(options.spec, readFromDisk);
  if (!loaded.ok) return reportProblems(loaded.diagnostics.map(formatDiagnostic), io);
  try {
    return await generateInMemory(loaded.spec, readRuntimeSources(), { lenient: options.lenient });
  } catch (error) {
    if (error instanceof SpecError) return reportProblems(error.diagnostics.map(formatDiagnostic), io);
    throw error;
  }
}

function reportProblems(lines: readonly string[], io: CommandIO): undefined {
  for (const line of lines) io.stderr(`${line}\n`);
  io.stderr(`${lines.length} problem${lines.length === 1 ? '' : 's'} in the spec; nothing was written.\n`);
  return undefined;
}

function generate(out: string, generated: Generated, io: CommandIO): number {
  writePackage(out, generated.files);
  io.stdout(`generated ${generated.files.size} files in ${out}/\n`);
  return 0;
}

function check(out: string, generated: Generated, io: CommandIO): number {
  const drift = findDrift(out, generated.files);
  for (const d of drift) io.stderr(`${out}/${d.path}: ${d.problem}\n`);
  if (drift.length === 0) {
    io.stdout(`${out}/ is up to date with the spec (${generated.files.size} files).\n`);
    return 0;
  }
  io.stderr(`${drift.length} file${drift.length === 1 ? '' : 's'} out of date: run \`npm run generate\`.\n`);
  return 1;
}
