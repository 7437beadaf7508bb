/** Client and per-request options, as they show on the wire. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SDKError } from '../../generator/runtime/index.js';
import { captureFetch } from './helpers/capture-fetch.js';
import { ACCOUNT, API_KEY, APP, EMAIL, SDK_ENV_VARS, TestClient, TOKEN, type TestClientOptions } from './helpers/test-client.js';

beforeEach(() => SDK_ENV_VARS.forEach((name) => vi.stubEnv(name, '')));
afterEach(() => vi.unstubAllEnvs());

function setup(options: TestClientOptions = {}) {
  const captured = captureFetch();
  const client = new TestClient({ apiToken: TOKEN, fetch: captured.fetch, logLevel: 'off', ...options });
  return { client, requests: captured.requests };
}

const params = { account_id: ACCOUNT };
const SESSION_URL = `https://api.cloudflare.com/client/v4/accounts/${ACCOUNT}/realtime/kit/${APP}/meetings/m-1/active-session`;

describe('headers sent', () => {
  it('sends the runtime headers and the bearer token on a GET, without Content-Type', async () => {
    const { client, requests } = setup();
    await client.activeSession.getActiveSession(APP, 'm-1', params);
    expect(requests[0]).toMatchObject({ url: SESSION_URL, method: 'GET', body: undefined });
    expect(requests[0]!.headers).toEqual({
      accept: 'application/json',
      'user-agent': 'cloudflare-realtimekit/0.1.0',
      'x-retry-count': '0',
      'x-request-timeout': '60',
      authorization: `Bearer ${TOKEN}`,
    });
  });

  it('sends a JSON body with Content-Type on a POST', async () => {
    const { client, requests } = setup();
    await client.activeSession.createPoll(APP, 'm-1', { ...params, question: 'Q?', options: ['a', 'b'] });
    expect(requests[0]).toMatchObject({ url: `${SESSION_URL}/poll`, method: 'POST', body: '{"question":"Q?","options":["a","b"]}' });
    expect(requests[0]!.headers['content-type']).toBe('application/json');
  });

  it('sends no body and no Content-Type for an operation without a body', async () => {
    const { client, requests } = setup();
    await client.activeSession.kickAllParticipants(APP, 'm-1', params);
    expect(requests[0]!.body).toBeUndefined();
    expect(requests[0]!.headers['content-type']).toBeUndefined();
  });

  it('sends every credential that is set', async () => {
    const { client, requests } = setup({ apiKey: API_KEY, apiEmail: EMAIL });
    await client.activeSession.getActiveSession(APP, 'm-1', params);
    expect(requests[0]!.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'x-auth-key': API_KEY, 'x-auth-email': EMAIL });
  });

  it('sends the key and email alone when there is no token', async () => {
    const { client, requests } = setup({ apiToken: null, apiKey: API_KEY, apiEmail: EMAIL });
    await client.activeSession.getActiveSession(APP, 'm-1', params);
    expect(requests[0]!.headers['authorization']).toBeUndefined();
    expect(requests[0]!.headers).toMatchObject({ 'x-auth-key': API_KEY, 'x-auth-email': EMAIL });
  });

  it('merges default headers, then request headers; null removes a header', async () => {
    const { client, requests } = setup({ defaultHeaders: { 'X-Team': 'a', 'X-Trace': 'default' } });
    await client.activeSession.getActiveSession(APP, 'm-1', params, { headers: { 'x-trace': 'call', 'X-Team': null, Accept: 'text/plain' } });
    expect(requests[0]!.headers).toMatchObject({ 'x-trace': 'call', accept: 'text/plain' });
    expect(requests[0]!.headers['x-team']).toBeUndefined();
  });

  it('lets a request remove even the Authorization header', async () => {
    const { client, requests } = setup();
    await client.activeSession.getActiveSession(APP, 'm-1', params, { headers: { Authorization: null } });
    expect(requests[0]!.headers['authorization']).toBeUndefined();
  });

  it('sends the idempotency key as Idempotency-Key', async () => {
    const { client, requests } = setup();
    await client.activeSession.kickAllParticipants(APP, 'm-1', params, { idempotencyKey: 'kick-1' });
    expect(requests[0]!.headers['idempotency-key']).toBe('kick-1');
  });
});

describe('query, fetch options and timeouts', () => {
  it('merges default and request query parameters; undefined removes a default', async () => {
    const { client, requests } = setup({ defaultQuery: { a: '1', b: '2' } });
    await client.activeSession.getActiveSession(APP, 'm-1', params, { query: { b: undefined, c: ['x', 'y'] } });
    expect(requests[0]!.url).toBe(`${SESSION_URL}?a=1&c=x&c=y`);
  });

  it('passes fetchOptions through, the request over the client, but never method, body or headers', async () => {
    const { client, requests } = setup({ fetchOptions: { cache: 'no-store', keepalive: true } });
    await client.activeSession.createPoll(APP, 'm-1', { ...params, question: 'Q', options: [] }, {
      fetchOptions: { keepalive: false, method: 'DELETE', body: 'x', headers: { a: 'b' } } as never,
    });
    const init = requests[0]!.init;
    expect(init).toMatchObject({ cache: 'no-store', keepalive: false, method: 'POST', body: '{"question":"Q","options":[]}' });
    expect(new Headers(init.headers).get('a')).toBeNull();
  });

  it('announces the request timeout in whole seconds', async () => {
    const { client, requests } = setup({ timeout: 2500 });
    await client.activeSession.getActiveSession(APP, 'm-1', params);
    expect(requests[0]!.headers['x-request-timeout']).toBe('2');
  });

  it('rejects an invalid per-request timeout without sending anything', async () => {
    const { client, requests } = setup();
    await expect(client.activeSession.getActiveSession(APP, 'm-1', params, { timeout: -5 })).rejects.toThrow(SDKError);
    expect(requests).toHaveLength(0);
  });

  it('calls fetch without a this (browsers throw "Illegal invocation" otherwise)', async () => {
    let seenThis: unknown = 'unset';
    const client = new TestClient({
      apiToken: TOKEN,
      fetch: function (this: unknown) {
        seenThis = this;
        return Promise.resolve(Response.json({}));
      },
    });
    await client.activeSession.getActiveSession(APP, 'm-1', params);
    expect(seenThis).toBeUndefined();
  });

  it('uses the global fetch when none is given, looked up at call time', async () => {
    const captured = captureFetch();
    const client = new TestClient({ apiToken: TOKEN, logLevel: 'off' });
    vi.stubGlobal('fetch', captured.fetch);
    try {
      await client.activeSession.getActiveSession(APP, 'm-1', params);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(captured.requests).toHaveLength(1);
  });
});

describe('withOptions and raw requests', () => {
  it('returns a new client of the same class, with the credentials and unchanged options kept', async () => {
    const { client, requests } = setup({ timeout: 1234, defaultHeaders: { 'X-Team': 'a' } });
    const copy = client.withOptions({ maxRetries: 7 });
    expect(copy).toBeInstanceOf(TestClient);
    expect(copy).not.toBe(client);
    expect([copy.maxRetries, copy.timeout, client.maxRetries]).toEqual([7, 1234, 2]);
    await copy.activeSession.getActiveSession(APP, 'm-1', params);
    expect(requests[0]!.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'x-team': 'a' });
  });

  it('keeps a credential read from the environment', async () => {
    vi.stubEnv('CLOUDFLARE_API_TOKEN', 'from-env-token');
    const captured = captureFetch();
    const client = new TestClient({ fetch: captured.fetch });
    vi.stubEnv('CLOUDFLARE_API_TOKEN', '');
    await client.withOptions({ timeout: 5 }).activeSession.getActiveSession(APP, 'm-1', params);
    expect(captured.requests[0]!.headers['authorization']).toBe('Bearer from-env-token');
  });

  it('can replace a credential', async () => {
    const { client, requests } = setup();
    await client.withOptions({ apiToken: 'other-token' }).activeSession.getActiveSession(APP, 'm-1', params);
    expect(requests[0]!.headers['authorization']).toBe('Bearer other-token');
  });

  it('offers get, post, put, patch and delete for paths outside the spec', async () => {
    const { client, requests } = setup();
    await client.get('/user/tokens/verify', { query: { a: 1 } });
    await client.post('/x', { body: { n: 1 } });
    await client.put('/x');
    await client.patch('/x', { body: [] });
    await client.delete('/x');
    expect(requests.map((r) => [r.method, r.url.replace('https://api.cloudflare.com/client/v4', ''), r.body])).toEqual([
      ['GET', '/user/tokens/verify?a=1', undefined],
      ['POST', '/x', '{"n":1}'],
      ['PUT', '/x', undefined],
      ['PATCH', '/x', '[]'],
      ['DELETE', '/x', undefined],
    ]);
  });
});
