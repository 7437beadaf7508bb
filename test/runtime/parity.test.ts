/**
 * The same scenarios against our runtime and the official `cloudflare` 7.3.0 package. Where the behaviour
 * is meant to match, the observations must be equal; where we differ on purpose (docs/runtime.md lists
 * each difference), both sides are asserted, so a change on either side shows up here.
 */
import { inspect } from 'node:util';
import Cloudflare from 'cloudflare';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApiServer } from '../helpers/api-server.js';
import { captureFetch } from './helpers/capture-fetch.js';
import { cloudflareError, scriptedServer, type ScriptedServer, type Step } from './helpers/server.js';
import { api, outcomeOf, type Api, type Outcome, type SdkName, type SdkOptions } from './helpers/sdks.js';
import { API_KEY, EMAIL, SDK_ENV_VARS, TestClient, TOKEN } from './helpers/test-client.js';

const SDKS: SdkName[] = ['ours', 'official'];
const servers: ScriptedServer[] = [];
beforeEach(() => SDK_ENV_VARS.forEach((name) => vi.stubEnv(name, '')));
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

interface Observation {
  outcome: Outcome;
  /** Connections accepted: one per attempt. */
  attempts: number;
  /** Requests the server read in full. */
  requests: number;
}

/** Runs `call` against a fresh scripted server with each SDK. */
async function observeBoth(steps: Step[], call: (api: Api) => Promise<unknown>, options: SdkOptions = {}): Promise<Record<SdkName, Observation>> {
  const observed = {} as Record<SdkName, Observation>;
  for (const sdk of SDKS) {
    const server = await scriptedServer(steps);
    servers.push(server);
    const outcome = await outcomeOf(call(api(sdk, { apiToken: TOKEN, baseURL: server.url, ...options })));
    observed[sdk] = { outcome, attempts: server.connections(), requests: server.requests.length };
  }
  return observed;
}

const OK: Step = { status: 200, body: { success: true, data: { id: 'session-1' } } };
const FAST = { 'retry-after-ms': '2' };
const get = (a: Api) => a.getSession('meeting-1');
const post = (a: Api) => a.createPoll('meeting-1');

describe('the same behaviour as the official SDK', () => {
  it.each<[string, Step[], (a: Api) => Promise<unknown>, SdkOptions?]>([
    ['GET 200 JSON', [OK], get],
    ['GET 204', [{ status: 204 }], get],
    ['GET 200 text', [{ status: 200, body: 'pong', headers: { 'content-type': 'text/plain' } }], get],
    ['GET 500 then 200', [{ status: 500, headers: FAST }, OK], get],
    ['GET 408 then 200', [{ status: 408, headers: FAST }, OK], get],
    ['GET 409 then 200', [{ status: 409, headers: FAST }, OK], get],
    ['GET 429 then 200', [{ status: 429, headers: FAST }, OK], get],
    ['GET 502 then 200', [{ status: 502, headers: FAST }, OK], get],
    ['GET 503 until retries run out', [{ status: 503, headers: FAST, body: cloudflareError(7000, 'down') }], get],
    ['GET 500 with maxRetries 0', [{ status: 500, headers: FAST }], get, { maxRetries: 0 }],
    ['GET 500 with x-should-retry: false', [{ status: 500, headers: { 'x-should-retry': 'false' } }, OK], get],
    ['GET 400 with x-should-retry: true', [{ status: 400, headers: { 'x-should-retry': 'true', ...FAST } }, OK], get],
    ['GET 400', [{ status: 400, body: cloudflareError(1001, 'bad') }], get],
    ['GET 401', [{ status: 401, body: cloudflareError(10000, 'Authentication error') }], get],
    ['GET 403', [{ status: 403, body: cloudflareError(9109, 'Unauthorized') }], get],
    ['GET 404', [{ status: 404, body: cloudflareError(7003, 'Could not route') }], get],
    ['GET 422', [{ status: 422, body: cloudflareError(1004, 'invalid') }], get],
    ['GET 418', [{ status: 418, body: cloudflareError(1, 'teapot') }], get],
    ['GET connection reset after the request was read', [{ action: 'reset-after-read' }, OK], get],
    ['GET connection reset before the request was read', [{ action: 'reset-before-read' }, OK], get],
    ['GET timing out until retries run out', [{ action: 'hang' }], get, { timeout: 100, maxRetries: 1 }],
    ['POST 200', [OK], post],
    ['POST 408 then 200', [{ status: 408, headers: FAST }, OK], post],
    ['POST 429 then 200', [{ status: 429, headers: FAST }, OK], post],
    ['POST 409 then 200', [{ status: 409, headers: FAST }, OK], post],
    ['POST 503 with retry-after-ms then 200', [{ status: 503, headers: FAST }, OK], post],
    ['POST 500 with an idempotency key', [{ status: 500, headers: FAST }, OK], (a) => a.createPoll('m', { idempotencyKey: 'poll-1' })],
    ['POST 404', [{ status: 404, body: cloudflareError(7003, 'Could not route') }], post],
    ['POST reset before the request was read', [{ action: 'reset-before-read' }, OK], post],
    ['an already aborted signal', [OK], (a) => a.getSession('m', { signal: AbortSignal.abort() })],
  ])('%s', async (_name, steps, call, options) => {
    const { ours, official } = await observeBoth(steps, call, options);
    expect(ours).toEqual(official);
  });

  it('aborts a request in flight with APIUserAbortError', async () => {
    const { ours, official } = await observeBoth([{ action: 'hang' }], (a) => a.getSession('m', { signal: AbortSignal.timeout(100) }));
    expect(ours).toEqual(official);
    expect(ours.outcome).toEqual({ error: 'APIUserAbortError' });
  });
});

