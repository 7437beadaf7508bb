/**
 * Compares two public surfaces symbol by symbol. Whether a change breaks depends on which way values
 * flow: callers build inputs and read outputs (see `roles.ts`); a type used both ways must stay the same.
 */
import type { TsChange, TsImpact } from './model.js';
import { findRenames, switched } from './renames.js';
import { rolesOf, type GivenRoles, type Role } from './roles.js';
import { lastPart, ownerOf, type Surface, type TsParam, type TsSymbol } from './surface.js';
import { pagingDelta, renamed } from './type-delta.js';
import { membersText } from './impact.js';
import { typeChange } from './structure.js';
import { enclosed } from './type-text.js';
import { compareMembers } from './members.js';
import { changeAcross, membersThroughAlias, sidesOf, type Sides } from './sides.js';

type Draft = Omit<TsChange, 'causes'>;

/**
 * `given`: roles of types no method's signature reaches (see `rolesOf`); `names`: the renamed symbols,
 * old qualified name → new.
 */
export function compareSurfaces(before: Surface, after: Surface, given: GivenRoles = {}, names = findRenames(before, after)): TsChange[] {
  const sides = sidesOf(names, before, after);
  const roles = new Map([...rolesOf(before, given), ...rolesOf(after, given)].map(([k, v]) => [k, [...v]]));
  const roleOf = (name: string): Role[] => roles.get(name) ?? roles.get(names.get(name) ?? '') ?? ['input', 'output'];
  const out: Draft[] = [];
  for (const [name, b] of before) {
    const newName = names.get(name);
    if (newName && !(b.kind === 'method' && movedWithOwner(name, newName, names))) out.push({ symbol: name, change: 'renamed', impact: 'breaking', roles: roleOf(name), before: name, after: newName, why: renamedWhy(name, newName, b, after) });
    // A class and a type of one name are two symbols: the one that went is removed, unless renamed.
    const a = newName === undefined && switched(b, after.get(name)) ? undefined : after.get(newName ?? name);
    if (!a) {
      if (!newName) out.push({ symbol: name, change: 'removed', impact: 'breaking', roles: roleOf(name), before: signature(b), why: 'removed: code that uses it no longer compiles' });
      continue;
    }
    // An alias that names the same interface on both sides has not changed: the interface's changes are its own.
    const [bm, am] = [membersThroughAlias(b, before), membersThroughAlias(a, after)];
    const [beforeSymbol, afterSymbol] = bm && am && b.type !== a.type ? [{ ...b, members: bm }, { ...a, members: am }] : [b, a];
    out.push(...compareSymbol(newName ?? name, beforeSymbol, afterSymbol, roleOf(name), sides));
  }
  const renamedTo = new Set(names.values());
  for (const [name, a] of after) {
    // A name whose old symbol was renamed away, or was a class and is a type (or back), holds a new one.
    const isNew = !before.has(name) || names.has(name) || switched(before.get(name), a);
    if (isNew && !renamedTo.has(name)) out.push({ symbol: name, change: 'added', impact: 'addition', roles: roleOf(name), after: signature(a), why: 'added' });
  }
  return out.map((c) => ({ ...c, causes: [] }));
}

/** A name another symbol of the same kind took (a schema added with it) still compiles, as that symbol. */
function renamedWhy(name: string, newName: string, b: TsSymbol, after: Surface): string {
  const taken = after.has(name) && !switched(b, after.get(name));
  return taken ? `renamed to \`${newName}\`; \`${name}\` now names another type: code that uses it gets that one` : `renamed to \`${newName}\`: code that uses the old name no longer compiles`;
}

/**
 * A member renamed only because its owner was (`Pets.list` → `PetsResource.list`). For a method the class's
 * row says it all: calls go through the client (`client.pets.list()`) and still compile.
 */
function movedWithOwner(name: string, newName: string, names: ReadonlyMap<string, string>): boolean {
  const owner = ownerOf(name);
  return owner !== '' && lastPart(name) === lastPart(newName) && names.get(owner) === ownerOf(newName);
}

function compareSymbol(name: string, b: TsSymbol, a: TsSymbol, roles: Role[], sides: Sides): Draft[] {
  if (b.kind === 'method' || b.kind === 'function') return compareCallable(name, b, a, roles, sides);
  if (b.members && a.members) return compareMembers(name, b.members, a.members, roles, sides);
  // An interface that became a type alias (a response that may now be null) or back: compared as types.
  const [before, after] = [signature(b), signature(a)];
  const change = changeAcross(before, after, roles, sides);
  if (!change) return [];
  return [{ symbol: name, change: 'changed', impact: change.impact, roles, before, after, why: change.why }];
}

