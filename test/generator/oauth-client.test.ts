/** Reading OAuth 2 flows the client runs (client credentials, refresh tokens) into client options, from OpenAPI 3 and from Swagger 2.0. */
import { describe, expect, it } from 'vitest';
import { credentialAlternatives, credentialOptions, tokenSourceSentence } from '../../generator/emit/credential-options.js';
import { apiOf, loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

const op = { get: { operationId: 'listThings', responses: { '200': { description: 'ok' } } } };
const withSchemes = (securitySchemes: object, security: object[] = []) => apiOf(minimalDoc({ paths: { '/things': op }, components: { securitySchemes }, security }));
const options = (api: ReturnType<typeof apiOf>) => credentialOptions(api).map((c) => `${c.option}${c.half ? ` (${c.half})` : ''} ${c.spec.scheme}`);

describe('a client-credentials flow', () => {
  it("gives the scheme's token option, then the client's id and secret, and the scopes option", () => {
    const api = withSchemes({ oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: ' https://auth.test/token ', scopes: { read: 'Read' } } } } }, [{ oauth: ['read'] }]);
    expect(options(api)).toEqual(['oauth bearer', 'clientId (clientId) oauth2-client', 'clientSecret (clientSecret) oauth2-client']);
    expect(api.securitySchemes[0]!.oauth).toMatchObject({ clientCredentials: { tokenURL: 'https://auth.test/token' }, scopesOption: 'scopes', scopes: [['read', 'Read']] });
    expect(credentialAlternatives(api)).toEqual([['oauth'], ['clientId', 'clientSecret']]);
  });

  it('multiplies the alternatives that need it with the other schemes of each', () => {
    const api = withSchemes(
      { oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: '/token', scopes: {} } } }, tenant: { type: 'apiKey', in: 'header', name: 'X-Tenant' } },
      [{ oauth: [], tenant: [] }],
    );
    expect(credentialAlternatives(api)).toEqual([['oauth', 'tenant'], ['clientId', 'clientSecret', 'tenant']]);
  });

  it('takes names that are free: a scheme already called clientId keeps it, the flow gets clientId2', () => {
    const api = withSchemes({ a: { type: 'apiKey', in: 'header', name: 'X-Client', 'x-sdk-option': 'clientId' }, b: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: '/token', scopes: {} } } } });
    expect(options(api)).toEqual(['clientId raw', 'b bearer', 'clientId2 (clientId) oauth2-client', 'clientSecret (clientSecret) oauth2-client']);
  });

  it('is read from a Swagger 2.0 application flow', () => {
    const swagger = { swagger: '2.0', info: { title: 'Old', version: '1' }, host: 'api.test', paths: { '/things': op }, securityDefinitions: { oauth: { type: 'oauth2', flow: 'application', tokenUrl: 'https://api.test/token', scopes: {} } } };
    expect(apiOf(swagger).securitySchemes[0]!.oauth?.clientCredentials?.tokenURL).toBe('https://api.test/token');
  });

  it('is not made of other flows, or of a flow without a token URL', () => {
    const api = withSchemes({
      code: { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: '/a', tokenUrl: '/t', scopes: {} } } },
      empty: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: '', scopes: {} } } },
    });
    expect(api.securitySchemes.map((s) => s.oauth?.clientCredentials)).toEqual([undefined, undefined]);
  });
});

