/** Credentials: where each comes from, where it is sent, and the check that one alternative is set. */
import { readEnv } from './env.js';
import { SDKError } from './errors.js';
import { encodeCookies, nullsCookie, withCredentialCookies, type HeadersInput } from './headers.js';
import type { Fetch } from './attempt.js';
import type { OperationPolicy } from './request.js';
import type { ClientContext } from './send.js';
import type { ClientConfig } from './settings.js';

/**
 * One credential of the API: a client option, its environment variable, and where it is sent: in a header,
 * a query parameter or a cookie (exactly one of the three).
 */
export interface CredentialSpec {
  /** The client option (`apiToken`). */
  readonly option: string;
  /** The environment variable read when the option is `undefined` (`CLOUDFLARE_API_TOKEN`). */
  readonly env?: string | undefined;
  /** The header the value is sent in (`Authorization`). */
  readonly header?: string | undefined;
  /** The query parameter the value is sent in (`api_key`). */
  readonly query?: string | undefined;
  /** The cookie the value is sent in (`session`). */
  readonly cookie?: string | undefined;
  /**
   * `bearer`: `Bearer <value>`; `basic`: `Basic <base64 of the value>`, the value being `user:password`;
   * `raw`: the value as is; `oauth2-client`: an OAuth 2 client's id or secret, or a refresh token, never
   * sent to the API but traded for a token (`oauthClient`); `aws-sigv4`: an AWS access key id, secret or
   * session token, that sign requests (`awsSigV4`) rather than travel in them.
   */
  readonly scheme: 'bearer' | 'basic' | 'raw' | 'oauth2-client' | 'aws-sigv4';
}

/** Option name → value, for the credentials that are set. */
export type Credentials = ReadonlyMap<string, string>;

/**
 * Each credential from its option, or from its environment variable when the option is `undefined`
 * (`null` means "none, and do not look in the environment"). Blank values count as unset.
 */
export function resolveCredentials(options: Readonly<Record<string, unknown>>, specs: readonly CredentialSpec[]): Credentials {
  const resolved = new Map<string, string>();
  for (const spec of specs) {
    const given = options[spec.option];
    const value = given === undefined ? readEnv(spec.env) : given;
    if (value != null && typeof value !== 'string') throw new SDKError(`The ${spec.option} option must be a string, got ${typeof value}.`);
    if (value?.trim()) resolved.set(spec.option, value.trim());
  }
  return resolved;
}

/** What the credentials that are set add to every request. */
export interface CredentialParts {
  readonly headers: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  /**
   * The request's `Cookie` header with the credential cookies in it, given the header it has of its own
   * and the header layers above the credentials (`withCredentialCookies`); a function, made only by
   * `placeCredentials`, so that bundles of the APIs without cookie credentials leave the merging out.
   */
  readonly cookie: ((own: string | undefined, layers: readonly HeadersInput[]) => string | undefined) | undefined;
  /** Sent forms that do not contain the value as given (the base64 of `basic`), for the scrubber to mask too. */
  readonly encoded: readonly string[];
  /** Wraps the `fetch` that sends each attempt so that it signs it (AWS Signature Version 4): the credentials go in no header. */
  readonly signing?: ((fetch: Fetch) => Fetch) | undefined;
}

/** What an operation whose security is empty (`security: []`) is sent with: no credential. */
export const NO_CREDENTIALS: CredentialParts = { headers: {}, query: {}, cookie: undefined, encoded: [] };

/**
 * Every credential that is set, as a header: `Bearer <value>` or the value as is. The official SDK also
 * sends them all. Credentials sent elsewhere need `placeCredentials`.
 */
export function headerCredentials(credentials: Credentials, specs: readonly CredentialSpec[]): CredentialParts {
  const headers: Record<string, string> = {};
  for (const spec of specs) {
    const value = credentials.get(spec.option);
    if (value !== undefined) headers[spec.header ?? 'Authorization'] = spec.scheme === 'bearer' ? `Bearer ${value}` : value;
  }
  return { headers, query: {}, cookie: undefined, encoded: [] };
}

/**
 * Every credential that is set, where the API expects it: a header, a query parameter or a cookie, with
 * basic credentials base64-encoded; an OAuth 2 client's id, secret and refresh token, and an AWS key, nowhere. The generated client passes
 * it in its config (`ClientConfig`) only when the API needs it, so a bundle for an API whose credentials
 * are all headers leaves it out.
 */
export function placeCredentials(credentials: Credentials, specs: readonly CredentialSpec[]): CredentialParts {
  const headers: Record<string, string> = {};
  const query: Record<string, string> = {};
  const cookies: Record<string, string> = {};
  const encoded: string[] = [];
  for (const spec of specs) {
    const value = credentials.get(spec.option);
    if (value === undefined || spec.scheme === 'oauth2-client' || spec.scheme === 'aws-sigv4') continue;
    if (spec.scheme === 'basic') encoded.push(base64(value));
    const sent = spec.scheme === 'bearer' ? `Bearer ${value}` : spec.scheme === 'basic' ? `Basic ${encoded.at(-1)}` : value;
    if (spec.query !== undefined) query[spec.query] = sent;
    else if (spec.cookie !== undefined) cookies[spec.cookie] = sent;
    else headers[spec.header ?? 'Authorization'] = sent;
  }
  const cookie = encodeCookies(cookies);
  return { headers, query, cookie: cookie === undefined ? undefined : (own, layers) => (nullsCookie(layers) ? own : withCredentialCookies(cookie, own)), encoded };
}

/** How a client turns its credentials (and options) into what each request carries: `placeCredentials`, or `awsSigV4(…)`'s signer. */
export type PlaceCredentials = (credentials: Credentials, specs: readonly CredentialSpec[], options: Readonly<Record<string, unknown>>) => CredentialParts;

/** UTF-8, then base64 (RFC 7617): `btoa` alone throws on any character above U+00FF. */
export function base64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

/**
 * Fails construction (or, when some operations need no credentials, the call of one that does) when no
 * alternative of the API's security requirement is fully set, with a message that says which options or
 * environment variables would fix it (`authHelp`, written by the generator). No alternatives: the API needs no auth.
 */
/**
 * What a call is sent with, for an API where some operations need no credentials (a login, a health
 * check): none for `security: []`; the client's for one whose credentials are optional; for the others,
 * the client's once an alternative is found set (the constructor checked nothing). In `ClientConfig` as
 * `perCall` only for such APIs, so that other bundles leave it out.
 */
export function credentialsPerCall(policy: OperationPolicy, context: ClientContext, config: Pick<ClientConfig, 'clientName' | 'authAlternatives' | 'authHelp'>, credentials: Credentials): ClientContext {
  if (policy.credentials === 'none') return { ...context, auth: NO_CREDENTIALS, authorize: undefined };
  if (!policy.credentials) assertAuthenticated(config, credentials);
  return context;
}

export function assertAuthenticated(config: Pick<ClientConfig, 'clientName' | 'authAlternatives' | 'authHelp'>, credentials: Credentials): void {
  const { authAlternatives: alternatives } = config;
  if (alternatives.length > 0 && !alternatives.some((names) => names.every((name) => credentials.has(name)))) {
    const partial = [...credentials.keys()];
    throw new SDKError(`${config.clientName}: no credentials${partial.length > 0 ? ` (set so far: ${partial.join(', ')})` : ''}. ${config.authHelp}.`);
  }
}
