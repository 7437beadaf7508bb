// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/** Building the request URL: base URL, path, and the query string. */
import { SDKError } from './errors.js';
import type { BuiltRequest } from './request.js';
import type { ServerVariables } from './settings.js';

export type QueryParams = Readonly<Record<string, unknown>>;

/** A URL with a scheme (`https:`), as opposed to a path to put after the base URL. */
export const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:/i;

/**
 * `baseURL` + `path` (an absolute `path` is used as is), then the query layers merged key by key, later
 * ones winning. In a layer, `undefined` means "not given" and leaves an earlier value alone: a builder
 * writes it for each optional parameter the caller left out, and one named like the query API key (NYT
 * Books declares `api-key` on every operation) must not erase the credential or `defaultQuery`. Only
 * `callQuery`, the call's own `query` option, removes a key with `undefined`, as documented. A query in
 * the base URL (a server URL such as `https://h/v1?api-version=2`) comes first, after the path: the path
 * must not land inside it.
 */
export function buildURL(baseURL: string, path: string, queryLayers: ReadonlyArray<QueryParams | null | undefined>, callQuery?: QueryParams): string {
  const [base = '', baseSearch] = baseURL.split(QUERY);
  const absolute = ABSOLUTE_URL.test(path);
  const [url, search] = (absolute ? path : joinBase(base, path)).split(QUERY);
  // No prototype: a key named `__proto__` (a map's entry spread in) stays a key.
  const merged: Record<string, unknown> = Object.create(null);
  for (const part of [absolute ? '' : baseSearch, search]) if (part) new URLSearchParams(part).forEach((value, key) => (merged[key] = value));
  for (const layer of queryLayers) for (const [key, value] of Object.entries(layer ?? {})) if (value !== undefined) merged[key] = value;
  const query = stringifyQuery(Object.assign(merged, callQuery));
  return query ? `${url}?${query}` : url!;
}

/**
 * The server an operation with one of its own is sent to: `server`, or, when it has variables, its template
 * with each variable as `chosen` gives it (the client's `serverVariables`), else its default. A name the
 * template has no variable of is ignored.
 */
export function operationServerURL(built: Pick<BuiltRequest, 'server' | 'serverTemplate'>, chosen: ServerVariables | undefined): string | undefined {
  const template = built.serverTemplate;
  if (!template || !chosen) return built.server;
  return template.url.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(template.defaults, name)) return whole;
    const value = Object.hasOwn(chosen, name) ? chosen[name] : undefined;
    return value === undefined ? template.defaults[name]! : String(value);
  });
}

/**
 * After a `fetch` that failed with a `TypeError`: a URL it can never request (no scheme, as a `baseURL`
 * of `api.example.com/v1`) fails the call at once, where its `TypeError`, the one of a network failure,
 * would be retried and reported as a connection error. A relative URL is resolved as a browser's `fetch`
 * resolves it, against the page.
 */
export function checkRequestURL(url: string): void {
  let protocol: string | undefined;
  try {
    protocol = new URL(url, (globalThis as { location?: { href?: string } }).location?.href).protocol;
  } catch {
    // Not a URL at all: refused below.
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw new SDKError(`Cannot request ${JSON.stringify(url)}: it is not an http:// or https:// URL (does baseURL lack its scheme?).`);
}

/** What follows the first `?`. */
const QUERY = /\?(.*)/;

/** Exactly one slash between the two; an empty path leaves the base URL as it is. */
function joinBase(baseURL: string, path: string): string {
  return path ? `${baseURL.replace(/\/$/, '')}/${path.replace(/^\//, '')}` : baseURL;
}

/**
 * `{ a: 1, tags: ['x', 'y'], filter: { name: 'n' }, gone: undefined, empty: null }` →
 * `a=1&tags=x&tags=y&filter.name=n&empty=`: arrays repeat the key, nested objects use dots, `undefined` is
 * dropped and `null` is sent empty (the wire format of the official SDK's query encoder).
 */
export function stringifyQuery(query: QueryParams): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(query)) appendPairs(pairs, key, value);
  return pairs.join('&');
}

function appendPairs(pairs: string[], key: string, value: unknown): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) appendPairs(pairs, key, item);
  } else if (value instanceof EncodedQueryValue) {
    pairs.push(`${encodeQueryPart(key)}=${value.encoded}`);
  } else if (isPlainObject(value)) {
    for (const [child, item] of Object.entries(value)) appendPairs(pairs, `${key}.${child}`, item);
  } else {
    pairs.push(`${encodeQueryPart(key)}=${encodeQueryPart(queryText(value))}`);
  }
}

