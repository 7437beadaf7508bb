/** Timeouts and cancellation: per attempt, per client and per request; aborts at any moment; no timer left. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { APIConnectionTimeoutError, APIUserAbortError } from '../../generator/runtime/index.js';
import { type Step } from './helpers/server.js';
import { serverPerTest } from './helpers/per-test.js';
import { ACCOUNT, APP, TestClient, TOKEN } from './helpers/test-client.js';
import type { TestClientOptions } from './helpers/test-client.js';

const servers = serverPerTest();

const clientFor = (steps: Step[], options?: TestClientOptions): Promise<TestClient> => servers.client(steps, options);

const getSession = (client: TestClient, options = {}) => client.activeSession.getActiveSession(APP, 'meeting-1', { account_id: ACCOUNT }, options);
const createPoll = (client: TestClient, options = {}) =>
  client.activeSession.createPoll(APP, 'meeting-1', { account_id: ACCOUNT, question: 'Q?', options: ['a'] }, options);

async function timed<T>(promise: Promise<T>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  const error = await promise.then(() => undefined, (e: unknown) => e);
  return { error, ms: performance.now() - started };
}

const OK: Step = { status: 200, body: { ok: true } };

describe('timeouts', () => {
  it('defaults to 60 s per attempt, and says so in X-Request-Timeout', async () => {
    const client = await clientFor([OK]);
    expect(client.timeout).toBe(60_000);
    await getSession(client);
    expect(servers.current.requests[0]!.headers['x-request-timeout']).toBe('60');
  });

  it('retries a timed-out GET, then throws APIConnectionTimeoutError', async () => {
    const client = await clientFor([{ action: 'hang' }], { timeout: 150, maxRetries: 1 });
    const { error, ms } = await timed(getSession(client));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(servers.current.requests).toHaveLength(2);
    expect(ms).toBeGreaterThanOrEqual(150 + 375 + 150 - 20);
    expect(ms).toBeLessThan(1500);
  });

  it('does not re-send a timed-out POST without an idempotency key', async () => {
    const client = await clientFor([{ action: 'hang' }, OK], { timeout: 150 });
    const { error, ms } = await timed(createPoll(client));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(servers.current.requests).toHaveLength(1);
    expect(ms).toBeLessThan(600);
  });

  it('re-sends a timed-out POST that carries an idempotency key', async () => {
    const client = await clientFor([{ action: 'hang' }, OK], { timeout: 150 });
    await expect(createPoll(client, { idempotencyKey: 'poll-1' })).resolves.toEqual({ ok: true });
    expect(servers.current.requests.map((r) => r.headers['idempotency-key'])).toEqual(['poll-1', 'poll-1']);
  });

  it('takes the timeout of the request over the client', async () => {
    const client = await clientFor([{ action: 'hang' }], { timeout: 60_000 });
    const { error, ms } = await timed(getSession(client, { timeout: 100, maxRetries: 0 }));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(ms).toBeLessThan(600);
    expect(servers.current.requests[0]!.headers['x-request-timeout']).toBe('0');
  });

  it('times out a body that stalls after the headers', async () => {
    const client = await clientFor([{ action: 'hang-body' }], { timeout: 150, maxRetries: 0 });
    const { error, ms } = await timed(getSession(client));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(ms).toBeLessThan(1000);
  });

  it('times out even when a custom fetch ignores its signal', async () => {
    const neverAnswers = () => new Promise<Response>(() => {});
    const client = new TestClient({ apiToken: TOKEN, fetch: neverAnswers, timeout: 100, maxRetries: 0, logLevel: 'off' });
    const { error, ms } = await timed(getSession(client));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(ms).toBeLessThan(600);
  });
});

describe('cancellation', () => {
  it('rejects at once, sending nothing, when the signal is already aborted', async () => {
    const client = await clientFor([OK]);
    await expect(getSession(client, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(APIUserAbortError);
    expect(servers.current.connections()).toBe(0);
  });

  it('aborts a request in flight', async () => {
    const client = await clientFor([{ action: 'hang' }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { error, ms } = await timed(getSession(client, { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(ms).toBeLessThan(600);
    expect(servers.current.requests).toHaveLength(1);
  });

  it('aborts during the wait between attempts', async () => {
    const client = await clientFor([{ status: 503, headers: { 'retry-after': '30' } }, OK]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const { error, ms } = await timed(getSession(client, { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(ms).toBeLessThan(1000);
    expect(servers.current.connections()).toBe(1);
  });

  it('aborts while the body is being read', async () => {
    const client = await clientFor([{ action: 'hang-body' }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const { error } = await timed(getSession(client, { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
  });

  it('honours a signal given in fetchOptions', async () => {
    const client = await clientFor([{ action: 'hang' }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { error } = await timed(getSession(client, { fetchOptions: { signal: controller.signal } }));
    expect(error).toBeInstanceOf(APIUserAbortError);
  });

  it('leaves no listener on a long-lived signal after the call', async () => {
    const client = await clientFor([OK]);
    const controller = new AbortController();
    const added = vi.spyOn(controller.signal, 'addEventListener');
    const removed = vi.spyOn(controller.signal, 'removeEventListener');
    await getSession(client, { signal: controller.signal });
    expect(added.mock.calls.length).toBeGreaterThan(0);
    expect(removed.mock.calls.length).toBe(added.mock.calls.length);
  });

  it("leaves none either once the body asResponse() handed over is read, cancelled or fails; aborting still cancels it", async () => {
    const client = await clientFor([OK, OK, OK, { status: 200, body: { ok: true } }]);
    const controller = new AbortController();
    const added = vi.spyOn(controller.signal, 'addEventListener');
    const removed = vi.spyOn(controller.signal, 'removeEventListener');
    const signal = controller.signal;
    // Read to the end, then cancelled unread: both let the signal go, and the URL is still the request's.
    const read = await getSession(client, { signal }).asResponse();
    expect(read.url).toMatch(/\/meetings\/meeting-1\/active-session$/);
    expect(await read.json()).toEqual({ ok: true });
    await (await getSession(client, { signal }).asResponse()).body!.cancel();
    expect(removed.mock.calls.length).toBe(added.mock.calls.length);
    // Handed over and not read yet: the call may still be awaited, which parses the body.
    const call = getSession(client, { signal });
    await call.asResponse();
    await expect(call).resolves.toEqual({ ok: true });
    expect(removed.mock.calls.length).toBe(added.mock.calls.length);
    // While the body is the caller's, aborting cancels it.
    const response = await getSession(client, { signal }).asResponse();
    controller.abort();
    await expect(response.text()).rejects.toThrow();
    expect(removed.mock.calls.length).toBe(added.mock.calls.length);
  });
});

describe('timers', () => {
  it('leaves no timer running: a process exits as soon as its calls end, whatever the outcome', async () => {
    const script = fileURLToPath(new URL('./helpers/exits-promptly.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let doneAt = 0;
    let killer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('done')) return;
      doneAt = performance.now();
      killer = setTimeout(() => child.kill(), 3000); // a lingering timer would keep it alive for 60 s
    });
    const exitCode = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearTimeout(killer);
    expect(exitCode).toBe(0);
    expect(doneAt).toBeGreaterThan(0);
    expect(performance.now() - doneAt).toBeLessThan(2000);
  });
});
