/**
 * Signing users in by OpenID Connect, end to end: a package generated from `test/fixtures/oidc`, whose
 * `openIdConnect` scheme names only a discovery document (`/.well-known/openid-configuration`, relative to
 * the base URL). Each test starts its own loopback provider (documents are read once per URL, for the
 * process), which serves the document, an authorization endpoint's URL, a token endpoint and the API.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer, type RecordedRequest, type Reply } from '../helpers/api-server.js';
import { generateFromSpec } from '../helpers/tree.js';

interface Started { url: string; state: string; codeVerifier: string }
interface Tokens { accessToken: string; refreshToken?: string; idToken?: string }
interface Atlas { me: { get(): Promise<{ id: string }> } }
interface AtlasClass {
  new (options: object): Atlas;
  authorizationURL(params: object): Promise<Started>;
  exchangeCode(params: object): Promise<Tokens>;
}
interface Module { Atlas: AtlasClass; SDKError: new () => Error; NotFoundError: new () => Error }

const FIXTURE = 'test/fixtures/oidc/openapi.yaml';
const REDIRECT = 'https://app.example.com/callback';
const WELL_KNOWN = '/.well-known/openid-configuration';
let module: Module;
let out: string;
const servers: ApiServer[] = [];

/** A provider on loopback; `document` (given the server's URL) replaces the discovery document's fields. */
async function provider(document: (url: string, served: number) => object = () => ({})): Promise<ApiServer> {
  let served = 0;
  const server: ApiServer = await startApiServer((request) => answer(server.url, request, () => document(server.url, served++)));
  servers.push(server);
  return server;
}

function answer(url: string, request: RecordedRequest, document: () => object): Reply {
  if (request.url === WELL_KNOWN) return { status: 200, body: JSON.stringify({ issuer: url, authorization_endpoint: `${url}/authorize`, token_endpoint: `${url}/token`, ...document() }) };
  if (request.url === '/token') return { status: 200, body: JSON.stringify({ access_token: 'access-1', token_type: 'Bearer', expires_in: 3600, refresh_token: 'refresh-2', id_token: 'id.token.1' }) };
  return request.headers.authorization === 'Bearer access-1' ? { status: 200, body: '{"id":"u1"}' } : { status: 401, body: '{}' };
}

const discoveries = (server: ApiServer): number => server.requests.filter((r) => r.url === WELL_KNOWN).length;
const form = (request: RecordedRequest | undefined): Record<string, string> => Object.fromEntries(new URLSearchParams(request!.body));
const rejection = (promise: Promise<unknown>): Promise<Error> => promise.then(() => new Error('no error'), (error) => error as Error);

