/**
 * OAuth 2 client credentials (RFC 6749 §4.4): the client trades its id and secret for a bearer token at the
 * token endpoint, keeps the token until shortly before it expires, and fetches a new one when the API
 * answers 401 to it. Only the clients of APIs whose spec declares the flow import this module.
 */
import { forwardAbort } from './abort.js';
import type { Fetch } from './attempt.js';
import { base64, NO_CREDENTIALS, type Credentials } from './credentials.js';
import { APIError, APIUserAbortError, SDKError } from './errors.js';
import { parseSuccessBody } from './response.js';
import { send, type Authorize, type ClientContext } from './send.js';
import { ABSOLUTE_URL } from './url.js';

/** A client-credentials flow of the spec, by the client options that feed it. */
export interface ClientCredentialsFlow {
  /** The token endpoint, as the spec gives it: resolved against the base URL when relative. */
  readonly tokenURL: string;
  /** The options holding the client's id and secret (`clientId`, `clientSecret`). */
  readonly clientId: string;
  readonly clientSecret: string;
  /** The option holding a token: when it is set, it is sent as it is and nothing is fetched. */
  readonly token: string;
  /** The option listing the scopes to ask for; when unset, none are named and the server grants its default. */
  readonly scopes: string;
  /** The header the token is sent in (`Authorization`). */
  readonly header: string;
}

/** Makes a client's `authorize` hook, or none when its options do not call for it. */
export type AuthorizerFactory = (context: ClientContext, credentials: Credentials, options: Readonly<Record<string, unknown>>) => Authorize | undefined;

/** A token fetched, and when to stop using it (a timestamp in milliseconds). */
interface HeldToken {
  readonly token: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly renewAt: number;
}

/** Renew a token a minute before it expires, or at half its life when it lives less than two minutes. */
const RENEWAL_MARGIN_MS = 60_000;

/**
 * OAuth 2 client credentials for a client's `authorizer`: the client fetches its own token from the flow's
 * endpoint when it has an id and a secret and no token. One token serves every call until it is due for
 * renewal; calls that need one while it is being fetched wait for that fetch instead of starting their own.
 */
export function clientCredentials(flow: ClientCredentialsFlow): AuthorizerFactory {
  return (context, credentials, options) => {
    const id = credentials.get(flow.clientId);
    const secret = credentials.get(flow.clientSecret);
    if (credentials.has(flow.token) || id === undefined || secret === undefined) return undefined;
    const scopes = checkScopes(flow.scopes, options[flow.scopes]);
    // RFC 6749 §2.3.1: each half form-encoded, then HTTP basic.
    const basic = base64(`${formEncode(id)}:${formEncode(secret)}`);
    context.scrub.learn(basic);
    // The token endpoint gets none of the API's credentials, default headers or default query.
    const tokenContext: ClientContext = { ...context, auth: NO_CREDENTIALS, settings: { ...context.settings, defaultHeaders: undefined, defaultQuery: undefined } };
    // A client and the clients derived from it (`withOptions` keeps the fetch) share one token.
    const holder = holderFor(context.settings.fetch, [flow.tokenURL, context.settings.baseURL, basic, scopes?.join(' ') ?? ''].join('\n'));
    return sharedToken(holder, () => requestToken({ flow, basic, scopes, context: tokenContext }), context);
  };
}

/** What asking for a token takes: the flow, the client's basic credentials, the scopes, the client to send with. */
interface TokenRequest {
  readonly flow: ClientCredentialsFlow;
  readonly basic: string;
  readonly scopes: readonly string[] | undefined;
  readonly context: ClientContext;
}

/** One token request (RFC 6749 §4.4.2), through the client's retries and timeout, and its answer read. */
async function requestToken({ flow, basic, scopes, context }: TokenRequest): Promise<HeldToken> {
  const url = tokenEndpoint(flow.tokenURL, context.settings.baseURL);
  const body = new URLSearchParams({ grant_type: 'client_credentials', ...(scopes ? { scope: scopes.join(' ') } : {}) }).toString();
  const request = { method: 'POST', path: url, query: {}, headers: { Authorization: `Basic ${basic}` }, body, contentType: 'application/x-www-form-urlencoded' } as const;
  try {
    // Asking for a token changes nothing on the server: safe to retry like a GET.
    const { response, attempt } = await send(context, request, {}, { idempotent: true });
    const { accessToken, lifetimeMs } = readToken(await parseSuccessBody(response, attempt), url);
    return { token: accessToken, headers: { [flow.header]: `Bearer ${accessToken}` }, renewAt: Date.now() + lifetimeMs - Math.min(RENEWAL_MARGIN_MS, lifetimeMs / 2) };
  } catch (error) {
    if (error instanceof APIError && error.status !== undefined) error.message = `The token endpoint ${url} refused the client's credentials: ${error.message}`;
    throw error;
  }
}