describe('the same requests on the wire', () => {
  const credentialSets: Array<[string, SdkOptions]> = [
    ['a token', { apiToken: TOKEN }],
    ['a key and an email', { apiToken: null, apiKey: API_KEY, apiEmail: EMAIL }],
    ['all three', { apiToken: TOKEN, apiKey: API_KEY, apiEmail: EMAIL }],
  ];
  const calls: Array<[string, (a: Api) => Promise<unknown>]> = [
    ['getActiveSession', (a) => a.getSession('m/1 ?#')],
    ['createPoll', (a) => a.createPoll('meeting-1')],
    ['kickAllParticipants', (a) => a.kickAll('meeting-1')],
    ['a raw GET with a query', (a) => a.get('/user/tokens/verify', { query: { ids: ['a', 'b'], filter: { name: 'x y' }, empty: null, gone: undefined, flag: true } })],
    ['request headers, null removing one', (a) => a.getSession('m', { headers: { 'X-Extra': 'yes', Accept: null } })],
  ];
  const COMPARED = ['accept', 'content-type', 'authorization', 'x-auth-key', 'x-auth-email', 'x-extra'];

  for (const [credentialName, credentials] of credentialSets) {
    it.each(calls)(`%s with ${credentialName}`, async (_name, call) => {
      const seen: Record<string, unknown> = {};
      for (const sdk of SDKS) {
        const captured = captureFetch();
        await call(api(sdk, { ...credentials, fetch: captured.fetch }));
        const { url, method, body, headers } = captured.requests[0]!;
        seen[sdk] = { url, method, body: body === undefined ? undefined : JSON.parse(body), headers: COMPARED.map((name) => headers[name]) };
      }
      expect(seen['ours']).toEqual(seen['official']);
    });
  }
});

