/** The retry policy of an operation in one sentence, for its JSDoc and the README. */
export function describeRetryPolicy(policy: { readonly idempotent: boolean }): string {
  return policy.idempotent
    ? 'Retries: idempotent, so it is retried after connection errors, timeouts, 408, 409, 429 and 5xx responses.'
    : 'Retries: not idempotent, so after an ambiguous failure (a timeout, a connection lost after sending, a 5xx) it is retried only when the call carries an `idempotencyKey`; 408, 429 and 503 with `Retry-After` are retried.';
}