beforeAll(async () => {
  ({ module, out } = await generateFromSpec<Module>(FIXTURE, 'oidc-sign-in-'));
}, 60_000);

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('authorizationURL', () => {
  it('sends the user to the authorization endpoint the discovery document names, always asking for openid; the document is read once', async () => {
    const server = await provider();
    const first = await module.Atlas.authorizationURL({ baseURL: `${server.url}/v1`, clientId: 'app', redirectURI: REDIRECT, scopes: ['profile', 'openid', 'email'] });
    const second = await module.Atlas.authorizationURL({ baseURL: `${server.url}/v1`, clientId: 'app', redirectURI: REDIRECT });
    const url = new URL(first.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${server.url}/authorize`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ response_type: 'code', client_id: 'app', redirect_uri: REDIRECT, scope: 'openid profile email', state: first.state, code_challenge_method: 'S256' });
    expect(new URL(second.url).searchParams.get('scope')).toBe('openid');
    expect(discoveries(server)).toBe(1);
    // The document is fetched like any call, with none of the API's credentials.
    expect(server.requests[0]).toMatchObject({ method: 'GET' });
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('refuses a document that names another issuer (a mix-up), and reads it again on the next call', async () => {
    const server = await provider((_, served) => (served === 0 ? { issuer: 'https://other.example' } : {}));
    const start = () => module.Atlas.authorizationURL({ baseURL: `${server.url}/v1`, clientId: 'app', redirectURI: REDIRECT });
    const error = await rejection(start());
    expect(error).toBeInstanceOf(module.SDKError);
    expect(error.message).toBe(`The OpenID Connect discovery document ${server.url}${WELL_KNOWN} names the issuer "https://other.example", not "${server.url}": its endpoints are not used.`);
    expect(new URL((await start()).url).pathname).toBe('/authorize');
    expect(discoveries(server)).toBe(2);
  });

  it("names the document when its server refuses it, with the status's error class", async () => {
    const server: ApiServer = await startApiServer(() => ({ status: 404, body: '{"message":"no such tenant"}' }));
    servers.push(server);
    const error = await rejection(module.Atlas.authorizationURL({ baseURL: `${server.url}/v1`, clientId: 'app', redirectURI: REDIRECT }));
    expect(error).toBeInstanceOf(module.NotFoundError);
    expect(error.message).toBe(`The OpenID Connect discovery document ${server.url}${WELL_KNOWN} could not be read: 404 no such tenant`);
  });

  it('refuses an endpoint that is missing, or not https in a document that came over https', async () => {
    const documents: Record<string, object> = {
      'https://plain.test': { issuer: 'https://plain.test', authorization_endpoint: 'http://plain.test/authorize' },
      'https://missing.test': { issuer: 'https://missing.test', authorization_endpoint: 42 },
    };
    const fetch = async (url: string) => new Response(JSON.stringify(documents[new URL(url).origin]), { headers: { 'content-type': 'application/json' } });
    const start = (origin: string) => rejection(module.Atlas.authorizationURL({ baseURL: `${origin}/v1`, fetch, clientId: 'app', redirectURI: REDIRECT }));
    expect((await start('https://plain.test')).message).toBe(`The OpenID Connect discovery document https://plain.test${WELL_KNOWN} names an authorization_endpoint that is not https: http://plain.test/authorize.`);
    expect((await start('https://missing.test')).message).toBe(`The OpenID Connect discovery document https://missing.test${WELL_KNOWN} has no authorization_endpoint URL (got 42).`);
  });
});

describe('exchangeCode and refresh tokens', () => {
  it('trades the code at the token endpoint the document names, and the client built with the tokens calls the API', async () => {
    const server = await provider();
    const baseURL = `${server.url}/v1`;
    const { state, codeVerifier } = await module.Atlas.authorizationURL({ baseURL, clientId: 'app', redirectURI: REDIRECT });
    const tokens = await module.Atlas.exchangeCode({ baseURL, clientId: 'app', redirectURI: REDIRECT, callbackURL: `${REDIRECT}?code=c1&state=${state}`, state, codeVerifier });
    expect(tokens).toEqual({ accessToken: 'access-1', refreshToken: 'refresh-2', expiresIn: 3600, idToken: 'id.token.1' });
    expect(form(server.requests.find((r) => r.url === '/token'))).toEqual({ grant_type: 'authorization_code', code: 'c1', redirect_uri: REDIRECT, code_verifier: codeVerifier, client_id: 'app' });
    await expect(new module.Atlas({ baseURL, accessToken: tokens.accessToken }).me.get()).resolves.toEqual({ id: 'u1' });
  });

  it('trades a refresh token at the token endpoint the document names before the first call', async () => {
    const server = await provider();
    const client = new module.Atlas({ baseURL: `${server.url}/v1`, clientId: 'app', refreshToken: 'refresh-1' });
    await expect(client.me.get()).resolves.toEqual({ id: 'u1' });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${WELL_KNOWN}`, 'POST /token', 'GET /v1/me']);
    expect(form(server.requests[1])).toEqual({ grant_type: 'refresh_token', refresh_token: 'refresh-1', client_id: 'app' });
  });
});

describe("the package's README", () => {
  it('says where the endpoints come from, and that openid is always asked for', () => {
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Signing users in'), readme.indexOf('### OAuth 2 refresh tokens'));
    expect(section).toContain(`named by its discovery document, \`${WELL_KNOWN}\` (resolved against the base URL)`);
    expect(section).toContain('`openid` is always among the scopes asked for');
    expect(readme).toContain(`trades it for access tokens at the \`token_endpoint\` named by \`${WELL_KNOWN}\``);
  });
});
