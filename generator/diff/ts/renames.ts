/**
 * Renamed symbols: one that disappears (or a class whose name a type took or gave back) and one that
 * appears with the same shape (same kind, same members or signature once earlier renames are applied, same
 * owner); several may lead to one, merged. Renaming a method renames its parameter and response types too,
 * so this runs until no new pair is found.
 */
import { lastPart, ownerOf, type Surface, type TsParam, type TsSymbol } from './surface.js';
import { renamed } from './type-delta.js';

/** `methods`: a class's method names, by class; its shape, since most classes hold nothing else. */
function shape(s: TsSymbol, names: ReadonlyMap<string, string>, methods: ReadonlyMap<string, readonly string[]>): string {
  const members = [...(s.members ?? [])].map((m) => `${m.name}${m.optional ? '?' : ''}:${renamed(m.type, names)}`).sort();
  const params = (list: readonly TsParam[]) => list.map((p) => `${p.optional ? '?' : ''}${renamed(p.type, names)}`);
  const own = s.kind === 'class' ? (methods.get(s.name) ?? []) : [];
  return JSON.stringify([s.kind, members, params(s.params ?? []), (s.otherParams ?? []).map(params), renamed(s.type ?? '', names), own]);
}

function methodsByClass(surface: Surface): Map<string, string[]> {
  const methods = new Map<string, string[]>();
  for (const s of surface.values()) {
    if (s.kind !== 'method' || surface.get(ownerOf(s.name))?.kind !== 'class') continue;
    methods.set(ownerOf(s.name), [...(methods.get(ownerOf(s.name)) ?? []), lastPart(s.name)].sort());
  }
  return methods;
}

/**
 * A name that went from a class to a type or back: a schema added with a resource's name takes it from
 * the class (`Pets` → `PetsResource`, as the generator names classes), one removed gives it back. The
 * symbols are two, the class renamed.
 */
export function switched(b: TsSymbol | undefined, a: TsSymbol | undefined): boolean {
  return b !== undefined && a !== undefined && (b.kind === 'class') !== (a.kind === 'class');
}

/**
 * Classes renamed because a type took or gave back their name, paired by where they are reached: a
 * property that kept its name (`client.pets`) held the old class and holds the new one. Found first, since
 * the class may have gained or lost methods on the way, which its shape would show.
 */
function switchedByProperty(before: Surface, after: Surface): Map<string, string> {
  const names = new Map<string, string>();
  for (const p of before.values()) {
    const [held, holds] = [p.type === undefined ? undefined : before.get(p.type), after.get(p.name)?.type];
    if (p.kind !== 'property' || held?.kind !== 'class' || holds === undefined || holds === held.name || names.has(held.name)) continue;
    const isGone = !after.has(held.name) || switched(held, after.get(held.name));
    const isNew = after.get(holds)?.kind === 'class' && (!before.has(holds) || switched(before.get(holds), after.get(holds)));
    if (isGone && isNew) names.set(held.name, holds);
  }
  return names;
}

/**
 * Whether an old symbol and a new one may be the same thing renamed: `false` when each belongs to an
 * operation and the operations differ (`Photos.listPhotos` of `GET /photos`, `Pets.listPets` of
 * `GET /pets`), which the user cannot call one for the other, however alike their shapes.
 */
export type MayBeRenamed = (old: string, now: string) => boolean;

/**
 * `known`: renames known before any shape is compared (a schema whose type the generator now names
 * otherwise, `ts-diff.ts`), kept where both names are on their sides.
 */
export function findRenames(before: Surface, after: Surface, known: ReadonlyMap<string, string> = new Map(), mayBeRenamed: MayBeRenamed = () => true): Map<string, string> {
  const names = switchedByProperty(before, after);
  for (const [from, to] of known) if (before.has(from) && after.has(to) && !names.has(from)) names.set(from, to);
  const [beforeMethods, afterMethods] = [methodsByClass(before), methodsByClass(after)];
  // The new names' shapes do not depend on the renames found: computed once, looked up by shape.
  const byShape = new Map<string, string[]>();
  for (const [name, symbol] of after) {
    if (before.has(name) && !switched(before.get(name), symbol)) continue;
    const key = shape(symbol, new Map(), afterMethods);
    byShape.set(key, [...(byShape.get(key) ?? []), name]);
  }
  for (let pass = 0; pass < 8; pass++) {
    const taken = new Set(names.values());
    const gone = [...before.keys()].filter((n) => (!after.has(n) || switched(before.get(n), after.get(n))) && !names.has(n));
    let found = false;
    for (const old of gone) {
      const same = (byShape.get(shape(before.get(old)!, names, beforeMethods)) ?? []).filter((n) => mayBeRenamed(old, n));
      let candidates = same.filter((n) => !taken.has(n));
      if (candidates.length > 1) candidates = candidates.filter((n) => (names.get(ownerOf(old)) ?? ownerOf(old)) === ownerOf(n));
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
