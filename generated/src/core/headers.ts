// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/** Header layers merged into the headers of one request. */

/** `null` removes the header set by an earlier layer; `undefined` leaves it alone. */
export type HeaderValue = string | null | undefined;

export type HeadersInput =
  | Headers
  | Readonly<Record<string, HeaderValue | readonly string[]>>
  | ReadonlyArray<readonly [string, string]>
  | null
  | undefined;

/** Lower-case header name → value; several values of one name are joined with `, ` (as `Headers` does). */
export type HeaderRecord = Record<string, string>;

/**
 * Merges layers, later ones winning, names compared case-insensitively. Within one layer a name may carry
 * several values (an array, or repeated tuples); a later layer replaces all of them. A plain record rather
 * than a `Headers`: `fetch` accepts both, and building a `Headers` costs more than the rest of a request.
 */
export function mergeHeaders(layers: readonly HeadersInput[]): HeaderRecord {
  // Without a prototype, a header named `__proto__` is just a header.
  const merged: HeaderRecord = Object.create(null) as HeaderRecord;
  for (const layer of layers) {
    if (!layer) continue;
    // `Headers` and tuples are rare: `Headers` itself joins the repeats of a name, as `fetch` would.
    const entries = layer instanceof Headers || Array.isArray(layer) ? Object.fromEntries(new Headers(layer as HeadersInit) as unknown as Iterable<[string, string]>) : layer;
    for (const name of Object.keys(entries)) {
      const value = (entries as Readonly<Record<string, HeaderValue | readonly string[]>>)[name];
      const key = name.toLowerCase();
      if (value === null) delete merged[key];
      else if (value !== undefined) merged[key] = typeof value === 'string' ? value : value.join(', ');
    }
  }
  return merged;
}

/**
 * The `Cookie` header of an operation's cookie parameters: `a=1; b=x%20y`, values percent-encoded, arrays
 * joined with commas; `undefined` values are left out, and with none left there is no header at all.
 */
export function encodeCookies(values: Readonly<Record<string, unknown>>): string | undefined {
  const pairs = Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(Array.isArray(value) ? value.join(',') : String(value))}`);
  return pairs.length > 0 ? pairs.join('; ') : undefined;
}
