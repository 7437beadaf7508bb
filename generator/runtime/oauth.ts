/**
 * OAuth 2 tokens the client fetches itself, from the token endpoint the spec names:
 * - client credentials (RFC 6749 §4.4): the client trades its id and secret for a token;
 * - refresh tokens (§6): the app hands the client the refresh token it obtained (an authorization-code or
 *   password flow, run outside the client), and the client trades it for access tokens as they expire or
 *   are refused, keeping the new refresh token the server may hand out with each.
 * Either way the token is kept until shortly before it expires and replaced when the API answers 401 to it.
 * Only the clients of APIs whose spec declares such a flow import this module.
 */
import { base64, NO_CREDENTIALS, type Credentials } from './credentials.js';
import { APIError, SDKError } from './errors.js';
import { oauthEndpoint, serverEndpoint } from './oauth-endpoints.js';
import { holderFor, holdToken, readToken, sharedToken, type HeldToken, type IssuedToken } from './oauth-token.js';
import { parseSuccessBody } from './response.js';
import type { RequestOptions } from './request-options.js';
import { send, type Authorize, type ClientContext } from './send.js';

/** The OAuth 2 flows of the spec that the client runs itself, by the client options that feed them. */
export interface OAuthFlows {
  /** The client-credentials flow's token endpoint, as the spec gives it: resolved against the base URL when relative. */
  readonly tokenURL?: string | undefined;
  /** Where refresh tokens are traded (`refreshUrl`, else `tokenUrl`, of an authorization-code or password flow). */
  readonly refreshURL?: string | undefined;
  /** An OpenID Connect scheme's discovery document, whose token endpoint takes the refresh tokens. */
  readonly openIdConnectURL?: string | undefined;
  /** The options holding the client's id and secret (`clientId`, `clientSecret`). */
  readonly clientId: string;
  readonly clientSecret: string;
  /** The option holding an access token: sent as it is; with a refresh token, until it expires or is refused. */
  readonly token: string;
  /** The option listing the scopes to ask for; when unset, none are named and the server grants its default (or, on refresh, those granted). */
  readonly scopes: string;
  /** The option holding a refresh token (`refreshToken`), and the one holding the callback told of each new token (`onTokenRefresh`). */
  readonly refreshToken?: string | undefined;
  readonly onRefresh?: string | undefined;
  /** The header the token is sent in (`Authorization`). */
  readonly header: string;
}

/** What the client's `onTokenRefresh` callback is given after each refresh: the tokens to keep for the next run. */
export interface RefreshedTokens {
  readonly accessToken: string;
  /** The refresh token to use next time: a new one when the server rotated it, else the one used. */
  readonly refreshToken: string;
  /** Seconds the access token lives, when the server says. */
  readonly expiresIn?: number | undefined;
}

/** Makes a client's `authorize` hook, or none when its options do not call for it. */
export type AuthorizerFactory = (context: ClientContext, credentials: Credentials, options: Readonly<Record<string, unknown>>) => Authorize | undefined;

/**
 * An OAuth 2 client for a client's `authorizer`: the client fetches its own token with a refresh token or
 * by client credentials. A refresh token (with a flow that takes one) wins; then a token passed as it is,
 * which needs nothing fetched; then an id and a secret, for client credentials. One token serves every call until it is due for renewal; calls that need one while it is
 * being fetched wait for that fetch instead of starting their own.
 */
export function oauthClient(flows: OAuthFlows): AuthorizerFactory {
  return (context, credentials, options) => {
    const refreshToken = flows.refreshToken === undefined ? undefined : credentials.get(flows.refreshToken);
    if (refreshToken !== undefined && (flows.refreshURL ?? flows.openIdConnectURL) !== undefined) return refreshing(flows, refreshToken, context, credentials, options);
    if (flows.tokenURL !== undefined && !credentials.has(flows.token)) return clientCredentials(flows, flows.tokenURL, context, credentials, options);
    return undefined;
  };
}

