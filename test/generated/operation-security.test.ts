/**
 * Operations whose security differs from the document's: a package generated from
 * `test/fixtures/operation-security`, where logging in needs no credential (`security: []`), a health
 * check takes one optionally (`- {}`), listing entries needs the document's OAuth 2 token, and a report
 * needs an API key of its own. Run against a loopback server that is both the API and its token endpoint.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer, type RecordedRequest } from '../helpers/api-server.js';
import { tscErrors } from '../helpers/tsc.js';
import { generateFromSpec } from '../helpers/tree.js';

interface Ledger {
  sessions: { createSession(params: { user: string; password: string }): Promise<{ token: string }> };
  health: { getHealth(): Promise<unknown> };
  entries: { listEntries(): Promise<string[]> };
  reports: { getReport(): Promise<unknown> };
  get(path: string): Promise<unknown>;
  withOptions(options: object): Ledger;
}
interface Module { Ledger: new (options: object) => Ledger; SDKError: new () => Error }

const FIXTURE = 'test/fixtures/operation-security/openapi.yaml';
let out: string;
let module: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ out, module } = await generateFromSpec<Module>(FIXTURE, 'operation-security-'));
  server = await startApiServer((request) => {
    if (request.url === '/oauth/token') return { status: 200, body: '{"access_token":"fetched","token_type":"Bearer","expires_in":3600}' };
    if (request.url === '/sessions') return { status: 201, body: '{"token":"from-login"}' };
    return { status: 200, body: request.url === '/entries' ? '["e1"]' : '{"ok":true}' };
  });
}, 60_000);

afterAll(() => server.close());

beforeEach(() => {
  server.requests.length = 0;
  for (const name of ['LEDGER_OAUTH', 'LEDGER_CLIENT_ID', 'LEDGER_CLIENT_SECRET', 'LEDGER_REPORT_KEY']) delete process.env[name];
});

const client = (options: object = {}): Ledger => new module.Ledger({ baseURL: server.url, maxRetries: 0, ...options });
const sentTo = (url: string): RecordedRequest[] => server.requests.filter((r) => r.url === url);

describe('a client built without credentials', () => {
  it('can be built, and calls the operations that need none', async () => {
    const anonymous = client();
    await expect(anonymous.sessions.createSession({ user: 'ada', password: 'pw' })).resolves.toEqual({ token: 'from-login' });
    await expect(anonymous.health.getHealth()).resolves.toEqual({ ok: true });
    expect(server.requests.map((r) => [r.url, r.headers.authorization])).toEqual([['/sessions', undefined], ['/health', undefined]]);
  });

  it('rejects a call of an operation that needs credentials before sending it, naming what to pass', async () => {
    const error = await client().entries.listEntries().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(module.SDKError);
    expect((error as Error).message).toBe('Ledger: no credentials. Pass oauth; or pass reportKey; or pass clientId and clientSecret.');
    expect(server.requests).toEqual([]);
  });

  it('makes a client that has the token it logged in for', async () => {
    const anonymous = client();
    const { token } = await anonymous.sessions.createSession({ user: 'ada', password: 'pw' });
    await expect(anonymous.withOptions({ oauth: token }).entries.listEntries()).resolves.toEqual(['e1']);
    expect(sentTo('/entries')[0]!.headers.authorization).toBe('Bearer from-login');
  });

  it('sends a raw request without checking: the path may need no credentials', async () => {
    await expect(client().get('/entries')).resolves.toEqual(['e1']);
  });
});

describe('a client built with credentials', () => {
  it('sends none to an operation whose security is empty, and sends them to one where they are optional', async () => {
    const withToken = client({ oauth: 'tok', reportKey: 'rk' });
    await withToken.sessions.createSession({ user: 'ada', password: 'pw' });
    await withToken.health.getHealth();
    await withToken.entries.listEntries();
    const credentialsOf = (url: string) => [sentTo(url)[0]!.headers.authorization, sentTo(url)[0]!.headers['x-report-key']];
    expect(credentialsOf('/sessions')).toEqual([undefined, undefined]);
    expect(credentialsOf('/health')).toEqual(['Bearer tok', 'rk']);
    expect(credentialsOf('/entries')).toEqual(['Bearer tok', 'rk']);
  });

  it('fetches no OAuth 2 token for an operation whose security is empty', async () => {
    const fetching = client({ clientId: 'id', clientSecret: 'secret' });
    await fetching.sessions.createSession({ user: 'ada', password: 'pw' });
    expect(sentTo('/oauth/token')).toEqual([]);
    await fetching.entries.listEntries();
    expect(sentTo('/oauth/token')).toHaveLength(1);
    expect(sentTo('/entries')[0]!.headers.authorization).toBe('Bearer fetched');
  });

  it("accepts any alternative some operation accepts: a report's key alone lets every call through the client's check", async () => {
    await expect(client({ reportKey: 'rk' }).reports.getReport()).resolves.toEqual({ ok: true });
    await expect(client({ reportKey: 'rk' }).entries.listEntries()).resolves.toEqual(['e1']);
  });
});

describe('the generated package', () => {
  it('compiles', () => {
    expect(tscErrors(join(out, 'tsconfig.json'), ['--noEmit'])).toBe('');
  });

  it('says which operations need no credentials, in their docs and in the README', () => {
    const sessions = readFileSync(join(out, 'src/resources/sessions.ts'), 'utf8');
    expect(sessions).toContain('Needs no credentials, and is sent without any (its security is empty)');
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toContain('The operations that need credentials need one of: `oauth`; or `reportKey`; or `clientId` and `clientSecret`; without them, calling one rejects');
    expect(readme).toContain('The other 2 operations (marked "Needs no credentials" under [Methods](#methods)) need none');
    expect(readme).toContain('The operation whose security is empty (`security: []`) is sent none.');
  });
});
