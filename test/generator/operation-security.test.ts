/** What the client checks and sends for operations whose security differs from the document's. */
import { describe, expect, it } from 'vitest';
import { checksCredentialsPerCall, credentialAlternatives, credentialPolicy, sendsCredentialsPerCall } from '../../generator/emit/credential-options.js';
import { apiOf, minimalDoc } from '../helpers/spec.js';

const SCHEMES = {
  email: { type: 'apiKey', in: 'header', name: 'X-Auth-Email' },
  key: { type: 'apiKey', in: 'header', name: 'X-Auth-Key' },
  token: { type: 'http', scheme: 'bearer' },
};
const operation = (operationId: string, security?: object[]) => ({ get: { operationId, ...(security ? { security } : {}), responses: { '200': { description: 'ok' } } } });
const api = (paths: Record<string, object>, security: object[] = [{ token: [] }, { email: [], key: [] }]) => apiOf(minimalDoc({ paths, components: { securitySchemes: SCHEMES }, security }));
const policies = (a: ReturnType<typeof api>) => Object.fromEntries(a.operations.map((op) => [op.methodName, credentialPolicy(a, op) ?? 'default']));

describe('the alternatives the client checks', () => {
  it("are every alternative some operation accepts, fewest options first, without those that ask more than another (Cloudflare's lists)", () => {
    const a = api({ '/a': operation('a', [{ email: [], key: [], token: [] }]), '/b': operation('b', [{ email: [], key: [] }]), '/c': operation('c') });
    expect(credentialAlternatives(a)).toEqual([['token'], ['email', 'key']]);
  });

  it("include an alternative only an operation's own security names", () => {
    const a = api({ '/a': operation('a'), '/b': operation('b', [{ key: [] }]) });
    expect(credentialAlternatives(a)).toEqual([['token'], ['key']]);
  });

  it('are the same when an alternative repeats a scheme or lists it in another order', () => {
    const a = api({ '/a': operation('a', [{ key: [], email: [] }, { email: [], key: [] }]) }, []);
    expect(credentialAlternatives(a)).toEqual([['email', 'key']]);
  });
});

describe('when the check happens', () => {
  it('at construction when every operation needs credentials', () => {
    const a = api({ '/a': operation('a'), '/b': operation('b', [{ key: [] }]) });
    expect(checksCredentialsPerCall(a)).toBe(false);
    expect(policies(a)).toEqual({ a: 'default', b: 'default' });
  });

  it('at each call when some operations need none: empty security sends none, an optional one sends them', () => {
    const a = api({ '/login': operation('login', []), '/health': operation('health', [{}, { token: [] }]), '/items': operation('items') });
    expect(checksCredentialsPerCall(a)).toBe(true);
    expect(policies(a)).toEqual({ login: 'none', health: 'optional', items: 'default' });
  });

  it('nowhere when no operation needs credentials, though an empty security still sends none', () => {
    const a = api({ '/login': operation('login', []), '/items': operation('items') }, []);
    expect(checksCredentialsPerCall(a)).toBe(false);
    expect(credentialAlternatives(a)).toEqual([]);
    expect(policies(a)).toEqual({ login: 'none', items: 'default' });
    // The client still decides per call, to send the login none of the credentials it may have.
    expect(sendsCredentialsPerCall(a)).toBe(true);
  });

  it('the client decides nothing per call when every operation takes what the client has', () => {
    expect(sendsCredentialsPerCall(api({ '/a': operation('a'), '/b': operation('b', [{ key: [] }]) }))).toBe(false);
    expect(sendsCredentialsPerCall(api({ '/a': operation('a'), '/b': operation('b', [{}, { key: [] }]) }))).toBe(true);
  });
});