/** Client credentials: a token for the client's id and secret and the scopes asked for. */
function clientCredentials(flows: OAuthFlows, tokenURL: string, context: ClientContext, credentials: Credentials, options: Readonly<Record<string, unknown>>): Authorize | undefined {
  const client = clientAuthentication(flows, credentials, context);
  if (client.basic === undefined) return undefined;
  const scope = scopeField(flows, options);
  const fields = { grant_type: 'client_credentials', ...scope };
  const holder = holderFor(context.settings.fetch, [tokenURL, context.settings.baseURL, client.basic, scope.scope ?? '']);
  // Asking for a token changes nothing on the server: safe to retry like a GET.
  const request = { url: tokenURL, what: "the client's credentials", fields, headers: client.headers, idempotent: true };
  return sharedToken(holder, async () => held(flows, await requestToken(request, tokenContext(context))), context);
}

/**
 * Refresh tokens: the access token passed, if any, until it expires or is refused, then one traded for the
 * refresh token; a new refresh token in the answer replaces the old one, and the app is told of it.
 */
function refreshing(flows: OAuthFlows, refreshToken: string, context: ClientContext, credentials: Credentials, options: Readonly<Record<string, unknown>>): Authorize {
  const endpoint = { url: flows.refreshURL, openIdConnectURL: flows.openIdConnectURL };
  const client = clientAuthentication(flows, credentials, context);
  const onRefresh = flows.onRefresh === undefined ? undefined : checkCallback(flows.onRefresh, options[flows.onRefresh]);
  const given = credentials.get(flows.token);
  const scope = scopeField(flows, options);
  const holder = holderFor(context.settings.fetch, [endpoint.url ?? endpoint.openIdConnectURL ?? '', context.settings.baseURL, client.basic ?? client.fields.client_id ?? '', refreshToken, given ?? '', scope.scope ?? '']);
  holder.refreshToken ??= refreshToken;
  // Its lifetime unknown, the token passed serves until the API refuses it.
  if (given !== undefined) holder.held ??= holdToken(given, flows.header, Number.POSITIVE_INFINITY);
  const fetchToken = async (): Promise<HeldToken> => {
    const fields = { grant_type: 'refresh_token', refresh_token: holder.refreshToken ?? refreshToken, ...scope, ...client.fields };
    // Not retried after an ambiguous failure: a server that rotates refresh tokens may have spent this one.
    const server = tokenContext(context);
    const url = await serverEndpoint(endpoint, 'token_endpoint', server, 'token URL');
    const issued = await requestToken({ url, what: 'the refresh token', fields, headers: client.headers, idempotent: false }, server);
    if (issued.refreshToken !== undefined) {
      context.scrub.learn(issued.refreshToken);
      holder.refreshToken = issued.refreshToken;
    }
    await tell(onRefresh, flows.onRefresh, { accessToken: issued.accessToken, refreshToken: holder.refreshToken ?? refreshToken, ...(issued.expiresIn === undefined ? {} : { expiresIn: issued.expiresIn }) }, context);
    return held(flows, issued);
  };
  return sharedToken(holder, fetchToken, context);
}

/** The app's callback, given the new tokens; its failure fails the calls that waited for them (the next call refreshes again). */
async function tell(callback: ((tokens: RefreshedTokens) => unknown) | undefined, option: string | undefined, tokens: RefreshedTokens, context: ClientContext): Promise<void> {
  if (!callback) return;
  try {
    await callback(tokens);
  } catch (cause) {
    throw new SDKError(context.scrub(`The ${option} callback failed: ${cause instanceof Error ? cause.message : String(cause)}`), { cause });
  }
}

function held(flows: OAuthFlows, issued: IssuedToken): HeldToken {
  return holdToken(issued.accessToken, flows.header, issued.lifetimeMs);
}

/**
 * How the client proves who it is to the token endpoint (RFC 6749 §2.3.1): an id and a secret, each
 * form-encoded, in HTTP basic authentication; an id alone (a public client, §3.2.1) as `client_id` in the
 * body; neither, nothing. `basic` is unset unless both are.
 */