/** A scalar as query text: a date in ISO 8601, `null` empty. */
function queryText(value: unknown): string {
  return value instanceof Date ? value.toISOString() : value === null ? '' : String(value);
}

/** A query value already encoded, sent as it is. */
class EncodedQueryValue {
  constructor(readonly encoded: string) {}
}

/**
 * A list sent as one delimited value (`form` unexploded, `spaceDelimited`, `pipeDelimited`; OpenAPI
 * §4.8.12.4; Swagger 2's `tsv`): each item encoded, then joined by the delimiter left as it is (a space as
 * `%20`, a tab as `%09`), so an item holding the delimiter stays one item (`['a,b', 'c']` → `a%2Cb,c`, as RFC 6570 expands it). An object
 * goes as its keys and values in turn (`{ R: 100, G: 200 }` → `R,100,G,200`); anything else as usual.
 */
export function delimitedQuery(value: unknown, delimiter: ',' | ' ' | '|' | '\t', allowReserved = false): unknown {
  const list = Array.isArray(value) ? value : isPlainObject(value) ? Object.entries(value).filter(([, item]) => item !== undefined).flat() : undefined;
  if (!list) return allowReserved ? reservedQuery(value) : value;
  const encode = allowReserved ? encodeReserved : encodeQueryPart;
  const items = list.filter((item) => item !== undefined).map((item) => encode(queryText(item)));
  return new EncodedQueryValue(items.join(delimiter === ' ' ? '%20' : delimiter === '\t' ? '%09' : delimiter));
}

/**
 * A query value of a parameter with `allowReserved` (OpenAPI §4.8.12.4): every scalar in it, in lists and
 * objects alike, keeps RFC 3986's reserved characters (`:/?[]@!$&'()*+,;=`) and its `%XX` triples as they
 * are (RFC 6570's reserved expansion); anything else is encoded. A `#` is encoded too: sent raw, it would
 * end the URL there and the rest would never reach the server.
 */
export function reservedQuery(value: unknown): unknown {
  if (value === undefined || value instanceof EncodedQueryValue) return value;
  if (Array.isArray(value)) return value.map(reservedQuery);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, reservedQuery(item)]));
  return new EncodedQueryValue(encodeReserved(queryText(value)));
}

/** Runs of what reserved expansion encodes: neither unreserved nor reserved (but `#`), nor a `%XX` triple. */
const NOT_KEPT = /(?:[^A-Za-z0-9\-._~:/?[\]@!$&'()*+,;=%]|%(?![0-9A-Fa-f]{2}))+/gu;

function encodeReserved(text: string): string {
  return text.replace(NOT_KEPT, (run) => encodeURIComponent(run));
}

/**
 * An object query parameter of OpenAPI's default style (`form`, exploded; §4.8.12.4) as the keys it sends:
 * its own properties, `('range', { start: 1, end: 2 })` → `{ start: 1, end: 2 }`. A value that is not an
 * object keeps its name.
 */
export function explodedQuery(name: string, value: unknown): Record<string, unknown> {
  return isPlainObject(value) ? { ...value } : Object.fromEntries([[name, value]]);
}

/**
 * The parts of an operation's query where an exploded object's keys may be another parameter's
 * (`{?columns*,discount*}` both holding `amount`): RFC 6570 expands each, so a key met again is sent with
 * every value, in order (all at the key's first place), instead of the last replacing the others.
 * `undefined` sends nothing.
 */
export function mergeQuery(...parts: ReadonlyArray<Readonly<Record<string, unknown>>>): Record<string, unknown> {
  // No prototype: a key named `__proto__` (a map's entry spread in) stays a key.
  const merged: Record<string, unknown> = Object.create(null);
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (value !== undefined) merged[key] = key in merged ? [merged[key], value].flat() : value;
    }
  }
  return merged;
}

/**
 * A `deepObject` query parameter (OpenAPI §4.8.12.4) as the keys it sends: `('filter', { name: 'n' })` →
 * `{ 'filter[name]': 'n' }`, nested objects bracketed again, a list's items by index (`expand[0]`); a
 * scalar keeps its name.
 */
export function deepObjectQuery(name: string, value: unknown): Record<string, unknown> {
  // OpenAPI leaves a list in brackets to the server: Rack and `qs` read indexes (as a form body sends
  // them), where a repeated key reaches Stripe as its last value alone.
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : isPlainObject(value) ? Object.entries(value) : undefined;
  if (entries === undefined) return Object.fromEntries([[name, value]]);
  return Object.fromEntries(entries.flatMap(([key, item]) => Object.entries(deepObjectQuery(`${name}[${key}]`, item))));
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** RFC 3986 encoding: only unreserved characters stay as they are (`encodeURIComponent` keeps `!'()*`). */
export function encodeQueryPart(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
