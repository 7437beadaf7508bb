/** Retries against a real loopback server: which failures are retried, how often, and how long apart. */
import { describe, expect, it, vi } from 'vitest';
import { APIConnectionError, APIConnectionTimeoutError, InternalServerError, RateLimitError, SDKError } from '../../generator/runtime/index.js';
import { captureLogs } from './helpers/logs.js';
import { cloudflareError, refusingAddress, type Step } from './helpers/server.js';
import { serverPerTest } from './helpers/per-test.js';
import { ACCOUNT, APP, TestClient, TOKEN } from './helpers/test-client.js';
import type { TestClientOptions } from './helpers/test-client.js';

const servers = serverPerTest();

const clientFor = (steps: Step[], options?: TestClientOptions): Promise<TestClient> => servers.client(steps, options);

const getSession = (client: TestClient, options = {}) => client.activeSession.getActiveSession(APP, 'meeting-1', { account_id: ACCOUNT }, options);
const createPoll = (client: TestClient, options = {}) =>
  client.activeSession.createPoll(APP, 'meeting-1', { account_id: ACCOUNT, question: 'Q?', options: ['a', 'b'] }, options);

const OK: Step = { status: 200, body: { success: true, data: { id: 's1' } } };
const FAST = { 'retry-after-ms': '5' };

describe('retries of an idempotent GET', () => {
  it('retries a 500 after the default backoff (0.5 s minus up to 25 % jitter), then succeeds', async () => {
    const client = await clientFor([{ status: 500, body: cloudflareError(10000, 'boom') }, OK]);
    await expect(getSession(client)).resolves.toEqual({ success: true, data: { id: 's1' } });
    expect(servers.current.connections()).toBe(2);
    const waited = servers.current.attemptTimes[1]! - servers.current.attemptTimes[0]!;
    expect(waited).toBeGreaterThanOrEqual(370);
    expect(waited).toBeLessThan(700);
  });

  it.each([408, 409, 429, 500, 502, 503, 504])('retries status %i', async (status) => {
    const client = await clientFor([{ status, headers: FAST }, OK]);
    await getSession(client);
    expect(servers.current.connections()).toBe(2);
  });

  it.each([400, 401, 403, 404, 422])('does not retry status %i', async (status) => {
    const client = await clientFor([{ status, headers: FAST }, OK]);
    await expect(getSession(client)).rejects.toMatchObject({ status });
    expect(servers.current.connections()).toBe(1);
  });

  it('gives up after maxRetries (default 2: three attempts) with the last error', async () => {
    const client = await clientFor([{ status: 503, headers: FAST, body: cloudflareError(7000, 'down') }]);
    const error = await getSession(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 503, errors: [{ code: 7000, message: 'down' }] });
    expect(servers.current.connections()).toBe(3);
  });

  it('takes maxRetries from the request over the client', async () => {
    const client = await clientFor([{ status: 500, headers: FAST }], { maxRetries: 4 });
    await expect(getSession(client, { maxRetries: 0 })).rejects.toBeInstanceOf(InternalServerError);
    expect(servers.current.connections()).toBe(1);
    await servers.current.close();
    const client2 = await clientFor([{ status: 500, headers: FAST }], { maxRetries: 4 });
    await expect(getSession(client2)).rejects.toBeInstanceOf(InternalServerError);
    expect(servers.current.connections()).toBe(5);
  });

  it('obeys x-should-retry: false on a 500 and x-should-retry: true on a 400', async () => {
    const client = await clientFor([{ status: 500, headers: { 'x-should-retry': 'false' } }, OK]);
    await expect(getSession(client)).rejects.toBeInstanceOf(InternalServerError);
    expect(servers.current.connections()).toBe(1);
    await servers.current.close();
    const client2 = await clientFor([{ status: 400, headers: { 'x-should-retry': 'true', ...FAST } }, OK]);
    await expect(getSession(client2)).resolves.toBeTruthy();
    expect(servers.current.connections()).toBe(2);
  });

  it('waits as long as Retry-After says, in seconds', async () => {
    const client = await clientFor([{ status: 429, headers: { 'retry-after': '1' }, body: cloudflareError(971, 'slow down') }, OK]);
    await getSession(client);
    const waited = servers.current.attemptTimes[1]! - servers.current.attemptTimes[0]!;
    expect(waited).toBeGreaterThanOrEqual(980);
    expect(waited).toBeLessThan(1400);
  });

  it('prefers retry-after-ms over Retry-After', async () => {
    const client = await clientFor([{ status: 429, headers: { 'retry-after-ms': '30', 'retry-after': '30' } }, OK]);
    await getSession(client);
    const waited = servers.current.attemptTimes[1]! - servers.current.attemptTimes[0]!;
    expect(waited).toBeGreaterThanOrEqual(25);
    expect(waited).toBeLessThan(400);
  });

  it('caps an absurd Retry-After at 60 s (the wait is logged, then cancelled)', async () => {
    const logs = captureLogs();
    const client = await clientFor([{ status: 503, headers: { 'retry-after': '86400' } }, OK], { logger: logs.logger, logLevel: 'info' });
    const controller = new AbortController();
    const call = getSession(client, { signal: controller.signal });
    await vi.waitFor(() => expect(logs.text()).toMatch(/retrying in \d+ ms/));
    controller.abort();
    await expect(call).rejects.toThrow('Request was aborted.');
    expect(logs.text()).toContain('retrying in 60000 ms');
  });

  it('retries a connection reset after the request was read', async () => {
    const client = await clientFor([{ action: 'reset-after-read' }, OK]);
    await getSession(client);
    expect(servers.current.requests).toHaveLength(2);
  });

  it('throws APIConnectionError with the cause when every attempt is reset', async () => {
    const client = await clientFor([{ action: 'reset-after-read' }], { maxRetries: 1 });
    const error = await getSession(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(servers.current.requests).toHaveLength(2);
  });
});

