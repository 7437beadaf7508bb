/**
 * Where a value breaks what its schema says beyond its type: a `format` (checked with the platform's own
 * parsers where it has one: `Date`, `URL`), `minimum`/`maximum`/`multipleOf`, `minLength`/`maxLength`,
 * `minItems`/`maxItems`/`uniqueItems`, `pattern` (by the platform's RegExp, with the `u` flag JSON Schema
 * asks for, else without it as many specs' patterns need; one that neither reads is not checked). Written
 * apart from the generator, to check the values its example calls make up.
 *
 * A value the spec gave itself (the schema's `example`, through its `$ref`s) is not checked: a spec's
 * slip is its own.
 */
import type { SchemaIR } from '../../generator/ir/types.js';
import { asEcmaPattern } from '../../generator/util/foreign-pattern.js';
import { boundedRegExp, type RegExpLike } from './bounded-regexp.js';

type Lookup = (key: string) => SchemaIR | undefined;

export interface Violation {
  /** Where in the value: `/range/start`. */
  readonly at: string;
  readonly message: string;
}

export function constraintViolations(schema: SchemaIR, value: unknown, lookup: Lookup): Violation[] {
  return check(schema, value, lookup, '', 0);
}

const MAX_DEPTH = 24;

function check(schema: SchemaIR, value: unknown, lookup: Lookup, at: string, depth: number): Violation[] {
  if (depth > MAX_DEPTH || value === null || value === undefined) return [];
  if (schema.example !== undefined && sameValue(schema.example.value, value)) return [];
  const next = (s: SchemaIR, v: unknown, where: string) => check(s, v, lookup, where, depth + 1);
  switch (schema.kind) {
    case 'ref': {
      const target = lookup(schema.model);
      return target ? next(target, value, at) : [];
    }
    case 'union': {
      // What is written beside the union (`minimum: 1` beside `anyOf: [integer, string]`) holds whichever variant matches.
      const each = schema.variants.map((variant) => next(variant, value, at));
      return [...ownViolations(schema, value, at), ...(each.some((found) => found.length === 0) ? [] : (each[0] ?? []))];
    }
    case 'intersection':
      return schema.parts.flatMap((part) => next(part, value, at));
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return [];
      const fields = value as Record<string, unknown>;
      return [...objectViolations(schema, fields, at), ...schema.properties.filter((p) => p.name in fields).flatMap((p) => next(p.schema, fields[p.name], `${at}/${p.name}`))];
    }
    case 'array':
      if (!Array.isArray(value)) return [];
      return [...arrayViolations(schema, value, at), ...value.flatMap((item, i) => next(schema.prefixItems?.[i] ?? schema.items, item, `${at}/${i}`))];
    case 'string':
      return typeof value === 'string' ? stringViolations(schema, value, at) : [];
    case 'number':
    case 'integer':
      return typeof value === 'number' ? numberViolations(schema, value, at) : [];
    default:
      return [];
  }
}

