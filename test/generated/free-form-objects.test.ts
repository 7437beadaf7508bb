/**
 * A free-form object (`{type: object}`: no property named, not closed) holds any key, as JSON Schema
 * allows. Its type says so wherever it is declared: inline (`{ [key: string]: unknown }`), as a model, as a
 * response and as an object nested in one, so a caller can read what the server sent (`meta.region`).
 * A closed one holds no key, and says so (`{ [key: string]: never }`, where `{}` would take a string).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const spec = {
  openapi: '3.0.3',
  info: { title: 'Bags', version: '1.0.0' },
  servers: [{ url: 'https://bags.example.com' }],
  paths: {
    '/bags': {
      get: { operationId: 'list', tags: ['bags'], responses: { '200': { description: 'Anything.', ...json({ type: 'object' }) } } },
      post: { operationId: 'limit', tags: ['bags'], responses: { '200': { description: 'A limit, or none.', ...json({ anyOf: [{ $ref: '#/components/schemas/Limit' }, { $ref: '#/components/schemas/Sealed' }] }) } } },
      put: { operationId: 'put', tags: ['bags'], requestBody: { required: true, ...json({ $ref: '#/components/schemas/Bag' }) }, responses: { '200': { description: 'The shelf.', ...json({ $ref: '#/components/schemas/Shelf' }) } } },
    },
  },
  components: {
    schemas: {
      Bag: { type: 'object', description: 'Any JSON object.' },
      Shelf: { type: 'object', properties: { bag: { type: 'object', properties: { meta: { type: 'object' } } }, sealed: { type: 'object', properties: {}, additionalProperties: false } } },
      Sealed: { type: 'object', additionalProperties: false },
      Limit: { type: 'object', required: ['limit'], properties: { limit: { type: 'string' } } },
      // Closed by a part of their own, as specs write "nothing beyond the other parts".
      ClosedInline: { allOf: [{ $ref: '#/components/schemas/Limit' }, { additionalProperties: false }] },
      ClosedByRef: { allOf: [{ $ref: '#/components/schemas/Limit' }, { $ref: '#/components/schemas/Sealed' }] },
    },
  },
};

describe('free-form objects', () => {
  let out: string;
  beforeAll(async () => {
    ({ out } = await generateAndImport(spec, 'free-form-'));
  });

  it('are typed with an index signature, as a model, a response and a nested object', () => {
    const models = readFileSync(join(out, 'src/models.ts'), 'utf8');
    expect(models).toMatch(/export interface Bag \{\n\s+\[key: string\]: unknown;\n\}/);
    expect(readFileSync(join(out, 'src/resources/bags.ts'), 'utf8')).toMatch(/export interface BagsListResponse \{\n\s+\[key: string\]: unknown;\n\}/);
  });

  it('let a caller read and write any member, and type-check as a whole', () => {
    const body = [
      'declare const client: BagsClient;',
      'const anything = await client.bags.list();',
      'const region: unknown = anything.region;',
      'const bag: Bag = { colour: "red", size: 3 };',
      'const shelf = await client.bags.put({ body: bag });',
      'const owner: unknown = shelf.bag?.meta?.owner;',
      'console.log(region, owner, bag.colour);',
    ];
    expect(consumerErrors(out, `import { BagsClient, type Bag } from './src/index.js';`, body.join('\n'))).toEqual([]);
  });

  it('type a closed object naming no field (`additionalProperties: false`) as holding nothing, but where it closes an allOf', () => {
    const body = [
      'const sealed: Sealed = {};',
      'const inline: Shelf["sealed"] = {};',
      '// @ts-expect-error: a closed object is no string',
      'const text: Sealed = "text";',
      '// @ts-expect-error: nor has it any field',
      'const field: Shelf["sealed"] = { a: 1 };',
      'const closed: [ClosedInline, ClosedByRef] = [{ limit: "10" }, { limit: "10" }];',
      'declare const client: BagsClient;',
      'const limit = await client.bags.limit();',
      'const read: string | undefined = "limit" in limit ? limit.limit : undefined;',
      'console.log(sealed, inline, text, field, closed, read);',
    ];
    expect(consumerErrors(out, `import { BagsClient, type ClosedByRef, type ClosedInline, type Sealed, type Shelf } from './src/index.js';`, body.join('\n'))).toEqual([]);
  });
});