describe('safe retries of a non-idempotent POST', () => {
  it('is not re-sent after a 500 without an idempotency key', async () => {
    const client = await clientFor([{ status: 500, headers: FAST }, OK]);
    await expect(createPoll(client)).rejects.toBeInstanceOf(InternalServerError);
    expect(servers.current.requests).toHaveLength(1);
  });

  it('is re-sent after a 500 with an idempotency key, the same key on every attempt', async () => {
    const client = await clientFor([{ status: 500, headers: FAST }, { status: 502, headers: FAST }, OK]);
    await createPoll(client, { idempotencyKey: 'poll-42' });
    expect(servers.current.requests.map((r) => r.headers['idempotency-key'])).toEqual(['poll-42', 'poll-42', 'poll-42']);
    expect(servers.current.requests.map((r) => r.headers['x-retry-count'])).toEqual(['0', '1', '2']);
  });

  it('counts an Idempotency-Key passed as a header as a key', async () => {
    const client = await clientFor([{ status: 500, headers: FAST }, OK]);
    await createPoll(client, { headers: { 'Idempotency-Key': 'by-header' } });
    expect(servers.current.requests).toHaveLength(2);
  });

  it.each([
    ['408', { status: 408, headers: FAST }],
    ['409', { status: 409, headers: FAST }],
    ['429', { status: 429, headers: FAST }],
    ['503 with Retry-After', { status: 503, headers: { 'retry-after': '0' } }],
    ['503 with retry-after-ms', { status: 503, headers: FAST }],
    ['a 400 with x-should-retry: true', { status: 400, headers: { 'x-should-retry': 'true', ...FAST } }],
  ] as const)('is re-sent after %s: a definite answer, not an ambiguous failure', async (_name, step) => {
    const client = await clientFor([step, OK]);
    await createPoll(client);
    expect(servers.current.requests).toHaveLength(2);
  });

  it.each([
    ['503 without Retry-After', { status: 503 }, InternalServerError],
    ['502', { status: 502, headers: FAST }, InternalServerError],
  ] as const)('is not re-sent after %s', async (_name, step, ErrorClass) => {
    const client = await clientFor([step, OK]);
    await expect(createPoll(client)).rejects.toBeInstanceOf(ErrorClass);
    expect(servers.current.requests).toHaveLength(1);
  });

  it('is re-sent after a 429 until retries run out, then throws RateLimitError', async () => {
    const client = await clientFor([{ status: 429, headers: FAST }]);
    await expect(createPoll(client)).rejects.toBeInstanceOf(RateLimitError);
    expect(servers.current.requests).toHaveLength(3);
  });

  it('is not re-sent after the connection dropped once the request was read', async () => {
    const client = await clientFor([{ action: 'reset-after-read' }, OK]);
    await expect(createPoll(client)).rejects.toBeInstanceOf(APIConnectionError);
    expect(servers.current.requests).toHaveLength(1);
  });

  it('is re-sent after the connection dropped once read, with an idempotency key', async () => {
    const client = await clientFor([{ action: 'reset-after-read' }, OK]);
    await createPoll(client, { idempotencyKey: 'k1' });
    expect(servers.current.requests).toHaveLength(2);
  });

  it('is re-sent after a reset before the request was read: nothing was sent', async () => {
    const client = await clientFor([{ action: 'reset-before-read' }, { action: 'reset-before-read' }, OK]);
    await expect(createPoll(client)).resolves.toEqual({ success: true, data: { id: 's1' } });
    expect(servers.current.connections()).toBe(3);
    expect(servers.current.requests).toHaveLength(1);
  });

  it('is re-sent after a refused connection', async () => {
    const url = await refusingAddress();
    let calls = 0;
    const countingFetch = (input: string, init: RequestInit) => (calls++, fetch(input, init));
    const client = new TestClient({ apiToken: TOKEN, baseURL: url, fetch: countingFetch, maxRetries: 1, logLevel: 'off' });
    const error = await createPoll(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(calls).toBe(2);
  });
});

describe('a header fetch would refuse', () => {
  it('fails the call at once with an SDKError naming the header: nothing is sent, nothing retried', async () => {
    const client = await clientFor([OK]);
    const error = await getSession(client, { headers: { 'X-Trace': 'secret\r\nX-Injected: 1' } }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(SDKError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    // Neither the message nor a cause quotes the value, which may be a credential.
    expect([(error as Error).message, (error as Error).cause]).toEqual(['Header "x-trace" cannot be sent: HTTP does not allow a character in it.', undefined]);
    expect(servers.current.connections()).toBe(0);
  });

  it('fails the call at once with an SDKError for a base URL without its scheme, not a connection error retried', async () => {
    const fetched: string[] = [];
    const client = new TestClient({ apiToken: TOKEN, baseURL: 'api.example.com/v4', logLevel: 'off', fetch: (url, init) => (fetched.push(String(url)), fetch(url, init)) });
    const error = await getSession(client).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(SDKError);
    expect((error as Error).message).toMatch(/^Cannot request "api\.example\.com\/v4\/accounts\/.*": it is not an http:\/\/ or https:\/\/ URL \(does baseURL lack its scheme\?\)\.$/);
    expect(fetched).toHaveLength(1);
  });
});
