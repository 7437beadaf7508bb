/** `src/index.ts`: the package's entry point; re-exports every public symbol, the client as default too. */
import { StructureKind, type ExportDeclarationStructure, type StatementStructures } from 'ts-morph';
import type { ApiIR } from '../ir/types.js';
import { moduleSpecifier } from '../plan/imports.js';
import { CORE_INDEX, type Plan } from '../plan/plan.js';
import { baseErrorAlias } from '../normalize/names.js';
import { compareCodeUnits } from '../util/names.js';

export function indexFile(api: ApiIR, plan: Plan, path: string): StatementStructures[] {
  const byFile = new Map<string, { name: string; isTypeOnly: boolean }[]>();
  for (const [name, entry] of [...plan.symbols].sort(([a], [b]) => compareCodeUnits(a, b))) {
    if (entry.file === CORE_INDEX || entry.internal) continue;
    if (!byFile.has(entry.file)) byFile.set(entry.file, []);
    byFile.get(entry.file)!.push({ name, isTypeOnly: entry.kind === 'type' });
  }
  const client = `./client.js`;
  const statements: ExportDeclarationStructure[] = [
    { kind: StructureKind.ExportDeclaration, namedExports: [{ name: api.client.name, alias: 'default' }], moduleSpecifier: client },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: moduleSpecifier(path, CORE_INDEX) },
    { kind: StructureKind.ExportDeclaration, namedExports: [{ name: 'SDKError', alias: baseErrorAlias(api.client.name) }], moduleSpecifier: moduleSpecifier(path, CORE_INDEX) },
  ];
  for (const file of [...byFile.keys()].sort(compareCodeUnits)) {
    statements.push({ kind: StructureKind.ExportDeclaration, moduleSpecifier: moduleSpecifier(path, file), namedExports: byFile.get(file)! });
  }
  return statements;
}
