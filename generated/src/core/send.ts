// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Sending one call: its URL, body, limits and headers computed and checked once, before anything is sent;
 * then attempts, retry decisions, waits between them, and the error at the end.
 */
import { anyAborted, sleep } from './abort.js';
import { runAttempt, type Attempt } from './attempt.js';
import type { CredentialParts } from './credentials.js';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, createStatusError } from './errors.js';
import { checkHeaders, mergeHeaders } from './headers.js';
import type { LevelLogger } from './log.js';
import { followRedirects } from './redirect.js';
import { redactHeaders, scrubError, type SecretScrubber, type SensitiveHeader } from './redact.js';
import type { BuiltRequest, OperationPolicy } from './request.js';
import type { RequestOptions } from './request-options.js';
import { parseErrorBody } from './response.js';
import { refuseRetry } from './retry-policy.js';
import { retryDelayMs } from './retry-delay.js';
import { checkRetries, checkTimeout, type ClientConfig, type ClientSettings } from './settings.js';
import { buildURL, checkRequestURL } from './url.js';

/** What a client hands to every call: its settings and the pieces derived from its credentials. */
export interface ClientContext {
  readonly settings: ClientSettings;
  /** What the credentials add to every request. */
  readonly auth: CredentialParts;
  readonly userAgent: string;
  /** The level-filtered, scrubbing logger. */
  readonly log: LevelLogger;
  readonly scrub: SecretScrubber;
  readonly isSensitive: SensitiveHeader;
  /** Headers that authorize each attempt when the client fetches its credential (an OAuth 2 token). */
  readonly authorize?: Authorize | undefined;
  /** The config's `operationServer`: where an operation with a server of its own goes, its variables filled in. */
  readonly operationServer?: ClientConfig['operationServer'];
}

/**
 * The headers that authorize an attempt, once any wait for them is over; `stale`: those the API refused
 * with a 401, to be replaced by new ones, unless another call has replaced them already.
 */
export type Authorize = (signals: ReadonlyArray<AbortSignal>, stale?: Readonly<Record<string, string>>) => Promise<Readonly<Record<string, string>>>;

/** A successful attempt, its body not read yet; `label` names the call in log lines. */
export interface SuccessfulAttempt {
  readonly response: Response;
  readonly attempt: Attempt;
  readonly label: string;
}

