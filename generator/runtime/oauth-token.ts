/**
 * Tokens the client fetches for itself (OAuth 2): held between calls, shared by a client and the clients
 * derived from it, fetched once however many calls wait for them, and read from the token endpoint's answer.
 */
import { forwardAbort } from './abort.js';
import type { Fetch } from './attempt.js';
import { APIUserAbortError, SDKError } from './errors.js';
import type { Authorize, ClientContext } from './send.js';

/** A token fetched, the headers that send it, and when to stop using it (a timestamp in milliseconds). */
export interface HeldToken {
  readonly token: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly renewAt: number;
}

/**
 * Where a token lives between calls: the one held, the request for a new one while it is on its way, and
 * the refresh token the next one is asked with (the server may hand out a new one with each token).
 */
export interface TokenHolder {
  held?: HeldToken;
  fetching?: Promise<HeldToken> | undefined;
  refreshToken?: string;
}

/** Renew a token a minute before it expires, or at half its life when it lives less than two minutes. */
const RENEWAL_MARGIN_MS = 60_000;

/** The token sent as a bearer in `header`, due for renewal shortly before its lifetime is over. */
export function holdToken(token: string, header: string, lifetimeMs: number): HeldToken {
  return { token, headers: { [header]: `Bearer ${token}` }, renewAt: Date.now() + lifetimeMs - Math.min(RENEWAL_MARGIN_MS, lifetimeMs / 2) };
}

/**
 * The `authorize` hook over a holder: the held token while it is fresh and not the one refused (`stale`),
 * else the token being fetched, or a new request for one. Each client masks the token in its own logs and
 * errors, whichever client fetched it.
 */
export function sharedToken(holder: TokenHolder, fetchToken: () => Promise<HeldToken>, context: ClientContext): Authorize {
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

/**
 * Holders by the client's `fetch`, then by what a token depends on (token URL, base URL, client, scopes,
 * refresh token). A client built without a `fetch` gets a function of its own, which `withOptions` passes
 * on: clients built apart do not share tokens, a client and the ones derived from it do.
 */
const holders = new WeakMap<Fetch, Map<string, TokenHolder>>();

export function holderFor(fetch: Fetch, key: readonly string[]): TokenHolder {
  let byKey = holders.get(fetch);
  if (!byKey) holders.set(fetch, (byKey = new Map()));
  const joined = key.join('\n');
  let holder = byKey.get(joined);
  if (!holder) byKey.set(joined, (holder = {}));
  return holder;
}

/** What a token response (RFC 6749 §5.1) gives: a bearer access token, its lifetime, and maybe a refresh token. */
export interface IssuedToken {
  readonly accessToken: string;
  readonly lifetimeMs: number;
  readonly expiresIn?: number | undefined;
  readonly refreshToken?: string | undefined;
  /** The scopes granted (`scope`), when the server names them: it must when they differ from those asked for (RFC 6749 §5.1). */
  readonly scope?: string | undefined;
  /** An OpenID Connect ID token (`id_token`), when the server signed the user in with one. */
  readonly idToken?: string | undefined;
}

/** The token response's fields: `access_token`, bearer `token_type`, `expires_in`, and `refresh_token`, `scope` and `id_token` when given. */
export function readToken(body: unknown, url: string): IssuedToken {
  const fields = (typeof body === 'string' ? textFields(body) : typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { access_token: accessToken, token_type: type, expires_in: expiresIn, refresh_token: refreshToken, scope, id_token: idToken } = fields;
  if (typeof accessToken !== 'string' || accessToken === '') throw new SDKError(`The token endpoint ${url} answered without an access_token.`);
  if (typeof type === 'string' && type.toLowerCase() !== 'bearer') throw new SDKError(`The token endpoint ${url} gave a token of type ${JSON.stringify(type)}; only bearer tokens can be sent.`);
  const seconds = Number(expiresIn);
  const lives = expiresIn != null && Number.isFinite(seconds) && seconds > 0;
  return {
    accessToken,
    // Without a lifetime, the token serves until the API refuses it.
    lifetimeMs: lives ? seconds * 1000 : Number.POSITIVE_INFINITY,
    ...(lives ? { expiresIn: seconds } : {}),
    ...(typeof refreshToken === 'string' && refreshToken !== '' ? { refreshToken } : {}),
    ...(typeof scope === 'string' ? { scope } : {}),
    ...(typeof idToken === 'string' && idToken !== '' ? { idToken } : {}),
  };
}

/**
 * A token response that is not labelled JSON: JSON all the same (a server that says `text/plain`), or the
 * form encoding some endpoints answer in (GitHub's, unless asked for JSON).
 */
function textFields(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    // No prototype: a field named `__proto__` stays a field.
    const fields: Record<string, string> = Object.create(null);
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
