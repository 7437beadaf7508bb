// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Signing a user in by the spec's OAuth 2 authorization-code flow (RFC 6749 §4.1), with PKCE (RFC 7636):
 * the two steps an app runs before it has a token, as statics of the client class (a client cannot be
 * built yet: it has no credential).
 * 1. `authorizationURL`: where to send the user, and the `state` and PKCE verifier to keep until they return;
 * 2. `exchangeCode`: the redirect back checked (its `state`, or the error the server sent instead) and its
 *    code traded at the token endpoint for the tokens a client is built with.
 * Only the clients of APIs whose spec declares such a flow import this module.
 */
import { clientContext } from './client.js';
import { NO_CREDENTIALS, resolveCredentials, type Credentials, type CredentialSpec } from './credentials.js';
import { SDKError } from './errors.js';
import { authenticateClient, requestToken, tokenContext, type ClientAuthentication } from './oauth.js';
import { serverEndpoint } from './oauth-endpoints.js';
import type { IssuedToken } from './oauth-token.js';
import { createScrubber } from './redact.js';
import type { ClientContext } from './send.js';
import { resolveSettings, type ClientConfig, type CoreClientOptions } from './settings.js';

/**
 * The flow, as the generated client passes it: its URLs as the spec writes them (or, for OpenID Connect,
 * the discovery document that names them), and the options of the client's id and secret.
 */
export interface SignInFlow {
  readonly authorizationURL?: string | undefined;
  readonly tokenURL?: string | undefined;
  /** An OpenID Connect scheme's discovery document: the endpoints the flow leaves unset are the ones it names, and `openid` is always asked for. */
  readonly openIdConnectURL?: string | undefined;
  /** The client options whose environment variables hold the id and the secret (`clientId`, `clientSecret`). */
  readonly clientId: string;
  readonly clientSecret: string;
}

/**
 * What `authorizationURL` takes. `Scope`: the spec's scopes, offered first by editors; any other string is
 * accepted. The client's options serve the discovery document's request, for OpenID Connect.
 */
export interface AuthorizationURLParams<Scope extends string = string> extends CoreClientOptions {
  /** Where the server sends the user back with a code: one of the redirect URIs registered for the app. */
  redirectURI: string;
  /** The OAuth 2 client's id. Defaults to the client id's environment variable, as the client's option does. */
  clientId?: string | undefined;
  /** The scopes to ask the user for; unset, the server grants its default. */
  scopes?: readonly Scope[] | undefined;
  /** The `state` to send; a random one by default. Either way it comes back to be kept and checked. */
  state?: string | undefined;
  /** More query parameters for the server (`prompt`, `login_hint`, `audience`): they cannot replace the flow's own. */
  extraParams?: Readonly<Record<string, string>> | undefined;
  /** The base URL a relative authorization URL is resolved against; defaults as the client's `baseURL` does. */
  baseURL?: string | null | undefined;
}

/** The OpenID Connect scope (Core §3.1.2.1): without it, what the server does is unspecified. */
const OPENID = 'openid';

/** Where to send the user, and what to keep (in their session, say) until they come back. */
export interface AuthorizationRequest {
  readonly url: string;
  /** Checked against the one the server sends back, by `exchangeCode`: a redirect this app did not start is refused. */
  readonly state: string;
  /** The PKCE verifier: only its SHA-256 went into the URL; the token endpoint wants it with the code. */
  readonly codeVerifier: string;
}

/** What `exchangeCode` takes: the code (or the URL the user came back to), what `authorizationURL` returned, and the client's settings for the token request. */
export interface CodeExchangeParams extends CoreClientOptions, OAuthClientParams {
  /**
   * The URL the user came back to (a request's URL; a path with its query will do): its `state` is checked
   * against `state`, and an error the server sent instead of a code is thrown as an `SDKError`.
   */
  callbackURL?: string | URL | undefined;
  /** The `state` that `authorizationURL` returned: required with `callbackURL`. */
  state?: string | undefined;
  /** The code alone, when the app has read (and checked) the redirect itself. */
  code?: string | undefined;
  /** The `codeVerifier` that `authorizationURL` returned. */
  codeVerifier: string;
  /** The `redirectURI` given to `authorizationURL`: the server checks they match. */
  redirectURI: string;
}

/** The user's tokens: build the client with them, and store the refresh token for the next run. */
export interface SignInTokens {
  readonly accessToken: string;
  readonly refreshToken?: string | undefined;
  /** Seconds the access token lives, when the server says. */
  readonly expiresIn?: number | undefined;
  /** The scopes granted, when the server names them (it must when they differ from those asked for). */
  readonly scope?: string | undefined;
  /** The OpenID Connect ID token, when the server sent one. */
  readonly idToken?: string | undefined;
}

/** Step one: the authorization URL with the flow's parameters, a fresh `state` unless one is given, and a fresh PKCE verifier. */
export async function authorizationURL(config: ClientConfig, flow: SignInFlow, params: AuthorizationURLParams): Promise<AuthorizationRequest> {
  const { context, clientId } = oauthServerClient(config, flow, params, []);
  if (clientId === undefined) throw new SDKError(`${config.clientName}.authorizationURL: no client id; pass clientId${envHint(config, flow.clientId)}.`);
  requireString('redirectURI', params.redirectURI);
  const url = new URL(await serverEndpoint({ url: flow.authorizationURL, openIdConnectURL: flow.openIdConnectURL }, 'authorization_endpoint', context, 'authorization URL'));
  const scopes = flow.openIdConnectURL === undefined ? (params.scopes ?? []) : [OPENID, ...(params.scopes ?? []).filter((scope) => scope !== OPENID)];
  const state = params.state ?? randomToken(16);
  const codeVerifier = randomToken(32);
  const flowParams: Record<string, string> = {
    response_type: 'code',
    client_id: clientId,
    redirect_uri: params.redirectURI,
    ...(scopes.length > 0 ? { scope: scopes.join(' ') } : {}),
    state,
    code_challenge: base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(codeVerifier)))),
    code_challenge_method: 'S256',
  };
  for (const [name, value] of Object.entries({ ...params.extraParams, ...flowParams })) url.searchParams.set(name, value);
  return { url: url.href, state, codeVerifier };
}

