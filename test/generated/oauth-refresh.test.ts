/**
 * OAuth 2 refresh tokens end to end: a package generated from `test/fixtures/oauth`, whose scheme has an
 * authorization-code flow with a `refreshUrl`. The client trades the app's refresh token for access tokens
 * on a loopback token endpoint, keeps the rotated refresh token, tells the app of it, and never retries a
 * refresh the server may have spent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer, type RecordedRequest, type Reply } from '../helpers/api-server.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateFromSpec } from '../helpers/tree.js';
import { captureLogs } from '../runtime/helpers/logs.js';

interface Entry { id: string; amount: number }
interface Tokens { accessToken: string; refreshToken: string; expiresIn?: number }
interface Ledger {
  entries: { getEntry(id: string): Promise<Entry> };
  withOptions(options: object): Ledger;
}
interface Module {
  Ledger: new (options: object) => Ledger;
  SDKError: new () => Error;
  BadRequestError: new () => Error;
  InternalServerError: new () => Error;
}

const FIXTURE = 'test/fixtures/oauth/openapi.yaml';
let out: string;
let module: Module;
let server: ApiServer;
/** The refresh endpoint's answer to its n-th request (1-based). */
let refreshReply: (n: number, request: RecordedRequest) => Reply;
/** The API's answer to a request that carries `authorization`. */
let apiReply: (authorization: string | undefined) => Reply;

const refreshRequests = (): RecordedRequest[] => server.requests.filter((r) => r.url === '/oauth/refresh');
const form = (request: RecordedRequest | undefined): Record<string, string> => Object.fromEntries(new URLSearchParams(request!.body));
const apiAuthorizations = (): (string | undefined)[] => server.requests.filter((r) => r.url.startsWith('/v1/')).map((r) => r.headers.authorization);
const issued = (n: number, fields: object = {}): Reply => ({ status: 200, body: JSON.stringify({ access_token: `access-${n}`, token_type: 'Bearer', expires_in: 3600, ...fields }) });
const entry: Reply = { status: 200, body: '{"id":"e1","amount":5}' };
const client = (options: object = {}): Ledger => new module.Ledger({ baseURL: `${server.url}/v1`, maxRetries: 0, refreshToken: 'refresh-0', ...options });

beforeAll(async () => {
  ({ out, module } = await generateFromSpec<Module>(FIXTURE, 'oauth-refresh-'));
  server = await startApiServer((request) => {
    if (request.url === '/oauth/refresh') return refreshReply(refreshRequests().length, request);
    if (request.url === '/oauth/token') return { status: 500 };
    return apiReply(request.headers.authorization);
  });
}, 60_000);

afterAll(() => server.close());

beforeEach(() => {
  server.requests.length = 0;
  refreshReply = (n) => issued(n);
  apiReply = (authorization) => (authorization?.startsWith('Bearer access-') ? entry : { status: 401, body: '{"message":"bad token"}' });
  delete process.env['LEDGER_REFRESH_TOKEN'];
});

