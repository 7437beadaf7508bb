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
    // The names this layer has set: a repeat within the layer adds a value, where a later layer replaces.
    const setHere = new Set<string>();
    const set = (value: HeaderValue | readonly string[], name: string) => {
      if (value === undefined) return;
      const key = name.toLowerCase();
      if (value === null) delete merged[key];
      else {
        const text = typeof value === 'string' ? value : value.join(', ');
        merged[key] = setHere.has(key) ? `${merged[key]}, ${text}` : text;
        setHere.add(key);
      }
    };
    if (layer instanceof Headers) layer.forEach(set);
    else (Array.isArray(layer) ? layer : Object.entries(layer)).forEach(([name, value]) => set(value, name));
  }
  return merged;
}
