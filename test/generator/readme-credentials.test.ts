/** The README's credential text, for schemes as published specs describe them. */
import { describe, expect, it } from 'vitest';
import { readme } from '../../generator/emit/package/readme.js';
import { apiOf, minimalDoc } from '../helpers/spec.js';

const readmeOf = (securitySchemes: Record<string, unknown>, security: unknown[]) => readme(apiOf(minimalDoc({ components: { securitySchemes }, security })));

describe('credentials in the README', () => {
  it('end the spec description as a sentence before saying where the credential goes', () => {
    const text = readmeOf({ hmac: { type: 'http', scheme: 'bearer', description: 'Amazon Signature authorization v4' } }, [{ hmac: [] }]);
    expect(text).toContain('Amazon Signature authorization v4. Sent as `Authorization: Bearer <token>`.');
  });

  it('keep a description that already ends a sentence', () => {
    const text = readmeOf({ token: { type: 'http', scheme: 'bearer', description: 'A token from the dashboard.' } }, [{ token: [] }]);
    expect(text).toContain('A token from the dashboard. Sent as `Authorization: Bearer <token>`.');
  });

  it.each([
    ['one credential', { token: { type: 'http', scheme: 'bearer' } }, [{ token: [] }], 'The client needs `token`; without it the constructor'],
    ['two together', { key: { type: 'apiKey', in: 'header', name: 'X-Key' }, email: { type: 'apiKey', in: 'header', name: 'X-Email' } }, [{ key: [], email: [] }], 'The client needs `email` and `key`; without them the constructor'],
  ])('say what the constructor needs: %s', (_, schemes, security, want) => {
    expect(readmeOf(schemes, security)).toContain(want);
  });
});
