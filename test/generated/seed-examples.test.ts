/**
 * The seed documents' examples, verbatim but for the import line, compiled under --strict and run against
 * a loopback server; the requests they send are compared with the official `cloudflare` package's.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inspect } from 'node:util';
import Official from 'cloudflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer, type RecordedRequest } from '../helpers/api-server.js';
import { scratchDir } from '../helpers/tree.js';
import { tscErrors } from '../helpers/tsc.js';

const EXAMPLES = 'test/fixtures/seed-examples';
const ENTRY = resolve('generated/src/index.ts');
const TOKEN = 'test-token-0123456789';

/** The seeds' response bodies, by the last path segment of the operation. */
const SEED_RESPONSES: Record<string, unknown> = {
  'active-session': { data: { id: 'id', associated_id: 'associated_id', created_at: 'created_at', live_participants: 0, max_concurrent_participants: 0, meeting_display_name: 'meeting_display_name', minutes_consumed: 0, organization_id: 'organization_id', started_at: 'started_at', status: 'LIVE', type: 'meeting', updated_at: 'updated_at', breakout_rooms: [{}], ended_at: 'ended_at', meta: {} }, success: true },
  kick: { data: { action: 'action', participants: [{ id: 'id', created_at: 'created_at', updated_at: 'updated_at', email: 'email', name: 'name', picture: 'picture' }] }, success: true },
  'kick-all': { data: { action: 'action', kicked_participants_count: 0 }, success: true },
  poll: { data: { action: 'action', poll: { id: 'id', options: [{ count: 0, text: 'text', votes: [{ id: 'id', name: 'name' }] }], question: 'question', anonymous: true, created_by: 'created_by', hide_votes: true, voted: ['string'] } }, success: true },
};

const BASE = '/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/realtime/kit/app_id/meetings/meeting_id/active-session';
const EXPECTED: Record<string, { method: string; path: string; body: unknown }> = {
  'get-active-session.ts': { method: 'GET', path: BASE, body: undefined },
  'kick-participants.ts': { method: 'POST', path: `${BASE}/kick`, body: { custom_participant_ids: ['string'], participant_ids: ['string'] } },
  'kick-all-participants.ts': { method: 'POST', path: `${BASE}/kick-all`, body: undefined },
  'create-poll.ts': { method: 'POST', path: `${BASE}/poll`, body: { options: ['string'], question: 'question' } },
};

const lastSegment = (url: string): string => url.split('?')[0]!.split('/').pop()!;
const wire = (r: RecordedRequest) => ({ method: r.method, path: r.url, body: r.body === '' ? undefined : JSON.parse(r.body), authorization: r.headers['authorization'] });

let server: ApiServer;
let dir: string;

beforeAll(async () => {
  server = await startApiServer((req) => ({ status: 200, body: JSON.stringify(SEED_RESPONSES[lastSegment(req.url)]) }));
  dir = scratchDir('seed-examples-');
  for (const name of readdirSync(EXAMPLES).filter((n) => n.endsWith('.ts'))) {
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    writeFileSync(join(dir, name), text.replace("import Cloudflare from 'cloudflare';", `import Cloudflare from ${JSON.stringify(ENTRY.replace(/\.ts$/, '.js'))};`));
  }
});

afterAll(() => server.close());

describe('the seed examples', () => {
  it('type-check under --strict, unchanged but for the import', () => {
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: ['node'], typeRoots: [resolve('node_modules/@types')], lib: ['ES2022', 'DOM'], allowImportingTsExtensions: false, skipLibCheck: false },
      files: readdirSync(dir).filter((n) => n.endsWith('.ts')),
    }));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    expect(tscErrors(dir)).toBe('');
  });

  it.each(Object.keys(EXPECTED))('%s sends the documented request and prints the seed response', async (name) => {
    const before = server.requests.length;
    // Asynchronously: the loopback server lives in this process and must keep answering.
    const { stdout } = await promisify(execFile)(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), join(dir, name)], {
      encoding: 'utf8',
      env: { ...process.env, CLOUDFLARE_API_TOKEN: TOKEN, CLOUDFLARE_BASE_URL: `${server.url}/client/v4`, CLOUDFLARE_API_KEY: '', CLOUDFLARE_EMAIL: '' },
    });
    const sent = server.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(wire(sent[0]!)).toEqual({ ...EXPECTED[name], authorization: `Bearer ${TOKEN}` });
    expect(sent[0]!.headers['content-type']).toBe(EXPECTED[name]!.body === undefined ? undefined : 'application/json');
    const data = (SEED_RESPONSES[lastSegment(EXPECTED[name]!.path)] as { data: unknown }).data;
    expect(stdout.trim()).toBe(inspect(data));
  });

  it('send the same requests as the official SDK for the same inputs', async () => {
    const official = new Official({ apiToken: TOKEN, apiKey: null, apiEmail: null, baseURL: `${server.url}/client/v4`, maxRetries: 0 });
    const params = { account_id: '023e105f4ecef8ad9ca31a8372d0c353', app_id: 'app_id' };
    const before = server.requests.length;
    await official.realtimeKit.activeSession.getActiveSession('meeting_id', params);
    await official.realtimeKit.activeSession.kickParticipants('meeting_id', { ...params, custom_participant_ids: ['string'], participant_ids: ['string'] });
    await official.realtimeKit.activeSession.kickAllParticipants('meeting_id', params);
    await official.realtimeKit.activeSession.createPoll('meeting_id', { ...params, options: ['string'], question: 'question' });
    const theirs = server.requests.slice(before).map(wire);
    const ours = Object.values(EXPECTED).map((e) => ({ ...e, authorization: `Bearer ${TOKEN}` }));
    expect(theirs).toEqual(ours);
  });
});