/** The constraints and format of a schema of no one type (a union), read by the value's type. */
function ownViolations(schema: SchemaIR, value: unknown, at: string): Violation[] {
  if (typeof value === 'string') return stringViolations(schema, value, at);
  if (typeof value === 'number') return numberViolations(schema, value, at);
  if (Array.isArray(value)) return arrayViolations(schema, value, at);
  return typeof value === 'object' && value !== null ? objectViolations(schema, value as Record<string, unknown>, at) : [];
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function objectViolations(schema: SchemaIR, value: Record<string, unknown>, at: string): Violation[] {
  const c = schema.constraints ?? {};
  const count = Object.keys(value).length;
  const found: Violation[] = [];
  if (c.minProperties !== undefined && count < c.minProperties) found.push({ at, message: `${count} fields, minProperties ${c.minProperties}` });
  if (c.maxProperties !== undefined && count > c.maxProperties) found.push({ at, message: `${count} fields, maxProperties ${c.maxProperties}` });
  return found;
}

function arrayViolations(schema: SchemaIR, value: readonly unknown[], at: string): Violation[] {
  const c = schema.constraints ?? {};
  const found: Violation[] = [];
  if (c.minItems !== undefined && value.length < c.minItems) found.push({ at, message: `${value.length} items, minItems ${c.minItems}` });
  if (c.maxItems !== undefined && value.length > c.maxItems) found.push({ at, message: `${value.length} items, maxItems ${c.maxItems}` });
  if (c.uniqueItems && new Set(value.map((item) => JSON.stringify(item))).size < value.length) found.push({ at, message: 'items repeat, uniqueItems' });
  return found;
}

function stringViolations(schema: SchemaIR, value: string, at: string): Violation[] {
  const c = schema.constraints ?? {};
  const length = [...value].length;
  const found: Violation[] = [];
  if (c.minLength !== undefined && length < c.minLength) found.push({ at, message: `${JSON.stringify(value)} shorter than minLength ${c.minLength}` });
  if (c.maxLength !== undefined && length > c.maxLength) found.push({ at, message: `${JSON.stringify(value)} longer than maxLength ${c.maxLength}` });
  const format = schema.format === undefined ? undefined : FORMATS[schema.format];
  if (format && !format(value)) found.push({ at, message: `${JSON.stringify(value)} is not a ${schema.format}` });
  const pattern = c.pattern === undefined ? undefined : compiled(c.pattern);
  if (pattern && !pattern.test(value)) found.push({ at, message: `${JSON.stringify(value)} does not match ${c.pattern}` });
  return found;
}

/** The pattern as JSON Schema reads it, or as its dialect does where it writes Java's classes or Ruby's anchors (`asEcmaPattern`); see `boundedRegExp`. */
function compiled(pattern: string): RegExpLike | undefined {
  for (const flags of ['u', '']) {
    try {
      return boundedRegExp(asEcmaPattern(pattern), flags);
    } catch {
      // The next reading.
    }
  }
  return undefined;
}

function numberViolations(schema: SchemaIR, value: number, at: string): Violation[] {
  const c = schema.constraints ?? {};
  const broken = [
    c.minimum !== undefined && value < c.minimum && `below minimum ${c.minimum}`,
    c.maximum !== undefined && value > c.maximum && `above maximum ${c.maximum}`,
    c.exclusiveMinimum !== undefined && value <= c.exclusiveMinimum && `not above exclusiveMinimum ${c.exclusiveMinimum}`,
    c.exclusiveMaximum !== undefined && value >= c.exclusiveMaximum && `not below exclusiveMaximum ${c.exclusiveMaximum}`,
    c.multipleOf !== undefined && c.multipleOf > 0 && !isMultiple(value, c.multipleOf) && `not a multiple of ${c.multipleOf}`,
    schema.kind === 'integer' && !Number.isInteger(value) && 'not an integer',
  ];
  return broken.filter((m): m is string => typeof m === 'string').map((message) => ({ at, message: `${value} ${message}` }));
}

function isMultiple(value: number, step: number): boolean {
  const ratio = value / step;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

/** RFC 3339's date-time: `Date` parses looser forms too, so the shape is checked first. */
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i;
const DATE = /^\d{4}-\d\d-\d\d$/;
const TIME = /^\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const BASE64 = /^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const validDate = (text: string) => !Number.isNaN(Date.parse(text));
const absoluteUrl = (text: string) => URL.canParse(text);

/** A URL's host as the WHATWG parser reads it, bracketed for IPv6: the parser checks the address. */
function hostIs(text: string, family: 4 | 6): boolean {
  if (!URL.canParse(`http://${family === 6 ? `[${text}]` : text}/`)) return false;
  const host = new URL(`http://${family === 6 ? `[${text}]` : text}/`).hostname;
  return family === 6 ? host.startsWith('[') : /^\d+\.\d+\.\d+\.\d+$/.test(text) && host === text;
}

/** The formats whose values the checks know, each as a test of a string. */
export const FORMATS: Readonly<Record<string, (value: string) => boolean>> = {
  'date-time': (v) => DATE_TIME.test(v) && validDate(v),
  date: (v) => DATE.test(v) && validDate(`${v}T00:00:00Z`),
  time: (v) => TIME.test(v),
  uuid: (v) => UUID.test(v),
  uri: absoluteUrl,
  url: absoluteUrl,
  email: (v) => EMAIL.test(v),
  hostname: (v) => HOSTNAME.test(v),
  ipv4: (v) => hostIs(v, 4),
  ipv6: (v) => hostIs(v, 6),
  byte: (v) => BASE64.test(v),
};
