/**
 * Signing a user in on a device without a browser, or with no easy way to type (a CLI, a TV): the OAuth 2
 * device authorization grant (RFC 8628), as OpenAPI 3.2's `deviceAuthorization` flow declares it. The app
 * shows a code and a URL; the user approves on another device; meanwhile the app polls the token endpoint.
 * Only the clients of APIs whose spec declares such a flow import this module.
 */
import { sleep } from './abort.js';
import { APIError, SDKError } from './errors.js';
import { postForm, requestToken, type TokenRequest } from './oauth.js';
import { oauthEndpoint } from './oauth-endpoints.js';
import { envHint, oauthServerClient, signInTokens, type OAuthClientParams, type SignInTokens } from './oauth-sign-in.js';
import type { ClientContext } from './send.js';
import type { ClientConfig, CoreClientOptions } from './settings.js';

/** The flow, as the generated client passes it: its URLs as the spec writes them, and the options of the client's id and secret. */
export interface DeviceFlow {
  readonly deviceAuthorizationURL: string;
  readonly tokenURL: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/** What `deviceAuthorization` takes. `Scope`: the spec's scopes, offered first by editors; any other string is accepted. */
export interface DeviceAuthorizationParams<Scope extends string = string> extends CoreClientOptions, OAuthClientParams {
  /** The scopes to ask the user for; unset, the server grants its default. */
  scopes?: readonly Scope[] | undefined;
}

/** What to show the user, and the wait for their answer. */
export interface DeviceAuthorization {
  /** The code the user enters at `verificationURI`. */
  readonly userCode: string;
  readonly verificationURI: string;
  /** The same URL with the code in it, when the server gives one (for a QR code): the user need not type it. */
  readonly verificationURIComplete?: string | undefined;
  /** Seconds the codes live. */
  readonly expiresIn: number;
  /**
   * Asks the token endpoint every `interval` seconds (the server's, default 5, 5 more at each `slow_down`)
   * until the user approves, and resolves with their tokens; rejects when they deny it, when the code
   * expires, or when `signal` aborts.
   */
  tokens(options?: { signal?: AbortSignal | undefined }): Promise<SignInTokens>;
}

/** RFC 8628 §3.5: the answers that mean "not yet". */
const PENDING = 'authorization_pending';
const SLOW_DOWN = 'slow_down';
const DEFAULT_INTERVAL_S = 5;

/** Step one (§3.1): the device and user codes, for the client's id and the scopes asked for. */
export async function deviceAuthorization(config: ClientConfig, flow: DeviceFlow, params: DeviceAuthorizationParams = {}): Promise<DeviceAuthorization> {
  const { context, authentication, clientId } = oauthServerClient(config, flow, params, []);
  if (clientId === undefined) throw new SDKError(`${config.clientName}.deviceAuthorization: no client id; pass clientId${envHint(config, flow.clientId)}.`);
  // A public client names itself; a confidential one authenticates as it does at the token endpoint.
  const scope: Record<string, string> = params.scopes && params.scopes.length > 0 ? { scope: params.scopes.join(' ') } : {};
  const url = oauthEndpoint(flow.deviceAuthorizationURL, context.settings.baseURL, 'device authorization URL');
  // Asking for codes changes nothing the user has agreed to: safe to retry like a GET.
  const body = await postForm({ url, endpoint: 'device authorization endpoint', what: 'the client', fields: { ...authentication.fields, ...scope }, headers: authentication.headers, idempotent: true }, context);
  const codes = readCodes(body, url);
  context.scrub.learn(codes.deviceCode);
  const poll: TokenPoll = {
    request: { url: oauthEndpoint(flow.tokenURL, context.settings.baseURL), what: 'the device code', fields: { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: codes.deviceCode, ...authentication.fields }, headers: authentication.headers, idempotent: true },
    context,
    expiresAt: Date.now() + codes.expiresIn * 1000,
  };
  const tokens = ({ signal }: { signal?: AbortSignal | undefined } = {}) => pollForTokens(poll, codes, signal);
  const { userCode, verificationURI, verificationURIComplete, expiresIn } = codes;
  return { userCode, verificationURI, ...(verificationURIComplete === undefined ? {} : { verificationURIComplete }), expiresIn, tokens };
}

/** What each poll of the token endpoint sends, through which client, and until when. */
interface TokenPoll {
  readonly request: TokenRequest;
  readonly context: ClientContext;
  readonly expiresAt: number;
}

/**
 * Step two (§3.4, §3.5): the token endpoint asked every `interval` seconds, 5 more after each `slow_down`,
 * while it answers `authorization_pending`; any other refusal ends the wait, and so does the codes' expiry.
 */
async function pollForTokens(poll: TokenPoll, codes: { interval: number; expiresIn: number }, signal: AbortSignal | undefined): Promise<SignInTokens> {
  const signals = signal ? [signal] : [];
  for (let interval = codes.interval; ; ) {
    await sleep(interval * 1000, signals);
    if (Date.now() >= poll.expiresAt) throw new SDKError(`The device code expired after ${codes.expiresIn} s before the user approved: call deviceAuthorization again.`);
    try {
      // Retried after an ambiguous failure (`idempotent`): before the user approves, a lost answer was
      // "pending" and the wait goes on; after, the server refuses the spent code, which ends it as the lost tokens would have.
      return signInTokens(await requestToken(poll.request, poll.context, { signal }));
    } catch (error) {
      const answer = errorCode(error);
      if (answer === SLOW_DOWN) interval += 5;
      else if (answer !== PENDING) throw error;
    }
  }
}

/** The device authorization response's fields (§3.2). */
function readCodes(body: unknown, url: string) {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const text = (name: string): string => {
    const value = fields[name];
    if (typeof value !== 'string' || value === '') throw new SDKError(`The device authorization endpoint ${url} answered without a ${name}.`);
    return value;
  };
  const seconds = (name: string, fallback: number): number => {
    const value = Number(fields[name]);
    return fields[name] != null && Number.isFinite(value) && value > 0 ? value : fallback;
  };
  const complete = fields['verification_uri_complete'];
  return {
    deviceCode: text('device_code'),
    userCode: text('user_code'),
    verificationURI: text('verification_uri'),
    verificationURIComplete: typeof complete === 'string' && complete !== '' ? complete : undefined,
    expiresIn: seconds('expires_in', 1800),
    interval: seconds('interval', DEFAULT_INTERVAL_S),
  };
}

/** The OAuth 2 error code of a token endpoint's 400 (§5.2), if that is what `error` is. */
function errorCode(error: unknown): string | undefined {
  if (!(error instanceof APIError) || error.status !== 400) return undefined;
  const body = error.error as { error?: unknown } | null;
  return typeof body?.error === 'string' ? body.error : undefined;
}
