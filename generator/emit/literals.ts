/**
 * Spec strings in code: string literals always through `JSON.stringify` (so no quote, backslash or line
 * break can escape), in the quotes prettier would choose; property keys quoted only when they are not
 * identifiers.
 */
import { isIdentifierName } from '../util/names.js';
import type { Primitive } from '../ir/types.js';

export function stringLiteral(value: string): string {
  const json = codeJSON(value);
  return prefersDoubleQuotes(value) ? json : singleQuoted(json);
}

/**
 * A value as JSON to stand in code (a string, or an object of settings from the spec). U+2028/2029 are
 * valid in JSON but were line terminators in older JS: escaped anyway. A backslash that ends a string is
 * written `\u005c` (the same character): ts-morph's writer takes `\\"` for an escaped quote, believes the
 * string still open and then mangles the first `/*` after it, closing a comment nobody opened.
 */
export function codeJSON(value: unknown, space?: number): string {
  // `undefined` (a setting the spec leaves out) has no JSON: it stands in code as itself.
  const json = (JSON.stringify(value, null, space) ?? 'undefined').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  // Escapes are read one by one from the left, so `\\` here is an escaped backslash, and a `"` after it a string's end.
  return json.replace(/\\(?:u[0-9a-fA-F]{4}|[\s\S])/g, (escape, at: number) => (escape === '\\\\' && json[at + 2] === '"' ? '\\u005c' : escape));
}

/**
 * The quotes prettier settles on (`singleQuote`): single, unless the text holds more of them than double
 * ones. Emitting them already makes the unformatted text (the spec review skips prettier) declare what the
 * formatted package does.
 */
function prefersDoubleQuotes(value: string): boolean {
  return value.split("'").length > value.split('"').length;
}

/** A JSON string literal in single quotes: `\"` unescaped, `'` escaped, every other escape kept. */
function singleQuoted(json: string): string {
  const body = json.slice(1, -1).replace(/\\(.)|'/g, (match, escaped: string | undefined) => (escaped === '"' ? '"' : escaped !== undefined ? match : "\\'"));
  return `'${body}'`;
}

/** Unquoted where it can be (`default: 1`), as prettier leaves it. */
export function propertyKey(name: string): string {
  return isIdentifierName(name) || /^(?:0|[1-9][0-9]*)$/.test(name) ? name : stringLiteral(name);
}

/** The members of TypeScript's `Object` interface: every object literal has them, inherited. */
const INHERITED: ReadonlySet<string> = new Set(['constructor', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable']);

/** Whether a property name is one every object inherits (`valueOf`): typing and reading it need care. */
export function isInheritedMember(name: string): boolean {
  return INHERITED.has(name);
}

/**
 * Whether reading a property of that name from an object that lacks it still gives something: a member of
 * `Object`, or `__proto__` (the object's prototype). A destructured parameter of such a name needs care.
 */
export function readsInherited(name: string): boolean {
  return isInheritedMember(name) || name === '__proto__';
}

/**
 * A key in an object literal that makes a value: there `__proto__: x` sets the prototype, not a field,
 * so that name is computed (`['__proto__']: x`), which makes a field.
 */
export function valueKey(name: string): string {
  return name === '__proto__' ? `[${stringLiteral(name)}]` : propertyKey(name);
}

export function primitiveLiteral(value: Primitive): string {
  if (typeof value === 'string') return stringLiteral(value);
  // An integer past 2^53 was rounded when the spec was read: no literal would name the spec's value.
  if (typeof value === 'number') return Number.isFinite(value) && (!Number.isInteger(value) || Number.isSafeInteger(value)) ? String(value) : 'number';
  return String(value);
}
