/** The retry decision for each kind of failure, for operations that are and are not safe to repeat. */
import { describe, expect, it } from 'vitest';
import { describeRetryPolicy } from '../../generator/runtime/index.js';
import { decideRetry, type AttemptFailure } from '../../generator/runtime/retry-policy.js';

const status = (code: number, init: Record<string, string> = {}): AttemptFailure => ({ kind: 'status', status: code, headers: new Headers(init) });
const IDEMPOTENT = { idempotent: true, hasIdempotencyKey: false };
const UNSAFE = { idempotent: false, hasIdempotencyKey: false };
const KEYED = { idempotent: false, hasIdempotencyKey: true };

describe('decideRetry', () => {
  it.each([
    // failure, idempotent, non-idempotent without key, non-idempotent with key
    ['timeout', { kind: 'timeout', sent: true }, true, false, true],
    ['connect timeout (not sent)', { kind: 'timeout', sent: false }, true, true, true],
    ['connection lost after sending', { kind: 'connection', sent: true }, true, false, true],
    ['connection refused (not sent)', { kind: 'connection', sent: false }, true, true, true],
    ['400', status(400), false, false, false],
    ['401', status(401), false, false, false],
    ['404', status(404), false, false, false],
    ['408', status(408), true, true, true],
    ['409', status(409), true, true, true],
    ['422', status(422), false, false, false],
    ['429', status(429), true, true, true],
    ['500', status(500), true, false, true],
    ['502', status(502), true, false, true],
    ['503', status(503), true, false, true],
    ['503 with Retry-After', status(503, { 'retry-after': '1' }), true, true, true],
    ['503 with retry-after-ms', status(503, { 'retry-after-ms': '100' }), true, true, true],
    ['504', status(504), true, false, true],
    ['500 with x-should-retry: false', status(500, { 'x-should-retry': 'false' }), false, false, false],
    ['429 with x-should-retry: false', status(429, { 'x-should-retry': 'false' }), false, false, false],
    ['400 with x-should-retry: true', status(400, { 'x-should-retry': 'true' }), true, true, true],
    ['500 with x-should-retry: true', status(500, { 'x-should-retry': 'true' }), true, true, true],
    ['500 with x-should-retry: maybe', status(500, { 'x-should-retry': 'maybe' }), true, false, true],
  ] as const)('%s', (_name, failure, idempotent, unsafe, keyed) => {
    expect(decideRetry(failure as AttemptFailure, IDEMPOTENT).retry).toBe(idempotent);
    expect(decideRetry(failure as AttemptFailure, UNSAFE).retry).toBe(unsafe);
    expect(decideRetry(failure as AttemptFailure, KEYED).retry).toBe(keyed);
  });

  it('gives a reason for the log line', () => {
    expect(decideRetry(status(500), UNSAFE).reason).toBe('status 500, and the server may have processed it');
    expect(decideRetry({ kind: 'timeout', sent: true }, UNSAFE).reason).toBe('timed out, and the server may have processed the request');
  });
});

describe('describeRetryPolicy', () => {
  it.each([true, false])('describes idempotent: %s in one sentence that fits in a JSDoc comment', (idempotent) => {
    const sentence = describeRetryPolicy({ idempotent });
    expect(sentence).toMatch(/^Retries: [^\n]+\.$/);
    expect(sentence).not.toContain('*/');
    expect(sentence.split('. ').length).toBe(1);
  });

  it('tells the two policies apart', () => {
    expect(describeRetryPolicy({ idempotent: true })).toContain('after connection errors, timeouts, 408, 409, 429 and 5xx');
    expect(describeRetryPolicy({ idempotent: false })).toContain('retried only when the call carries an `idempotencyKey`');
  });
});
