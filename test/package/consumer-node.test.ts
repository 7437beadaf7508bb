/**
 * The packed tarball installed into a scratch project, as a user installs it: the seed example runs
 * with `import` and with `require` against a loopback API, and type-checks under TypeScript's `node16`
 * (ESM and CommonJS files) and `bundler` resolution, and as a page script with no Node types, with the
 * declarations checked too (no skipLibCheck).
 */
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installConsumer, runNode, typeCheck, writeFiles } from './helpers/consumer.js';
import { startApi, type Running } from './helpers/loopback.js';
import { NODE_TYPES } from './helpers/paths.js';
import { preparePackage, type PreparedPackage } from './helpers/prepare.js';
import { ACCOUNT_ID, PACKAGE, SEED_BROWSER, SEED_CJS, SEED_CTS, SEED_ESM } from './helpers/seed.js';

const SESSION = { id: 'session-1', associated_id: 'meeting_id', status: 'LIVE', live_participants: 3, breakout_rooms: [] };
const PATH = `/client/v4/accounts/${ACCOUNT_ID}/realtime/kit/app_id/meetings/meeting_id/active-session`;

const compilerOptions = { target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [NODE_TYPES] };
const TSCONFIGS = {
  'tsconfig.node16.json': JSON.stringify({ compilerOptions: { ...compilerOptions, module: 'node16', moduleResolution: 'node16', lib: ['ES2022'] }, files: ['seed.mts', 'seed.cts'] }),
  'tsconfig.bundler.json': JSON.stringify({ compilerOptions: { ...compilerOptions, module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'] }, files: ['seed.ts'] }),
  // A page script with the DOM library and no Node types at all: the declarations must not need them.
  'tsconfig.browser.json': JSON.stringify({ compilerOptions: { ...compilerOptions, types: [], module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'] }, files: ['browser.ts'] }),
  // Only the error in wrong.ts matters here; skipping the libraries' own check keeps it quick.
  'tsconfig.wrong.json': JSON.stringify({ compilerOptions: { ...compilerOptions, skipLibCheck: true, module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'] }, files: ['wrong.ts'] }),
};

let prepared: PreparedPackage;
let api: Running;
let consumer: string;
beforeAll(async () => {
  prepared = await preparePackage('consumer-node');
  consumer = join(prepared.root, 'consumer');
  installConsumer(consumer, prepared.packed.tarball);
  writeFiles(consumer, { 'seed.mjs': SEED_ESM, 'seed.cjs': SEED_CJS, 'seed.mts': SEED_ESM, 'seed.cts': SEED_CTS, 'seed.ts': SEED_ESM, 'browser.ts': SEED_BROWSER, ...TSCONFIGS });
  api = await startApi(200, { success: true, data: SESSION });
}, 120_000);
afterAll(async () => {
  await api?.close();
  prepared?.cleanup();
});

const env = (): NodeJS.ProcessEnv => ({ CLOUDFLARE_API_TOKEN: 'test-token', CLOUDFLARE_BASE_URL: `${api.url}/client/v4` });

describe.each([
  ['import', 'seed.mjs', 'dist/esm/index.js'],
  ['require', 'seed.cjs', 'dist/cjs/index.js'],
])('the seed example with %s', (_, file, entry) => {
  it(`runs, loading ${entry}, and sends the documented request`, async () => {
    const before = api.requests.length;
    const ran = await runNode(consumer, [file], env());
    expect(ran.stderr).toBe('');
    expect([ran.code, ran.stdout]).toEqual([0, `${inspect(SESSION)}\n`]);
    const seen = api.requests.slice(before);
    expect(seen.map((r) => [r.method, r.url, r.headers.authorization])).toEqual([['GET', PATH, 'Bearer test-token']]);
  });

  it(`resolves the package to ${entry}`, async () => {
    const script = file.endsWith('.mjs') ? ['--input-type=module', '-e', `console.log(import.meta.resolve('${PACKAGE}'))`] : ['-e', `console.log(require.resolve('${PACKAGE}'))`];
    const ran = await runNode(consumer, script);
    expect(ran.stdout.trim().endsWith(`node_modules/${PACKAGE}/${entry}`)).toBe(true);
  });
});

describe('TypeScript users', () => {
  it.each(['tsconfig.node16.json', 'tsconfig.bundler.json', 'tsconfig.browser.json'])('type-check the seed example with %s', (config) => {
    expect(typeCheck(consumer, config)).toBe('');
  });

  it('get a type error for a wrong call (the check can fail)', () => {
    writeFiles(consumer, { 'wrong.ts': `import Cloudflare from '${PACKAGE}';\nnew Cloudflare().realtimeKit.activeSession.getActiveSession('app_id', 'meeting_id', { account: 1 });\n` });
    expect(typeCheck(consumer, 'tsconfig.wrong.json')).toContain('wrong.ts');
  });

  it('can require() the client as a named export and as the default property', async () => {
    const script = `const m = require('${PACKAGE}'); console.log(typeof m.Cloudflare, m.default === m.Cloudflare);`;
    expect((await runNode(consumer, ['-e', script])).stdout).toBe('function true\n');
  });
});
