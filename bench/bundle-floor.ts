#!/usr/bin/env node
/**
 * `npx tsx bench/bundle-floor.ts`: how small a runtime with every feature issue 3 requires can get, and how
 * that compares with the 40 % goal of `bench/bundle-size.ts`. The probe (`bench/bundle-floor/`) is bundled
 * with the same esbuild settings as the shipped package and the official SDK; before it is measured, it
 * must pass the checks below, so the figure is never that of a runtime that does not work.
 */
import { dirname, join, resolve } from 'node:path';
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
  readonly probe: number;
  readonly theirs: number;
  readonly ratio: number;
}

export async function measureFloor(): Promise<FloorMeasurement> {
  await checkProbe();
  const probe = (await bundleSize(PROBE_CALL, REPO)).gzipped;
  const theirs = (await bundleSize(THEIRS, REPO)).gzipped;
  return { probe, theirs, ratio: probe / theirs };
}

export function floorReport(m: FloorMeasurement): string {
  return [
    'one getActiveSession call, the smallest runtime with the required features (bench/bundle-floor/), bundled as in bench/bundle-size.ts',
    `probe ${(m.probe / 1024).toFixed(2)} KB gzip, official ${(m.theirs / 1024).toFixed(2)} KB gzip`,
    `ratio (gzipped): ${(m.ratio * 100).toFixed(1)} % (goal <= ${GOAL * 100} %)`,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${floorReport(await measureFloor())}\n`);
}
