/**
 * The project's pinned TypeScript compiler, run on a project: what `tsc -p` prints, or '' when it compiles.
 *
 * It runs in this process, not as the tsc command: the test files share one process (vitest.config.ts), so
 * the declaration files under node_modules (TypeScript's lib.dom.d.ts and the rest, Node's types) are
 * parsed and bound once for the whole run instead of once a check, and no check pays for starting node and
 * loading the compiler. That was a third of each check of a small package, and checks were half the run.
 */
import { statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, sep } from 'node:path';
import ts from 'typescript';
import { REPO } from '../package/helpers/paths.js';

/** The TypeScript compiler's API: the repository's, or an older release's (the floor tests). */
export type Compiler = typeof ts;

/** The compiler installed at `packageDir` (a `typescript` package), loaded once. */
export function compilerAt(packageDir: string): Compiler {
  return requireHere(join(packageDir, 'lib', 'typescript.js')) as Compiler;
}

const requireHere = createRequire(import.meta.url);

/** A file the tests do not change: the repository's installed packages, the compilers' libs among them. */
const isInstalled = (file: string): boolean => file.startsWith(REPO + sep) && file.includes(`${sep}node_modules${sep}`);

/** Each compiler's parsed installed files: a SourceFile is one compiler's own. */
const installedFiles = new WeakMap<Compiler, Map<string, ts.SourceFile | undefined>>();

/**
 * Everything tsc prints for `project` (a tsconfig file or a folder holding one) with `args` (tsc's own
 * flags: `--strict`, `--pretty false`), file names relative to `cwd`; '' when it compiles. It type-checks
 * only: nothing is written, whatever `noEmit` says.
 */
export function tscOutput(project: string, args: readonly string[] = [], cwd = process.cwd(), compiler: Compiler = ts): string {
  const flags = compiler.parseCommandLine([...args]);
  if (flags.errors.length > 0 || flags.fileNames.length > 0) throw new Error(`tscOutput takes tsc's flags only: ${args.join(' ')}`);
  const path = resolve(cwd, project);
  const configFile = statSync(path, { throwIfNoEntry: false })?.isDirectory() ? join(path, 'tsconfig.json') : path;
  const configErrors: ts.Diagnostic[] = [];
  const system = { ...compiler.sys, getCurrentDirectory: () => cwd, onUnRecoverableConfigFileDiagnostic: (d: ts.Diagnostic) => void configErrors.push(d) };
  const parsed = compiler.getParsedCommandLineOfConfigFile(configFile, { ...flags.options, noEmit: true }, system);
  if (!parsed) return format(compiler, configErrors, cwd);
  const program = compiler.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    host: hostKeepingInstalledFiles(compiler, parsed.options, cwd),
    configFileParsingDiagnostics: compiler.getConfigFileParsingDiagnostics(parsed),
    projectReferences: parsed.projectReferences,
  });
  return format(compiler, compiler.getPreEmitDiagnostics(program), cwd);
}

/** A compiler host that parses each installed file once for the run, per way of reading it. */
function hostKeepingInstalledFiles(compiler: Compiler, options: ts.CompilerOptions, cwd: string): ts.CompilerHost {
  const host = compiler.createCompilerHost(options);
  const parsed = installedFiles.get(compiler) ?? new Map<string, ts.SourceFile | undefined>();
  installedFiles.set(compiler, parsed);
  const read = host.getSourceFile.bind(host);
  host.getCurrentDirectory = () => cwd;
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!isInstalled(resolve(fileName))) return read(fileName, languageVersion, onError, shouldCreate);
    // The parse depends on the target, the module format the file is read in, and what makes it a module.
    const settings = typeof languageVersion === 'object' ? languageVersion : { languageVersion };
    const key = JSON.stringify([fileName, settings.languageVersion, settings.impliedNodeFormat, settings.jsDocParsingMode, options.moduleDetection]);
    if (!parsed.has(key)) parsed.set(key, read(fileName, languageVersion, onError, shouldCreate));
    return parsed.get(key);
  };
  return host;
}

/** As tsc prints diagnostics when its output is not a terminal: `file(line,col): error TS1234: message`. */
function format(compiler: Compiler, diagnostics: readonly ts.Diagnostic[], cwd: string): string {
  return compiler.formatDiagnostics(diagnostics, { getCurrentDirectory: () => cwd, getCanonicalFileName: (f) => f, getNewLine: () => '\n' });
}

/** tsc's first 20 lines for `project`: enough to read a failure, short enough for a test report. */
export function tscErrors(project: string, args: readonly string[] = []): string {
  return tscOutput(project, args).split('\n').slice(0, 20).join('\n');
}

/**
 * Compiles `body` as a user's file beside the generated package in `out` (after `header`, its imports):
 * tsc's errors as `TS2353 line 2`, lines counted from the first line of `body`; [] when it compiles.
 */
export function consumerErrors(out: string, header: string, body: string): string[] {
  writeFileSync(join(out, 'consumer.ts'), `${header}\n${body}\n`);
  writeFileSync(join(out, 'tsconfig.consumer.json'), JSON.stringify({ extends: './tsconfig.json', include: ['consumer.ts'] }));
  const offset = header.split('\n').length;
  return [...tscOutput(join(out, 'tsconfig.consumer.json')).matchAll(/consumer\.ts\((\d+),\d+\): error (TS\d+)/g)].map((m) => `${m[2]} line ${Number(m[1]) - offset}`);
}
