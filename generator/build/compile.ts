/**
 * One build pass: the package's `src/` compiled by the root's TypeScript into one module format, with
 * declarations. The options come from the same base as the package's `tsconfig.json`, so what the
 * editor checks is what gets built.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { ModuleFormat } from '../emit/package/layout.js';
import { buildCompilerOptions } from '../emit/package/tsconfig.js';

/** Compiles `packageDir/src` for `format`; returns the problems found, `[]` when the output was written. */
export function compile(packageDir: string, format: ModuleFormat): string[] {
  const converted = ts.convertCompilerOptionsFromJson(buildCompilerOptions(format), packageDir);
  if (converted.errors.length > 0) return converted.errors.map(formatDiagnostic);
  const program = ts.createProgram({ rootNames: sourceFiles(join(packageDir, 'src')), options: converted.options });
  const before = ts.getPreEmitDiagnostics(program);
  if (before.length > 0) return before.map(formatDiagnostic);
  const emitted = program.emit();
  return [...emitted.diagnostics.map(formatDiagnostic), ...(emitted.emitSkipped ? [`${format}: TypeScript skipped the emit`] : [])];
}

/** Every `.ts` module under `dir` (user code in `src/lib/` included), sorted so the build is stable. */
function sourceFiles(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function formatDiagnostic(diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (!diagnostic.file || diagnostic.start === undefined) return message;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${diagnostic.file.fileName}:${line + 1}:${character + 1}: ${message}`;
}
