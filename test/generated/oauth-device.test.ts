/**
 * Signing a user in on another device (RFC 8628), end to end: a package generated from
 * `test/fixtures/oauth`, whose scheme's OpenAPI 3.2 `deviceAuthorization` flow names `/oauth/device` and
 * `/oauth/token`. `Ledger.deviceAuthorization` asks a loopback server for codes; `tokens()` polls it while
 * the "user" has not approved.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer, type RecordedRequest, type Reply } from '../helpers/api-server.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateFromSpec } from '../helpers/tree.js';
import { captureLogs } from '../runtime/helpers/logs.js';

interface Tokens { accessToken: string; refreshToken?: string }
interface Authorization { userCode: string; verificationURI: string; verificationURIComplete?: string; expiresIn: number; tokens(options?: { signal?: AbortSignal }): Promise<Tokens> }
interface Module {
  Ledger: { deviceAuthorization(params?: object): Promise<Authorization> };
  SDKError: new () => Error;
  BadRequestError: new () => Error;
  APIUserAbortError: new () => Error;
}

const FIXTURE = 'test/fixtures/oauth/openapi.yaml';
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
let out: string;
let module: Module;
let server: ApiServer;
let codesReply: Record<string, unknown>;
/** The token endpoint's answer to its n-th poll (1-based). */
let pollReply: (n: number) => Reply;

const form = (request: RecordedRequest | undefined): Record<string, string> => Object.fromEntries(new URLSearchParams(request!.body));
const polls = (): RecordedRequest[] => server.requests.filter((r) => r.url === '/oauth/token');
const oauthError = (error: string): Reply => ({ status: 400, body: JSON.stringify({ error }) });
const issued: Reply = { status: 200, body: '{"access_token":"access-1","token_type":"Bearer","refresh_token":"refresh-1"}' };
const start = (params: object = {}): Promise<Authorization> => module.Ledger.deviceAuthorization({ baseURL: `${server.url}/v1`, clientId: 'cli', maxRetries: 0, ...params });

beforeAll(async () => {
  ({ out, module } = await generateFromSpec<Module>(FIXTURE, 'oauth-device-'));
  server = await startApiServer((request) => {
    if (request.url === '/oauth/device') return { status: 200, body: JSON.stringify(codesReply) };
    if (request.url === '/oauth/token') return pollReply(polls().length);
    return { status: 404 };
  });
}, 60_000);

afterAll(() => server.close());

beforeEach(() => {
  server.requests.length = 0;
  codesReply = { device_code: 'device-code-1', user_code: 'WDJB-MJHT', verification_uri: 'https://example.com/device', verification_uri_complete: 'https://example.com/device?user_code=WDJB-MJHT', expires_in: 60, interval: 0.02 };
  pollReply = (n) => (n < 3 ? oauthError('authorization_pending') : issued);
});