/**
 * Step two: the code traded for tokens (§4.1.3) at the token endpoint, through the client's timeout and
 * logging. Not retried after an ambiguous failure: a code is good once, and may have been spent.
 */
export async function exchangeCode(config: ClientConfig, flow: SignInFlow, params: CodeExchangeParams): Promise<SignInTokens> {
  const code = params.callbackURL === undefined ? params.code : codeFromCallback(params.callbackURL, params.state);
  requireString('code', code);
  requireString('codeVerifier', params.codeVerifier);
  requireString('redirectURI', params.redirectURI);
  const { context, authentication } = oauthServerClient(config, flow, params, [code, params.codeVerifier]);
  const fields = { grant_type: 'authorization_code', code, redirect_uri: params.redirectURI, code_verifier: params.codeVerifier, ...authentication.fields };
  const url = await serverEndpoint({ url: flow.tokenURL, openIdConnectURL: flow.openIdConnectURL }, 'token_endpoint', context, 'token URL');
  return signInTokens(await requestToken({ url, what: 'the authorization code', fields, headers: authentication.headers, idempotent: false }, context));
}

/**
 * A client of the OAuth 2 server, for the requests that sign a user in: the settings of a client built with
 * these options, none of the API's credentials, and the OAuth 2 client's id and secret (the params', else
 * their variables) to authenticate with. `secrets` and the secret are masked in log lines and error
 * messages; the id is not a secret, and log lines keep it.
 */
export function oauthServerClient(config: ClientConfig, flow: Pick<SignInFlow, 'clientId' | 'clientSecret'>, params: CoreClientOptions & OAuthClientParams, secrets: readonly string[]): { context: ClientContext; authentication: ClientAuthentication; clientId: string | undefined } {
  const client = clientIdentity(config, flow, params);
  const scrub = createScrubber([...secrets, client.get('clientSecret') ?? '']);
  const context = tokenContext(clientContext(resolveSettings(params, config), config, NO_CREDENTIALS, scrub));
  return { context, authentication: authenticateClient(client.get('clientId'), client.get('clientSecret'), context), clientId: client.get('clientId') };
}

/** The tokens a sign-in ends with, the fields the server left out left out. */
export function signInTokens({ accessToken, refreshToken, expiresIn, scope, idToken }: IssuedToken): SignInTokens {
  return { accessToken, ...(refreshToken === undefined ? {} : { refreshToken }), ...(expiresIn === undefined ? {} : { expiresIn }), ...(scope === undefined ? {} : { scope }), ...(idToken === undefined ? {} : { idToken }) };
}

/** The code of the redirect back (§4.1.2), once its `state` is the one sent; the server's error (§4.1.2.1) thrown instead. */
function codeFromCallback(callbackURL: string | URL, expectedState: string | undefined): string {
  requireString('state', expectedState);
  // A path with its query (`request.url` in Node) is enough: the base only lets `URL` parse it.
  const query = new URL(callbackURL, 'https://callback.invalid').searchParams;
  if (query.get('state') !== expectedState) {
    throw new SDKError(`The callback's state ${JSON.stringify(query.get('state'))} is not the one authorizationURL returned: this redirect was not started here (or another sign-in replaced it), so its code is not used.`);
  }
  const error = query.get('error');
  if (error !== null) {
    const detail = [query.get('error_description'), query.get('error_uri')].filter((part) => part !== null && part !== '').join(' ');
    throw new SDKError(`The authorization server sent the user back with the error ${error}${detail ? `: ${detail}` : ''}`);
  }
  const code = query.get('code');
  if (code === null || code === '') throw new SDKError('The callback URL has no code (and no error): pass the URL the user was sent back to.');
  return code;
}

/** The OAuth 2 client's id and secret, as the sign-in statics take them. */
export interface OAuthClientParams {
  /** The OAuth 2 client's id; defaults to its environment variable. */
  clientId?: string | undefined;
  /** The client's secret, for a confidential client (sent in HTTP basic); a public client has none. Defaults to its environment variable. */
  clientSecret?: string | undefined;
}

/** The client's id and secret: the params', else their environment variables (as the client's options default). */
function clientIdentity(config: ClientConfig, flow: Pick<SignInFlow, 'clientId' | 'clientSecret'>, params: OAuthClientParams): Credentials {
  const spec = (option: string, param: string): CredentialSpec[] => [{ ...(config.credentials.find((c) => c.option === option) ?? { scheme: 'oauth2-client' }), option: param }];
  const { clientId, clientSecret } = params;
  return resolveCredentials({ clientId, clientSecret }, [...spec(flow.clientId, 'clientId'), ...spec(flow.clientSecret, 'clientSecret')]);
}

export function envHint(config: ClientConfig, option: string): string {
  const env = config.credentials.find((c) => c.option === option)?.env;
  return env === undefined ? '' : ` (or set the environment variable ${env})`;
}

export function requireString(name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || value === '') throw new SDKError(`${name} must be a non-empty string, got ${value === '' ? '""' : typeof value}.`);
}

/** `bytes` random bytes, base64url-encoded: a PKCE verifier of 32 is 43 characters, within §4.1's 43 to 128. */
function randomToken(bytes: number): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

export function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
