/**
 * The packed package in headless Chromium: the seed example bundled for the browser by esbuild (which
 * fails on any Node built-in), served from one loopback origin, calling an API on another, so the
 * request goes through a real CORS preflight.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installConsumer, writeFiles } from './helpers/consumer.js';
import { startApi, startStatic, type Running } from './helpers/loopback.js';
import { preparePackage, type PreparedPackage } from './helpers/prepare.js';
import { ACCOUNT_ID, PACKAGE, SEED_BROWSER } from './helpers/seed.js';

const CHROMIUM = '/usr/bin/chromium';
const SESSION = { id: 'session-1', status: 'LIVE', live_participants: 2 };

let prepared: PreparedPackage;
let consumer: string;
const running: Running[] = [];
let browser: Browser | undefined;

beforeAll(async () => {
  prepared = await preparePackage('consumer-browser');
  consumer = join(prepared.root, 'consumer');
  installConsumer(consumer, prepared.packed.tarball);
  writeFiles(consumer, { 'browser.ts': SEED_BROWSER, 'refused.ts': REFUSED });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await Promise.all(running.map((r) => r.close()));
  prepared?.cleanup();
});

/** A call to a port nothing listens on (what a browser's `fetch` failure becomes), and a client without credentials. */
const REFUSED = `import Cloudflare from '${PACKAGE}';

let missing = '';
try {
  new Cloudflare({ apiToken: null });
} catch (error) {
  missing = (error as Error).message;
}

const client = new Cloudflare({ apiToken: 'browser-token', baseURL: new URLSearchParams(location.search).get('api')!, maxRetries: 0 });
try {
  await client.realtimeKit.activeSession.getActiveSession('app_id', 'meeting_id', { account_id: 'a' });
  (globalThis as Record<string, unknown>)['__result'] = { error: 'none' };
} catch (error) {
  const connection = error instanceof Cloudflare.APIConnectionError && !(error instanceof Cloudflare.APIConnectionTimeoutError);
  (globalThis as Record<string, unknown>)['__result'] = { name: (error as Error).name, connection, cause: String((error as Error).cause), missing };
}
`;

/** A page script bundled for browsers; esbuild refuses to bundle a Node built-in here. */
async function bundle(entry = 'browser.ts'): Promise<string> {
  const result = await build({ entryPoints: [join(consumer, entry)], absWorkingDir: consumer, bundle: true, platform: 'browser', format: 'esm', target: 'es2022', write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

/** Serves `script` as a module page and waits for the `__result` it sets, with the page's console. */
async function runPage(script: string, api: string): Promise<{ result: unknown; logged: string[]; origin: string }> {
  const page = await startStatic({
    '/': { type: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>seed</title><link rel="icon" href="data:,"><script type="module" src="/app.js"></script>' },
    '/app.js': { type: 'text/javascript', body: script },
  });
  running.push(page);
  browser ??= await launch();
  const tab = await browser.newPage();
  const logged: string[] = [];
  tab.on('console', (m) => logged.push(`${m.type()}: ${m.text()}`));
  tab.on('pageerror', (e) => logged.push(`pageerror: ${e.message}`));
  await tab.goto(`${page.url}/?api=${encodeURIComponent(api)}`);
  const result = await tab.waitForFunction(() => (globalThis as Record<string, unknown>)['__result'], undefined, { timeout: 20_000 });
  return { result: await result.jsonValue(), logged, origin: page.url };
}

function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: run \`apt-get update && apt-get install -y chromium\` (CI's .ci/run installs it).`);
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'] });
}

describe('in headless Chromium', () => {
  it('the seed example runs from a bundle, across origins, through a CORS preflight', async () => {
    const api = await startApi(200, { success: true, data: SESSION });
    running.push(api);
    const { result, logged, origin } = await runPage(await bundle(), `${api.url}/client/v4`);
    expect(result).toEqual({ data: SESSION });
    expect(logged.filter((l) => !l.startsWith('log: '))).toEqual([]);
    const path = `/client/v4/accounts/${ACCOUNT_ID}/realtime/kit/app_id/meetings/meeting_id/active-session`;
    expect(api.requests.map((r) => [r.method, r.url, r.headers.origin])).toEqual([
      ['OPTIONS', path, origin],
      ['GET', path, origin],
    ]);
    expect(api.requests[1]!.headers.authorization).toBe('Bearer browser-token');
  }, 90_000);

  it('a refused connection rejects with APIConnectionError; no credentials: the error names options, not variables', async () => {
    const closed = await startApi(200, {});
    await closed.close();
    const { result, logged } = await runPage(await bundle('refused.ts'), `${closed.url}/client/v4`);
    expect(result).toEqual({
      name: 'APIConnectionError',
      connection: true,
      cause: expect.stringMatching(/^TypeError: /),
      missing: 'Cloudflare: no credentials. Pass apiToken; or pass apiEmail and apiKey.',
    });
    expect(logged.filter((l) => !/^(log|error): /.test(l))).toEqual([]);
  }, 90_000);

  it('bundles the browser build: no environment variables read, no error codes of server runtimes', async () => {
    const script = await bundle();
    for (const serverOnly of ['process?.env', 'Deno?.env', 'ECONNREFUSED', 'CLOUDFLARE_']) expect(script).not.toContain(serverOnly);
  });

  it('the bundle holds no reference to a Node built-in', async () => {
    expect((await bundle()).match(/\bnode:[a-z_]+|require\(["'](fs|path|http|https|crypto|os|url)["']\)/g)).toBeNull();
  });
});
