/** Building the request URL: base URL, path, and the query string. */

export type QueryParams = Readonly<Record<string, unknown>>;

/**
 * `baseURL` + `path` (an absolute `path` is used as is; exactly one slash between the two otherwise),
 * then the query layers merged key by key, later ones winning; a key set to `undefined` in a later layer
 * is dropped.
 */
export function buildURL(baseURL: string, path: string, queryLayers: ReadonlyArray<QueryParams | null | undefined>): string {
  const joined = /^[a-z][a-z\d+.-]*:/i.test(path) || !path ? path || baseURL : `${baseURL.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
  const [url, search] = joined.split(/\?(.*)/);
  const query = stringifyQuery(Object.assign(Object.fromEntries(new URLSearchParams(search) as unknown as Iterable<[string, string]>), ...queryLayers));
  return query ? `${url}?${query}` : url!;
}

/**
 * `{ a: 1, tags: ['x', 'y'], filter: { name: 'n' }, gone: undefined, empty: null }` →
 * `a=1&tags=x&tags=y&filter.name=n&empty=`: arrays repeat the key, nested objects use dots, `undefined` is
 * dropped and `null` is sent empty (the wire format of the official SDK's query encoder).
 */
export function stringifyQuery(query: QueryParams): string {
  const pairs: string[] = [];
  const add = (key: string, value: unknown): unknown =>
    value === undefined
      ? 0
      : Array.isArray(value)
        ? value.forEach((item) => add(key, item))
        : value && typeof value === 'object' && !(value instanceof Date)
          ? Object.entries(value).forEach(([child, item]) => add(`${key}.${child}`, item))
          : pairs.push(`${encodeQueryPart(key)}=${encodeQueryPart((value as { toISOString?(): string })?.toISOString?.() ?? String(value ?? ''))}`);
  Object.entries(query).forEach(([key, value]) => add(key, value));
  return pairs.join('&');
}

/** RFC 3986 encoding: only unreserved characters stay as they are (`encodeURIComponent` keeps `!'()*`). */
export function encodeQueryPart(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
