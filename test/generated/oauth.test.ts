/**
 * OAuth 2 client credentials end to end: a package generated from `test/fixtures/oauth`, whose client takes
 * an id and a secret, fetches its token from the spec's (relative) token URL on a loopback server, shares
 * it between calls, renews it, and replaces it when the API answers 401.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer, type RecordedRequest, type Reply } from '../helpers/api-server.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateFromSpec } from '../helpers/tree.js';
import { captureLogs } from '../runtime/helpers/logs.js';

interface Entry { id: string; amount: number }
interface Ledger {
  entries: {
    getEntry(id: string, options?: { signal?: AbortSignal }): Promise<Entry>;
    createEntry(params: { amount: number }): Promise<Entry>;
  };
}
type LedgerClass = new (options: object) => Ledger;
interface Module { Ledger: LedgerClass; AuthenticationError: new () => Error; APIUserAbortError: new () => Error; SDKError: new () => Error }

const FIXTURE = 'test/fixtures/oauth/openapi.yaml';
const ID = 'ledger app';
const SECRET = 's3cr3t:+/=';
let out: string;
let module: Module;
let warnings: string;
let server: ApiServer;
/** The token endpoint's answer to its n-th request (1-based). */
let tokenReply: (n: number) => Reply;
/** The API's answer to a request that carries `authorization`. */
let apiReply: (authorization: string | undefined) => Reply;

const tokenRequests = (): RecordedRequest[] => server.requests.filter((r) => r.url === '/oauth/token');
const apiRequests = (): RecordedRequest[] => server.requests.filter((r) => r.url.startsWith('/v1/'));
const issued = (n: number, expiresIn: number | undefined = 3600): Reply => ({ status: 200, body: JSON.stringify({ access_token: `token-${n}`, token_type: 'Bearer', ...(expiresIn === undefined ? {} : { expires_in: expiresIn }) }) });
const entry: Reply = { status: 200, body: '{"id":"e1","amount":5}' };
const client = (options: object = {}): Ledger => new module.Ledger({ baseURL: `${server.url}/v1`, clientId: ID, clientSecret: SECRET, maxRetries: 0, ...options });

beforeAll(async () => {
  ({ out, module, stderr: warnings } = await generateFromSpec<Module>(FIXTURE, 'oauth-'));
  server = await startApiServer((request) => (request.url === '/oauth/token' ? tokenReply(tokenRequests().length) : apiReply(request.headers.authorization)));
}, 60_000);

afterAll(() => server.close());

beforeEach(() => {
  server.requests.length = 0;
  tokenReply = (n) => issued(n);
  apiReply = (authorization) => (authorization?.startsWith('Bearer token-') ? entry : { status: 401, body: '{"message":"bad token"}' });
  for (const name of ['LEDGER_ACCESS_TOKEN', 'LEDGER_CLIENT_ID', 'LEDGER_CLIENT_SECRET', 'LEDGER_REFRESH_TOKEN']) delete process.env[name];
});