function clientAuthentication(flows: OAuthFlows, credentials: Credentials, context: ClientContext): ClientAuthentication {
  return authenticateClient(credentials.get(flows.clientId), credentials.get(flows.clientSecret), context);
}

/** How a client with this id and secret authenticates at a token endpoint; the basic credentials are masked from then on. */
export interface ClientAuthentication {
  readonly basic?: string;
  readonly headers: Record<string, string>;
  readonly fields: { client_id?: string };
}

export function authenticateClient(id: string | undefined, secret: string | undefined, context: Pick<ClientContext, 'scrub'>): ClientAuthentication {
  if (id === undefined) return { headers: {}, fields: {} };
  if (secret === undefined) return { headers: {}, fields: { client_id: id } };
  const basic = base64(`${formEncode(id)}:${formEncode(secret)}`);
  context.scrub.learn(basic);
  return { basic, headers: { Authorization: `Basic ${basic}` }, fields: {} };
}

/** The client as the token endpoint sees it: none of the API's credentials, default headers or default query. */
export function tokenContext(context: ClientContext): ClientContext {
  return { ...context, auth: NO_CREDENTIALS, authorize: undefined, settings: { ...context.settings, defaultHeaders: undefined, defaultQuery: undefined } };
}

/** A token request: the endpoint, the form fields of its grant and the client's authentication. */
export interface TokenRequest {
  readonly url: string;
  /** What a refusal refused, for its message: "the client's credentials", "the refresh token". */
  readonly what: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly idempotent: boolean;
}

/** One token request (§4.4.2, §6), through the client's retries and timeout, and its answer read. */
export async function requestToken(token: TokenRequest, context: ClientContext, options: RequestOptions = {}): Promise<IssuedToken> {
  const url = oauthEndpoint(token.url, context.settings.baseURL);
  return readToken(await postForm({ ...token, url, endpoint: 'token endpoint' }, context, options), url);
}

/**
 * A form posted to one of the OAuth 2 server's endpoints (the token endpoint, the device authorization
 * endpoint), and its answer's body; a refusal's message names the endpoint and what it refused.
 */
export async function postForm(form: TokenRequest & { readonly endpoint: string }, context: ClientContext, options: RequestOptions = {}): Promise<unknown> {
  const body = new URLSearchParams(form.fields).toString();
  const request = { method: 'POST', path: form.url, query: {}, headers: form.headers, body, contentType: 'application/x-www-form-urlencoded' } as const;
  try {
    const { response, attempt } = await send(context, request, options, { idempotent: form.idempotent });
    return await parseSuccessBody(response, attempt);
  } catch (error) {
    if (error instanceof APIError && error.status !== undefined) error.message = `The ${form.endpoint} ${form.url} refused ${form.what}: ${error.message}`;
    throw error;
  }
}

/** The `scope` field of a token request (RFC 6749 §3.3: space-separated), from `scopes`: a list of strings, or unset. */
function scopeField(flows: OAuthFlows, options: Readonly<Record<string, unknown>>): { scope?: string } {
  const value = options[flows.scopes];
  if (value == null) return {};
  if (Array.isArray(value) && value.every((scope) => typeof scope === 'string')) return value.length > 0 ? { scope: value.join(' ') } : {};
  throw new SDKError(`The ${flows.scopes} option must be a list of strings, got ${JSON.stringify(value)}.`);
}

/** `onTokenRefresh`: a function, or unset. */
function checkCallback(option: string, value: unknown): ((tokens: RefreshedTokens) => unknown) | undefined {
  if (value == null) return undefined;
  if (typeof value === 'function') return value as (tokens: RefreshedTokens) => unknown;
  throw new SDKError(`The ${option} option must be a function, got ${typeof value}.`);
}

/** `application/x-www-form-urlencoded` encoding of one value. */
function formEncode(value: string): string {
  return new URLSearchParams([['', value]]).toString().slice(1);
}
