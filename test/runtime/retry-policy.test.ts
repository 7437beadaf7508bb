/** The retry decision for each kind of failure, for operations that are and are not safe to repeat. */
import { describe, expect, it } from 'vitest';
import { describeRetryPolicy } from '../../generator/runtime/index.js';
import { refuseRetry } from '../../generator/runtime/retry-policy.js';

/** A failed attempt: an error response, or no response and whether the request certainly never left. */
type Failure = { response: Response } | { response?: undefined; sent: boolean };
const status = (code: number, init: Record<string, string> = {}): Failure => ({ response: new Response(null, { status: code, headers: init }) });
const retried = (failure: Failure, safeToRepeat: boolean) => refuseRetry(failure.response, 'sent' in failure ? failure.sent : true, safeToRepeat) === undefined;

describe('refuseRetry', () => {
  it.each([
    // failure, safe to repeat (idempotent, or carrying an idempotency key), not safe to repeat
    ['timeout or connection lost after sending', { sent: true }, true, false],
    ['connection refused, or a connect timeout (not sent)', { sent: false }, true, true],
    ['400', status(400), false, false],
    ['401', status(401), false, false],
    ['404', status(404), false, false],
    ['408', status(408), true, true],
    ['409', status(409), true, true],
    ['422', status(422), false, false],
    ['429', status(429), true, true],
    ['500', status(500), true, false],
    ['502', status(502), true, false],
    ['503', status(503), true, false],
    ['503 with Retry-After', status(503, { 'retry-after': '1' }), true, true],
    ['503 with retry-after-ms', status(503, { 'retry-after-ms': '100' }), true, true],
    ['504', status(504), true, false],
    ['500 with x-should-retry: false', status(500, { 'x-should-retry': 'false' }), false, false],
    ['429 with x-should-retry: false', status(429, { 'x-should-retry': 'false' }), false, false],
    ['400 with x-should-retry: true', status(400, { 'x-should-retry': 'true' }), true, true],
    ['500 with x-should-retry: true', status(500, { 'x-should-retry': 'true' }), true, true],
    ['500 with x-should-retry: maybe', status(500, { 'x-should-retry': 'maybe' }), true, false],
  ] as const)('%s', (_name, failure, safe, unsafe) => {
    expect(retried(failure, true)).toBe(safe);
    expect(retried(failure, false)).toBe(unsafe);
  });

  it('gives a reason for the log line', () => {
    expect(refuseRetry(status(500).response, true, false)).toBe('the server may have processed the request');
    expect(refuseRetry(undefined, true, false)).toBe('the server may have processed the request');
    expect(refuseRetry(status(404).response, true, true)).toBe('status 404 is final');
    expect(refuseRetry(status(500, { 'x-should-retry': 'false' }).response, true, true)).toBe('x-should-retry: false');
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
