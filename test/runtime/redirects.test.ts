/**
 * Redirects, followed by the client: credentials go on to the API's own origin only. Two loopback servers
 * on different ports are two origins: the API, and the "storage" host a download is redirected to.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { followRedirects } from '../../generator/runtime/redirect.js';
import { followRedirects as browserFollowRedirects } from '../../generator/runtime/redirect.browser.js';
import { sensitiveHeaders } from '../../generator/runtime/redact.js';
import { startApiServer, type ApiServer, type Reply } from '../helpers/api-server.js';
import { API_KEY, EMAIL, TestClient, TOKEN } from './helpers/test-client.js';

let api: ApiServer;
let storage: ApiServer;
/** The API's answer to each path; anything else is a 200 echoing the path. */
let routes: Record<string, Reply>;

beforeAll(async () => {
  api = await startApiServer((request) => routes[request.url.split('?')[0]!] ?? { status: 200, body: JSON.stringify({ at: 'api', path: request.url }) });
  storage = await startApiServer((request) => ({ status: 200, body: JSON.stringify({ at: 'storage', path: request.url }) }));
});

afterAll(async () => {
  await api.close();
  await storage.close();
});

beforeEach(() => {
  routes = {};
  api.requests.length = 0;
  storage.requests.length = 0;
});

const client = (options: object = {}) => new TestClient({ apiToken: TOKEN, apiKey: API_KEY, apiEmail: EMAIL, baseURL: api.url, maxRetries: 0, ...options });
const redirect = (status: number, location: string): Reply => ({ status, headers: { location } });

describe('a redirect to another origin', () => {
  it('is followed without the credentials: no Authorization, no API key header, no e-mail header', async () => {
    routes['/download'] = redirect(302, `${storage.url}/blobs/1?sig=abc`);
    await expect(client().get('/download', { headers: { 'X-Trace': 't1' } })).resolves.toEqual({ at: 'storage', path: '/blobs/1?sig=abc' });
    const sent = storage.requests[0]!.headers;
    expect([sent['authorization'], sent['x-auth-key'], sent['x-auth-email']]).toEqual([undefined, undefined, undefined]);
    // What is not a credential goes on.
    expect(sent['x-trace']).toBe('t1');
    expect(api.requests[0]!.headers['x-auth-key']).toBe(API_KEY);
  });

  it('drops them for the rest of the chain, even when it comes back to the API', async () => {
    const hop = await startApiServer(() => redirect(302, `${api.url}/back`));
    routes['/download'] = redirect(307, `${hop.url}/hop`);
    routes['/back'] = { status: 200, body: '{"at":"back"}' };
    try {
      await expect(client().get('/download')).resolves.toEqual({ at: 'back' });
    } finally {
      await hop.close();
    }
    expect(api.requests.map((r) => [r.url, r.headers['x-auth-key']])).toEqual([['/download', API_KEY], ['/back', undefined]]);
  });
});

describe('a redirect within the origin', () => {
  it('keeps the credentials', async () => {
    routes['/old'] = redirect(301, '/new');
    await expect(client().get('/old')).resolves.toEqual({ at: 'api', path: '/new' });
    expect(api.requests.map((r) => r.headers['x-auth-key'])).toEqual([API_KEY, API_KEY]);
  });

  it('repeats a POST with its body on 307 and 308, and turns it into a GET without a body on 303 and 302', async () => {
    for (const status of [307, 308, 303, 302]) {
      routes['/submit'] = redirect(status, '/result');
      await client().post('/submit', { body: { n: status } });
    }
    const results = api.requests.filter((r) => r.url === '/result').map((r) => [r.method, r.body, r.headers['content-type']]);
    expect(results).toEqual([
      ['POST', '{"n":307}', 'application/json'],
      ['POST', '{"n":308}', 'application/json'],
      ['GET', '', undefined],
      ['GET', '', undefined],
    ]);
  });
});

describe('around it', () => {
  it('stops after 20 redirects with a connection error', async () => {
    routes['/loop'] = redirect(302, '/loop');
    await expect(client().get('/loop')).rejects.toThrow('Connection error.');
    expect(api.requests).toHaveLength(21);
  });

  it('leaves redirects to fetch when the call chooses how (fetchOptions.redirect), and a 3xx is then an error', async () => {
    routes['/download'] = redirect(302, `${storage.url}/blobs/2`);
    const error = await client().get('/download', { fetchOptions: { redirect: 'manual' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 302 });
    expect((error as { headers: Headers }).headers.get('location')).toBe(`${storage.url}/blobs/2`);
    expect(storage.requests).toEqual([]);
  });

  it('gives back a redirect without a Location as the error it is', async () => {
    routes['/odd'] = { status: 302, body: '' };
    await expect(client().get('/odd')).rejects.toMatchObject({ status: 302 });
    expect(api.requests).toHaveLength(1);
  });

  it('in the browser build, is left to the browser', () => {
    const fetch = async () => new Response(null);
    expect(browserFollowRedirects(fetch, sensitiveHeaders([]))).toBe(fetch);
    expect(followRedirects(fetch, sensitiveHeaders([]))).not.toBe(fetch);
  });
});
