/**
 * SigV4 in headless Chromium: the package generated from `test/fixtures/aws-sigv4`, bundled for the browser,
 * signs a call with the browser's Web Crypto; the loopback API (another origin, so a CORS preflight) checks
 * the signature with `aws4` over the request as it arrived.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { expectedAuthorization } from '../helpers/sigv4-check.js';
import { generateFromSpec } from '../helpers/tree.js';
import { startStatic, type Running } from '../package/helpers/loopback.js';

const CHROMIUM = '/usr/bin/chromium';
const KEY = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'browser/token=' };

let out: string;
let api: ApiServer;
let page: Running | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  ({ out } = await generateFromSpec('test/fixtures/aws-sigv4/openapi.yaml', 'aws-sigv4-browser-'));
  api = await startApiServer((request) => {
    const cors = { 'access-control-allow-origin': String(request.headers.origin ?? '*') };
    if (request.method === 'OPTIONS') return { status: 204, headers: { ...cors, 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': String(request.headers['access-control-request-headers'] ?? '') } };
    return { status: 201, headers: cors, body: '{"id":"i1","name":"from the browser"}' };
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await page?.close();
  await api.close();
});

/** The page: a client with a key and a session token, one signed POST, its answer in `__result`. */
function pageScript(): string {
  return `import { Inventory } from ${JSON.stringify(join(out, 'src/index.ts'))};
const client = new Inventory({ baseURL: new URLSearchParams(location.search).get('api') + '/prod', region: 'eu-west-1', maxRetries: 0, ...${JSON.stringify(KEY)} });
try {
  globalThis.__result = { item: await client.items.createItem({ name: 'from the browser' }) };
} catch (error) {
  globalThis.__result = { error: String(error), cause: String(error.cause) };
}
`;
}

it('signs a request with Web Crypto in Chromium, across origins, and the signature checks', async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: run \`apt-get update && apt-get install -y chromium\` (CI's .ci/run installs it).`);
  const bundled = await build({ stdin: { contents: pageScript(), loader: 'ts', resolveDir: out }, bundle: true, platform: 'browser', format: 'esm', target: 'es2022', write: false, logLevel: 'silent' });
  page = await startStatic({
    '/': { type: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>sigv4</title><link rel="icon" href="data:,"><script type="module" src="/app.js"></script>' },
    '/app.js': { type: 'text/javascript', body: bundled.outputFiles[0]!.text },
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'] });
  const tab = await browser.newPage();
  await tab.goto(`${page.url}/?api=${encodeURIComponent(api.url)}`);
  const result = await (await tab.waitForFunction(() => (globalThis as Record<string, unknown>)['__result'], undefined, { timeout: 20_000 })).jsonValue();
  expect(result).toEqual({ item: { id: 'i1', name: 'from the browser' } });
  const [preflight, post] = api.requests;
  expect(preflight!.method).toBe('OPTIONS');
  expect(post!.method).toBe('POST');
  expect(post!.headers['x-amz-security-token']).toBe(KEY.sessionToken);
  expect(post!.headers.authorization).toContain('/eu-west-1/execute-api/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,');
  expect(post!.headers.authorization).toBe(expectedAuthorization(post!, KEY, 'eu-west-1'));
}, 90_000);
