#!/usr/bin/env node
/**
 * `npx tsx bench/bundle-floor.ts`: how small a runtime with every feature issue 3 requires can get, and how
 * that compares with the 40 % goal of `bench/bundle-size.ts`. The probe (`bench/bundle-floor/`) is bundled
 * with the same esbuild settings as the shipped package and the official SDK; before it is measured, it
 * must pass the checks below, so the figure is never that of a runtime that does not work.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSize, GOAL, THEIRS } from './bundle-size.js';
import Cloudflare from './bundle-floor/client.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const PROBE_CALL = `import Cloudflare from './bench/bundle-floor/client.ts';
const client = new Cloudflare({ apiToken: 'token' });
const response = await client.realtimeKit.activeSession.getActiveSession('app_id', 'meeting_id', { account_id: '023e105f4ecef8ad9ca31a8372d0c353' });
console.log(response.data);`;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** Throws unless the probe retries, fails with the right class, checks paths and credentials, and masks the token in logs and errors. */
export async function checkProbe(): Promise<void> {
  const lines: string[] = [];
  const logger = { error() {}, warn() {}, info: (m: string) => lines.push(m), debug: (m: string, ...rest: unknown[]) => lines.push(m + JSON.stringify(rest)) };
  const replies = [json(500, { errors: [{ code: 1, message: 'boom' }] }, { 'retry-after-ms': '1' }), json(200, { success: true })];
  const seen: string[] = [];
  const fetch = async (url: string) => (seen.push(url), replies.shift()!);
  const client = new Cloudflare({ apiToken: 'secret-token-1', fetch, logLevel: 'debug', logger });
  const data = await client.realtimeKit.activeSession.getActiveSession('a b', 'm', { account_id: 'acc' });
  expect(JSON.stringify(data) === '{"success":true}', `a GET retried after a 500 returns the second answer, got ${JSON.stringify(data)}`);
  expect(seen.length === 2 && seen[0] === 'https://api.cloudflare.com/client/v4/accounts/acc/realtime/kit/a%20b/meetings/m/active-session', `two attempts at the encoded URL, got ${seen}`);
  expect(lines.length > 0 && !lines.some((line) => line.includes('secret-token-1')), 'debug logging happens and never shows the token');

  const notFound = new Cloudflare({ apiToken: 't0k3n', maxRetries: 0, fetch: async () => json(404, { errors: [{ code: 7, message: 'no meeting' }] }) });
  const error = await failure(() => notFound.realtimeKit.activeSession.kickAllParticipants('a', 'm', { account_id: 'acc' }));
  expect(error instanceof (Cloudflare as unknown as { NotFoundError: typeof Error }).NotFoundError && error.name === 'NotFoundError' && error.message === '404 no meeting (code 7)', `a 404 is a NotFoundError with the server's message, got ${String(error)}`);
  const refused = await failure(() => notFound.realtimeKit.activeSession.getActiveSession('..', 'm', { account_id: 'acc' }));
  expect(refused?.message.includes('"appId"') === true, `a ".." path parameter is refused by name, got ${String(refused)}`);
  const echo = new Cloudflare({ apiToken: 'echoed-token-2', maxRetries: 0, fetch: async () => json(401, { message: 'bad token echoed-token-2' }) });
  const denied = await failure(() => echo.realtimeKit.activeSession.getActiveSession('a', 'm', { account_id: 'acc' }));
  expect(denied?.message === '401 bad token ***', `a token the server echoes is masked in the error message, got ${String(denied)}`);
  const missing = await failure(() => new Cloudflare({ apiToken: null }));
  expect(String(missing).includes('CLOUDFLARE_API_TOKEN'), `no credentials: the message names the variable, got ${String(missing)}`);

  // What the official bundle has besides: raw helpers, and masking a credential header a caller passes.
  const raw: string[] = [];
  const helper = new Cloudflare({ apiToken: 't0k3n', fetch: async (url: string) => (raw.push(url), json(200, { ok: 1 })), logLevel: 'debug', logger: { ...logger, debug: (m: string, ...rest: unknown[]) => raw.push(m + JSON.stringify(rest)) } });
  await (helper as unknown as { get(path: string, options: object): Promise<unknown> }).get('/zones', { query: { name: 'a b' }, headers: { 'X-Api-Key': 'caller-key-3' } });
  expect(raw.includes('https://api.cloudflare.com/client/v4/zones?name=a+b'), `client.get sends the query, got ${raw}`);
  expect(raw.some((line) => line.includes('"x-api-key":"***"')), `a caller's X-Api-Key header is masked at debug level, got ${raw}`);
}

/** What `act` throws or rejects with; undefined when it succeeds. */
async function failure(act: () => unknown): Promise<Error | undefined> {
  try {
    await act();
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

function expect(ok: boolean, what: string): void {
  if (!ok) throw new Error(`bundle-floor probe: ${what}`);
}

export interface FloorMeasurement {
  /** The whole probe: issue 3's features and what the official bundle has besides. */
  readonly probe: number;
  /** The probe without the raw helpers and without masking headers by name. */
  readonly belowParity: number;
  /** The whole probe, built as the shipped package's browser build is: no environment, opaque fetch errors. */
  readonly browser: number;
  readonly theirs: number;
  readonly ratio: number;
  readonly belowParityRatio: number;
  readonly browserRatio: number;
}

/** Checks the probe, then measures it whole, below parity and as a browser build, and the official bundle. */
export async function measureFloor(): Promise<FloorMeasurement> {
  await checkProbe();
  // Both switches always defined, so the bundler drops the branches a variant does not take.
  const variant = (belowParity: boolean, browser: boolean) =>
    bundleSize(PROBE_CALL, REPO, [], { 'globalThis.PROBE_BELOW_PARITY': String(belowParity), 'globalThis.PROBE_BROWSER': String(browser) }).then((size) => size.gzipped);
  const probe = await variant(false, false);
  const belowParity = await variant(true, false);
  const browser = await variant(false, true);
  const theirs = (await bundleSize(THEIRS, REPO)).gzipped;
  return { probe, belowParity, browser, theirs, ratio: probe / theirs, belowParityRatio: belowParity / theirs, browserRatio: browser / theirs };
}

export function floorReport(m: FloorMeasurement): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
  const percent = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;
  return [
    'one getActiveSession call, the smallest runtime with the required features (bench/bundle-floor/), bundled as in bench/bundle-size.ts',
    `official ${kb(m.theirs)} gzip`,
    `probe, with the raw helpers and header masking the official bundle has: ${kb(m.probe)} gzip, ${percent(m.ratio)}`,
    `probe without those two: ${kb(m.belowParity)} gzip, ${percent(m.belowParityRatio)}`,
    `whole probe as a browser build (no environment, opaque fetch errors): ${kb(m.browser)} gzip, ${percent(m.browserRatio)}`,
    `ratio (gzipped): ${percent(m.ratio)} (goal <= ${GOAL * 100} %)`,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${floorReport(await measureFloor())}\n`);
}
