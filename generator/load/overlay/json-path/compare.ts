/** A filter's comparisons (RFC 9535 2.3.5.2.2): equality of any two values, order of numbers and of strings. */
import { isObject } from '../../../util/json.js';
import { NOTHING } from './model.js';

export function compare(op: string, a: unknown, b: unknown): boolean {
  switch (op) {
    case '==':
      return equal(a, b);
    case '!=':
      return !equal(a, b);
    case '<':
      return less(a, b);
    case '>':
      return less(b, a);
    case '<=':
      return less(a, b) || equal(a, b);
    default:
      return less(b, a) || equal(a, b);
  }
}

/** Nothing equals only Nothing; arrays and objects are equal member by member. */
function equal(a: unknown, b: unknown): boolean {
  if (a === NOTHING || b === NOTHING) return a === b;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && equal(a[k], b[k]));
  }
  return a === b;
}

/** Only two numbers or two strings are ordered; any other pair is neither less nor greater. */
function less(a: unknown, b: unknown): boolean {
  return (typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string') ? a < b : false;
}