describe('fetching the token', () => {
  it('asks the token URL, resolved against the base URL, with HTTP basic and grant_type, then sends the token as a bearer', async () => {
    await expect(client({ scopes: ['entries:read', 'entries:write'] }).entries.getEntry('e1')).resolves.toEqual({ id: 'e1', amount: 5 });
    const [token] = tokenRequests();
    expect(token!.method).toBe('POST');
    expect(token!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    // RFC 6749 §2.3.1: each half form-encoded before the basic encoding.
    expect(token!.headers.authorization).toBe(`Basic ${Buffer.from('ledger+app:s3cr3t%3A%2B%2F%3D').toString('base64')}`);
    expect(Object.fromEntries(new URLSearchParams(token!.body))).toEqual({ grant_type: 'client_credentials', scope: 'entries:read entries:write' });
    expect(apiRequests()[0]!.headers.authorization).toBe('Bearer token-1');
  });

  it('names no scope when the scopes option is unset', async () => {
    await client().entries.getEntry('e1');
    expect(tokenRequests()[0]!.body).toBe('grant_type=client_credentials');
  });

  it("sends the token endpoint none of the API's other credentials, default headers or default query", async () => {
    await client({ tenantKey: 'k1', defaultHeaders: { 'X-Tenant': 't1' }, defaultQuery: { tenant: 't1' } }).entries.getEntry('e1');
    expect(tokenRequests()).toHaveLength(1);
    expect(tokenRequests()[0]!.headers['x-tenant']).toBeUndefined();
    expect(apiRequests()[0]!.headers['x-tenant']).toBe('t1');
    expect(apiRequests()[0]!.url).toBe('/v1/entries/e1?key=k1&tenant=t1');
  });

  it('reads the id and secret from their environment variables', async () => {
    process.env['LEDGER_CLIENT_ID'] = 'env-id';
    process.env['LEDGER_CLIENT_SECRET'] = 'env-secret';
    await new module.Ledger({ baseURL: `${server.url}/v1` }).entries.getEntry('e1');
    expect(tokenRequests()[0]!.headers.authorization).toBe(`Basic ${Buffer.from('env-id:env-secret').toString('base64')}`);
  });

  it('fetches nothing when a token is passed: it wins over the id and secret', async () => {
    apiReply = (authorization) => (authorization === 'Bearer given' ? entry : { status: 401 });
    await client({ accessToken: 'given' }).entries.getEntry('e1');
    expect(tokenRequests()).toEqual([]);
  });
});

describe('keeping the token', () => {
  it('shares one token request between concurrent calls, and keeps the token for later ones', async () => {
    const ledger = client();
    await Promise.all([1, 2, 3, 4, 5].map((n) => ledger.entries.getEntry(`e${n}`)));
    await ledger.entries.createEntry({ amount: 1 });
    expect(tokenRequests()).toHaveLength(1);
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(Array(6).fill('Bearer token-1'));
  });

  it('shares the token with the clients derived from it, masked in their errors too; not with clients built apart', async () => {
    const ledger = client();
    await ledger.entries.getEntry('e1');
    const derived = (ledger as unknown as { withOptions(o: object): Ledger }).withOptions({ timeout: 5_000 });
    await derived.entries.getEntry('e2');
    expect(tokenRequests()).toHaveLength(1);
    apiReply = (authorization) => ({ status: 400, body: JSON.stringify({ message: `bad request for ${authorization}` }) });
    await expect(derived.entries.getEntry('e3')).rejects.toThrow('400 bad request for Bearer ***');
    apiReply = () => entry;
    await client().entries.getEntry('e4');
    expect(tokenRequests()).toHaveLength(2);
  });

  it('renews a token at half its life when it lives less than two minutes', async () => {
    tokenReply = (n) => issued(n, 4);
    const ledger = client();
    await ledger.entries.getEntry('e1');
    await ledger.entries.getEntry('e2');
    // Past half of the 4 s, short of the whole: a client that waited for the expiry would still use token-1.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await ledger.entries.getEntry('e3');
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-1', 'Bearer token-2']);
  });

  it('keeps a token without expires_in until the API refuses it', async () => {
    tokenReply = (n) => issued(n, undefined);
    const ledger = client();
    for (const id of ['e1', 'e2', 'e3']) await ledger.entries.getEntry(id);
    expect(tokenRequests()).toHaveLength(1);
  });
});

describe('a token the API refuses', () => {
  it('is replaced once, beyond maxRetries: the call succeeds with the new one', async () => {
    apiReply = (authorization) => (authorization === 'Bearer token-2' ? entry : { status: 401, body: '{"message":"revoked"}' });
    await expect(client({ maxRetries: 0 }).entries.getEntry('e1')).resolves.toEqual({ id: 'e1', amount: 5 });
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(apiRequests().map((r) => r.headers['x-retry-count'])).toEqual(['0', '1']);
  });

  it('leaves the retries to the attempts after it', async () => {
    let calls = 0;
    apiReply = () => (++calls === 1 ? { status: 401 } : calls === 2 ? { status: 503, headers: { 'retry-after-ms': '1' } } : entry);
    await expect(client({ maxRetries: 1 }).entries.getEntry('e1')).resolves.toEqual({ id: 'e1', amount: 5 });
    expect(apiRequests()).toHaveLength(3);
  });

  it('is replaced only once per call: a second 401 rejects with AuthenticationError, the token masked', async () => {
    apiReply = (authorization) => ({ status: 401, body: JSON.stringify({ message: `no access for ${authorization}` }) });
    const error = await client().entries.getEntry('e1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(module.AuthenticationError);
    expect((error as Error).message).toBe('401 no access for Bearer ***');
    expect(tokenRequests()).toHaveLength(2);
    expect(apiRequests()).toHaveLength(2);
  });

  it('is not replaced when the caller gave it', async () => {
    const error = await client({ accessToken: 'given' }).entries.getEntry('e1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(module.AuthenticationError);
    expect(apiRequests()).toHaveLength(1);
    expect(tokenRequests()).toEqual([]);
  });
});

describe('a token endpoint that fails', () => {
  it('rejects the call with the status class, naming the endpoint and masking the credentials', async () => {
    const basic = Buffer.from('ledger+app:s3cr3t%3A%2B%2F%3D').toString('base64');
    tokenReply = () => ({ status: 401, body: JSON.stringify({ error: 'invalid_client', error_description: `unknown client ${ID} with ${SECRET} (Basic ${basic})` }) });
    const error = await client().entries.getEntry('e1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(module.AuthenticationError);
    const message = (error as Error).message;
    expect(message).toContain(`The token endpoint ${server.url}/oauth/token refused the client's credentials: 401`);
    expect(message).toContain('invalid_client');
    expect(message).not.toContain(SECRET);
    expect(message).toContain('(Basic ***)');
    expect(apiRequests()).toEqual([]);
  });

  it('is retried like any call', async () => {
    tokenReply = (n) => (n === 1 ? { status: 503, headers: { 'retry-after-ms': '1' } } : issued(n));
    await expect(client({ maxRetries: 1 }).entries.getEntry('e1')).resolves.toEqual({ id: 'e1', amount: 5 });
    expect(apiRequests()[0]!.headers.authorization).toBe('Bearer token-2');
  });

  it('reads a token answered as JSON under another content type, or form-encoded', async () => {
    tokenReply = () => ({ status: 200, headers: { 'content-type': 'text/plain' }, body: '{"access_token":"token-text","token_type":"bearer"}' });
    await client().entries.getEntry('e1');
    tokenReply = () => ({ status: 200, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'access_token=token-form&token_type=bearer&expires_in=3600' });
    await client().entries.getEntry('e2');
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(['Bearer token-text', 'Bearer token-form']);
  });

  it('rejects an answer without an access token, or with a token type other than bearer', async () => {
    tokenReply = () => ({ status: 200, body: '{"token_type":"bearer"}' });
    await expect(client().entries.getEntry('e1')).rejects.toThrow(`The token endpoint ${server.url}/oauth/token answered without an access_token.`);
    tokenReply = () => ({ status: 200, body: '{"access_token":"t","token_type":"mac"}' });
    await expect(client().entries.getEntry('e1')).rejects.toThrow('gave a token of type "mac"; only bearer tokens can be sent.');
  });

  it('lets a waiting call be aborted, without failing the others that share the fetch', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slowTokens = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
      if (String(url).endsWith('/oauth/token')) await held;
      return fetch(url, init);
    };
    const ledger = client({ fetch: slowTokens });
    const controller = new AbortController();
    const aborted = ledger.entries.getEntry('e1', { signal: controller.signal }).catch((e: unknown) => e);
    const patient = ledger.entries.getEntry('e2');
    controller.abort();
    expect(await aborted).toBeInstanceOf(module.APIUserAbortError);
    release();
    await expect(patient).resolves.toEqual({ id: 'e1', amount: 5 });
    expect(tokenRequests()).toHaveLength(1);
  });
});

describe('constructing the client', () => {
  it('without credentials, names both ways to authenticate and their variables', () => {
    expect(() => new module.Ledger({})).toThrow(
      'Ledger: no credentials. Pass accessToken (or set the environment variable LEDGER_ACCESS_TOKEN); or pass refreshToken (or set the environment variable LEDGER_REFRESH_TOKEN); or pass clientId and clientSecret (or set the environment variables LEDGER_CLIENT_ID and LEDGER_CLIENT_SECRET).',
    );
    expect(() => new module.Ledger({ clientId: ID })).toThrow('no credentials (set so far: clientId)');
  });

  it('refuses scopes that are not a list of strings', async () => {
    expect(() => client({ scopes: 'entries:read' })).toThrow('The scopes option must be a list of strings, got "entries:read".');
  });

  it('shows no form of the id, the secret or the token in the debug log or in JSON.stringify', async () => {
    const logs = captureLogs();
    const ledger = client({ logLevel: 'debug', logger: logs.logger });
    await ledger.entries.getEntry('e1');
    const text = logs.text();
    expect(text).toContain('POST ' + `${server.url}/oauth/token: status 200`);
    for (const form of [ID, SECRET, encodeURIComponent(SECRET), 'token-1', Buffer.from('ledger+app:s3cr3t%3A%2B%2F%3D').toString('base64')]) expect(text, form).not.toContain(form);
    expect(JSON.stringify(ledger)).not.toContain(SECRET);
  });

  it('warns that a second scheme with a flow the client could run is left to its token, with its location', () => {
    expect(warnings).toMatch(/oauth\/openapi\.yaml:\d+:\d+ warning \[oauth-client-extra\] #\/components\/securitySchemes\/partner\/flows: /);
  });
});

describe('the package', () => {
  it('types the options: scopes take a list', () => {
    const header = `import { Ledger } from './src/index.js';`;
    const body = ["new Ledger({ clientId: 'id', clientSecret: 'secret', scopes: ['entries:read'] });", "new Ledger({ clientId: 'id', clientSecret: 'secret', scopes: 'entries:read' });"];
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2322 line 2']);
  });

  it('documents the flow in the README', () => {
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toContain('### OAuth 2 client credentials');
    expect(readme).toContain("clientId: process.env['LEDGER_CLIENT_ID'],");
    expect(readme).toContain("scopes: ['entries:read', 'entries:write'],");
    expect(readme).toMatch(/\| `clientSecret` +\| `process\.env\['LEDGER_CLIENT_SECRET'\]` +\| The OAuth 2 client's secret, sent to the token endpoint/);
    expect(readme).toContain("Every credential that is set is sent, except an OAuth 2 client's id and secret and the refresh token: those go to the token endpoint only.");
    // Each method names the scopes it needs: its own security's, else the document's.
    expect(readme).toContain('Scopes: `entries:write`; a client that fetches its own token asks for them with `scopes`.');
    const resource = readFileSync(join(out, 'src/resources/entries.ts'), 'utf8');
    expect(resource).toMatch(/Scopes: `entries:read`[^\n]*\n[\s\S]*getEntry\(/);
  });
});
