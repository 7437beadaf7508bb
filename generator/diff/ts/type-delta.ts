/**
 * How a TypeScript type changed, from its text: the same, widened (accepts more values: a union gained a
 * member, `unknown`), narrowed (the reverse), or changed in a way text alone does not order.
 */
import { splitTop } from './type-text.js';

export type TypeDelta = 'same' | 'widened' | 'narrowed' | 'changed';

/** The members of a top-level union (`'a' | 'b' | Array<'c' | 'd'>` → three members). */
export function unionMembers(type: string): string[] {
  return splitTop(type, '|');
}

/** A string literal as written in a type, in either quote. */
const STRING_LITERAL = String.raw`(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")`;
/** A whole member that is one string literal. */
const ONE_STRING_LITERAL = new RegExp(`^${STRING_LITERAL}$`);
/** `'read' | 'write' | (string & {})`: editors offer the literals, but any string is accepted. */
const OPEN_STRING_UNION = new RegExp(String.raw`(?:${STRING_LITERAL}\s*\|\s*)*\(string & \{\}\)(?:\s*\|\s*${STRING_LITERAL})*`, 'g');

/**
 * The type with each open string union written `string`, which is what it accepts: a literal added to or
 * dropped from one (a scope the spec declares) changes the suggestions, not what compiles.
 */
export function withOpenStrings(type: string): string {
  return type.replace(OPEN_STRING_UNION, 'string');
}

export function typeDelta(written: string, writtenAfter: string): TypeDelta {
  const [before, after] = [withOpenStrings(written), withOpenStrings(writtenAfter)];
  if (before === after) return 'same';
  if (after === 'unknown' || after === 'any') return 'widened';
  if (before === 'unknown' || before === 'any') return 'narrowed';
  // `never` is the union of nothing: `never` → `string` widens.
  const members = (type: string) => new Set(unionMembers(type).filter((m) => m !== 'never'));
  const [b, a] = [members(before), members(after)];
  const bInA = [...b].every((m) => admits(a, m));
  const aInB = [...a].every((m) => admits(b, m));
  if (bInA && aInB) return 'same';
  if (bInA) return 'widened';
  if (aInB) return 'narrowed';
  return 'changed';
}

/** A literal's primitive type: `'a'` is a `string`, `-1.5` a `number`, `true` a `boolean`. */
function primitiveOf(member: string): string | undefined {
  if (ONE_STRING_LITERAL.test(member)) return 'string';
  if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(member)) return 'number';
  return member === 'true' || member === 'false' ? 'boolean' : undefined;
}

/**
 * Whether a union with these members accepts the member: it has it, or the literal's primitive type (a
 * closed enum opened, `'a' | 'b'` → `string`, widens).
 */
function admits(members: ReadonlySet<string>, member: string): boolean {
  const primitive = primitiveOf(member);
  return members.has(member) || (primitive !== undefined && members.has(primitive));
}

/**
 * A `PagePromise<R, Item>` is an `APIPromise<R>` that can also walk the pages (the runtime's class extends
 * the other): a method that starts paging returns a narrower type, one that stops returns a wider one.
 */
export function pagingDelta(before: string, after: string): TypeDelta | undefined {
  const resolved = (type: string) => /^APIPromise<(.+)>$/.exec(type)?.[1];
  const paged = (type: string) => /^PagePromise<(.+), [\w$.]+>$/.exec(type)?.[1];
  const [plainBefore, pagedAfter, pagedBefore, plainAfter] = [resolved(before), paged(after), paged(before), resolved(after)];
  if (plainBefore !== undefined && plainBefore === pagedAfter) return 'narrowed';
  if (pagedBefore !== undefined && pagedBefore === plainAfter) return 'widened';
  return undefined;
}

/** Replaces whole type names (`Poll` but not `PollOption`) by their new names. */
export function renamed(type: string, names: ReadonlyMap<string, string>): string {
  if (names.size === 0) return type;
  return type.replace(/[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/g, (name) => names.get(name) ?? name);
}
