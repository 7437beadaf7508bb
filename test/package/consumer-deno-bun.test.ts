/**
 * The packed package in Deno and Bun (both from their npm packages, which carry the binaries): the seed
 * example, as TypeScript, runs unchanged but for the import line against a loopback API. Both runtimes
 * read `process.env` through their Node compatibility, so the token comes from the environment.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installConsumer, writeFiles } from './helpers/consumer.js';
import { startApi, type Running } from './helpers/loopback.js';
import { REPO } from './helpers/paths.js';
import { preparePackage, type PreparedPackage } from './helpers/prepare.js';
import { ACCOUNT_ID, SEED_ESM } from './helpers/seed.js';

const SESSION = { id: 'session-1', status: 'LIVE', live_participants: 4 };
const PATH = `/client/v4/accounts/${ACCOUNT_ID}/realtime/kit/app_id/meetings/meeting_id/active-session`;
const bin = (name: string): string => join(REPO, 'node_modules', '.bin', name);

let prepared: PreparedPackage;
let consumer: string;
let api: Running;

beforeAll(async () => {
  prepared = await preparePackage('consumer-deno-bun');
  consumer = join(prepared.root, 'consumer');
  installConsumer(consumer, prepared.packed.tarball);
  writeFiles(consumer, { 'seed.ts': SEED_ESM });
  api = await startApi(200, { success: true, data: SESSION });
}, 120_000);
afterAll(async () => {
  await api?.close();
  prepared?.cleanup();
});

describe.each([
  ['Deno', [bin('deno'), 'run', '--allow-net', '--allow-env', '--allow-read', 'seed.ts']],
  ['Bun', [bin('bun'), 'run', 'seed.ts']],
])('in %s', (runtime, [command, ...args]) => {
  it('the seed example runs and sends the documented request', async () => {
    const before = api.requests.length;
    const token = `${runtime.toLowerCase()}-token`;
    const { stdout } = await promisify(execFile)(command!, args, {
      cwd: consumer,
      env: { PATH: process.env['PATH'], HOME: consumer, DENO_DIR: join(consumer, '.deno'), CLOUDFLARE_API_TOKEN: token, CLOUDFLARE_BASE_URL: `${api.url}/client/v4` },
    });
    expect(stdout).toMatch(/id: ["']session-1["']/);
    expect(api.requests.slice(before).map((r) => [r.method, r.url, r.headers.authorization])).toEqual([['GET', PATH, `Bearer ${token}`]]);
  }, 60_000);
});
