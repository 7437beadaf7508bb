/** Which media type a request body or response is read in, through the slips of hand-written specs. */
import { describe, expect, it } from 'vitest';
import { buildApi } from '../../generator/pipeline.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

const thing = { type: 'object', properties: { id: { type: 'string' } } };

/** `POST /things` with the request body and 200 response given, read; warnings as [code, pointer, message]. */
function read(requestBody: unknown, response: unknown) {
  const paths = { '/things': { post: { operationId: 'createThing', requestBody, responses: { '200': { description: 'ok', ...(response as object) } } } } };
  const { api, warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(minimalDoc({ paths })) }));
  const op = api.operations[0]!;
  return {
    request: op.requestBody && [op.requestBody.contentType, op.requestBody.schema.kind],
    response: [op.responses[0]!.contentType, op.responses[0]!.schema?.kind],
    warnings: warnings.map((w) => [w.code, w.location.pointer, w.message]),
  };
}

describe("Swagger 2.0's schema outside content", () => {
  it('is read as application/json, on a request body and on a response, each with a located warning', () => {
    expect(read({ schema: thing }, { schema: thing })).toEqual({
      request: ['application/json', 'object'],
      response: ['application/json', 'object'],
      warnings: [
        ['schema-outside-content', '/paths/~1things/post/requestBody/schema', "`schema` directly on a request body is Swagger 2.0's form; OpenAPI 3 puts it under `content` (`content: {application/json: {schema: …}}`): read as application/json"],
        ['schema-outside-content', '/paths/~1things/post/responses/200/schema', "`schema` directly on a response is Swagger 2.0's form; OpenAPI 3 puts it under `content` (`content: {application/json: {schema: …}}`): read as application/json"],
      ],
    });
  });

  it('is not looked for when content is given', () => {
    expect(read({ content: { 'application/json': { schema: thing } }, schema: { type: 'string' } }, {})).toMatchObject({ request: ['application/json', 'object'], warnings: [] });
  });
});

describe('a request body without content', () => {
  const paths = (requestBody: unknown) => ({ '/things': { post: { operationId: 'createThing', requestBody, responses: { '200': { description: 'ok' } } } } });
  const build = (requestBody: unknown, lenient: boolean) => buildApi(loadFromMemory({ 'spec.yaml': specText(minimalDoc({ paths: paths(requestBody) })) }), { lenient });

  it('is a located error: nothing says what to send', () => {
    expect(() => build({ required: true }, false)).toThrow(/request-body-content-missing\] #\/paths\/~1things\/post\/requestBody: the request body has no `content`/);
  });

  it('with --lenient, is not sent, with the warning', () => {
    const { api, warnings } = build({ required: true }, true);
    expect(api.operations[0]!.requestBody).toBeUndefined();
    expect(warnings.map((w) => [w.code, w.severity])).toEqual([['request-body-content-missing', 'warning']]);
  });

  it('is no problem when content is an empty mapping', () => {
    expect(build({ content: {} }, false).warnings).toEqual([]);
  });
});

describe('content keys that are not media types', () => {
  it.each([
    ['json', 'application/json', 'object'],
    ['JSON', 'application/json', 'object'],
    ['xml', 'application/xml', 'object'],
    ['text', 'text/plain', 'object'],
    ['', 'application/json', 'object'],
  ])('reads %j as %s, with a located warning', (key, type, kind) => {
    const { request, warnings } = read({ content: { [key]: { schema: thing } } }, {});
    expect(request).toEqual([type, kind]);
    expect(warnings).toEqual([['media-type-invalid', `/paths/~1things/post/requestBody/content/${key}`, `${JSON.stringify(key)} is not a media type (type/subtype): read as ${type}`]]);
  });

  it('prefers a real media type to a short name that means the same', () => {
    const { request, warnings } = read({ content: { json: { schema: { type: 'string' } }, 'application/json': { schema: thing } } }, {});
    expect(request).toEqual(['application/json', 'object']);
    expect(warnings.map((w) => w[0])).toEqual(['media-type-invalid']);
  });

  it("warns once for a body's fields written as content keys, and reads them as before", () => {
    const keys = Object.fromEntries(['code', 'message', 'a', 'b', 'c', 'd', 'e'].map((k) => [k, { schema: { type: 'string' } }]));
    const { response, warnings } = read(undefined, { content: keys });
    expect(response).toEqual(['a', 'string']);
    expect(warnings).toEqual([
      ['media-type-invalid', '/paths/~1things/post/responses/200/content', '`content` is keyed by media types (type/subtype, as `application/json`), not "code", "message", "a", "b", "c" and 2 more; fields belong in a schema under one: left as written'],
    ]);
  });
});

describe('a response whose $ref names a component schema', () => {
  it('is read as that schema in application/json content', () => {
    const paths = { '/things': { get: { operationId: 'getThing', responses: { '200': { $ref: '#/components/schemas/Thing' } } } } };
    const doc = minimalDoc({ paths, components: { schemas: { Thing: { ...thing, description: 'A thing.' } } } });
    const response = buildApi(loadFromMemory({ 'spec.yaml': specText(doc) })).api.operations[0]!.responses[0]!;
    expect([response.contentType, response.schema]).toMatchObject(['application/json', { kind: 'ref', model: expect.stringContaining('Thing') }]);
  });
});
