/**
 * Signing a user in from a single-page app in headless Chromium, the case PKCE is made for (a public client,
 * no secret): the page, bundled from the package generated from `test/fixtures/oauth`, sends the browser to
 * `Ledger.authorizationURL`'s URL; the loopback authorization server (another origin) redirects it back with
 * a code, as it would once the user agreed; the page trades the code with `Ledger.exchangeCode` across
 * origins, and calls the API with the tokens. The server checks the verifier against the challenge.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApiServer, type ApiServer, type RecordedRequest, type Reply } from '../helpers/api-server.js';
import { generateFromSpec } from '../helpers/tree.js';
import { startStatic, type Running } from '../package/helpers/loopback.js';

const CHROMIUM = '/usr/bin/chromium';

let out: string;
let server: ApiServer;
let page: Running | undefined;
let browser: Browser | undefined;
/** The code challenge sent with each state, as the authorization server keeps it. */
const challenges = new Map<string, string>();

const base64url = (bytes: Buffer): string => bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** The authorization server and the API: the user "agrees" at once; the token endpoint checks PKCE. */
function answer(request: RecordedRequest): Reply {
  const cors = { 'access-control-allow-origin': String(request.headers.origin ?? '*') };
  if (request.method === 'OPTIONS') return { status: 204, headers: { ...cors, 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': String(request.headers['access-control-request-headers'] ?? '') } };
  const url = new URL(request.url, server.url);
  if (url.pathname === '/oauth/authorize') {
    const query = url.searchParams;
    challenges.set(query.get('state')!, query.get('code_challenge')!);
    return { status: 302, headers: { location: `${query.get('redirect_uri')}?code=code-for-${query.get('client_id')}&state=${encodeURIComponent(query.get('state')!)}` } };
  }
  if (url.pathname === '/oauth/token') {
    const form = new URLSearchParams(request.body);
    const verified = [...challenges.values()].includes(base64url(createHash('sha256').update(form.get('code_verifier') ?? '').digest()));
    if (!verified || form.get('code') !== 'code-for-spa') return { status: 400, headers: cors, body: '{"error":"invalid_grant"}' };
    return { status: 200, headers: cors, body: '{"access_token":"access-spa","token_type":"Bearer","refresh_token":"refresh-spa"}' };
  }
  return request.headers.authorization === 'Bearer access-spa' ? { status: 200, headers: cors, body: '{"id":"e1","amount":5}' } : { status: 401, headers: cors, body: '{}' };
}

beforeAll(async () => {
  ({ out } = await generateFromSpec('test/fixtures/oauth/openapi.yaml', 'oauth-sign-in-browser-'));
  server = await startApiServer(answer);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await page?.close();
  await server.close();
});

/** The page: step one on `/`, step two on `/callback`, its outcome in `__result`. */
function pageScript(): string {
  return `import { Ledger } from ${JSON.stringify(join(out, 'src/index.ts'))};
const baseURL = localStorage.getItem('api') ?? new URLSearchParams(location.search).get('api') + '/v1';
localStorage.setItem('api', baseURL);
const redirectURI = location.origin + '/callback';
try {
  if (location.pathname === '/') {
    const { url, state, codeVerifier } = await Ledger.authorizationURL({ baseURL, clientId: 'spa', redirectURI, scopes: ['entries:read'] });
    sessionStorage.setItem('signIn', JSON.stringify({ state, codeVerifier }));
    location.assign(url);
  } else {
    const kept = JSON.parse(sessionStorage.getItem('signIn'));
    const tokens = await Ledger.exchangeCode({ baseURL, clientId: 'spa', callbackURL: location.href, ...kept, redirectURI, maxRetries: 0 });
    const client = new Ledger({ baseURL, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, clientId: 'spa' });
    globalThis.__result = { tokens, entry: await client.entries.getEntry('e1') };
  }
} catch (error) {
  globalThis.__result = { error: String(error) };
}
`;
}

it('sends the browser to sign in, takes the redirect back, trades the code across origins with its verifier, and calls the API', async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: run \`apt-get update && apt-get install -y chromium\` (CI's .ci/run installs it).`);
  const bundled = await build({ stdin: { contents: pageScript(), loader: 'ts', resolveDir: out }, bundle: true, platform: 'browser', format: 'esm', target: 'es2022', write: false, logLevel: 'silent' });
  const html = { type: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>sign in</title><link rel="icon" href="data:,"><script type="module" src="/app.js"></script>' };
  page = await startStatic({ '/': html, '/callback': html, '/app.js': { type: 'text/javascript', body: bundled.outputFiles[0]!.text } });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'] });
  const tab = await browser.newPage();
  await tab.goto(`${page.url}/?api=${encodeURIComponent(server.url)}`);
  await tab.waitForURL(/\/callback\?code=/, { timeout: 20_000 });
  const result = await (await tab.waitForFunction(() => (globalThis as Record<string, unknown>)['__result'], undefined, { timeout: 20_000 })).jsonValue();
  expect(result).toEqual({ tokens: { accessToken: 'access-spa', refreshToken: 'refresh-spa' }, entry: { id: 'e1', amount: 5 } });
  const asked = server.requests.filter((r) => r.method !== 'OPTIONS').map((r) => `${r.method} ${new URL(r.url, server.url).pathname}`);
  expect(asked).toEqual(['GET /oauth/authorize', 'POST /oauth/token', 'GET /v1/entries/e1']);
  const token = new URLSearchParams(server.requests.find((r) => r.url === '/oauth/token' && r.method === 'POST')!.body);
  expect(Object.fromEntries(token)).toMatchObject({ grant_type: 'authorization_code', client_id: 'spa', redirect_uri: `${page.url}/callback` });
}, 90_000);