describe('deviceAuthorization', () => {
  it('asks the deviceAuthorizationUrl for codes as a public client, and tokens() polls the tokenUrl until the user approves', async () => {
    const authorization = await start({ scopes: ['entries:read', 'entries:write'] });
    expect(authorization).toMatchObject({ userCode: 'WDJB-MJHT', verificationURI: 'https://example.com/device', verificationURIComplete: 'https://example.com/device?user_code=WDJB-MJHT', expiresIn: 60 });
    const [ask] = server.requests;
    expect(ask!.url).toBe('/oauth/device');
    expect(form(ask)).toEqual({ client_id: 'cli', scope: 'entries:read entries:write' });
    await expect(authorization.tokens()).resolves.toEqual({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    expect(polls()).toHaveLength(3);
    expect(polls().map(form)).toEqual(Array(3).fill({ grant_type: DEVICE_GRANT, device_code: 'device-code-1', client_id: 'cli' }));
  });

  it('authenticates a confidential client in HTTP basic at both endpoints', async () => {
    await (await start({ clientSecret: 's3cr3t' })).tokens();
    const basic = `Basic ${Buffer.from('cli:s3cr3t').toString('base64')}`;
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([basic, basic, basic, basic]);
    expect(form(server.requests[0])).toEqual({});
  });

  it("stops at the user's refusal, with the token endpoint's error", async () => {
    pollReply = (n) => (n < 2 ? oauthError('authorization_pending') : oauthError('access_denied'));
    const error = await (await start()).tokens().then(() => new Error('no error'), (e: unknown) => e as Error);
    expect(error).toBeInstanceOf(module.BadRequestError);
    expect(error.message).toContain(`The token endpoint ${server.url}/oauth/token refused the device code: 400`);
    expect(error.message).toContain('access_denied');
    expect(polls()).toHaveLength(2);
  });

  it('asks again when a poll fails on the server, within maxRetries', async () => {
    pollReply = (n) => (n === 1 ? { status: 502 } : n === 2 ? oauthError('authorization_pending') : issued);
    await expect((await start({ maxRetries: 1 })).tokens()).resolves.toMatchObject({ accessToken: 'access-1' });
    expect(polls()).toHaveLength(3);
  });

  it('waits 5 seconds more after slow_down', async () => {
    pollReply = (n) => (n === 1 ? oauthError('slow_down') : issued);
    const authorization = await start();
    const began = Date.now();
    await authorization.tokens();
    expect(Date.now() - began).toBeGreaterThanOrEqual(5000);
    expect(polls()).toHaveLength(2);
  }, 15_000);

  it('gives up once the codes expire, and when its signal aborts', async () => {
    codesReply = { ...codesReply, expires_in: 0.1 };
    pollReply = () => oauthError('authorization_pending');
    await expect((await start()).tokens()).rejects.toThrow('The device code expired after 0.1 s before the user approved: call deviceAuthorization again.');
    codesReply = { ...codesReply, expires_in: 60, interval: 30 };
    const controller = new AbortController();
    const waiting = (await start()).tokens({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(waiting).rejects.toBeInstanceOf(module.APIUserAbortError);
  });

  it('keeps the device code out of log lines and of an error that echoes it', async () => {
    const logs = captureLogs();
    pollReply = () => ({ status: 400, body: JSON.stringify({ error: 'invalid_grant', error_description: 'unknown device-code-1' }) });
    const error = await (await start({ logLevel: 'debug', logger: logs.logger })).tokens().then(() => new Error('no error'), (e: unknown) => e as Error);
    expect(error.message).toContain('unknown ***');
    expect(logs.lines.length).toBeGreaterThan(0);
    expect(`${logs.text()} ${error.message} ${error.stack}`).not.toContain('device-code-1');
  });

  it('says which URL cannot be resolved when the base URL is relative too', async () => {
    await expect(start({ baseURL: '/v1' })).rejects.toThrow('The device authorization URL "/oauth/device" is relative, and the base URL "/v1" is not absolute: pass an absolute baseURL.');
  });

  it('refuses an answer without codes, and says how to give a client id', async () => {
    codesReply = { device_code: 'd', verification_uri: 'https://example.com/device' };
    await expect(start()).rejects.toThrow(`The device authorization endpoint ${server.url}/oauth/device answered without a user_code.`);
    await expect(module.Ledger.deviceAuthorization({ baseURL: `${server.url}/v1` })).rejects.toThrow('Ledger.deviceAuthorization: no client id; pass clientId (or set the environment variable LEDGER_CLIENT_ID).');
  });
});

describe('the generated package', () => {
  it("types the static (the spec's scopes offered), and the README's example compiles", () => {
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Signing users in on another device'));
    const example = /```ts\n([\s\S]*?)```/.exec(section)![1]!;
    expect(example).toContain('await authorization.tokens()');
    const body = ["Ledger.deviceAuthorization({ scopes: ['entries:write', 'custom'] });", 'Ledger.deviceAuthorization({ scopes: [1] });', `async function readmeExample() {\n${example}}`];
    expect(consumerErrors(out, "import { Ledger } from './src/index.js';", body.join('\n'))).toEqual(['TS2322 line 2']);
    expect(readFileSync(join(out, 'api.md'), 'utf8')).toContain('`Ledger.deviceAuthorization(params?: DeviceAuthorizationParams): Promise<DeviceAuthorization>`');
  });
});
