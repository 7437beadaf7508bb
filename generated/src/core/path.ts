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
 * `encodePath('/meetings/{meetingId}', { meetingId })` → `/meetings/abc%2Fdef`; a list goes
 * comma-separated (OpenAPI's `simple` style), a comma inside an item encoded: `['a,b', 'c']` → `a%2Cb,c`.
 *
 * Refuses, before anything is sent, a value that would send the request somewhere else: a missing one
 * (`null`, `undefined`), one that is not a string or a finite number (an object would become
 * `[object Object]`), an empty string or list (the segment would vanish: `//`), and `.` or `..` (the URL
 * would be resolved to the parent resource).
 */
export function encodePath(template: string, params: Readonly<Record<string, unknown>>): string {
  // Split by the placeholders: literal text and parameter names alternate (`['/a/', 'id', '/b']`).
  return template
    .split(PLACEHOLDER)
    .map((part, i, parts) => (i % 2 ? encodedSegment(part, params[part], sharesSegment(parts, i)) : part))
    .join('');
}

/**
 * Whether the placeholder at `parts[i]` shares its segment with literal text (`/workers/{arch}:{id}`,
 * `/v1/{name}:cancel`): the server ends the value where that text begins, so a value's own `:`, `@`, `$`,
 * `&`, `+`, `,`, `;` and `=` are encoded there (`{ arch: 'x86', id: 'a:1' }` → `x86:a%3A1`), as
 * `encodeURIComponent` does. A value alone in its segment keeps them, as RFC 3986 allows.
 */
function sharesSegment(parts: readonly string[], i: number): boolean {
  return !/(^|\/)$/.test(parts[i - 1]!) || !/^(\/|$)/.test(parts[i + 1]!);
}

/**
 * One value in its segment; a list joined by `delimiter`, a comma by default (a comma inside an item
 * encoded). Another delimiter (Swagger 2's ` `, `|`, tab) is not `pchar` and goes percent-encoded, as it
 * is inside an item: `['a', 'b']` joined by `|` → `a%7Cb`.
 */
function encodedSegment(name: string, value: unknown, shared: boolean, delimiter = ','): string {
  const encode = (item: unknown) => (shared ? encodeURIComponent : encodePathSegment)(checkedSegment(name, item));
  if (!Array.isArray(value) || value.length === 0) return encode(value);
  if (delimiter !== ',') return value.map(encode).join(encodeURIComponent(delimiter));
  return value.map((item) => encode(item).replace(/,/g, '%2C')).join(',');
}

function checkedSegment(name: string, value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && !/^\.{0,2}$/.test(value)) return value;
  throw new SDKError(`Path parameter "${name}" is ${describeValue(value)}; expected a finite number, a string other than "", "." and "..", or a non-empty list of them.`);
}

/**
 * A path parameter's `label` or `matrix` style (OpenAPI §4.8.12.4, RFC 6570's `{.x}` and `{;x}`); `name`
 * is the parameter's own, which `matrix` writes (`;color=blue`). `simple`, the default style, is written
 * here only for a list joined by another `delimiter` than the comma (Swagger 2's `ssv`, `pipes`, `tsv`).
 */
export interface PathStyle {
  readonly style: 'simple' | 'label' | 'matrix';
  readonly explode: boolean;
  readonly name: string;
  /** A `simple` list's delimiter: ` `, `|` or a tab (percent-encoded in the path), instead of `,`. */
  readonly delimiter?: ' ' | '|' | '\t' | undefined;
}

/**
 * `encodePath` for templates with `label` or `matrix` parameters, named in `styles` by their placeholder:
 * `label` → `.blue`, a list `.blue,black` (exploded `.blue.black`); `matrix` → `;color=blue`, a list
 * `;color=blue,black` (exploded `;color=blue;color=black`). Each value is checked and encoded as
 * `encodePath` does, a separator inside a list item (`,` and, for `matrix`, `;`) encoded too. A `simple`
 * parameter goes as `encodePath` sends it, a list joined by its `delimiter` (`a%7Cb` for `|`).
 */
export function encodeStyledPath(template: string, params: Readonly<Record<string, unknown>>, styles: Readonly<Record<string, PathStyle>>): string {
  return template
    .split(PLACEHOLDER)
    .map((part, i, parts) => {
      if (i % 2 === 0) return part;
      const style = Object.hasOwn(styles, part) ? styles[part]! : undefined;
      return style && style.style !== 'simple' ? styledSegment(part, params[part], style) : encodedSegment(part, params[part], sharesSegment(parts, i), style?.delimiter);
    })
    .join('');
}

function styledSegment(placeholder: string, value: unknown, { style, explode, name }: PathStyle): string {
  const key = encodePathSegment(name).replace(/[,;=]/g, (c) => encodeURIComponent(c));
  // An empty string is the name alone (`;color`, as OpenAPI's style examples write it): it stays in its segment.
  if (style === 'matrix' && value === '') return `;${key}`;
  // An empty list is refused, as by `encodePath`: `checkedSegment` names it.
  const listed = Array.isArray(value) && value.length > 0;
  const encoded = (listed ? value : [value]).map((item) => {
    const text = encodePathSegment(checkedSegment(placeholder, item));
    // A comma inside a list's item, and a `;` that would start another matrix parameter, are data.
    const data = listed ? text.replace(/,/g, '%2C') : text;
    return style === 'matrix' ? data.replace(/;/g, '%3B') : data;
  });
  if (style === 'label') return `.${encoded.join(explode ? '.' : ',')}`;
  return explode ? encoded.map((item) => `;${key}=${item}`).join('') : `;${key}=${encoded.join(',')}`;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object' || value === null) return typeof value === 'number' || value == null ? String(value) : `a ${typeof value}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list inside a list';
  return 'an object';
}
