/** Import declarations for a file from the symbols it uses: one per module, sorted, types marked. */
import { posix } from 'node:path';
import { StructureKind, type ImportDeclarationStructure } from 'ts-morph';
import { compareCodeUnits } from '../util/names.js';
import type { SymbolEntry } from './plan.js';

export function importsFor(file: string, uses: ReadonlySet<string>, symbols: ReadonlyMap<string, SymbolEntry>): ImportDeclarationStructure[] {
  const byModule = new Map<string, { name: string; isTypeOnly: boolean }[]>();
  for (const name of [...uses].sort(compareCodeUnits)) {
    const entry = symbols.get(name);
    if (!entry || entry.file === file) continue;
    const specifier = moduleSpecifier(file, entry.file);
    if (!byModule.has(specifier)) byModule.set(specifier, []);
    byModule.get(specifier)!.push({ name, isTypeOnly: entry.kind === 'type' });
  }
  return [...byModule.keys()].sort(compareCodeUnits).map((specifier) => {
    const named = byModule.get(specifier)!;
    const allTypes = named.every((n) => n.isTypeOnly);
    return {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: specifier,
      isTypeOnly: allTypes,
      namedImports: allTypes ? named.map((n) => ({ name: n.name })) : named,
    };
  });
}

/** `src/resources/a.ts` importing `src/core/index.ts` → `../core/index.js` (ESM needs the extension). */
export function moduleSpecifier(from: string, to: string): string {
  const relative = posix.relative(posix.dirname(from), to).replace(/\.ts$/, '.js');
  return relative.startsWith('.') ? relative : `./${relative}`;
}
