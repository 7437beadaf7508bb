/** A review of OpenAPI 3.2 documents: QUERY operations and additional operations are operations like any other. */
import { describe, expect, it } from 'vitest';
import { review } from '../../generator/diff/review.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

const OK = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'string' } } } } };

const spec = (operations: Record<string, unknown>) =>
  specText(minimalDoc({ openapi: '3.2.0', 'x-sdk': { client: { name: 'Archive' } }, paths: { '/documents/{id}': { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], ...operations } } }));

async function specChanges(base: Record<string, unknown>, revision: Record<string, unknown>): Promise<string[][]> {
  const r = await review(loadFromMemory({ 'base.yaml': spec(base) }), loadFromMemory({ 'revision.yaml': spec(revision) }), { base: 'base', revision: 'revision' });
  return r.spec.map((c) => [c.rule, c.verdict, c.operation, c.base?.pointer ?? '']);
}

describe('a review of a 3.2 document', () => {
  it('sees a QUERY operation and an additional operation removed, each breaking, at its method', async () => {
    const base = { query: { operationId: 'findIn', tags: ['documents'], responses: OK }, additionalOperations: { COPY: { operationId: 'copy', tags: ['documents'], responses: OK } } };
    const changes = await specChanges(base, { get: { operationId: 'get', tags: ['documents'], responses: OK } });
    expect(changes.filter(([rule]) => rule === 'operation.removed')).toEqual([
      ['operation.removed', 'breaking', 'QUERY /documents/{id}', '/paths/~1documents~1{id}/query'],
      ['operation.removed', 'breaking', 'COPY /documents/{id}', '/paths/~1documents~1{id}/additionalOperations/COPY'],
    ]);
  });

  it('compares an additional operation with itself across versions', async () => {
    const copy = (type: string) => ({ additionalOperations: { COPY: { operationId: 'copy', tags: ['documents'], responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type } } } } } } } });
    const changes = await specChanges(copy('string'), copy('integer'));
    expect(changes).toEqual([['schema.type.changed', 'breaking', 'COPY /documents/{id}', '/paths/~1documents~1{id}/additionalOperations/COPY/responses/200/content/application~1json/schema/type']]);
  });
});

describe('a review of a 3.2 stream', () => {
  const stream = (itemSchema: object) => ({ get: { operationId: 'watch', tags: ['documents'], responses: { '200': { description: 'events', content: { 'application/jsonl': { itemSchema } } } } } });

  it("compares an itemSchema as a schema: a field removed from each item breaks readers", async () => {
    const item = (properties: object) => ({ type: 'object', required: Object.keys(properties), properties });
    const changes = await specChanges(stream(item({ id: { type: 'string' }, title: { type: 'string' } })), stream(item({ id: { type: 'string' } })));
    expect(changes.map(([rule, verdict, , pointer]) => [rule, verdict, pointer])).toEqual([
      ['schema.property.removed.required', 'breaking', '/paths/~1documents~1{id}/get/responses/200/content/application~1jsonl/itemSchema/properties/title'],
    ]);
  });
});

describe('a review of media types shared through components.mediaTypes', () => {
  const doc = (type: string) =>
    specText(minimalDoc({
      openapi: '3.2.0',
      'x-sdk': { client: { name: 'Archive' } },
      paths: {
        '/documents': {
          post: {
            operationId: 'create',
            tags: ['documents'],
            parameters: [{ name: 'filter', in: 'query', content: { 'application/json': { $ref: '#/components/mediaTypes/Shared' } } }],
            requestBody: { required: true, content: { 'application/json': { $ref: '#/components/mediaTypes/Shared' } } },
            responses: { '200': { description: 'ok', content: { 'application/json': { $ref: '#/components/mediaTypes/Shared' } } } },
          },
        },
      },
      components: { mediaTypes: { Shared: { schema: { type: 'object', properties: { id: { type } } } } } },
    }));

  it('compares their schemas where each is used: a parameter, a request body, a response', async () => {
    const r = await review(loadFromMemory({ 'base.yaml': doc('string') }), loadFromMemory({ 'revision.yaml': doc('integer') }), { base: 'base', revision: 'revision' });
    expect(r.spec.map((c) => `${c.rule} ${c.verdict} ${c.subject}`)).toEqual([
      'schema.type.narrowed breaking query parameter filter /id',
      'schema.type.changed breaking request body application/json /id',
      'schema.type.changed breaking response 200 application/json /id',
    ]);
  });
});
