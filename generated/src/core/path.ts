// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/** Filling a path template with parameter values, safely. */
import { SDKError } from './errors.js';

/**
 * Everything outside RFC 3986 `pchar` (section 3.3) is percent-encoded:
 *   pchar = unreserved / pct-encoded / sub-delims / ":" / "@"
 * so `/`, `?`, `#` and `%` in a value cannot change the shape of the URL.
 */
const NOT_PCHAR = /[^A-Za-z0-9\-._~!$&'()*+,;=:@]+/g;

const PLACEHOLDER = /\{([^{}]+)\}/g;

export function encodePathSegment(value: string): string {
  return value.replace(NOT_PCHAR, encodeURIComponent);
}

/**
 * `encodePath('/meetings/{meetingId}', { meetingId })` → `/meetings/abc%2Fdef`.
 *
 * Refuses, before anything is sent, a value that would send the request somewhere else: a missing one
 * (`null`, `undefined`), one that is not a string or a finite number (an object would become
 * `[object Object]`), an empty string (the segment would vanish: `//`), and `.` or `..` (the URL would be
 * resolved to the parent resource).
 */
export function encodePath(template: string, params: Readonly<Record<string, unknown>>): string {
  const parts = parsedTemplate(template);
  let path = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    if (!Object.hasOwn(params, name)) {
      refuse(name, `has no value: the path template ${template} names it, the call does not`);
    }
    path += encodePathSegment(checkedSegment(name, params[name])) + (parts[i + 1] as string);
  }
  return path;
}

/**
 * A template split once into literal text and parameter names, alternating (`['/a/', 'id', '/b']`).
 * Generated code passes a few constant templates, so the cache stays as small as the API.
 */
const templates = new Map<string, readonly string[]>();

function parsedTemplate(template: string): readonly string[] {
  let parts = templates.get(template);
  if (parts === undefined) {
    parts = template.split(PLACEHOLDER);
    if (templates.size < 1000) templates.set(template, parts);
  }
  return parts;
}

function checkedSegment(name: string, value: unknown): string {
  if (value === null || value === undefined) refuse(name, `is required, got ${String(value)}`);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') refuse(name, `must be a string or a number, got ${describeType(value)}`);
  if (value === '') refuse(name, 'must not be empty');
  if (value === '.' || value === '..') refuse(name, `must not be "${value}": it would address another resource`);
  return value;
}

function refuse(name: string, problem: string): never {
  throw new SDKError(`Path parameter "${name}" ${problem}.`);
}

function describeType(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
