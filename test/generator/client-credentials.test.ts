/** Reading OAuth 2 client-credentials flows into client options, from OpenAPI 3 and from Swagger 2.0. */
import { describe, expect, it } from 'vitest';
import { credentialAlternatives, credentialOptions } from '../../generator/emit/credential-options.js';
import { apiOf, minimalDoc } from '../helpers/spec.js';

const op = { get: { operationId: 'listThings', responses: { '200': { description: 'ok' } } } };
const withSchemes = (securitySchemes: object, security: object[] = []) => apiOf(minimalDoc({ paths: { '/things': op }, components: { securitySchemes }, security }));
const options = (api: ReturnType<typeof apiOf>) => credentialOptions(api).map((c) => `${c.option}${c.half ? ` (${c.half})` : ''} ${c.spec.scheme}`);

describe('a client-credentials flow', () => {
  it("gives the scheme's token option, then the client's id and secret, and the scopes option", () => {
    const api = withSchemes({ oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: ' https://auth.test/token ', scopes: { read: 'Read' } } } } }, [{ oauth: ['read'] }]);
    expect(options(api)).toEqual(['oauth bearer', 'clientId (clientId) oauth2-client', 'clientSecret (clientSecret) oauth2-client']);
    expect(api.securitySchemes[0]!.clientCredentials).toMatchObject({ tokenURL: 'https://auth.test/token', scopesOption: 'scopes', scopes: [['read', 'Read']] });
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
    expect(apiOf(swagger).securitySchemes[0]!.clientCredentials?.tokenURL).toBe('https://api.test/token');
  });

  it('is not made of other flows, or of a flow without a token URL', () => {
    const api = withSchemes({
      code: { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: '/a', tokenUrl: '/t', scopes: {} } } },
      empty: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: '', scopes: {} } } },
    });
    expect(api.securitySchemes.map((s) => s.clientCredentials)).toEqual([undefined, undefined]);
  });
});
