/**
 * A discriminator whose property a model types as no string (zalando's page base, `discriminator:
 * {propertyName: content}` over `content: {type: array}`): joining such a model with its name as the
 * property's value made a type no value has (`{ content: Array<Brand> } & { content: 'Brands' }`), so a
 * body the schemas allow did not compile. Such a model is left as it is, in the union style and the
 * inheritance style, with a located warning.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const get = (operationId: string, schema: object) => ({ get: { operationId, tags: ['shop'], responses: { '200': { description: 'The value.', content: { 'application/json': { schema } } } } } });

const spec = {
  openapi: '3.0.3',
  info: { title: 'Shop', version: '1.0.0' },
  servers: [{ url: 'https://shop.example.com' }],
  paths: {
    '/brands': get('brands', ref('Brands')),
    '/codes': get('codes', { oneOf: [ref('Numbered'), ref('Named')], discriminator: { propertyName: 'code' } }),
  },
  components: {
    schemas: {
      Page: { type: 'object', discriminator: { propertyName: 'content' }, required: ['page', 'content'], properties: { page: { type: 'integer' }, content: { type: 'array', items: {} } } },
      Brands: { allOf: [ref('Page'), { properties: { content: { type: 'array', items: ref('Brand') } } }] },
      Brand: { type: 'object', required: ['key'], properties: { key: { type: 'string' } } },
      Numbered: { type: 'object', required: ['code'], properties: { code: { type: 'integer' } } },
      Named: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } },
    },
  },
};

let out: string;
let stderr: string;

beforeAll(async () => {
  ({ out, stderr } = await generateAndImport<unknown>(spec, 'discriminator-not-text-'));
}, 60_000);

describe('a discriminator over a property a model types as no string', () => {
  it('leaves that model as it is, so the bodies the schemas allow compile', () => {
    const header = "import type Shop from './src/index.js';";
    const body = [
      "export const a: Awaited<ReturnType<Shop['shop']['brands']>> = { page: 1, content: [{ key: 'NV3' }] };",
      "export const b: Awaited<ReturnType<Shop['shop']['codes']>> = { code: 7 };",
      "export const c: Awaited<ReturnType<Shop['shop']['codes']>> = { code: 'Named' };",
      // The string variant is still told by its name.
      "export const d: Awaited<ReturnType<Shop['shop']['codes']>> = { code: 'other' };",
    ];
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2322 line 4']);
  });

  it('says so where the discriminator is, naming the model and the type', () => {
    expect(stderr.match(/warning \[discriminator-not-text\]/g)).toHaveLength(2);
    expect(stderr).toMatch(/#\/components\/schemas\/Page declares "content" as array, which no discriminator value \(a string\) can be: the models extending it are left as they are/);
    expect(stderr).toMatch(/#\/components\/schemas\/Numbered declares "code" as integer, which no discriminator value \(a string\) can be: it is left as it is/);
  });
});
