#!/usr/bin/env node
/**
 * The command line: `generate`, `check` and `diff`. With `write/`, the only code that touches the disk.
 * Exit codes: 0 done, 1 a spec error or drift, 2 a usage error.
 */
import { formatDiagnostic, SpecError } from './diagnostics.js';
import { readFromDisk, readRuntimeSources } from './io/fs-read.js';
import { loadSpec } from './load/load-spec.js';
import { generateInMemory, type Generated } from './pipeline.js';
import { findDrift } from './write/check.js';
import { writePackage } from './write/write.js';

const USAGE = `usage:
  generate [--spec spec/openapi.yaml] [--out generated]   write the package generated from the spec
  check    [--spec spec/openapi.yaml] [--out generated]   exit 1 when the package differs from what the spec generates
  diff <base> <revision> [--format markdown|json]         review a spec change (a file, or git-rev:path)`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'diff') {
    const { runDiff } = await import('./diff/command.js');
    return runDiff(rest, { readFile: readFromDisk, stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s) });
  }
  const options = parseOptions(rest);
  if ((command !== 'generate' && command !== 'check') || !options) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const generated = await generateOrReport(options.spec);
  if (!generated) return 1;
  for (const w of generated.warnings) process.stderr.write(`${formatDiagnostic(w)}\n`);
  return command === 'generate' ? generate(options.out, generated) : check(options.out, generated);
}

function parseOptions(args: readonly string[]): { spec: string; out: string } | undefined {
  const options = { spec: 'spec/openapi.yaml', out: 'generated' };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (value === undefined || (flag !== '--spec' && flag !== '--out')) return undefined;
    options[flag === '--spec' ? 'spec' : 'out'] = value;
  }
  return options;
}

async function generateOrReport(specPath: string): Promise<Generated | undefined> {
  const loaded = loadSpec(specPath, readFromDisk);
  if (!loaded.ok) return reportProblems(loaded.diagnostics.map(formatDiagnostic));
  try {
    return await generateInMemory(loaded.spec, readRuntimeSources());
  } catch (error) {
    if (error instanceof SpecError) return reportProblems(error.diagnostics.map(formatDiagnostic));
    throw error;
  }
}

function reportProblems(lines: readonly string[]): undefined {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.stderr.write(`${lines.length} problem${lines.length === 1 ? '' : 's'} in the spec; nothing was written.\n`);
  return undefined;
}

function generate(out: string, generated: Generated): number {
  writePackage(out, generated.files);
  process.stdout.write(`generated ${generated.files.size} files in ${out}/\n`);
  return 0;
}

function check(out: string, generated: Generated): number {
  const drift = findDrift(out, generated.files);
  for (const d of drift) process.stderr.write(`${out}/${d.path}: ${d.problem}\n`);
  if (drift.length === 0) {
    process.stdout.write(`${out}/ is up to date with the spec (${generated.files.size} files).\n`);
    return 0;
  }
  process.stderr.write(`${drift.length} file${drift.length === 1 ? '' : 's'} out of date: run \`npm run generate\`.\n`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