export async function send(context: ClientContext, built: BuiltRequest, options: RequestOptions, policy: OperationPolicy): Promise<SuccessfulAttempt> {
  const { settings, log } = context;
  const timeoutMs = checkTimeout('timeout', options.timeout ?? settings.timeout);
  let maxRetries = checkRetries('maxRetries', options.maxRetries ?? settings.maxRetries);
  const server = built.server && settings.atSpecServer ? (context.operationServer?.(built, settings.serverVariables) ?? built.server) : undefined;
  const url = buildURL(server ?? settings.baseURL, built.path, [context.auth.query, settings.defaultQuery, built.query], options.query);
  const json = built.contentType === undefined;
  const body = built.body === undefined ? undefined : json ? JSON.stringify(built.body) : (built.body as BodyInit);
  // A multipart body carries its boundary in its own type (`encodeMultipart`); `fetch` writes a `FormData`'s.
  const contentType = body === undefined ? undefined : json ? 'application/json' : body instanceof FormData ? undefined : body instanceof Blob && body.type.startsWith('multipart/') ? body.type : built.contentType;
  // The runtime owns the method and body; each attempt adds its headers and signal.
  const init = { ...settings.fetchOptions, ...options.fetchOptions, method: built.method, body } as RequestInit;
  const signals = [settings.fetchOptions?.signal, options.fetchOptions?.signal, options.signal].filter((signal) => signal != null);
  // For log lines only (none below `info`): the request id correlates those of one call across its attempts.
  const label = log.info ? `[req_${Math.random().toString(16).slice(2, 10).padEnd(8, '0')}] ${built.method} ${url}` : '';
  const followed = followRedirects(settings.fetch, context.isSensitive);
  // A signing client (SigV4) signs each attempt as it goes, the first hop only: a redirect's target gets no signature.
  const fetch = context.auth.signing?.(followed) ?? followed;
  // Fetched authorization the API answered 401 to, replaced once per call.
  let refused: Readonly<Record<string, string>> | undefined;
  for (let retryCount = 0; ; retryCount++) {
    if (anyAborted(signals)) throw new APIUserAbortError();
    // No `await` without the hook: a pause per attempt would cost every call.
    const authorization = context.authorize && (await context.authorize(signals, refused));
    const headers = attemptHeaders(context, built, options, retryCount, timeoutMs, contentType, authorization);
    log.debug?.(`${label}: attempt ${retryCount + 1} of at most ${maxRetries + 1}`, { headers: redactHeaders(headers, context.isSensitive), timeoutMs });
    const startedAt = Date.now();
    const attempt = await runAttempt(fetch, url, { ...init, headers }, signals, timeoutMs);
    const { response } = attempt;
    if (!response) refuseUnsendable(attempt, url, headers, context.scrub);
    const outcome = `${label}: ${response ? `status ${response.status}` : attempt.timedOut ? 'timed out' : 'connection failed'} after ${Date.now() - startedAt} ms`;
    if (response) log.debug?.(`${label}: response headers`, { status: response.status, headers: redactHeaders(response.headers, context.isSensitive) });
    if (response?.ok) {
      log.info?.(outcome);
      return { response, attempt, label };
    }
    if (response?.status === 401 && authorization && !refused) {
      // The token may have been revoked or expired early: one more attempt, with a new one, beyond maxRetries.
      log.info?.(`${outcome}; retrying with a new token`);
      refused = authorization;
      maxRetries++;
      attempt.discard();
      continue;
    }
    const refusal = refuseRetry(response, attempt.sent, policy.idempotent || (policy.idempotencyHeader ?? 'idempotency-key') in headers) ?? (retryCount < maxRetries ? undefined : `no retries left (maxRetries: ${maxRetries})`);
    if (refusal !== undefined) {
      log.info?.(`${outcome}; giving up: ${refusal}`);
      throw scrubError(await failureError(attempt), context.scrub);
    }
    const delayMs = Math.round(retryDelayMs(retryCount, response?.headers));
    log.info?.(`${outcome}; retrying in ${delayMs} ms`);
    attempt.discard();
    await sleep(delayMs, signals);
  }
}

/**
 * An attempt's headers, lowest first: the runtime's own (its number, the timeout it announces), credentials
 * (with the fetched `authorization`), client defaults, the body's type, the operation's, the call's; then
 * the cookies. Arguments rather than an object of them, whose names would go into every browser bundle.
 */
function attemptHeaders(
  context: ClientContext,
  built: BuiltRequest,
  options: RequestOptions,
  retryCount: number,
  timeoutMs: number,
  contentType: string | undefined,
  authorization: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  const { settings } = context;
  const headers = mergeHeaders([
    { Accept: 'application/json', 'User-Agent': context.userAgent, 'X-Retry-Count': String(retryCount), 'X-Request-Timeout': String(Math.trunc(timeoutMs / 1000)) },
    context.auth.headers,
    authorization,
    settings.defaultHeaders,
    contentType ? { 'Content-Type': contentType } : undefined,
    built.headers,
    options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : undefined,
    options.headers,
  ]);
  // Credential cookies go with the operation's cookie parameters, not instead of them; one the request
  // names itself, once; none where a layer above the credentials sets `Cookie: null`.
  const cookies = context.auth.cookie?.(headers['cookie'], [settings.defaultHeaders, built.headers, options.headers]);
  if (cookies) headers['cookie'] = cookies;
  return headers;
}

/**
 * `fetch` refuses a URL or a header it cannot send with the TypeError of a network failure: not one to
 * retry, so thrown here as what it is. The URL may carry a credential in its query: masked.
 */
function refuseUnsendable(attempt: Attempt, url: string, headers: Record<string, string>, scrub: SecretScrubber): void {
  if (!(attempt.cause instanceof TypeError)) return;
  try {
    checkRequestURL(url);
    checkHeaders(headers);
  } catch (error) {
    throw scrubError(error as Error, scrub);
  }
}

/** The error a call that gives up rejects with: the status's class, a timeout, or a connection error. */
async function failureError(attempt: Attempt): Promise<Error> {
  const { response } = attempt;
  if (response) return createStatusError(response.status, await parseErrorBody(attempt), response.headers);
  return attempt.timedOut ? new APIConnectionTimeoutError() : new APIConnectionError({ cause: attempt.cause });
}
