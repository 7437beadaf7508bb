/** A review of changes to an OAuth 2 scheme's flows: their URLs and scopes, and the client options they give. */
import { describe, expect, it } from 'vitest';
import { oasdiffId } from '../../generator/diff/oasdiff-map.js';
import { review } from '../../generator/diff/review.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';
import { tsLines } from './fixture-review.js';

type Flows = Record<string, Record<string, unknown>>;

/** A spec whose one operation requires the one scheme `key`. */
const withScheme = (key: string, scheme: Record<string, unknown>) =>
  specText(
    minimalDoc({
      'x-sdk': { client: { name: 'Ledger' } },
      paths: { '/entries': { get: { operationId: 'listEntries', tags: ['entries'], responses: { '204': { description: 'none' } } } } },
      components: { securitySchemes: { [key]: scheme } },
      security: [{ [key]: [] }],
    }),
  );
const spec = (flows: Flows) => withScheme('oauth', { type: 'oauth2', flows });

const codeFlow = { authorizationUrl: 'https://auth.test/authorize', tokenUrl: 'https://auth.test/token', scopes: { read: 'Read' } };
const implicitFlow = { authorizationUrl: 'https://auth.test/authorize', scopes: { read: 'Read' } };
const clientFlow = { tokenUrl: 'https://auth.test/token', scopes: { read: 'Read', write: 'Write' } };

async function reviewOf(base: Flows, revision: Flows) {
  return review(loadFromMemory({ 'base.yaml': spec(base) }), loadFromMemory({ 'revision.yaml': spec(revision) }), { base: 'base', revision: 'revision' });
}

