/**
 * Types the revision names anew but declares the same. A spec that renames its components wholesale
 * (Cloudflare's `NameY7u0loc4` → `DnsRecordsName`, `BaseHC9WfEWF` → `ZonesBase`) renames many types of one
 * shape at once, so `findRenames` cannot pair them by shape alone; but where a type that kept its name
 * refers to the old name in one place and to the new one in the same place, and the two declare the same
 * type (the names they hold paired the same way in turn), code that uses the type still compiles. The old
 * name's removal is reported on its own.
 */
import type { Surface, TsSymbol } from './surface.js';
import { membersText } from './impact.js';

export interface NewNames {
  readonly before: Surface;
  readonly after: Surface;
  /** Pairs (`old>new`) known to declare the same type, or not to. */
  readonly known: Map<string, boolean>;
}

export function newNames(before: Surface, after: Surface): NewNames {
  return { before, after, known: new Map() };
}

/**
 * Whether two type texts (old names already renamed) are the same but for names the base declares and the
 * revision no longer does, each in the place of one the revision declares and the base does not, declaring
 * the same type. Coinductive: a pair met again while it is being checked is taken as the same.
 */
export function sameButNewNames(before: string, after: string, n: NewNames): boolean {
  const assumed = new Set<string>();
  if (!tokensMatch(before, after, n, assumed)) return false;
  // Every assumption held: each pair it took declares the same type.
  for (const pair of assumed) n.known.set(pair, true);
  return true;
}

function tokensMatch(before: string, after: string, n: NewNames, assumed: Set<string>): boolean {
  const [b, a] = [tokens(before), tokens(after)];
  if (b.length !== a.length) return false;
  return b.every((token, i) => token === a[i] || (!isKey(b, i) && pairMatches(token, a[i]!, n, assumed)));
}

/** A member's key (`name?:`, `name:`), which names no type: renaming it is a change. */
function isKey(t: readonly string[], i: number): boolean {
  return t[i + 1] === ':' || (t[i + 1] === '?' && t[i + 2] === ':');
}

function pairMatches(old: string, renamed: string, n: NewNames, assumed: Set<string>): boolean {
  const pair = `${old}>${renamed}`;
  const known = n.known.get(pair);
  if (known !== undefined) return known;
  if (assumed.has(pair)) return true;
  const [b, a] = [declared(old, n.before, n.after), declared(renamed, n.after, n.before)];
  if (b === undefined || a === undefined) return false;
  assumed.add(pair);
  if (tokensMatch(b, a, n, assumed)) return true;
  // A difference is one whatever else is assumed: remembered, unlike a match, which rests on the assumptions.
  assumed.delete(pair);
  n.known.set(pair, false);
  return false;
}

/** What a name declares, where it names a type of `own` (an interface or an alias) that `other` lacks. */
function declared(name: string, own: Surface, other: Surface): string | undefined {
  if (!/^[A-Za-z_$]/.test(name) || other.has(name)) return undefined;
  const symbol = own.get(name);
  return symbol === undefined ? undefined : declaration(symbol);
}

function declaration(s: TsSymbol): string | undefined {
  if (s.kind === 'interface') return membersText(s.members ?? []);
  return s.kind === 'type' ? s.type : undefined;
}

/**
 * A type text as tokens: string literals whole (their content is no name), qualified names whole
 * (`DnsRecordsBase.Meta`), every other character on its own; spacing dropped.
 */
function tokens(type: string): string[] {
  return type.match(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*|\S/g) ?? [];
}
