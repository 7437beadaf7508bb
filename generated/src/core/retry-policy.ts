// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Whether a failed attempt is tried again. The official SDK's rule (connection errors, timeouts, 408, 409,
 * 429, 5xx; `x-should-retry` overrides) is kept for operations that are safe to repeat. An operation that
 * is not (a POST that kicks participants or creates a poll) is not re-sent after a failure that may have
 * happened after the server did the work, unless the call carries an idempotency key.
 */
import type { OperationPolicy } from './request.js';

/** What went wrong with one attempt. */
export type AttemptFailure =
  | { readonly kind: 'status'; readonly status: number; readonly headers: Headers }
  /**
   * No response: the attempt timed out, or the connection failed. `sent` is false only when it is certain
   * the request was never written (connection refused, DNS failure, connect timeout); otherwise the
   * server may have received and processed it.
   */
  | { readonly kind: 'timeout' | 'connection'; readonly sent: boolean };

export interface RetryDecision {
  readonly retry: boolean;
  /** Why, for the log line. */
  readonly reason: string;
}

export interface RetryContext extends OperationPolicy {
  readonly hasIdempotencyKey: boolean;
}

/**
 * Definite answers, not ambiguous failures: 408 and 429 say the request was not processed, and 409 that it
 * conflicted with the resource's state (a lock, a concurrent change), so the official policy's retry holds
 * for every operation. Only a timeout, a connection lost after sending and a 5xx are ambiguous.
 */
const DEFINITE_RETRYABLE = [408, 409, 429];

export function decideRetry(failure: AttemptFailure, context: RetryContext): RetryDecision {
  const safeToRepeat = context.idempotent || context.hasIdempotencyKey;
  if (failure.kind !== 'status') {
    const what = failure.kind === 'timeout' ? 'timed out' : 'connection failed';
    if (!failure.sent) return { retry: true, reason: `${what} before the request was sent` };
    return { retry: safeToRepeat, reason: safeToRepeat ? what : `${what}, and the server may have processed the request` };
  }
  const { status, headers } = failure;
  const serverSays = headers.get('x-should-retry');
  if (serverSays === 'true' || serverSays === 'false') return { retry: serverSays === 'true', reason: `x-should-retry: ${serverSays}` };
  const definite = DEFINITE_RETRYABLE.includes(status);
  if (!definite && status < 500) return { retry: false, reason: `status ${status} is final` };
  // A 503 with Retry-After says the server is down for a while, so it did not process the request.
  const retry = safeToRepeat || definite || (status === 503 && (headers.has('retry-after') || headers.has('retry-after-ms')));
  return { retry, reason: retry ? `status ${status}` : `status ${status}, and the server may have processed it` };
}

/**
 * The retry behaviour of an operation in one sentence, for its JSDoc and the README. It contains no `*` or
 * `/` pair, so it can be placed in a comment as is.
 */
export function describeRetryPolicy(policy: OperationPolicy): string {
  if (policy.idempotent) {
    return 'Retries: safe to repeat, so it is retried (2 times by default, see `maxRetries`) after connection errors, timeouts, 408, 409, 429 and 5xx responses, waiting as the server asks (at most 60 s) or backing off exponentially.';
  }
  return 'Retries: not idempotent, so after an ambiguous failure (a timeout, a connection lost after sending, a 5xx) it is retried only when the call carries an `idempotencyKey`; a connection refused before sending, 408, 409, 429 and 503 with `Retry-After` are retried (2 times by default, see `maxRetries`).';
}