/**
 * The `authorize` hook over a holder: the held token while it is fresh and not the one refused (`stale`),
 * else the token being fetched, or a new request for one. Each client masks the token in its own logs and
 * errors, whichever client fetched it.
 */
function sharedToken(holder: TokenHolder, fetchToken: () => Promise<HeldToken>, context: ClientContext): Authorize {
  let learned: HeldToken | undefined;
  const use = (token: HeldToken) => {
    if (token !== learned) context.scrub.learn(token.token);
    learned = token;
    return token.headers;
  };
  return (signals, stale) => {
    const { held } = holder;
    if (held && held.headers !== stale && Date.now() < held.renewAt) return Promise.resolve(use(held));
    holder.fetching ??= fetchToken().then(
      (token) => ((holder.fetching = undefined), (holder.held = token)),
      (error: unknown) => {
        holder.fetching = undefined;
        throw error;
      },
    );
    return untilAborted(holder.fetching, signals).then(use);
  };
}

/** Where a token lives between calls: the one held, and the request for a new one while it is on its way. */
interface TokenHolder {
  held?: HeldToken;
  fetching?: Promise<HeldToken> | undefined;
}

/**
 * Holders by the client's `fetch`, then by what a token depends on (token URL, base URL, client, scopes).
 * A client built without a `fetch` gets a function of its own, which `withOptions` passes on: clients
 * built apart do not share tokens, a client and the ones derived from it do.
 */
const holders = new WeakMap<Fetch, Map<string, TokenHolder>>();

function holderFor(fetch: Fetch, key: string): TokenHolder {
  let byKey = holders.get(fetch);
  if (!byKey) holders.set(fetch, (byKey = new Map()));
  let holder = byKey.get(key);
  if (!holder) byKey.set(key, (holder = {}));
  return holder;
}

/** `scopes`: a list of strings, or unset. */
function checkScopes(option: string, value: unknown): readonly string[] | undefined {
  if (value == null) return undefined;
  if (Array.isArray(value) && value.every((scope) => typeof scope === 'string')) return value.length > 0 ? value : undefined;
  throw new SDKError(`The ${option} option must be a list of strings, got ${JSON.stringify(value)}.`);
}

/** `application/x-www-form-urlencoded` encoding of one value. */
function formEncode(value: string): string {
  return new URLSearchParams([['', value]]).toString().slice(1);
}

/** An absolute token URL as it is; a relative one resolved against the base URL (RFC 3986, as OpenAPI 3.1 says). */
function tokenEndpoint(tokenURL: string, baseURL: string): string {
  if (ABSOLUTE_URL.test(tokenURL)) return tokenURL;
  try {
    return new URL(tokenURL, baseURL).href;
  } catch {
    throw new SDKError(`The token URL ${JSON.stringify(tokenURL)} is relative, and the base URL ${JSON.stringify(baseURL)} is not absolute: pass an absolute baseURL.`);
  }
}

/** The token response (RFC 6749 §5.1): a bearer `access_token`, and its lifetime when `expires_in` gives one. */
function readToken(body: unknown, url: string): { accessToken: string; lifetimeMs: number } {
  const fields = (typeof body === 'string' ? textFields(body) : typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { access_token: accessToken, token_type: type, expires_in: expiresIn } = fields;
  if (typeof accessToken !== 'string' || accessToken === '') throw new SDKError(`The token endpoint ${url} answered without an access_token.`);
  if (typeof type === 'string' && type.toLowerCase() !== 'bearer') throw new SDKError(`The token endpoint ${url} gave a token of type ${JSON.stringify(type)}; only bearer tokens can be sent.`);
  const seconds = Number(expiresIn);
  // Without a lifetime, the token serves until the API refuses it.
  return { accessToken, lifetimeMs: expiresIn != null && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : Number.POSITIVE_INFINITY };
}

/**
 * A token response that is not labelled JSON: JSON all the same (a server that says `text/plain`), or the
 * form encoding some endpoints answer in (GitHub's, unless asked for JSON).
 */
function textFields(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    const fields: Record<string, string> = {};
    new URLSearchParams(text).forEach((value, key) => (fields[key] = value));
    return fields;
  }
}

/** The promise's outcome, or `APIUserAbortError` as soon as a signal aborts: a shared fetch goes on for the others. */
function untilAborted<T>(promise: Promise<T>, signals: ReadonlyArray<AbortSignal>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const detach = forwardAbort(signals, () => reject(new APIUserAbortError()));
    promise.then(resolve, reject).finally(detach);
  });
}
