/**
 * A URL-encoded form body as Stripe's spec declares its 452: the fields its Encoding Object marks
 * `style: deepObject` travel in brackets (`metadata[plan]=pro`, `items[0][price]=p_1`), as such servers
 * read them; a list field whose Encoding Object says `explode: false` (or a delimited style) as one value,
 * its items joined; the other fields as before. A multipart form heeds the same from OpenAPI 3.1 on, and
 * sends one part per item in 3.0, which ignores them there. Checked on what a loopback server receives.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { specText } from '../helpers/spec.js';
import { generateAndImport, scratchDir } from '../helpers/tree.js';
import { wireCheckPackage } from '../helpers/wire-check.js';

interface Client { subscriptions: { create(params: object): Promise<unknown> }; uploads: { upload(params: object): Promise<unknown> } }
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

/** A multipart upload whose Encoding Object joins two of its lists, in an OpenAPI document of `version`. */
const multipartSpec = (version: string) => ({
  openapi: version,
  info: { title: 'Uploads', version: '1.0.0' },
  servers: [{ url: 'https://uploads.example.com' }],
  paths: {
    '/uploads': {
      post: {
        operationId: 'upload',
        tags: ['uploads'],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: {
                  file: { type: 'string', format: 'binary' },
                  tags: { type: 'array', items: { type: 'string' } },
                  ids: { type: 'array', items: { type: 'integer' } },
                  piped: { type: 'array', items: { type: 'string' } },
                },
              },
              encoding: { ids: { explode: false }, piped: { style: 'pipeDelimited', explode: false } },
            },
          },
        },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
});

let module: Module;
let formOut: string;
let multipart31: Module;
let multipart30: Module;
let server: ApiServer;

beforeAll(async () => {
  [{ module, out: formOut }, { module: multipart31 }, { module: multipart30 }] = await Promise.all([
    generateAndImport<Module>(spec, 'form-body-'),
    generateAndImport<Module>(multipartSpec('3.1.0'), 'form-multipart-31-'),
    generateAndImport<Module>(multipartSpec('3.0.3'), 'form-multipart-30-'),
  ]);
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

describe('a multipart form with delimited fields', () => {
  /** The text parts the server received, in order, as `[name, value]`; the file part as its name only. */
  async function partsSent(generated: Module): Promise<(string | [string, string])[]> {
    const client = new generated.default({ baseURL: server.url, apiKey: 'k' });
    await client.uploads.upload({ file: new Blob(['PNG']), tags: ['t1', 't2'], ids: [1, 2], piped: ['x', 'y'] });
    const { headers, body } = server.requests.at(-1)!;
    const form = await new Response(body, { headers: { 'content-type': headers['content-type']! } }).formData();
    const parts: (string | [string, string])[] = [];
    form.forEach((value, name) => parts.push(typeof value === 'string' ? [name, value] : name));
    return parts;
  }

  it('joins the lists its Encoding Object says, from OpenAPI 3.1: one part each; other lists a part per item', async () => {
    expect(await partsSent(multipart31)).toEqual(['file', ['tags', 't1'], ['tags', 't2'], ['ids', '1,2'], ['piped', 'x|y']]);
  });

  it('sends every list a part per item in OpenAPI 3.0, which applies style and explode to URL-encoded forms only', async () => {
    expect(await partsSent(multipart30)).toEqual(['file', ['tags', 't1'], ['tags', 't2'], ['ids', '1'], ['ids', '2'], ['piped', 'x'], ['piped', 'y']]);
  });
});

describe('the wire check of a form', () => {
  it('finds each field as its Encoding Object writes it, a deepObject list by index, the method called with every parameter', async () => {
    const file = join(scratchDir('form-body-wire-'), 'openapi.yaml');
    writeFileSync(file, specText(spec));
    const { run, problems } = await wireCheckPackage(file, formOut, true);
    expect(problems).toEqual([]);
    expect(run).toBe(1);
  }, 60_000);
});
