/** Webhooks read into the IR: from 3.1's `webhooks` and from `x-webhooks`, where 3.0 specs keep them. */
import { describe, expect, it } from 'vitest';
import { apiOf, minimalDoc } from '../helpers/spec.js';

const body = (schema: object) => ({ requestBody: { content: { 'application/json': { schema } } }, responses: { '200': { description: 'ok' } } });

describe('webhooks', () => {
  it('reads x-webhooks of a 3.0 spec, as GitHub writes them', () => {
    const api = apiOf({ ...minimalDoc({ 'x-webhooks': { 'push': { post: body({ $ref: '#/components/schemas/Push' }) } }, components: { schemas: { Push: { type: 'object' } } } }), openapi: '3.0.3' });
    expect(api.webhooks.map((w) => [w.name, w.payload.kind])).toEqual([['push', 'ref']]);
    expect(api.webhooksName).toBe('WebhookPayloads');
  });

  it('takes webhooks over x-webhooks for the same name, and a path item with several methods once per method', () => {
    const api = apiOf(
      minimalDoc({
        webhooks: { ping: { post: body({ type: 'string' }) }, sync: { post: body({ type: 'integer' }), put: body({ type: 'boolean' }) } },
        'x-webhooks': { ping: { post: body({ type: 'number' }) }, legacy: { post: body({ type: 'number' }) } },
      }),
    );
    expect(api.webhooks.map((w) => [w.name, w.payload.kind])).toEqual([
      ['ping', 'string'],
      ['sync put', 'boolean'],
      ['sync post', 'integer'],
      ['legacy', 'number'],
    ]);
  });

  it('reads a webhook path item given by $ref, and locates each webhook', () => {
    const api = apiOf(minimalDoc({ webhooks: { moved: { $ref: '#/components/pathItems/Moved' } }, components: { pathItems: { Moved: { post: body({ type: 'string' }) } } } }));
    expect(api.webhooks.map((w) => [w.name, w.payload.kind, w.origin.pointer])).toEqual([['moved', 'string', '/components/pathItems/Moved/post']]);
  });

  it('has no webhooks interface without webhooks', () => {
    const api = apiOf(minimalDoc());
    expect(api.webhooks).toEqual([]);
    expect(api.webhooksName).toBeUndefined();
  });
});
