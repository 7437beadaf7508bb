/** Which success bodies a method parses, returns as text, or leaves in the raw `Response`; and what it asks for. */
import { describe, expect, it } from 'vitest';
import { acceptHeader, parsesTextAsJSON, responseBody } from '../../generator/emit/response-body.js';
import { apiOf, minimalDoc } from '../helpers/spec.js';

function operationAnswering(mediaType: string | undefined, schema: unknown = { type: 'string' }, headers: string[] = []) {
  const content = mediaType === undefined ? undefined : { [mediaType]: { schema } };
  const doc = minimalDoc({
    paths: {
      '/file': {
        get: {
          operationId: 'getFile',
          parameters: headers.map((name) => ({ name, in: 'header', schema: { type: 'string' } })),
          responses: { '200': { description: 'ok', ...(content ? { content } : {}) } },
        },
      },
    },
  });
  return apiOf(doc).operations[0]!;
}

describe('the success body of a method', () => {
  it.each([
    ['application/json', { type: 'object' }, 'json', undefined],
    ['application/vnd.github+json', { type: 'object' }, 'json', undefined],
    ['application/json', { type: 'string', format: 'binary' }, 'raw', 'application/json'],
    ['*/*', {}, 'json', undefined],
    ['*/*', { type: 'string', format: 'binary' }, 'raw', '*/*'],
    ['*/*', { type: 'string', format: 'byte' }, 'json', undefined],
    [undefined, undefined, 'json', undefined],
    ['text/csv', { type: 'string' }, 'text', 'text/csv'],
    ['application/xml', { type: 'string' }, 'text', 'application/xml'],
    ['application/xml; charset=utf-8', { type: 'object' }, 'text', 'application/xml; charset=utf-8'],
    ['application/zip; charset=binary', { type: 'string' }, 'raw', 'application/zip; charset=binary'],
    ['application/javascript', { type: 'string' }, 'text', 'application/javascript'],
    ['string', { type: 'string' }, 'text', undefined],
    ['image/png', { type: 'string' }, 'raw', 'image/png'],
    ['image/*', { type: 'string', format: 'binary' }, 'raw', 'image/*'],
    ['application/pdf', { type: 'string', format: 'binary' }, 'raw', 'application/pdf'],
    ['application/octet-stream', { type: 'string' }, 'raw', 'application/octet-stream'],
    ['application/vnd.tcpdump.pcap', {}, 'raw', 'application/vnd.tcpdump.pcap'],
    ['text/plain', { type: 'string', format: 'binary' }, 'raw', 'text/plain'],
    ['text/event-stream', { type: 'string' }, 'stream', 'text/event-stream'],
    ['text/event-stream; charset=utf-8', { type: 'object' }, 'stream', 'text/event-stream'],
    ['application/x-ndjson', { type: 'object' }, 'stream', 'application/x-ndjson'],
    ['application/jsonl', { type: 'object' }, 'stream', 'application/jsonl'],
    ['application/json-seq', { type: 'object' }, 'stream', 'application/json-seq'],
  ])('%s %j is read as %s, asking for %s', (media, schema, want, accept) => {
    const op = operationAnswering(media, schema);
    expect([responseBody(op), acceptHeader(op)]).toEqual([want, accept]);
  });

  it.each(['*/*', 'application/json', 'text/csv'])('%s: a file through a $ref (a File model) is read as raw too', (media) => {
    const content = { [media]: { schema: { $ref: '#/components/schemas/Download' } } };
    const schemas = { Download: { $ref: '#/components/schemas/File' }, File: { type: 'string', format: 'binary' } };
    const doc = minimalDoc({ paths: { '/file': { get: { operationId: 'getFile', responses: { '200': { description: 'ok', content } } } } }, components: { schemas } });
    expect(responseBody(apiOf(doc).operations[0]!)).toBe('raw');
  });

  it('prefers JSON to a JSON text sequence offered beside it, which is not JSON', () => {
    const content = { 'application/json-seq': { schema: { type: 'object' } }, 'application/json; charset=utf-8': { schema: { type: 'object' } } };
    const doc = minimalDoc({ paths: { '/file': { get: { operationId: 'getFile', responses: { '200': { description: 'ok', content } } } } } });
    const op = apiOf(doc).operations[0]!;
    expect([op.responses[0]!.contentType, responseBody(op)]).toEqual(['application/json; charset=utf-8', 'json']);
  });

  it.each<[string, unknown, boolean]>([
    ['text/plain', { type: 'object' }, true],
    ['text/plain; charset=utf-8', { type: 'integer' }, true],
    ['text/plain', { type: 'array', items: { type: 'string' } }, true],
    ['text/plain', { type: 'string' }, false],
    ['text/plain', { type: 'string', enum: ['on', 'off'] }, false],
    ['text/plain', {}, false],
    ['text/csv', { type: 'object' }, false],
    ['application/json', { type: 'object' }, false],
  ])('%s %j: text parsed when it is JSON, %s', (media, schema, want) => {
    expect(parsesTextAsJSON(operationAnswering(media, schema), () => undefined)).toBe(want);
  });

  it("leaves Accept to an operation that declares it as a header parameter", () => {
    expect(acceptHeader(operationAnswering('image/png', { type: 'string' }, ['Accept']))).toBeUndefined();
  });
});
