/**
 * A single value (a string, a number, a boolean) held against a schema's type and constraints: what the
 * generator's example checks warn of (`parse/example-fits.ts`) and what the example calls send
 * (`ir/through-refs.ts scalarExampleOf`) read the same rules here.
 */
import { asEcmaPattern } from '../util/foreign-pattern.js';
import { patternFault } from '../util/pattern-fault.js';
import { patternMatcher, type PatternMatcher } from '../util/pattern-matcher.js';
import type { Constraints } from './types.js';

export type Scalar = string | number | boolean;

/** Whether a JSON value is a string, a number or a boolean. */
export function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * A spec's example written as another type than its schema's, read as the value its author meant: the
 * number `1689520412000` for a string (a timestamp in Cloudflare's DEX tests), the string `"174"` for an
 * integer (an ASN in Radar's), `"20.0"` for a number, `"true"` or .NET's `"True"` for a boolean. Only
 * where the text is a JSON number (`"007"` is none) or a boolean, whatever its case.
 */
export function coercedTo(type: string, value: Scalar): Scalar | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)) ? String(value) : undefined;
    case 'integer':
      return typeof value === 'string' && JSON_NUMBER.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : undefined;
    case 'number':
      return typeof value === 'string' && JSON_NUMBER.test(value) && Number.isFinite(Number(value)) ? Number(value) : undefined;
    case 'boolean':
      return typeof value !== 'string' ? undefined : /^true$/i.test(value) ? true : /^false$/i.test(value) ? false : undefined;
    default:
      return undefined;
  }
}

/** A number as JSON writes one (RFC 8259 §6): no leading zero, plus sign or bare point. */
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** The first constraint the value breaks, of those of its type, said as a warning ends: `is shorter than…`. */
export function brokenConstraint(value: Scalar, c: Constraints): string | undefined {
  if (typeof value === 'string') return brokenText(value, c);
  return typeof value === 'number' ? brokenBound(value, c) : undefined;
}

function brokenText(value: string, c: Constraints): string | undefined {
  const length = [...value].length;
  if (c.minLength !== undefined && length < c.minLength) return `is shorter than its \`minLength\` of ${c.minLength}`;
  if (c.maxLength !== undefined && length > c.maxLength) return `is longer than its \`maxLength\` of ${c.maxLength}`;
  const matcher = c.pattern === undefined ? undefined : heldPattern(asEcmaPattern(c.pattern));
  return matcher !== undefined && !matcher.test(value) ? `does not match its \`pattern\` ${JSON.stringify(c.pattern)}` : undefined;
}

/**
 * The pattern's matcher, unless it holds no value meant (no regular expression, none matching, escaped a
 * second time: `parse/pattern-faults.ts` warns of it): no value is blamed then.
 */
function heldPattern(source: string): PatternMatcher | undefined {
  return patternFault(source) === undefined ? patternMatcher(source) : undefined;
}

function brokenBound(value: number, c: Constraints): string | undefined {
  if (c.minimum !== undefined && value < c.minimum) return `is below its \`minimum\` of ${c.minimum}`;
  if (c.exclusiveMinimum !== undefined && value <= c.exclusiveMinimum) return `is not above its \`exclusiveMinimum\` of ${c.exclusiveMinimum}`;
  if (c.maximum !== undefined && value > c.maximum) return `is above its \`maximum\` of ${c.maximum}`;
  if (c.exclusiveMaximum !== undefined && value >= c.exclusiveMaximum) return `is not below its \`exclusiveMaximum\` of ${c.exclusiveMaximum}`;
  return undefined;
}
