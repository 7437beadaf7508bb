/** Options every method accepts as its last argument; they override the client's for one call. */
import type { HeadersInput } from './headers.js';
import type { QueryParams } from './url.js';

/** `RequestInit` fields passed through to `fetch` (for example `dispatcher`, `cache`, `keepalive`). */
export type FetchOptions = Omit<RequestInit, 'method' | 'body' | 'headers'> & Record<string, unknown>;

export interface RequestOptions {
  /** Milliseconds to wait for the response headers, and again for the body, on each attempt. */
  timeout?: number | undefined;
  /** How many times to retry a failed attempt (see the method's retry policy). */
  maxRetries?: number | undefined;
  /** Cancels the call at any moment, including between attempts; it then rejects with `APIUserAbortError`. */
  signal?: AbortSignal | null | undefined;
  /** Extra headers; a header set to `null` removes one the client would send. */
  headers?: HeadersInput;
  /** Extra query parameters; one set to `undefined` removes a default. */
  query?: QueryParams | undefined;
  /** Passed to `fetch`, over the client's `fetchOptions`. */
  fetchOptions?: FetchOptions | undefined;
  /**
   * Sent as the `Idempotency-Key` header on every attempt of this call. It tells the server that repeats
   * are the same request, so the client may also retry a non-idempotent operation after a timeout or 5xx.
   */
  idempotencyKey?: string | undefined;
}

/** Every key of `RequestOptions`: the compiler fails here when the interface gains or loses one. */
export const REQUEST_OPTION_KEYS: Readonly<Record<keyof RequestOptions, true>> = { timeout: true, maxRetries: true, signal: true, headers: true, query: true, fetchOptions: true, idempotencyKey: true };

/**
 * Whether a method's `params` argument holds request options instead (`list({ timeout: 5000 })`): an
 * object with at least one key, each a key of `RequestOptions`. The generator gives a method that
 * reading only when none of its parameters is named like one, so the two cannot be taken for each other.
 */
export function isRequestOptions(value: unknown): value is RequestOptions {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => Object.hasOwn(REQUEST_OPTION_KEYS, key));
}