describe('refresh tokens', () => {
  const code = (urls: object) => ({ authorizationUrl: '/authorize', tokenUrl: '/token', scopes: {}, ...urls });

  it("gives the client's id and secret and a refresh token option, met alone, and the callback's name", () => {
    const api = withSchemes({ user: { type: 'oauth2', 'x-sdk-refresh-token-env': 'APP_REFRESH_TOKEN', flows: { authorizationCode: code({ scopes: { profile: 'Your profile' } }) } } }, [{ user: [] }]);
    expect(options(api)).toEqual(['user bearer', 'clientId (clientId) oauth2-client', 'clientSecret (clientSecret) oauth2-client', 'refreshToken (refreshToken) oauth2-client']);
    expect(api.securitySchemes[0]!.oauth).toMatchObject({
      refresh: { flow: 'authorizationCode', refreshURL: '/token', refreshToken: { option: 'refreshToken', env: 'APP_REFRESH_TOKEN' }, onRefreshOption: 'onTokenRefresh' },
      // Without a client-credentials flow, the scopes listed are those of the refresh flow.
      scopesOption: 'scopes',
      scopes: [['profile', 'Your profile']],
    });
    expect(api.securitySchemes[0]!.oauth?.clientCredentials).toBeUndefined();
    expect(credentialAlternatives(api)).toEqual([['user'], ['refreshToken']]);
  });

  it('are traded at the refreshUrl when the flow has one, else at its tokenUrl', () => {
    const refreshURL = (flows: object) => withSchemes({ user: { type: 'oauth2', flows } }).securitySchemes[0]!.oauth?.refresh?.refreshURL;
    expect(refreshURL({ authorizationCode: code({ refreshUrl: ' https://auth.test/refresh ' }) })).toBe('https://auth.test/refresh');
    expect(refreshURL({ password: { tokenUrl: '/password-token', scopes: {} } })).toBe('/password-token');
    // The authorization-code flow is picked before the password flow; implicit tokens come without refresh tokens.
    expect(refreshURL({ password: { tokenUrl: '/p', scopes: {} }, authorizationCode: code({ tokenUrl: '/c' }) })).toBe('/c');
    expect(refreshURL({ implicit: { authorizationUrl: '/authorize', refreshUrl: '/r', scopes: {} } })).toBeUndefined();
  });

  it('share the id and secret with a client-credentials flow of the same scheme', () => {
    const api = withSchemes({ oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: '/token', scopes: {} }, authorizationCode: code({}) } } }, [{ oauth: [] }]);
    expect(options(api)).toEqual(['oauth bearer', 'clientId (clientId) oauth2-client', 'clientSecret (clientSecret) oauth2-client', 'refreshToken (refreshToken) oauth2-client']);
    expect(credentialAlternatives(api)).toEqual([['oauth'], ['refreshToken'], ['clientId', 'clientSecret']]);
  });

  it('are read from a Swagger 2.0 accessCode flow', () => {
    const swagger = { swagger: '2.0', info: { title: 'Old', version: '1' }, host: 'api.test', paths: { '/things': op }, securityDefinitions: { oauth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://api.test/authorize', tokenUrl: 'https://api.test/token', scopes: {} } } };
    expect(apiOf(swagger).securitySchemes[0]!.oauth?.refresh?.refreshURL).toBe('https://api.test/token');
  });

  it('are run for one scheme: a later one that could is a located warning and takes a token only', () => {
    const api = withSchemes({ a: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: '/token', scopes: {} } } }, b: { type: 'oauth2', flows: { authorizationCode: code({}) } } });
    expect(api.securitySchemes.map((s) => s.oauth !== undefined)).toEqual([true, false]);
  });
});

describe('signing users in', () => {
  const signIn = (flows: object) => withSchemes({ user: { type: 'oauth2', flows } }).securitySchemes[0]!.oauth?.signIn;

  it("is the authorization-code flow's two URLs, trimmed, and its scopes' names", () => {
    expect(signIn({ authorizationCode: { authorizationUrl: ' /authorize ', tokenUrl: 'https://auth.test/token', refreshUrl: '/refresh', scopes: { profile: 'Your profile', 'write:all': 'Everything' } } })).toEqual({
      authorizationURL: '/authorize',
      tokenURL: 'https://auth.test/token',
      scopes: ['profile', 'write:all'],
    });
  });

  it('needs both URLs, and comes from no other flow', () => {
    expect(signIn({ authorizationCode: { authorizationUrl: '', tokenUrl: '/token', scopes: {} } })).toBeUndefined();
    // A refresh URL alone makes a flow the client refreshes tokens by, not one it can sign users in by.
    expect(signIn({ authorizationCode: { authorizationUrl: '/authorize', refreshUrl: '/refresh', scopes: {} } })).toBeUndefined();
    expect(signIn({ implicit: { authorizationUrl: '/authorize', scopes: {} }, password: { tokenUrl: '/token', scopes: {} } })).toBeUndefined();
  });
});

