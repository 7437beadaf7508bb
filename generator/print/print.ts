/**
 * The print step: statement structures → text, through one in-memory ts-morph project (no file system),
 * then prettier with a pinned inline config, so the output never depends on a config file on disk.
 */
import { Project, type StatementStructures } from 'ts-morph';
import * as prettier from 'prettier';
import type { EmittedUnit } from '../emit/units.js';
import { importsFor } from '../plan/imports.js';
import type { Plan } from '../plan/plan.js';

/** Marks every file the generator owns; `check` and humans both rely on it. */
export const GENERATED_HEADER = '// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.\n';

export const PRETTIER_OPTIONS: prettier.Options = {
  printWidth: 110,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: true,
  quoteProps: 'as-needed',
  trailingComma: 'all',
  bracketSpacing: true,
  arrowParens: 'always',
  endOfLine: 'lf',
  proseWrap: 'preserve',
};

export async function printUnits(units: readonly EmittedUnit[], plan: Plan): Promise<Map<string, string>> {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const out = new Map<string, string>();
  for (const unit of units) {
    const statements: StatementStructures[] = [...importsFor(unit.path, unit.uses, plan.symbols), ...unit.statements];
    const file = project.createSourceFile(unit.path, { statements }, { overwrite: true });
    out.set(unit.path, await formatTypeScript(GENERATED_HEADER + '\n' + file.getFullText()));
  }
  return out;
}

export function formatTypeScript(text: string): Promise<string> {
  return prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'typescript' });
}

export function formatOther(text: string, parser: 'json' | 'markdown'): Promise<string> {
  return prettier.format(text, { ...PRETTIER_OPTIONS, parser });
}
