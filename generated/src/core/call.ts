// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Preparing one call: everything that stays the same across its attempts (URL, body, headers but the
 * retry count, limits, retry context), computed and validated once, before anything is sent.
 */
import { mergeHeaders, type HeaderRecord, type HeadersInput } from './headers.js';
import type { Logger } from './log.js';
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
  readonly log: Logger;
  /** Which levels are on, so lines nobody will see are not built. */
  readonly logs: { readonly info: boolean; readonly debug: boolean };
  readonly scrub: Scrubber;
  readonly sensitiveHeaders: ReadonlySet<string>;
}

export interface PreparedCall {
  /** Correlates the log lines of one call across its attempts; not sent to the server. */
  readonly requestId: string;
  readonly method: HttpMethod;
  readonly url: string;
  readonly body: string | undefined;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly retry: RetryContext;
  readonly signals: ReadonlyArray<AbortSignal>;
  readonly fetchOptions: FetchOptions;
  /** The headers of one attempt; they differ only in `X-Retry-Count`. */
  headersFor(retryCount: number): HeaderRecord;
}

export function prepareCall(context: ClientContext, built: BuiltRequest, options: RequestOptions, policy: OperationPolicy): PreparedCall {
  const { settings } = context;
  const timeoutMs = checkTimeout('timeout', options.timeout ?? settings.timeout);
  const body = built.body === undefined ? undefined : JSON.stringify(built.body);
  const merge = (retryCount: number) => mergeHeaders(headerLayers(context, built, options, { retryCount, timeoutMs, hasBody: body !== undefined }));
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
    timeoutMs,
    maxRetries: checkRetries('maxRetries', options.maxRetries ?? settings.maxRetries),
    retry: { idempotent: policy.idempotent, hasIdempotencyKey: 'idempotency-key' in firstHeaders },
    signals: signalsOf(settings.fetchOptions, options),
    fetchOptions: passThroughFetchOptions(settings.fetchOptions, options.fetchOptions),
    headersFor: (retryCount) => (retryCount === 0 ? firstHeaders : merge(retryCount)),
  };
}

interface AttemptFacts {
  readonly retryCount: number;
  readonly timeoutMs: number;
  readonly hasBody: boolean;
}

/** Lowest first: the runtime's own headers, credentials, client defaults, the operation's, the call's. */
function headerLayers(context: ClientContext, built: BuiltRequest, options: RequestOptions, facts: AttemptFacts): HeadersInput[] {
  return [
    {
      Accept: 'application/json',
      'User-Agent': context.userAgent,
      'X-Retry-Count': String(facts.retryCount),
      'X-Request-Timeout': String(Math.trunc(facts.timeoutMs / 1000)),
    },
    context.authHeaders,
    context.settings.defaultHeaders,
    facts.hasBody ? { 'Content-Type': 'application/json' } : undefined,
    built.headers,
    options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : undefined,
    options.headers,
  ];
}

const NO_SIGNALS: ReadonlyArray<AbortSignal> = Object.freeze([]);
const NO_FETCH_OPTIONS: FetchOptions = Object.freeze({});

function signalsOf(clientFetchOptions: FetchOptions | undefined, options: RequestOptions): ReadonlyArray<AbortSignal> {
  const candidates = [clientFetchOptions?.signal, options.fetchOptions?.signal, options.signal];
  const signals = candidates.filter((signal): signal is AbortSignal => signal !== null && signal !== undefined);
  return signals.length === 0 ? NO_SIGNALS : signals;
}

/** The client's and the call's `fetchOptions`, minus what the runtime owns (method, body, headers, signal). */
function passThroughFetchOptions(client: FetchOptions | undefined, call: FetchOptions | undefined): FetchOptions {
  if (client === undefined && call === undefined) return NO_FETCH_OPTIONS;
  const merged: Record<string, unknown> = {};
  for (const source of [client, call]) {
    if (!source) continue;
    for (const key of Object.keys(source)) if (!RUNTIME_OWNED.has(key)) merged[key] = source[key];
  }
  return merged as FetchOptions;
}

const RUNTIME_OWNED: ReadonlySet<string> = new Set(['method', 'body', 'headers', 'signal']);

function newRequestId(): string {
  return `req_${Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0')}`;
}