describe('signing users in on another device', () => {
  const device = (flows: object) => withSchemes({ user: { type: 'oauth2', flows } }).securitySchemes[0]!.oauth?.device;

  it("is OpenAPI 3.2's deviceAuthorization flow: its two URLs, trimmed, and its scopes' names", () => {
    expect(device({ deviceAuthorization: { deviceAuthorizationUrl: ' /device ', tokenUrl: '/token', scopes: { profile: 'Your profile' } } })).toEqual({ deviceAuthorizationURL: '/device', tokenURL: '/token', scopes: ['profile'] });
  });

  it('needs both URLs', () => {
    expect(device({ deviceAuthorization: { deviceAuthorizationUrl: '/device', scopes: {} }, authorizationCode: { authorizationUrl: '/a', tokenUrl: '/t', scopes: {} } })).toBeUndefined();
    expect(device({ deviceAuthorization: { tokenUrl: '/token', scopes: {} } })).toBeUndefined();
  });
});

describe('an OpenID Connect scheme', () => {
  it('signs users in and refreshes their tokens at the endpoints its discovery document names, with the scopes OpenID Connect defines', () => {
    const api = withSchemes({ oidc: { type: 'openIdConnect', openIdConnectUrl: ' https://id.test/.well-known/openid-configuration ' } }, [{ oidc: [] }]);
    const oauth = api.securitySchemes[0]!.oauth!;
    expect(oauth.openIdConnectURL).toBe('https://id.test/.well-known/openid-configuration');
    expect(oauth.signIn).toEqual({ scopes: ['openid', 'profile', 'email', 'address', 'phone', 'offline_access'] });
    expect(oauth.refresh).toMatchObject({ flow: 'openIdConnect', refreshToken: { option: 'refreshToken' } });
    expect(oauth.refresh?.refreshURL).toBeUndefined();
    expect(oauth.clientCredentials).toBeUndefined();
    expect(options(api)).toEqual(['oidc bearer', 'clientId (clientId) oauth2-client', 'clientSecret (clientSecret) oauth2-client', 'refreshToken (refreshToken) oauth2-client']);
  });

  it('takes a token only when it names no discovery document', () => {
    const api = withSchemes({ oidc: { type: 'openIdConnect', openIdConnectUrl: ' ' } });
    expect(api.securitySchemes[0]!.oauth).toBeUndefined();
    expect(options(api)).toEqual(['oidc bearer']);
  });
});

describe('a scheme whose tokens the client does not fetch (an implicit flow)', () => {
  const implicit = (extra: object = {}) => ({ aad: { type: 'oauth2', flows: { implicit: { authorizationUrl: 'https://login.test/authorize', scopes: {} } }, ...extra } });

  it('is a token option whose docs say which flow issues it, and where', async () => {
    const doc = minimalDoc({ paths: { '/things': op }, components: { securitySchemes: implicit() }, security: [{ aad: [] }] });
    expect(options(apiOf(doc))).toEqual(['aad bearer']);
    const { generateInMemory } = await import('../../generator/pipeline.js');
    const { files } = await generateInMemory(loadFromMemory({ 'spec.yaml': specText(doc) }));
    const sentence = "An OAuth 2 access token, which the spec's implicit flow issues at `https://login.test/authorize`.";
    expect(files.get('README.md')).toMatch(new RegExp(`\\| \`aad\` +\\| +\\| ${sentence.replace(/[.`/]/g, '\\$&')} Sent as \`Authorization: Bearer <token>\`\\. +\\|`));
    expect(files.get('src/client.ts')).toContain(`/** ${sentence} */\n  aad?: string | null | undefined;`);
  });

  it('says nothing more when the description names the URL, or when the client fetches the tokens itself', () => {
    const described = apiOf(minimalDoc({ paths: { '/things': op }, components: { securitySchemes: implicit({ description: 'A token from https://login.test/authorize.' }) } }));
    expect(tokenSourceSentence(described.securitySchemes[0]!, (url) => url)).toBeUndefined();
    const fetched = apiOf(minimalDoc({ paths: { '/things': op }, components: { securitySchemes: { aad: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: '/token', scopes: {} } } } } } }));
    expect(fetched.securitySchemes[0]!.tokenSource).toBeUndefined();
  });
});
