/** Header layers merged into the headers of one request. */
import { SDKError } from './errors.js';

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
      else if (value !== undefined) merged[key] = Array.isArray(value) ? value.join(', ') : String(value);
    }
  }
  return merged;
}

/**
 * After a `fetch` that failed with a `TypeError`: the header `fetch` refused, if that was the cause (a line
 * break or a character past U+00FF in a value, a space in a name). Its `TypeError` is the one of a network
 * failure, so the call would be retried and reported as a connection error. Each header is tried as the
 * runtime's own `Headers` takes it, so the check is the runtime's; the message names the header, never its
 * value (it may be a credential).
 */
export function checkHeaders(headers: HeaderRecord): void {
  for (const name in headers) {
    try {
      new Headers({ [name]: headers[name]! });
    } catch {
      // Without the runtime's error as the cause: its message quotes the value.
      throw new SDKError(`Header ${JSON.stringify(name)} cannot be sent: HTTP does not allow a character in it.`);
    }
  }
}

/**
 * The `Cookie` header of an operation's cookie parameters: `a=1; b=x%20y`, values percent-encoded, an
 * array's items joined with commas as OpenAPI's `form` style writes them (`ids=1,2`; an item's own comma
 * is `%2C`, so the server splits where the client joined); `undefined` values are left out, and with none
 * left there is no header at all.
 */
export function encodeCookies(values: Readonly<Record<string, unknown>>): string | undefined {
  const encoded = (value: unknown) => encodeURIComponent(String(value));
  const pairs = Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${encodeURIComponent(name)}=${Array.isArray(value) ? value.map(encoded).join(',') : encoded(value)}`);
  return pairs.length > 0 ? pairs.join('; ') : undefined;
}

/**
 * The `Cookie` header of a request whose credentials set cookies (`credential`, as `encodeCookies` writes
 * them) beside its own `Cookie` header (`own`: the operation's cookie parameters, or a `Cookie` header of
 * the client's or the call's): the credential cookies first, but one the request names itself is sent
 * once, with the request's value, as a query parameter of an API key's name replaces the key. A cookie
 * parameter left out is not in `own`, so it never removes the credential.
 */
export function withCredentialCookies(credential: string, own: string | undefined): string {
  if (!own) return credential;
  // Names compared decoded: a `Cookie` header given as text may write `a$b` where `encodeCookies` writes `a%24b`.
  const name = (pair: string): string => {
    const raw = pair.split('=', 1)[0]!.trim();
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  };
  const named = new Set(own.split(';').map(name));
  const kept = credential.split('; ').filter((pair) => !named.has(name(pair)));
  return kept.length > 0 ? `${kept.join('; ')}; ${own}` : own;
}

/**
 * Whether a layer sets `Cookie` to `null`, which removes the credential cookies as `Authorization: null`
 * removes a header credential (only a plain record can hold `null`).
 */
export function nullsCookie(layers: readonly HeadersInput[]): boolean {
  return layers.some((layer) => layer && !(layer instanceof Headers) && !Array.isArray(layer) && Object.keys(layer).some((name) => name.toLowerCase() === 'cookie' && (layer as Record<string, unknown>)[name] === null));
}
