/** Log levels, the pluggable logger, and one request id per call across its retries. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureLogs } from './helpers/logs.js';
import { type Step } from './helpers/server.js';
import { serverPerTest } from './helpers/per-test.js';
import { ACCOUNT, APP, TestClient, TOKEN, type TestClientOptions } from './helpers/test-client.js';

const servers = serverPerTest();
afterEach(() => vi.restoreAllMocks());

async function run(steps: Step[], options: TestClientOptions) {
  const server = await servers.start(steps);
  const client = new TestClient({ apiToken: TOKEN, baseURL: server.url, ...options });
  return client.activeSession.getActiveSession(APP, 'm-1', { account_id: ACCOUNT }).catch((e: unknown) => e);
}

const RETRY_THEN_OK: Step[] = [{ status: 500, headers: { 'retry-after-ms': '1' } }, { status: 200, body: { ok: true } }];
const levelsOf = (lines: string[]) => [...new Set(lines.map((line) => line.split(' ')[0]))].sort();

describe('log levels', () => {
  it.each([
    ['off', []],
    ['error', []],
    ['warn', []],
    ['info', ['info']],
    ['debug', ['debug', 'info']],
  ] as const)('%s lets through %j for a call that retried', async (logLevel, want) => {
    const logs = captureLogs();
    await run(RETRY_THEN_OK, { logger: logs.logger, logLevel });
    expect(levelsOf(logs.lines)).toEqual(want);
  });

  it('defaults to warn, and reads the level from the environment', async () => {
    const logs = captureLogs();
    await run(RETRY_THEN_OK, { logger: logs.logger });
    expect(logs.lines).toEqual([]);
    await servers.current.close();
    vi.stubEnv('CLOUDFLARE_LOG', 'info');
    await run(RETRY_THEN_OK, { logger: logs.logger });
    expect(levelsOf(logs.lines)).toEqual(['info']);
  });

  it('writes to the console when no logger is given', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    await run(RETRY_THEN_OK, { logLevel: 'info' });
    expect(info).toHaveBeenCalled();
  });
});

describe('log lines', () => {
  it('carry one request id per call, across its retries', async () => {
    const logs = captureLogs();
    await run(RETRY_THEN_OK, { logger: logs.logger, logLevel: 'debug' });
    const ids = new Set(logs.lines.map((line) => /\[(req_[0-9a-f]{8})\]/.exec(line)?.[1]));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeDefined();
    const info = logs.lines.filter((line) => line.startsWith('info'));
    expect(info[0]).toMatch(/^info \[req_[0-9a-f]{8}\] GET http:\/\/127\.0\.0\.1:\d+\/accounts\/.+: status 500 after \d+ ms; retrying in 1 ms$/);
    expect(info[1]).toMatch(/: status 200 after \d+ ms$/);
  });

  it("show a response body's every field at debug level, __proto__ too", async () => {
    const logs = captureLogs();
    const server = await servers.start([{ status: 200, body: '{"__proto__":{"polluted":true},"items":[{"__proto__":"x"}]}', headers: { 'content-type': 'application/json' } }]);
    const client = new TestClient({ apiToken: TOKEN, baseURL: server.url, logger: logs.logger, logLevel: 'debug' });
    await client.activeSession.getActiveSession(APP, 'm-1', { account_id: ACCOUNT });
    const body = logs.lines.find((line) => line.includes(': response body'));
    expect(body).toContain("['__proto__']: { polluted: true }");
    expect(body).toContain("items: [ { ['__proto__']: 'x' } ]");
  });

  it('use a new request id for each call', async () => {
    const logs = captureLogs();
    const server = await servers.start([{ status: 200, body: {} }]);
    const client = new TestClient({ apiToken: TOKEN, baseURL: server.url, logger: logs.logger, logLevel: 'info' });
    await client.activeSession.getActiveSession(APP, 'm-1', { account_id: ACCOUNT });
    await client.activeSession.getActiveSession(APP, 'm-1', { account_id: ACCOUNT });
    const ids = logs.lines.map((line) => /\[(req_[0-9a-f]{8})\]/.exec(line)?.[1]);
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it.each([
    [{ status: 404 }, 'status 404 is final'],
    [{ status: 500, headers: { 'x-should-retry': 'false' } }, 'x-should-retry: false'],
  ])('say why a call was not retried: %j', async (step, why) => {
    const logs = captureLogs();
    const server = await servers.start([step]);
    const client = new TestClient({ apiToken: TOKEN, baseURL: server.url, logger: logs.logger, logLevel: 'info' });
    await client.activeSession.getActiveSession(APP, 'm', { account_id: ACCOUNT }).catch(() => {});
    expect(logs.lines.at(-1)).toMatch(new RegExp(`GET .+: status ${step.status} after \\d+ ms; giving up: ${why}$`));
  });

  it('say when a call ran out of retries', async () => {
    const logs = captureLogs();
    const server = await servers.start([{ status: 503, headers: { 'retry-after-ms': '1' } }]);
    const client = new TestClient({ apiToken: TOKEN, baseURL: server.url, logger: logs.logger, logLevel: 'info', maxRetries: 1 });
    await client.activeSession.getActiveSession(APP, 'm', { account_id: ACCOUNT }).catch(() => {});
    expect(logs.lines.at(-1)).toMatch(/: status 503 after \d+ ms; giving up: no retries left \(maxRetries: 1\)$/);
  });

  it('say why a non-idempotent call was not retried', async () => {
    const logs = captureLogs();
    const server = await servers.start([{ status: 500 }]);
    const client = new TestClient({ apiToken: TOKEN, baseURL: server.url, logger: logs.logger, logLevel: 'info' });
    await client.activeSession.createPoll(APP, 'm', { account_id: ACCOUNT, question: 'q', options: [] }).catch(() => {});
    expect(logs.lines.at(-1)).toMatch(/POST .+: status 500 after \d+ ms; giving up: the server may have processed the request$/);
  });
});