describe('where we differ on purpose', () => {
  it.each<[string, Step[], (a: Api) => Promise<unknown>, SdkOptions]>([
    ['POST after a 500 without an idempotency key', [{ status: 500, headers: FAST }, OK], post, {}],
    ['POST after a timeout without an idempotency key', [{ action: 'hang' }, OK], post, { timeout: 100 }],
    ['POST after a connection reset once the request was read', [{ action: 'reset-after-read' }, OK], post, {}],
  ])('%s: the official SDK re-sends it, we do not', async (_name, steps, call, options) => {
    const { ours, official } = await observeBoth(steps, call, options);
    expect(official.requests).toBe(2);
    expect(official.outcome).toEqual({ value: { success: true, data: { id: 'session-1' } } });
    expect(ours.requests).toBe(1);
    expect(ours.outcome).toHaveProperty('error');
  });

  it('sends the idempotency key; the official SDK drops it', async () => {
    const sent: Record<string, string | undefined> = {};
    for (const sdk of SDKS) {
      const captured = captureFetch();
      await api(sdk, { apiToken: TOKEN, fetch: captured.fetch }).kickAll('m', { idempotencyKey: 'kick-1' });
      sent[sdk] = captured.requests[0]!.headers['idempotency-key'];
    }
    expect(sent).toEqual({ ours: 'kick-1', official: undefined });
  });

  it('caps a server-sent delay at 60 s; the official SDK waits as long as it is told', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const counts: Record<string, number> = {};
    const calls = SDKS.map((sdk) => {
      let n = 0;
      const fetch = async () => (++n === 1 ? new Response('', { status: 503, headers: { 'retry-after': '86400' } }) : Response.json({ ok: true }));
      const done = api(sdk, { apiToken: TOKEN, fetch }).getSession('m');
      return { sdk, done, count: () => n };
    });
    await vi.advanceTimersByTimeAsync(60_000);
    for (const { sdk, count } of calls) counts[sdk] = count();
    expect(counts).toEqual({ ours: 2, official: 1 });
    await vi.advanceTimersByTimeAsync(86_400_000);
    await Promise.all(calls.map((c) => c.done));
    expect(calls.map((c) => c.count())).toEqual([2, 2]);
  });

  it('stops waiting between attempts when aborted; the official SDK finishes the wait first', async () => {
    const elapsed: Record<string, number> = {};
    const outcomes: Record<string, Outcome> = {};
    for (const sdk of SDKS) {
      const server = await scriptedServer([{ status: 503, headers: { 'retry-after-ms': '1500' } }, OK]);
      servers.push(server);
      const started = performance.now();
      outcomes[sdk] = await outcomeOf(api(sdk, { apiToken: TOKEN, baseURL: server.url }).getSession('m', { signal: AbortSignal.timeout(100) }));
      elapsed[sdk] = performance.now() - started;
    }
    expect(outcomes).toEqual({ ours: { error: 'APIUserAbortError' }, official: { error: 'APIUserAbortError' } });
    expect(elapsed['ours']).toBeLessThan(600);
    expect(elapsed['official']).toBeGreaterThanOrEqual(1400);
  });

  it('times out a body that stalls after the headers; the official SDK keeps waiting', async () => {
    const settled: Record<string, string> = {};
    for (const sdk of SDKS) {
      const server = await scriptedServer([{ action: 'hang-body' }]);
      servers.push(server);
      const call = api(sdk, { apiToken: TOKEN, baseURL: server.url, timeout: 200, maxRetries: 0 }).getSession('m');
      const outcome = call.then(() => 'resolved', (e: Error) => e.constructor.name);
      settled[sdk] = await Promise.race([outcome, new Promise<string>((resolve) => setTimeout(() => resolve('still waiting'), 1000))]);
    }
    expect(settled).toEqual({ ours: 'APIConnectionTimeoutError', official: 'still waiting' });
  });

  it('masks a credential the server echoes in an error message; the official SDK repeats it', async () => {
    const messages: Record<string, string> = {};
    for (const sdk of SDKS) {
      const server = await scriptedServer([{ status: 401, body: { message: `token ${TOKEN} is revoked` } }]);
      servers.push(server);
      messages[sdk] = ((await api(sdk, { apiToken: TOKEN, baseURL: server.url }).getSession('m').catch((x: unknown) => x)) as Error).message;
    }
    expect(messages).toEqual({ ours: '401 token *** is revoked', official: `401 token ${TOKEN} is revoked` });
  });

  it('keeps a non-JSON error body as text; the official SDK drops it from `error`', async () => {
    const page = '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>';
    const errors: Record<string, { error: unknown; message: string; name: string }> = {};
    for (const sdk of SDKS) {
      const server = await scriptedServer([{ status: 502, body: page, headers: { 'content-type': 'text/html', 'x-should-retry': 'false' } }]);
      servers.push(server);
      const e = (await api(sdk, { apiToken: TOKEN, baseURL: server.url }).getSession('m').catch((x: unknown) => x)) as Error & { error: unknown };
      errors[sdk] = { error: e.error, message: e.message, name: e.constructor.name };
    }
    expect(errors['ours']).toEqual({ error: page, message: '502 502 Bad Gateway', name: 'InternalServerError' });
    expect(errors['official']).toEqual({ error: undefined, message: `502 ${page}`, name: 'InternalServerError' });
  });

  it("quotes the server's message; the official SDK quotes the whole body", async () => {
    const messages: Record<string, string> = {};
    for (const sdk of SDKS) {
      const server = await scriptedServer([{ status: 401, body: cloudflareError(10000, 'Authentication error') }]);
      servers.push(server);
      messages[sdk] = ((await api(sdk, { apiToken: TOKEN, baseURL: server.url }).getSession('m').catch((x: unknown) => x)) as Error).message;
    }
    expect(messages).toEqual({
      ours: '401 Authentication error (code 10000)',
      official: '401 {"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"messages":[],"result":null}',
    });
  });

  it('rejects malformed JSON with ResponseParseError; the official SDK lets a SyntaxError through', async () => {
    const { ours, official } = await observeBoth([{ status: 200, body: '{"data": tru', headers: { 'content-type': 'application/json' } }], get);
    expect(ours.outcome).toEqual({ error: 'ResponseParseError', status: 200, errors: undefined });
    expect(official.outcome).toEqual({ error: 'SyntaxError' });
  });

  it('gives null for an empty JSON body sent chunked; the official SDK throws a SyntaxError', async () => {
    const { ours, official } = await observeBoth([{ status: 200, body: '', headers: { 'content-type': 'application/json' } }], get);
    expect(ours.outcome).toEqual({ value: null });
    expect(official.outcome).toEqual({ error: 'SyntaxError' });
  });

  it("refuses an empty path parameter; the official SDK sends '//'", async () => {
    const urls: Record<string, unknown> = {};
    for (const sdk of SDKS) {
      const captured = captureFetch();
      const outcome = await outcomeOf(Promise.resolve().then(() => api(sdk, { apiToken: TOKEN, fetch: captured.fetch }).getSession('')));
      urls[sdk] = 'error' in outcome ? outcome.error : captured.requests[0]!.url;
    }
    expect(urls['ours']).toBe('SDKError');
    expect(urls['official']).toMatch(/\/meetings\/\/active-session$/);
  });

  it('sends the path after a base URL with a query; the official SDK appends it to the query', async () => {
    const urls: Record<string, string> = {};
    for (const sdk of SDKS) {
      const captured = captureFetch();
      await api(sdk, { apiToken: TOKEN, baseURL: 'https://api.test/v4?api-version=2', fetch: captured.fetch }).getSession('m');
      urls[sdk] = captured.requests[0]!.url;
    }
    expect(urls['ours']).toMatch(/^https:\/\/api\.test\/v4\/accounts\/[^?]+\/active-session\?api-version=2$/);
    expect(urls['official']).toMatch(/^https:\/\/api\.test\/v4\?api-version=2%2Faccounts%2F/);
  });

  it('refuses to build a client without credentials; the official SDK sends unauthenticated requests', async () => {
    const captured = captureFetch();
    expect(() => api('ours', { fetch: captured.fetch })).toThrow('Cloudflare: no credentials.');
    await api('official', { fetch: captured.fetch }).getSession('m');
    expect(captured.requests[0]!.headers['authorization']).toBeUndefined();
  });

  it('sends no API key to another origin a redirect leads to; the official SDK sends it on', async () => {
    const received: Record<string, unknown> = {};
    for (const sdk of SDKS) {
      const storage = await startApiServer(() => ({ status: 200, body: '{}' }));
      const origin = await startApiServer(() => ({ status: 302, headers: { location: `${storage.url}/blob` } }));
      try {
        await api(sdk, { apiKey: API_KEY, apiEmail: EMAIL, baseURL: origin.url, maxRetries: 0 }).get('/download');
        received[sdk] = storage.requests[0]!.headers['x-auth-key'];
      } finally {
        await Promise.all([storage.close(), origin.close()]);
      }
    }
    expect(received).toEqual({ ours: undefined, official: API_KEY });
  });

  it('keeps credentials out of JSON.stringify and util.inspect; the official client shows them', () => {
    const ours = new TestClient({ apiToken: TOKEN });
    expect(JSON.stringify(ours)).not.toContain(TOKEN);
    expect(inspect(ours, { depth: 5 })).not.toContain(TOKEN);
    const official = new Cloudflare({ apiToken: TOKEN });
    expect(inspect(official, { depth: 1 })).toContain(TOKEN);
    expect(() => JSON.stringify(official)).toThrow('circular');
  });

  it('names itself and its retry headers differently', async () => {
    const seen: Record<string, Record<string, string>> = {};
    for (const sdk of SDKS) {
      const captured = captureFetch();
      await api(sdk, { apiToken: TOKEN, fetch: captured.fetch }).getSession('m');
      seen[sdk] = captured.requests[0]!.headers;
    }
    expect(seen['ours']).toMatchObject({ 'user-agent': 'cloudflare-realtimekit/0.1.0', 'x-retry-count': '0', 'x-request-timeout': '60' });
    expect(seen['ours']!['api-version']).toBeUndefined();
    expect(seen['official']).toMatchObject({ 'user-agent': 'Cloudflare/JS 7.3.0', 'x-stainless-retry-count': '0' });
    expect(seen['official']!['api-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
