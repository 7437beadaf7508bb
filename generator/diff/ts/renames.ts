/**
 * Renamed symbols: one that disappears (or a class whose name a type took) and one that appears with the
 * same shape (same kind, same members or signature once earlier renames are applied, same owner); several
 * may lead to one, merged. Renaming a method renames its parameter and response types too, so this runs
 * until no new pair is found.
 */
import type { Surface, TsParam, TsSymbol } from './surface.js';
import { renamed } from './type-delta.js';

function owner(name: string): string {
  return name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '';
}

function shape(s: TsSymbol, names: ReadonlyMap<string, string>): string {
  const members = [...(s.members ?? [])].map((m) => `${m.name}${m.optional ? '?' : ''}:${renamed(m.type, names)}`).sort();
  const params = (list: readonly TsParam[]) => list.map((p) => `${p.optional ? '?' : ''}${renamed(p.type, names)}`);
  return JSON.stringify([s.kind, members, params(s.params ?? []), (s.otherParams ?? []).map(params), renamed(s.type ?? '', names)]);
}

/**
 * A class whose name the revision gives to a type: a schema added with a resource's name takes it, and
 * the class is renamed (`Pets` → `PetsResource`, as the generator names classes).
 */
function displaced(b: TsSymbol, a: TsSymbol): boolean {
  return b.kind === 'class' && a.kind !== 'class';
}

export function findRenames(before: Surface, after: Surface): Map<string, string> {
  const names = new Map<string, string>();
  // The new names' shapes do not depend on the renames found: computed once, looked up by shape.
  const byShape = new Map<string, string[]>();
  for (const [name, symbol] of after) {
    if (before.has(name)) continue;
    const key = shape(symbol, new Map());
    byShape.set(key, [...(byShape.get(key) ?? []), name]);
  }
  for (let pass = 0; pass < 8; pass++) {
    const taken = new Set(names.values());
    const gone = [...before.keys()].filter((n) => (!after.has(n) || displaced(before.get(n)!, after.get(n)!)) && !names.has(n));
    let found = false;
    for (const old of gone) {
      const same = byShape.get(shape(before.get(old)!, names)) ?? [];
      let candidates = same.filter((n) => !taken.has(n));
      if (candidates.length > 1) candidates = candidates.filter((n) => (names.get(owner(old)) ?? owner(old)) === owner(n));
      // Inline types the spec now shares as one component (`PetsGetPetResponse.Tag`, `PetsPutPetParams.Tag`
      // → `Tag`): each old name leads to it.
      if (candidates.length === 0 && same.length === 1) candidates = same;
      if (candidates.length !== 1) continue;
      names.set(old, candidates[0]!);
      taken.add(candidates[0]!);
      found = true;
    }
    if (!found) break;
  }
  return names;
}