describe('trading the refresh token', () => {
  it('asks the refreshUrl on the first call, with the client in HTTP basic, and sends the access token; the client-credentials endpoint is not asked', async () => {
    await expect(client({ clientId: 'app', clientSecret: 's3cr3t' }).entries.getEntry('e1')).resolves.toEqual({ id: 'e1', amount: 5 });
    const [refresh] = refreshRequests();
    expect(refresh!.method).toBe('POST');
    expect(refresh!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(refresh!.headers.authorization).toBe(`Basic ${Buffer.from('app:s3cr3t').toString('base64')}`);
    expect(form(refresh)).toEqual({ grant_type: 'refresh_token', refresh_token: 'refresh-0' });
    expect(apiAuthorizations()).toEqual(['Bearer access-1']);
    expect(server.requests.map((r) => r.url)).toEqual(['/oauth/refresh', '/v1/entries/e1']);
  });

  it('names the scopes asked for, space-separated, when the scopes option is set', async () => {
    await client({ scopes: ['entries:read', 'entries:write'] }).entries.getEntry('e1');
    expect(form(refreshRequests()[0])).toEqual({ grant_type: 'refresh_token', refresh_token: 'refresh-0', scope: 'entries:read entries:write' });
  });

  it('names a public client (an id, no secret) in the body, and sends no client at all without an id', async () => {
    await client({ clientId: 'public-app' }).entries.getEntry('e1');
    await client({ refreshToken: 'refresh-x' }).entries.getEntry('e1');
    const [pub, bare] = refreshRequests();
    expect(pub!.headers.authorization).toBeUndefined();
    expect(form(pub)).toEqual({ grant_type: 'refresh_token', refresh_token: 'refresh-0', client_id: 'public-app' });
    expect(bare!.headers.authorization).toBeUndefined();
    expect(form(bare)).toEqual({ grant_type: 'refresh_token', refresh_token: 'refresh-x' });
  });

  it('reads the refresh token from its environment variable, and counts it as a way to authenticate', async () => {
    process.env['LEDGER_REFRESH_TOKEN'] = 'refresh-env';
    await new module.Ledger({ baseURL: `${server.url}/v1`, maxRetries: 0 }).entries.getEntry('e1');
    expect(form(refreshRequests()[0])).toMatchObject({ refresh_token: 'refresh-env' });
  });

  it('sends the access token passed until the API refuses it, then refreshes and sends the call again', async () => {
    const ledger = client({ accessToken: 'given' });
    apiReply = (authorization) => (authorization === 'Bearer given' || authorization === 'Bearer access-1' ? entry : { status: 401 });
    await ledger.entries.getEntry('e1');
    expect(refreshRequests()).toEqual([]);
    apiReply = (authorization) => (authorization === 'Bearer access-1' ? entry : { status: 401 });
    await expect(ledger.entries.getEntry('e2')).resolves.toEqual({ id: 'e1', amount: 5 });
    expect(apiAuthorizations()).toEqual(['Bearer given', 'Bearer given', 'Bearer access-1']);
    expect(refreshRequests()).toHaveLength(1);
  });

  it('shares one refresh between concurrent calls and with the clients derived by withOptions', async () => {
    const ledger = client();
    await Promise.all(['e1', 'e2', 'e3', 'e4'].map((id) => ledger.entries.getEntry(id)));
    await ledger.withOptions({ timeout: 5_000 }).entries.getEntry('e5');
    expect(refreshRequests()).toHaveLength(1);
    expect(apiAuthorizations()).toEqual(Array(5).fill('Bearer access-1'));
  });
});

describe('a rotated refresh token', () => {
  it('is used for the next refresh, by derived clients too, and onTokenRefresh hears of each', async () => {
    refreshReply = (n) => issued(n, { refresh_token: `refresh-${n}` });
    const heard: Tokens[] = [];
    const ledger = client({ onTokenRefresh: (tokens: Tokens) => void heard.push(tokens) });
    await ledger.entries.getEntry('e1');
    // The API refuses access-1: the derived client refreshes with the token the first refresh handed out.
    apiReply = (authorization) => (authorization === 'Bearer access-2' ? entry : { status: 401 });
    await ledger.withOptions({ timeout: 5_000 }).entries.getEntry('e2');
    expect(refreshRequests().map((r) => form(r)['refresh_token'])).toEqual(['refresh-0', 'refresh-1']);
    expect(heard).toEqual([
      { accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 3600 },
      { accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 3600 },
    ]);
  });

  it('is the one used when the server hands out none: the callback gets it back', async () => {
    refreshReply = () => ({ status: 200, body: '{"access_token":"access-9"}' });
    const heard: Tokens[] = [];
    await client({ onTokenRefresh: (tokens: Tokens) => void heard.push(tokens) }).entries.getEntry('e1');
    expect(heard).toEqual([{ accessToken: 'access-9', refreshToken: 'refresh-0' }]);
  });

  it('is kept when the callback fails: the waiting calls reject with an SDKError, the next call refreshes with the new one', async () => {
    refreshReply = (n) => issued(n, { refresh_token: `refresh-${n}` });
    let failures = 1;
    const ledger = client({
      onTokenRefresh: async () => {
        if (failures-- > 0) throw new Error('the store is full');
      },
    });
    const error = await ledger.entries.getEntry('e1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(module.SDKError);
    expect((error as Error).message).toBe('The onTokenRefresh callback failed: the store is full');
    expect(apiAuthorizations()).toEqual([]);
    await expect(ledger.entries.getEntry('e2')).resolves.toEqual({ id: 'e1', amount: 5 });
    expect(refreshRequests().map((r) => form(r)['refresh_token'])).toEqual(['refresh-0', 'refresh-1']);
  });
});

describe('a refresh that fails', () => {
  it('is not retried after an ambiguous failure (a 5xx): the server may have spent the refresh token', async () => {
    refreshReply = (n) => (n === 1 ? { status: 500, body: '{"error":"server_error"}' } : issued(n));
    const error = await client({ maxRetries: 2 }).entries.getEntry('e1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(module.InternalServerError);
    expect((error as Error).message).toContain(`The token endpoint ${server.url}/oauth/refresh refused the refresh token: 500`);
    expect(refreshRequests()).toHaveLength(1);
  });

  it('is retried when the server says it did nothing (503 with Retry-After)', async () => {
    refreshReply = (n) => (n === 1 ? { status: 503, headers: { 'retry-after-ms': '1' } } : issued(n));
    await expect(client({ maxRetries: 1 }).entries.getEntry('e1')).resolves.toEqual({ id: 'e1', amount: 5 });
    expect(refreshRequests()).toHaveLength(2);
  });

  it('rejects with the status class when the refresh token is refused, masking it', async () => {
    refreshReply = (_, request) => ({ status: 400, body: JSON.stringify({ error: 'invalid_grant', error_description: `${form(request)['refresh_token']} has expired` }) });
    const error = await client().entries.getEntry('e1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(module.BadRequestError);
    expect((error as Error).message).toContain('refused the refresh token: 400');
    expect((error as Error).message).toContain('*** has expired');
    expect((error as Error).message).not.toContain('refresh-0');
  });
});

describe('the client', () => {
  it('shows no refresh token, first or rotated, in the debug log or in JSON.stringify', async () => {
    refreshReply = (n) => issued(n, { refresh_token: `rotated-${n}` });
    apiReply = (authorization) => ({ status: 400, body: JSON.stringify({ message: `unexpected rotated-1 with ${authorization}` }) });
    const logs = captureLogs();
    const ledger = client({ logLevel: 'debug', logger: logs.logger });
    await expect(ledger.entries.getEntry('e1')).rejects.toThrow('400 unexpected *** with Bearer ***');
    for (const form of ['refresh-0', 'rotated-1', 'access-1']) expect(logs.text(), form).not.toContain(form);
    expect(JSON.stringify(ledger)).toContain('"refreshToken":"***"');
    expect(JSON.stringify(ledger)).not.toContain('refresh-0');
  });

  it('refuses an onTokenRefresh that is not a function', () => {
    expect(() => client({ onTokenRefresh: 'store' })).toThrow('The onTokenRefresh option must be a function, got string.');
  });

  it('types onTokenRefresh, and its README example compiles', () => {
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### OAuth 2 refresh tokens'));
    const example = /```ts\n([\s\S]*?)```/.exec(section)![1]!;
    expect(example).toContain('onTokenRefresh: async ({ accessToken, refreshToken }) => {');
    const header = `import { Ledger, type RefreshedTokens } from './src/index.js';\ndeclare const store: { get(key: string): Promise<string>; set(key: string, value: string): Promise<void> };\ndeclare const process: { env: Record<string, string | undefined> };`;
    const body = [
      'const keep = (tokens: RefreshedTokens): string => tokens.refreshToken;',
      "new Ledger({ refreshToken: 'r', onTokenRefresh: (tokens) => void keep(tokens) });",
      "new Ledger({ refreshToken: 'r', onTokenRefresh: (tokens: { accessToken: number }) => undefined });",
      `async function readmeExample() {\n${example}}`,
    ];
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2322 line 3']);
  });

  it('documents refresh tokens in the README', () => {
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toContain(`the spec's \`authorizationCode\` flow, see [Signing users in](#signing-users-in)`);
    expect(readme).toContain('trades it for access tokens at `/oauth/refresh` (resolved against the base URL)');
    expect(readme).toMatch(/\| `refreshToken` +\| `process\.env\['LEDGER_REFRESH_TOKEN'\]` +\| An OAuth 2 refresh token/);
    expect(readme).toContain("Every credential that is set is sent, except an OAuth 2 client's id and secret and the refresh token: those go to the token endpoint only.");
  });
});