function compareCallable(name: string, b: TsSymbol, a: TsSymbol, roles: Role[], sides: Sides): Draft[] {
  const reasons: string[] = [];
  let impact: TsImpact = 'compatible';
  const raise = (i: TsImpact, why: string) => {
    reasons.push(why);
    if (i === 'breaking' || (i === 'addition' && impact === 'compatible')) impact = i;
  };
  const after = signatures(a);
  const matched = new Set<number>();
  for (const [i, bp] of signatures(b).entries()) {
    const deltas = after.map((ap) => paramsDelta(bp, ap, sides));
    // An overload that takes every call the old signature took keeps those calls compiling: the same one
    // first, else one that only widens; failing both, the overload in the old one's place says what broke.
    const kept = [deltas.findIndex((d) => d.length === 0), deltas.findIndex((d) => d.every((x) => x.impact !== 'breaking'))].find((k) => k >= 0) ?? Math.min(i, after.length - 1);
    matched.add(kept);
    for (const d of deltas[kept]!) raise(d.impact, d.why);
  }
  for (const [i, ap] of after.entries()) if (!matched.has(i)) raise('addition', `now also callable as (${ap.map(paramText).join(', ')})`);
  if (!name.endsWith('.constructor')) compareReturn(renamed(b.type ?? '', sides.names), a.type ?? '', raise);
  if (reasons.length === 0) return [];
  return [{ symbol: name, change: 'changed', impact, roles, before: signature(b), after: signature(a), why: reasons.join('; ') }];
}

/** What a caller receives: narrower is compatible; a method that starts paging gains `for await`. */
function compareReturn(before: string, after: string, raise: (i: TsImpact, why: string) => void): void {
  const paging = pagingDelta(before, after);
  if (paging === 'narrowed') return raise('addition', 'now pages: `for await` goes through every item, `.pages()` through the pages');
  if (paging === 'widened') return raise('breaking', 'no longer pages: `for await` and `.pages()` on its result no longer compile');
  // What the promise resolves to is what callers read: `APIPromise<Zone | undefined>` → `APIPromise<Zone>` narrows.
  const [resolvedBefore, resolvedAfter] = [resolvedType(before), resolvedType(after)];
  const both = resolvedBefore !== undefined && resolvedAfter !== undefined;
  const change = both ? typeChange(resolvedBefore, resolvedAfter, ['output']) : typeChange(before, after, ['output']);
  if (change) raise(change.impact, `return ${change.why}`);
}

/** What an `APIPromise<T>` resolves to (not `APIPromise<A> | APIPromise<B>`), else undefined. */
function resolvedType(type: string): string | undefined {
  const inner = /^APIPromise<([\s\S]+)>$/.exec(type)?.[1];
  return inner !== undefined && enclosed(type, type.indexOf('<')) ? inner : undefined;
}

/** Each signature callers may use: the parameters of every overload. */
function signatures(s: TsSymbol): (readonly TsParam[])[] {
  return [s.params ?? [], ...(s.otherParams ?? [])];
}

/** What changed from one parameter list to another, each with its impact on calls. */
function paramsDelta(bp: readonly TsParam[], ap: readonly TsParam[], sides: Sides): { impact: TsImpact; why: string }[] {
  const out: { impact: TsImpact; why: string }[] = [];
  const raise = (impact: TsImpact, why: string) => out.push({ impact, why });
  const shifted = bp.some((p, i) => ap[i] !== undefined && ap[i]!.name !== p.name);
  const names = (params: readonly TsParam[]) => params.map((p) => p.name).join(', ');
  if (shifted && bp.length !== ap.length) {
    raise('breaking', `arguments (${names(bp)}) became (${names(ap)}): calls written for the old arguments no longer compile`);
  } else if (reordered(bp, ap)) {
    // Same count, so every call still compiles, but each value lands in another parameter: `(org, repo)`
    // became `(repo, org)` sends the organization as the repository.
    raise('breaking', `arguments (${names(bp)}) became (${names(ap)}): calls still compile but pass their values to other parameters`);
  } else for (let i = 0; i < Math.max(bp.length, ap.length); i++) compareParam(bp[i], ap[i], i, sides, raise);
  return out;
}

/** Whether an argument kept its name but moved to another position (a rename in place is no reorder). */
function reordered(bp: readonly TsParam[], ap: readonly TsParam[]): boolean {
  return bp.some((p, i) => {
    const at = ap.findIndex((q) => q.name === p.name);
    return at !== -1 && at !== i;
  });
}

function compareParam(x: TsParam | undefined, y: TsParam | undefined, i: number, sides: Sides, raise: (i: TsImpact, why: string) => void): void {
  if (!y) return raise('breaking', `argument ${i + 1} (\`${x!.name}\`) removed: calls that pass it no longer compile`);
  if (!x) return raise(y.optional ? 'addition' : 'breaking', y.optional ? `optional argument \`${y.name}\` added` : `required argument \`${y.name}\` added`);
  if (x.optional && !y.optional) raise('breaking', `argument ${i + 1} became required`);
  const change = changeAcross(x.type, y.type, ['input'], sides);
  if (change) raise(change.impact, `argument ${i + 1} ${change.why}: ${x.type} → ${y.type}`);
}

function paramText(p: TsParam): string {
  return `${p.name}${p.optional ? '?' : ''}: ${p.type}`;
}

export function signature(s: TsSymbol): string {
  if (s.kind === 'method' || s.kind === 'function') return signatures(s).map((params) => `(${params.map(paramText).join(', ')}): ${s.type ?? 'void'}`).join('; ');
  if (s.members) return membersText(s.members);
  return s.type ?? s.kind;
}
