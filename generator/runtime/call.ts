/**
 * Preparing one call: everything that stays the same across its attempts (URL, body, headers but the
 * retry count, limits, retry context), computed and validated once, before anything is sent.
 */
import { mergeHeaders, type HeaderRecord, type HeadersInput } from './headers.js';
import type { LevelLogger } from './log.js';
import type { Scrubber } from './redact.js';
import type { BuiltRequest, HttpMethod, OperationPolicy } from './request.js';
import type { FetchOptions, RequestOptions } from './request-options.js';
import type { RetryContext } from './retry-policy.js';
import { checkRetries, checkTimeout, type ClientSettings } from './settings.js';
import { buildURL } from './url.js';

/** What a client hands to every call: its settings and the pieces derived from its credentials. */
export interface ClientContext {
  readonly settings: ClientSettings;
  readonly authHeaders: Readonly<Record<string, string>>;
  readonly userAgent: string;
  /** The level-filtered, scrubbing logger. */
  readonly log: LevelLogger;
  readonly scrub: Scrubber;
  readonly sensitiveHeaders: ReadonlySet<string>;
}

export interface PreparedCall {
  /** Correlates the log lines of one call across its attempts; not sent to the server. */
  readonly requestId: string;
  readonly method: HttpMethod;
  readonly url: string;
  readonly body: string | undefined;
  /** Passed through to `fetch`, under the runtime's own fields. */
  readonly fetchOptions: FetchOptions;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly retry: RetryContext;
  readonly signals: ReadonlyArray<AbortSignal>;
  /** The headers of one attempt; they differ only in `X-Retry-Count`. */
  headersFor(retryCount: number): HeaderRecord;
}

export function prepareCall(context: ClientContext, built: BuiltRequest, options: RequestOptions, policy: OperationPolicy): PreparedCall {
  const { settings } = context;
  const timeoutMs = checkTimeout('timeout', options.timeout ?? settings.timeout);
  const body = built.body === undefined ? undefined : JSON.stringify(built.body);
  const merge = (retryCount: number) => mergeHeaders(headerLayers(context, built, options, retryCount, timeoutMs, body !== undefined));
  const firstHeaders = merge(0);
  let requestId: string | undefined;
  return {
    // Only log lines use it: made on first use, so a call with logging off does not pay for it.
    get requestId() {
      return (requestId ??= newRequestId());
    },
    method: built.method,
    url: buildURL(settings.baseURL, built.path, [settings.defaultQuery, built.query, options.query]),
    body,
    fetchOptions: passThroughFetchOptions(settings.fetchOptions, options.fetchOptions),
    timeoutMs,
    maxRetries: checkRetries('maxRetries', options.maxRetries ?? settings.maxRetries),
    retry: { idempotent: policy.idempotent, hasIdempotencyKey: 'idempotency-key' in firstHeaders },
    signals: [settings.fetchOptions?.signal, options.fetchOptions?.signal, options.signal].filter((signal) => signal != null),
    headersFor: (retryCount) => (retryCount === 0 ? firstHeaders : merge(retryCount)),
  };
}

/** Lowest first: the runtime's own headers, credentials, client defaults, the operation's, the call's. */
function headerLayers(context: ClientContext, built: BuiltRequest, options: RequestOptions, retryCount: number, timeoutMs: number, hasBody: boolean): HeadersInput[] {
  return [
    {
      Accept: 'application/json',
      'User-Agent': context.userAgent,
      'X-Retry-Count': String(retryCount),
      'X-Request-Timeout': String(Math.trunc(timeoutMs / 1000)),
    },
    context.authHeaders,
    context.settings.defaultHeaders,
    hasBody ? { 'Content-Type': 'application/json' } : undefined,
    built.headers,
    options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : undefined,
    options.headers,
  ];
}

const NO_FETCH_OPTIONS: FetchOptions = Object.freeze({});

/**
 * The client's and the call's `fetchOptions`, without the `body` the runtime owns (each attempt sets the
 * method, headers and signal after them). Usually none: one shared empty object, the cheapest to spread.
 */
function passThroughFetchOptions(client: FetchOptions | undefined, call: FetchOptions | undefined): FetchOptions {
  if (!client && !call) return NO_FETCH_OPTIONS;
  const { body: _runtimeOwned, ...passed } = { ...client, ...call };
  return passed;
}

function newRequestId(): string {
  return `req_${Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0')}`;
}
