/** Header layers merged into the headers of one request. */

/** `null` removes the header set by an earlier layer; `undefined` leaves it alone. */
export type HeaderValue = string | null | undefined;

export type HeadersInput =
  | Headers
  | Readonly<Record<string, HeaderValue | readonly string[]>>
  | ReadonlyArray<readonly [string, string]>
  | null
  | undefined;

/**
 * Merges layers, later ones winning, names compared case-insensitively. Within one layer a name may carry
 * several values (an array, or repeated tuples); a later layer replaces all of them.
 */
export function mergeHeaders(layers: readonly HeadersInput[]): Headers {
  const merged = new Headers();
  for (const layer of layers) {
    const replacedInThisLayer = new Set<string>();
    for (const [name, value] of entriesOf(layer)) {
      if (value === undefined) continue;
      const key = name.toLowerCase();
      if (!replacedInThisLayer.has(key)) {
        merged.delete(key);
        replacedInThisLayer.add(key);
      }
      if (value !== null) merged.append(key, value);
    }
  }
  return merged;
}

function entriesOf(layer: HeadersInput): Array<readonly [string, HeaderValue]> {
  if (!layer) return [];
  if (layer instanceof Headers) {
    const entries: Array<readonly [string, string]> = [];
    layer.forEach((value, name) => entries.push([name, value]));
    return entries;
  }
  if (Array.isArray(layer)) return layer as Array<readonly [string, string]>;
  const entries: Array<readonly [string, HeaderValue]> = [];
  for (const [name, value] of Object.entries(layer as Record<string, HeaderValue | readonly string[]>)) {
    if (Array.isArray(value)) for (const item of value as readonly string[]) entries.push([name, item]);
    else entries.push([name, value as HeaderValue]);
  }
  return entries;
}