describe('a review of OAuth 2 flows', () => {
  it('lists changed URLs and scopes of a flow, each with its oasdiff id', async () => {
    const r = await reviewOf(
      { clientCredentials: clientFlow },
      { clientCredentials: { tokenUrl: 'https://auth.test/v2/token', scopes: { read: 'Read entries', admin: 'Administer' } } },
    );
    expect(r.spec.map((c) => [c.rule, c.verdict, c.message])).toEqual([
      ['security-scheme.oauth-token-url.changed', 'not-breaking', 'OAuth 2 token URL changed: a client fetching its own token asks the new one: clientCredentials: https://auth.test/token → clientCredentials: https://auth.test/v2/token'],
      ['security-scheme.oauth-scope.changed', 'not-breaking', 'OAuth 2 scope description changed: clientCredentials: read: Read → clientCredentials: read: Read entries'],
      ['security-scheme.oauth-scope.removed', 'not-breaking', 'OAuth 2 scope removed: clientCredentials: write'],
      ['security-scheme.oauth-scope.added', 'not-breaking', 'OAuth 2 scope added: clientCredentials: admin'],
    ]);
    expect(r.spec.map(oasdiffId)).toEqual(['api-security-component-oauth-token-url-changed', 'api-security-component-oauth-scope-changed', 'api-security-component-oauth-scope-removed', 'api-security-component-oauth-scope-added']);
  });

  it('traces the client options a new client-credentials flow gives to it', async () => {
    const r = await reviewOf({ implicit: implicitFlow }, { implicit: implicitFlow, clientCredentials: clientFlow });
    expect(r.spec.map((c) => [c.rule, c.message])).toEqual([['security-scheme.oauth-flow.added', 'OAuth 2 flow added: clientCredentials']]);
    expect(tsLines(r)).toEqual(expect.arrayContaining([expect.stringMatching(/^ClientOptions\.clientId added .*← security-scheme\.oauth-flow\.added$/)]));
  });

  it('reports a removed flow, and the options the client loses with it as breaking', async () => {
    const r = await reviewOf({ clientCredentials: clientFlow }, { implicit: implicitFlow });
    expect(r.spec.map((c) => c.rule)).toEqual(['security-scheme.oauth-flow.removed', 'security-scheme.oauth-flow.added']);
    expect(tsLines(r)).toEqual(expect.arrayContaining([expect.stringMatching(/^ClientOptions\.clientSecret removed breaking ← security-scheme\.oauth-flow\.removed/)]));
  });

  it('traces the refresh token options a new authorization-code flow gives, and reports its refresh URL moving', async () => {
    const added = await reviewOf({ clientCredentials: clientFlow }, { clientCredentials: clientFlow, authorizationCode: codeFlow });
    expect(tsLines(added)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ClientOptions\.refreshToken added .*← security-scheme\.oauth-flow\.added$/), expect.stringMatching(/^ClientOptions\.onTokenRefresh added .*← security-scheme\.oauth-flow\.added$/)]),
    );
    // Its URLs named, the flow gives the client class the statics that sign users in (declared on the core
    // client, which the client extends).
    expect(tsLines(added)).toEqual(expect.arrayContaining(['LedgerCore.authorizationURL added addition ← security-scheme.oauth-flow.added', 'LedgerCore.exchangeCode added addition ← security-scheme.oauth-flow.added']));
    const redirected = await reviewOf({ authorizationCode: codeFlow }, { authorizationCode: { ...codeFlow, authorizationUrl: 'https://auth.test/v2/authorize' } });
    expect(redirected.spec.map((c) => c.message)).toEqual(["OAuth 2 authorization URL changed: the client's authorizationURL sends users to the new one: authorizationCode: https://auth.test/authorize → authorizationCode: https://auth.test/v2/authorize"]);
    // The static offers the flow's scopes but takes any string: a scope added or dropped breaks no call.
    const scoped = await reviewOf({ authorizationCode: codeFlow }, { authorizationCode: { ...codeFlow, scopes: { write: 'Write' } } });
    expect(tsLines(scoped)).toEqual([]);
    expect(scoped.bump.required).not.toBe('major');
    const device = { deviceAuthorizationUrl: 'https://auth.test/device', tokenUrl: 'https://auth.test/token', scopes: {} };
    const addedDevice = await reviewOf({ authorizationCode: codeFlow }, { authorizationCode: codeFlow, deviceAuthorization: device });
    expect(tsLines(addedDevice)).toEqual(['LedgerCore.deviceAuthorization added addition ← security-scheme.oauth-flow.added']);
    const movedDevice = await reviewOf({ deviceAuthorization: device }, { deviceAuthorization: { ...device, deviceAuthorizationUrl: 'https://auth.test/v2/device' } });
    expect(movedDevice.spec.map((c) => c.rule)).toEqual(['security-scheme.oauth-device-url.changed']);
    const moved = await reviewOf({ authorizationCode: { ...codeFlow, refreshUrl: 'https://auth.test/refresh' } }, { authorizationCode: { ...codeFlow, refreshUrl: 'https://auth.test/v2/refresh' } });
    expect(moved.spec.map((c) => [c.rule, c.verdict, c.message])).toEqual([
      ['security-scheme.oauth-refresh-url.changed', 'not-breaking', 'OAuth 2 refresh URL changed: a client renewing its token with a refresh token asks the new one: authorizationCode: https://auth.test/refresh → authorizationCode: https://auth.test/v2/refresh'],
    ]);
  });
});

describe('a review of an OpenID Connect scheme', () => {
  const oidc = (openIdConnectUrl: string) => withScheme('id', { type: 'openIdConnect', openIdConnectUrl });

  it('reports its discovery URL moving, which changes where users sign in but no call or type', async () => {
    const r = await review(loadFromMemory({ 'base.yaml': oidc('https://id.test/.well-known/openid-configuration') }), loadFromMemory({ 'revision.yaml': oidc('https://id2.test/.well-known/openid-configuration') }), { base: 'base', revision: 'revision' });
    expect(r.spec.map((c) => [c.rule, c.verdict, c.message])).toEqual([
      ['security-scheme.openid-url.changed', 'not-breaking', 'OpenID Connect discovery URL changed: the client signs users in and refreshes tokens at the endpoints the new document names: https://id.test/.well-known/openid-configuration → https://id2.test/.well-known/openid-configuration'],
    ]);
    expect(tsLines(r)).toEqual([]);
    expect(r.bump.required).not.toBe('major');
  });
});
