/**
 * A URL-encoded form body as Stripe's spec declares its 452: the fields its Encoding Object marks
 * `style: deepObject` travel in brackets (`metadata[plan]=pro`, `items[0][price]=p_1`), as such servers
 * read them; a list field whose Encoding Object says `explode: false` (or a delimited style) as one value,
 * its items joined; the other fields as before. Checked on what a loopback server receives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { generateAndImport } from '../helpers/tree.js';

interface Client { subscriptions: { create(params: object): Promise<unknown> } }
interface Module { default: new (options: object) => Client }

const deep = { style: 'deepObject', explode: true };
const spec = {
  openapi: '3.0.3',
  info: { title: 'Billing', version: '1.0.0' },
  servers: [{ url: 'https://billing.example.com' }],
  paths: {
    '/v1/subscriptions': {
      post: {
        operationId: 'create',
        tags: ['subscriptions'],
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                type: 'object',
                required: ['customer'],
                properties: {
                  customer: { type: 'string' },
                  metadata: { type: 'object', additionalProperties: { type: 'string' } },
                  items: { type: 'array', items: { type: 'object', properties: { price: { type: 'string' }, quantity: { type: 'integer' } } } },
                  expand: { type: 'array', items: { type: 'string' } },
                  trial_end: { type: 'string', format: 'date-time' },
                  plain: { type: 'object', properties: { a: { type: 'string' } } },
                  tags: { type: 'array', items: { type: 'string' } },
                  ids: { type: 'array', items: { type: 'integer' } },
                  'spaced names': { type: 'array', items: { type: 'string' } },
                  piped: { type: 'array', items: { type: 'string' } },
                },
              },
              encoding: { metadata: deep, items: deep, expand: deep, trial_end: deep, ids: { explode: false }, 'spaced names': { style: 'spaceDelimited' }, piped: { style: 'pipeDelimited', explode: false } },
            },
          },
        },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
};

let module: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ module } = await generateAndImport<Module>(spec, 'form-body-'));
  server = await startApiServer(() => ({ status: 200, body: '{}' }));
}, 60_000);

afterAll(() => server.close());

describe('a URL-encoded form with deepObject and delimited fields', () => {
  it('sends them in brackets, nested objects and lists by index; a delimited list as one value joined; the other fields as before', async () => {
    const client = new module.default({ baseURL: server.url, apiKey: 'k' });
    await client.subscriptions.create({
      customer: 'cus_1',
      metadata: { plan: 'pro', 'a b': 'x&y' },
      items: [{ price: 'p_1', quantity: 2 }, { price: 'p_2' }],
      expand: ['customer', 'items.data'],
      trial_end: new Date('2026-01-02T03:04:05Z'),
      plain: { a: '1' },
      tags: ['t1', 't2'],
      ids: [1, 2],
      'spaced names': ['a', 'b c'],
      piped: ['x', 'y'],
    });
    const sent = server.requests.at(-1)!;
    expect(sent.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect([...new URLSearchParams(sent.body)]).toEqual([
      ['customer', 'cus_1'],
      ['metadata[plan]', 'pro'],
      ['metadata[a b]', 'x&y'],
      ['items[0][price]', 'p_1'],
      ['items[0][quantity]', '2'],
      ['items[1][price]', 'p_2'],
      ['expand[0]', 'customer'],
      ['expand[1]', 'items.data'],
      ['trial_end', '2026-01-02T03:04:05.000Z'],
      ['plain', '{"a":"1"}'],
      ['tags', 't1'],
      ['tags', 't2'],
      ['ids', '1,2'],
      ['spaced names', 'a b c'],
      ['piped', 'x|y'],
    ]);
  });
});
