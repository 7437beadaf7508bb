// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Whether a failed attempt is tried again. The official SDK's rule (connection errors, timeouts, 408, 409,
 * 429, 5xx; `x-should-retry` overrides) is kept for operations that are safe to repeat. An operation that
 * is not (a POST that kicks participants or creates a poll) is not re-sent after a failure that may have
 * happened after the server did the work, unless the call carries an idempotency key.
 */
import type { OperationPolicy } from './request.js';
import { DEFAULT_MAX_RETRIES } from './settings.js';

/**
 * Definite answers, not ambiguous failures: 408 and 429 say the request was not processed, and 409 that it
 * conflicted with the resource's state (a lock, a concurrent change), so the official policy's retry holds
 * for every operation. Only a timeout, a connection lost after sending and a 5xx are ambiguous.
 */
const DEFINITE_RETRYABLE = [408, 409, 429];

const MAY_HAVE_PROCESSED = 'the server may have processed the request';

/**
 * Why a failed attempt must not be tried again, for the log line; `undefined` when it may be.
 * `response`: the error response, absent when none came (a timeout, a connection failure). `sent`: false
 * only when it is certain the request never reached the server. `safeToRepeat`: the operation is
 * idempotent or the call carries an idempotency key.
 */
export function refuseRetry(response: Response | undefined, sent: boolean, safeToRepeat: boolean): string | undefined {
  if (!response) return sent && !safeToRepeat ? MAY_HAVE_PROCESSED : undefined;
  const { status, headers } = response;
  const serverSays = headers.get('x-should-retry');
  if (serverSays === 'true' || serverSays === 'false') return serverSays === 'true' ? undefined : 'x-should-retry: false';
  if (DEFINITE_RETRYABLE.includes(status)) return undefined;
  if (status < 500) return `status ${status} is final`;
  // A 503 with Retry-After says the server is down for a while, so it did not process the request.
  return safeToRepeat || (status === 503 && (headers.has('retry-after') || headers.has('retry-after-ms'))) ? undefined : MAY_HAVE_PROCESSED;
}

/**
 * The retry behaviour of an operation in one sentence, for its JSDoc and the README. It contains no `*` or
 * `/` pair, so it can be placed in a comment as is.
 */
export function describeRetryPolicy(policy: OperationPolicy, maxRetries = DEFAULT_MAX_RETRIES): string {
  const times = maxRetries === 0 ? 'when `maxRetries` asks for it: not by default' : `${maxRetries} ${maxRetries === 1 ? 'time' : 'times'} by default, see \`maxRetries\``;
  if (!policy.idempotent && policy.idempotencyHeader) {
    return `Retries: each call carries an \`${policy.idempotencyHeader}\` header, made by the client unless given and the same on every attempt, so it is retried (${times}) after connection errors, timeouts, 408, 409, 429 and 5xx responses.`;
  }
  if (policy.idempotent) {
    return `Retries: safe to repeat, so it is retried (${times}) after connection errors, timeouts, 408, 409, 429 and 5xx responses, waiting as the server asks (at most 60 s) or backing off exponentially.`;
  }
  return `Retries: not idempotent, so after an ambiguous failure (a timeout, a connection lost after sending, a 5xx) it is retried only when the call carries an \`idempotencyKey\`; a connection refused before sending, 408, 409, 429 and 503 with \`Retry-After\` are retried (${times}).`;
}
