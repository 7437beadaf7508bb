/**
 * Signing users in by the authorization-code flow, end to end: a package generated from
 * `test/fixtures/oauth`, whose scheme's `authorizationCode` flow names `/oauth/authorize` and `/oauth/token`.
 * `Ledger.authorizationURL` builds the URL with PKCE; `Ledger.exchangeCode` checks the redirect back and
 * trades the code at a loopback token endpoint; the client built from its tokens calls the API.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer, type RecordedRequest, type Reply } from '../helpers/api-server.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateFromSpec } from '../helpers/tree.js';
import { captureLogs } from '../runtime/helpers/logs.js';

interface Started { url: string; state: string; codeVerifier: string }
interface Tokens { accessToken: string; refreshToken?: string; expiresIn?: number; scope?: string; idToken?: string }
interface Ledger { entries: { getEntry(id: string): Promise<{ id: string }> } }
interface LedgerClass {
  new (options: object): Ledger;
  authorizationURL(params: object): Promise<Started>;
  exchangeCode(params: object): Promise<Tokens>;
}
interface Module { Ledger: LedgerClass; SDKError: new () => Error; BadRequestError: new () => Error; InternalServerError: new () => Error }

const FIXTURE = 'test/fixtures/oauth/openapi.yaml';
const REDIRECT = 'https://app.example.com/callback';
let out: string;
let Ledger: LedgerClass;
let module: Module;
let server: ApiServer;
let tokenReply: (request: RecordedRequest) => Reply;

const tokenRequests = (): RecordedRequest[] => server.requests.filter((r) => r.url === '/oauth/token');
const form = (request: RecordedRequest | undefined): Record<string, string> => Object.fromEntries(new URLSearchParams(request!.body));
const base64url = (bytes: Buffer): string => bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const baseURL = (): string => `${server.url}/v1`;
const start = (params: object = {}): Promise<Started> => Ledger.authorizationURL({ baseURL: baseURL(), clientId: 'app', redirectURI: REDIRECT, ...params });
const exchange = (params: object): Promise<Tokens> => Ledger.exchangeCode({ baseURL: baseURL(), redirectURI: REDIRECT, codeVerifier: 'v'.repeat(43), ...params });

beforeAll(async () => {
  ({ out, module } = await generateFromSpec<Module>(FIXTURE, 'oauth-sign-in-'));
  Ledger = module.Ledger;
  server = await startApiServer((request) => {
    if (request.url === '/oauth/token') return tokenReply(request);
    return request.headers.authorization === 'Bearer access-1' ? { status: 200, body: '{"id":"e1","amount":5}' } : { status: 401, body: '{}' };
  });
}, 60_000);

afterAll(() => server.close());

beforeEach(() => {
  server.requests.length = 0;
  tokenReply = () => ({ status: 200, body: JSON.stringify({ access_token: 'access-1', token_type: 'Bearer', expires_in: 3600, refresh_token: 'refresh-1', scope: 'entries:read', id_token: 'id.token.1' }) });
  delete process.env['LEDGER_CLIENT_ID'];
  delete process.env['LEDGER_CLIENT_SECRET'];
});

describe('authorizationURL', () => {
  it("sends the user to the flow's authorizationUrl, resolved against the base URL, with its parameters and an S256 challenge of the verifier it returns", async () => {
    const { url, state, codeVerifier } = await start({ scopes: ['entries:read', 'entries:write'] });
    const parsed = new URL(url);
    expect(`${parsed.origin}${parsed.pathname}`).toBe(`${server.url}/oauth/authorize`);
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'app',
      redirect_uri: REDIRECT,
      scope: 'entries:read entries:write',
      state,
      code_challenge: base64url(createHash('sha256').update(codeVerifier).digest()),
      code_challenge_method: 'S256',
    });
    // RFC 7636 §4.1: 43 to 128 unreserved characters.
    expect(codeVerifier).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
    expect(state).toMatch(/^[A-Za-z0-9\-_]{20,}$/);
    expect(server.requests).toEqual([]);
  });

  it('draws a fresh state and verifier each time, keeps a state given, and names no scope when none is asked for', async () => {
    const [first, second] = await Promise.all([start(), start()]);
    expect(first!.state).not.toBe(second!.state);
    expect(first!.codeVerifier).not.toBe(second!.codeVerifier);
    const given = await start({ state: 'from-the-app' });
    expect(given.state).toBe('from-the-app');
    expect(new URL(given.url).searchParams.get('state')).toBe('from-the-app');
    expect(new URL(first!.url).searchParams.has('scope')).toBe(false);
  });

  it("adds extra parameters, which cannot replace the flow's own", async () => {
    const { url } = await start({ extraParams: { prompt: 'consent', client_id: 'intruder', code_challenge_method: 'plain' } });
    const query = new URL(url).searchParams;
    expect(query.get('prompt')).toBe('consent');
    expect(query.get('client_id')).toBe('app');
    expect(query.get('code_challenge_method')).toBe('S256');
  });

  it('says which URL cannot be resolved when the base URL is relative too', async () => {
    await expect(Ledger.authorizationURL({ baseURL: '/v1', clientId: 'app', redirectURI: REDIRECT })).rejects.toThrow('The authorization URL "/oauth/authorize" is relative, and the base URL "/v1" is not absolute: pass an absolute baseURL.');
  });

  it("takes the client id from the client's variable, and says how to give one when there is none", async () => {
    process.env['LEDGER_CLIENT_ID'] = 'from-env';
    const { url } = await Ledger.authorizationURL({ baseURL: baseURL(), redirectURI: REDIRECT });
    expect(new URL(url).searchParams.get('client_id')).toBe('from-env');
    delete process.env['LEDGER_CLIENT_ID'];
    await expect(Ledger.authorizationURL({ baseURL: baseURL(), redirectURI: REDIRECT })).rejects.toThrow('Ledger.authorizationURL: no client id; pass clientId (or set the environment variable LEDGER_CLIENT_ID).');
    await expect(Ledger.authorizationURL({ baseURL: baseURL(), clientId: 'app' })).rejects.toThrow('redirectURI must be a non-empty string, got undefined.');
  });
});

describe('exchangeCode', () => {
  it('trades the code at the tokenUrl with the verifier and the redirect URI, the client in HTTP basic, and returns the tokens', async () => {
    const tokens = await exchange({ code: 'code-1', clientId: 'app', clientSecret: 's3cr3t' });
    expect(tokens).toEqual({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 3600, scope: 'entries:read', idToken: 'id.token.1' });
    const [request] = tokenRequests();
    expect(request!.method).toBe('POST');
    expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request!.headers.authorization).toBe(`Basic ${Buffer.from('app:s3cr3t').toString('base64')}`);
    expect(form(request)).toEqual({ grant_type: 'authorization_code', code: 'code-1', redirect_uri: REDIRECT, code_verifier: 'v'.repeat(43) });
  });

  it('names a public client (an id, no secret) in the body', async () => {
    await exchange({ code: 'code-1', clientId: 'public-app' });
    const [request] = tokenRequests();
    expect(request!.headers.authorization).toBeUndefined();
    expect(form(request)['client_id']).toBe('public-app');
  });

  it("reads the code from the callback URL once its state is the one kept; the client built from the tokens calls the API", async () => {
    const { state, codeVerifier } = await start();
    const tokens = await Ledger.exchangeCode({ baseURL: baseURL(), clientId: 'app', callbackURL: `/callback?code=code-7&state=${encodeURIComponent(state)}`, state, codeVerifier, redirectURI: REDIRECT });
    expect(form(tokenRequests()[0])).toMatchObject({ code: 'code-7', code_verifier: codeVerifier });
    const client = new Ledger({ baseURL: baseURL(), accessToken: tokens.accessToken, refreshToken: tokens.refreshToken });
    await expect(client.entries.getEntry('e1')).resolves.toEqual({ id: 'e1', amount: 5 });
  });

  it('refuses a callback whose state is not the one kept, or without a state to check, and asks nothing', async () => {
    const callbackURL = new URL('https://app.example.com/callback?code=stolen&state=theirs');
    await expect(exchange({ callbackURL, state: 'ours' })).rejects.toThrow(`The callback's state "theirs" is not the one authorizationURL returned`);
    await expect(exchange({ callbackURL: 'https://app.example.com/callback?code=stolen', state: 'ours' })).rejects.toThrow('The callback\'s state null is not the one');
    await expect(exchange({ callbackURL })).rejects.toThrow('state must be a non-empty string, got undefined.');
    expect(tokenRequests()).toEqual([]);
  });

  it('throws the error the server sent the user back with, as an SDKError', async () => {
    const callbackURL = 'https://app.example.com/callback?error=access_denied&error_description=The+user+said+no&state=s1';
    const error = await exchange({ callbackURL, state: 's1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(module.SDKError);
    expect((error as Error).message).toBe('The authorization server sent the user back with the error access_denied: The user said no');
    expect(tokenRequests()).toEqual([]);
  });

  it('is not retried after a 5xx, since the code may have been spent; a refusal names the token endpoint', async () => {
    tokenReply = () => ({ status: 500, body: '{"error":"server_error"}' });
    await expect(exchange({ code: 'code-1', clientId: 'app', maxRetries: 3 })).rejects.toBeInstanceOf(module.InternalServerError);
    expect(tokenRequests()).toHaveLength(1);
    tokenReply = () => ({ status: 400, body: '{"error":"invalid_grant","error_description":"code expired"}' });
    const refused = await exchange({ code: 'code-1', clientId: 'app' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(module.BadRequestError);
    expect((refused as Error).message).toContain(`The token endpoint ${server.url}/oauth/token refused the authorization code: 400`);
  });

  it('keeps the code, the verifier and the secret out of log lines and error messages', async () => {
    const logs = captureLogs();
    tokenReply = (request) => ({ status: 400, body: JSON.stringify({ error: 'invalid_grant', error_description: `bad ${form(request)['code']} ${form(request)['code_verifier']}` }) });
    const error = await exchange({ code: 'code-secret-1', codeVerifier: 'verifier-secret-'.padEnd(43, 'x'), clientId: 'app', clientSecret: 'client-secret-1', logLevel: 'debug', logger: logs.logger }).then(() => new Error('no error'), (e: unknown) => e as Error);
    expect(logs.lines.length).toBeGreaterThan(0);
    for (const text of [logs.text(), error.message, String(error.stack)]) {
      expect(text).not.toMatch(/code-secret-1|verifier-secret-|client-secret-1/);
    }
    expect(error.message).toContain('bad *** ***');
  });

  it('refuses a missing code or verifier before asking anything', async () => {
    await expect(exchange({})).rejects.toThrow('code must be a non-empty string, got undefined.');
    await expect(exchange({ code: 'c', codeVerifier: '' })).rejects.toThrow('codeVerifier must be a non-empty string, got "".');
    expect(tokenRequests()).toEqual([]);
  });
});

describe('the generated package', () => {
  it("types the statics (the spec's scopes offered, any other accepted), and the README's example compiles", () => {
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Signing users in'));
    const example = /```ts\n([\s\S]*?)```/.exec(section)![1]!;
    expect(example).toContain('await Ledger.exchangeCode({');
    const header = [
      "import { Ledger, type SignInTokens } from './src/index.js';",
      'declare const session: { signIn: { state: string; codeVerifier: string } };',
      'declare const request: { url: string };',
      'declare function redirect(url: string): void;',
    ].join('\n');
    const body = [
      "Ledger.authorizationURL({ redirectURI: 'r', scopes: ['entries:read', 'custom'] });",
      "Ledger.authorizationURL({ scopes: ['entries:read'] });",
      "const kept: string | undefined = ({} as SignInTokens).refreshToken;",
      `async function readmeExample() {\n${example}}`,
    ];
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2345 line 2']);
  });

  it('documents the flow in the README and api.md', () => {
    expect(readFileSync(join(out, 'api.md'), 'utf8')).toContain('`Ledger.exchangeCode(params: CodeExchangeParams): Promise<SignInTokens>` checks the redirect back');
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toContain('signs a user in at `/oauth/authorize` (resolved against the base URL) and trades the code they come back with at `/oauth/token`');
    expect(readme).toContain('Unless passed, `clientId` from `LEDGER_CLIENT_ID` and `clientSecret` from `LEDGER_CLIENT_SECRET`');
    expect(readme).toContain("An app that signs its users in (the spec's `authorizationCode` flow, see [Signing users in](#signing-users-in))");
  });
});
