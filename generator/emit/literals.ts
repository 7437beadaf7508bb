/**
 * Spec strings in code: string literals always through `JSON.stringify` (so no quote, backslash or line
 * break can escape), in the quotes prettier would choose; property keys quoted only when they are not
 * identifiers.
 */
import { isIdentifierName } from '../util/names.js';
import type { Primitive } from '../ir/types.js';

export function stringLiteral(value: string): string {
  // U+2028/2029 are valid in JSON but were line terminators in older JS; escape them anyway.
  const json = JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return prefersDoubleQuotes(value) ? json : singleQuoted(json);
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
