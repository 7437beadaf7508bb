/**
 * Swagger 2.0 documents are converted to OpenAPI 3.0 as they load: each construct that 3.0 writes
 * differently, checked on the converted value, and diagnostics that still point at what the user wrote.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadSpec, locate } from '../../generator/load/load-spec.js';
import { validate } from '../../generator/validate/validate.js';
import { getAtPointer } from '../../generator/util/pointer.js';
import { loadFromMemory } from '../helpers/spec.js';
import { buildApi } from '../../generator/pipeline.js';

const KENNEL = readFileSync('test/fixtures/swagger2/swagger.yaml', 'utf8');
const kennel = loadFromMemory({ 'swagger.yaml': KENNEL });
const converted = kennel.sources.get('swagger.yaml')!;
const at = (pointer: string): unknown => getAtPointer(converted.value, pointer);

function convert(doc: Record<string, unknown>): unknown {
  const text = stringify({ swagger: '2.0', info: { title: 'T', version: '1' }, paths: {}, ...doc });
  return loadFromMemory({ 'spec.yaml': text }).sources.get('spec.yaml')!.value;
}

describe('a Swagger 2.0 document, converted', () => {
  it('becomes OpenAPI 3.0.3, with no field 3.0 does not know', () => {
    expect(at('/openapi')).toBe('3.0.3');
    for (const gone of ['swagger', 'host', 'basePath', 'schemes', 'consumes', 'produces', 'definitions', 'parameters', 'responses', 'securityDefinitions']) {
      expect(at(`/${gone}`), gone).toBeUndefined();
    }
    expect(at('/x-sdk/client/name')).toBe('Kennel');
  });

  it('turns host, basePath and schemes into servers, HTTPS first', () => {
    expect(at('/servers')).toEqual([{ url: 'https://kennel.example.com/api' }, { url: 'http://kennel.example.com/api' }]);
    expect(convert({ host: 'h.example', basePath: '/v2' })).toMatchObject({ servers: [{ url: 'https://h.example/v2' }] });
    expect(convert({ basePath: '/v2' })).toMatchObject({ servers: [{ url: '/v2' }] });
    expect(convert({})).not.toHaveProperty('servers');
  });

  it('moves definitions to components.schemas and follows every $ref there', () => {
    expect(at('/components/schemas/Pet/allOf/0')).toEqual({ $ref: '#/components/schemas/NewPet' });
    expect(at('/paths/~1pets/get/responses/200/content/application~1json/schema/items')).toEqual({ $ref: '#/components/schemas/Pet' });
  });

  it('writes x-nullable as nullable, a discriminator name as an object, and keeps a property named __proto__ a plain key', () => {
    expect(at('/components/schemas/NewPet/properties/owner')).toEqual({ type: 'string', nullable: true });
    expect(at('/components/schemas/Problem/discriminator')).toEqual({ propertyName: 'code' });
    const properties = at('/components/schemas/Pet/allOf/1/properties') as object;
    expect(Object.keys(properties)).toEqual(['id', '__proto__']);
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
  });

  it('makes a document-wide body parameter a named request body, used by $ref', () => {
    expect(at('/paths/~1pets/post/requestBody')).toEqual({ $ref: '#/components/requestBodies/NewPet' });
    expect(at('/paths/~1pets/post')).not.toHaveProperty('parameters');
    expect(at('/components/requestBodies/NewPet')).toEqual({ required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/NewPet' } } } });
  });

  it('gives a body parameter one content entry per media type the operation consumes', () => {
    const body = { in: 'body', name: 'b', schema: { type: 'string' } };
    const doc = convert({ paths: { '/a': { post: { consumes: ['application/json', 'text/plain'], parameters: [body], responses: {} } } } });
    expect(getAtPointer(doc, '/paths/~1a/post/requestBody/content')).toEqual({ 'application/json': { schema: { type: 'string' } }, 'text/plain': { schema: { type: 'string' } } });
  });

  it('gathers form parameters into one urlencoded body, a list field joined as its collectionFormat says (csv by default)', () => {
    expect(at('/paths/~1pets~1{petId}/put/requestBody')).toEqual({
      required: true,
      content: {
        'application/x-www-form-urlencoded': {
          schema: { type: 'object', properties: { name: { type: 'string' }, nicknames: { type: 'array', items: { type: 'string' } } }, required: ['name'] },
          encoding: { nicknames: { style: 'form', explode: false } },
        },
      },
    });
    const list = (name: string, collectionFormat?: string) => ({ in: 'formData', name, type: 'array', items: { type: 'string' }, ...(collectionFormat && { collectionFormat }) });
    const fields = [list('csv'), list('multi', 'multi'), list('pipes', 'pipes'), list('ssv', 'ssv'), { in: 'formData', name: 'one', type: 'string' }];
    const doc = convert({ paths: { '/a': { post: { consumes: ['application/x-www-form-urlencoded'], parameters: fields, responses: {} } } } });
    expect(getAtPointer(doc, '/paths/~1a/post/requestBody/content/application~1x-www-form-urlencoded/encoding')).toEqual({
      csv: { style: 'form', explode: false },
      pipes: { style: 'pipeDelimited', explode: false },
      ssv: { style: 'spaceDelimited', explode: false },
    });
  });

  it("sends a tsv list joined by tabs: OpenAPI 3 has no style for it, so the conversion keeps the format beside the style", () => {
    const tsv = { in: 'query', name: 'q', type: 'array', items: { type: 'string' }, collectionFormat: 'tsv' };
    const text = stringify({ swagger: '2.0', info: { title: 'T', version: '1' }, paths: { '/a': { get: { parameters: [tsv], responses: { '200': { description: 'ok' } } } } } });
    const { api } = buildApi(loadFromMemory({ 'spec.yaml': text }));
    expect(api.operations[0]!.parameters[0]!.querySerialization).toEqual({ delimiter: '\t' });
  });

  it('makes a form multipart when the operation consumes only multipart, whatever parameters the media type carries', () => {
    const doc = convert({ consumes: ['multipart/form-data; boundary=hello'], paths: { '/a': { post: { parameters: [{ in: 'formData', name: 'id', type: 'number' }], responses: {} } } } });
    expect(Object.keys(getAtPointer(doc, '/paths/~1a/post/requestBody/content') as object)).toEqual(['multipart/form-data']);
  });

  it('makes a form with a file multipart, the file a binary string, a document-wide form parameter inlined', () => {
    expect(at('/paths/~1pets~1{petId}~1photo/post/requestBody/content/multipart~1form-data/schema/properties')).toEqual({
      file: { type: 'string', format: 'binary' },
      caption: { type: 'string', description: 'Shown under the photo.' },
      labels: { type: 'array', items: { type: 'string' } },
      sizes: { type: 'array', items: { type: 'integer' } },
    });
    // A multipart list joined (csv, the default) keeps its format, since OpenAPI 3.0 ignores `explode` there.
    expect(at('/paths/~1pets~1{petId}~1photo/post/requestBody/content/multipart~1form-data/encoding')).toEqual({
      labels: { style: 'form', explode: false, 'x-collectionFormat': 'csv' },
    });
    expect(at('/paths/~1pets~1{petId}~1photo/post/parameters')).toEqual([{ $ref: '#/components/parameters/PetId' }]);
  });

  it('gives other parameters a schema, and their collectionFormat as style and explode', () => {
    const params = at('/paths/~1pets/get/parameters') as Record<string, unknown>[];
    expect(params.map((p) => [p['name'], p['style'], p['explode']])).toEqual([
      ['tags', 'form', true],
      ['colors', 'form', false],
      ['sizes', 'pipeDelimited', false],
      ['X-Trace', undefined, undefined],
    ]);
    expect(params[1]).toEqual({ name: 'colors', in: 'query', style: 'form', explode: false, schema: { type: 'array', items: { type: 'string', enum: ['black', 'white', 'ginger'] } } });
    expect(at('/components/parameters/PetId')).toEqual({ name: 'petId', in: 'path', required: true, schema: { type: 'integer', format: 'int64' } });
  });

  it('puts a response schema and its examples under content, gives headers a schema, moves named responses', () => {
    expect(at('/paths/~1pets~1{petId}/get/responses/200/content')).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/Pet' }, example: { id: 1, name: 'Rex', kind: 'dog', owner: null } },
    });
    expect(at('/paths/~1pets/get/responses/200/headers')).toEqual({ 'X-Total': { description: 'How many pets match.', schema: { type: 'integer' } } });
    expect(at('/paths/~1pets~1{petId}/get/responses/404')).toEqual({ $ref: '#/components/responses/NotFound' });
    expect(at('/components/responses/NotFound/content/application~1json/schema')).toEqual({ $ref: '#/components/schemas/Problem' });
  });

  it('turns security definitions into security schemes', () => {
    expect(at('/components/securitySchemes')).toEqual({
      keeper: { type: 'http', scheme: 'basic' },
      key: { type: 'apiKey', in: 'header', name: 'X-Kennel-Key' },
      oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://kennel.example.com/oauth/token', scopes: { pets: 'read and write pets' } } } },
    });
  });

  it('passes the checks an OpenAPI 3 document must pass', () => {
    expect(validate(kennel)).toEqual([]);
  });
});

describe('where a converted document says things are', () => {
  it('locates a converted node at the line and pointer the user wrote', () => {
    const line = KENNEL.split('\n').findIndex((l) => l.includes('X-Total:')) + 1;
    expect(locate(converted, '/paths/~1pets/get/responses/200/headers/X-Total/schema')).toMatchObject({ pointer: '/paths/~1pets/get/responses/200/headers/X-Total', line });
    const nullable = KENNEL.split('\n').findIndex((l) => l.includes('x-nullable')) + 1;
    expect(locate(converted, '/components/schemas/NewPet/properties/owner/nullable')).toMatchObject({ pointer: '/definitions/NewPet/properties/owner/nullable', line: nullable - 2 });
  });

  it('reports a $ref to nothing as written, at its line', () => {
    const text = 'swagger: "2.0"\ninfo: { title: T, version: "1" }\npaths: {}\ndefinitions:\n  A:\n    properties:\n      b:\n        $ref: "#/definitions/Missing"\n';
    const problems = validate(loadFromMemory({ 'spec.yaml': text }));
    expect(problems).toMatchObject([
      { code: 'ref-missing', message: '$ref "#/definitions/Missing" points to nothing', location: { pointer: '/definitions/A/properties/b/$ref', line: 8, column: 9 } },
    ]);
  });

  it('follows $refs between files: into a converted document, and out of it into a fragment', () => {
    const files: Record<string, string> = {
      'main.yaml': stringify({
        swagger: '2.0',
        info: { title: 'T', version: '1' },
        paths: { '/a': { get: { responses: { 200: { description: 'ok', schema: { $ref: 'models.yaml#/definitions/A' } } } } } },
      }),
      'models.yaml': stringify({ swagger: '2.0', info: { title: 'M', version: '1' }, paths: {}, definitions: { A: { $ref: 'b.yaml' } } }),
      'b.yaml': stringify({ type: 'object', properties: { back: { $ref: 'models.yaml#/definitions/A' } } }),
    };
    const spec = loadFromMemory(files, 'main.yaml');
    expect(getAtPointer(spec.sources.get('main.yaml')!.value, '/paths/~1a/get/responses/200/content/application~1json/schema')).toEqual({ $ref: 'models.yaml#/components/schemas/A' });
    expect(getAtPointer(spec.sources.get('b.yaml')!.value, '/properties/back')).toEqual({ $ref: 'models.yaml#/components/schemas/A' });
    expect(validate(spec)).toEqual([]);
  });

  describe('a body parameter beside form parameters, which Swagger 2.0 forbids', () => {
    const operation = (consumes: string[]) => ({
      operationId: 'upload',
      consumes,
      parameters: [
        { name: 'name', in: 'formData', type: 'string', required: true },
        { name: 'body', in: 'body', schema: { type: 'object', properties: { raw: { type: 'string' } } } },
      ],
      responses: { 204: { description: 'done' } },
    });
    const text = (consumes: string[]) => `swagger: "2.0"\ninfo: { title: T, version: "1" }\npaths:\n  /up:\n    post:\n${stringify(operation(consumes)).replace(/^/gm, '      ')}`;
    const spec = (consumes: string[]) => loadFromMemory({ 'spec.yaml': text(consumes) });

    it('is an error at the operation\'s parameters as written, which --lenient degrades', () => {
      const line = text(['multipart/form-data']).split('\n').indexOf('      parameters:') + 1;
      const message = 'Swagger 2.0 does not allow a body parameter beside formData parameters: one of them only can be the request body; with --lenient, the form fields are sent and the body parameter left out, as the operation consumes a form';
      expect(validate(spec(['multipart/form-data']))).toMatchObject([{ severity: 'error', code: 'swagger2-body-beside-form', message, location: { pointer: '/paths/~1up/post/parameters', line } }]);
      expect(() => buildApi(spec(['multipart/form-data']))).toThrow(expect.objectContaining({ diagnostics: [expect.objectContaining({ code: 'swagger2-body-beside-form' })] }));
      expect(buildApi(spec(['multipart/form-data']), { lenient: true }).warnings).toMatchObject([{ severity: 'warning', code: 'swagger2-body-beside-form' }]);
    });

    it('keeps the form fields, required ones included, when the operation consumes a form; else the body', () => {
      const form = getAtPointer(spec(['multipart/form-data']).sources.get('spec.yaml')!.value, '/paths/~1up/post/requestBody');
      expect(form).toEqual({ required: true, content: { 'multipart/form-data': { schema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } } } });
      const json = spec(['application/json']);
      expect(validate(json)).toMatchObject([{ code: 'swagger2-body-beside-form', message: expect.stringMatching(/the body parameter is sent and the form fields left out, as the operation consumes application\/json$/) }]);
      expect(getAtPointer(json.sources.get('spec.yaml')!.value, '/paths/~1up/post/requestBody/content')).toEqual({ 'application/json': { schema: { type: 'object', properties: { raw: { type: 'string' } } } } });
    });
  });

  it('locates a problem of a form body at its first form parameter, as written: a 2.0 document has no requestBody', () => {
    const text = 'swagger: "2.0"\ninfo: { title: T, version: "1" }\npaths:\n  /dl:\n    get:\n      parameters:\n        - { name: f, in: formData, type: file }\n      responses: { 200: { description: ok } }\n';
    const { warnings } = buildApi(loadFromMemory({ 'spec.yaml': text }));
    expect(warnings).toMatchObject([{ code: 'body-not-sendable', location: { pointer: '/paths/~1dl/get/parameters/0', line: 7, column: 11 } }]);
  });

  it('warns of a collectionFormat Swagger 2.0 does not have, naming those it has, and reads it as csv', () => {
    const list = { type: 'array', items: { type: 'string' }, collectionFormat: 'weird' };
    const parameters = [{ name: 'q', in: 'query', ...list }, { name: 'h', in: 'header', ...list }, { name: 'f', in: 'formData', ...list }];
    const text = stringify({ swagger: '2.0', info: { title: 'T', version: '1' }, paths: { '/a': { post: { consumes: ['multipart/form-data'], parameters, responses: { 204: { description: 'ok' } } } } } });
    const spec = loadFromMemory({ 'spec.yaml': text });
    const message = 'collectionFormat "weird" is not one Swagger 2.0 has (csv, ssv, tsv, pipes, multi): read as csv, the default';
    expect(validate(spec).map((p) => [p.severity, p.code, p.location.pointer, p.location.line > 0, p.message]).sort()).toEqual(
      [0, 1, 2].map((i) => ['warning', 'swagger2-collection-format', `/paths/~1a/post/parameters/${i}/collectionFormat`, true, message]),
    );
    const doc = spec.sources.get('spec.yaml')!.value;
    expect(getAtPointer(doc, '/paths/~1a/post/parameters')).toMatchObject([{ style: 'form', explode: false }, { name: 'h' }]);
    expect(getAtPointer(doc, '/paths/~1a/post/parameters/1')).not.toHaveProperty('x-collectionFormat');
    expect(getAtPointer(doc, '/paths/~1a/post/requestBody/content/multipart~1form-data/encoding')).toEqual({ f: { style: 'form', explode: false, 'x-collectionFormat': 'csv' } });
  });

  it('warns of collectionFormat multi on a header or path parameter, where a value cannot repeat, and joins it with commas', () => {
    const list = { type: 'array', items: { type: 'string' }, collectionFormat: 'multi' };
    const parameters = [{ name: 'h', in: 'header', ...list }, { name: 'id', in: 'path', required: true, ...list }, { name: 'q', in: 'query', ...list }];
    const text = stringify({ swagger: '2.0', info: { title: 'T', version: '1' }, paths: { '/a/{id}': { get: { parameters, responses: { 204: { description: 'ok' } } } } } });
    const problems = validate(loadFromMemory({ 'spec.yaml': text }));
    expect(problems.map((p) => [p.code, p.location.pointer, p.message])).toEqual(
      [['header', 0], ['path', 1]].map(([where, i]) => [
        'swagger2-collection-format',
        `/paths/~1a~1{id}/get/parameters/${i}/collectionFormat`,
        `collectionFormat "multi" is only for query and formData parameters, whose key can repeat; a ${where} parameter's list is one value: read as csv, the default`,
      ]),
    );
    const op = buildApi(loadFromMemory({ 'spec.yaml': text }), { lenient: true }).api.operations[0]!;
    expect(op.parameters.filter((p) => p.in !== 'query').map((p) => p.listDelimiter)).toEqual([undefined, undefined]);
  });

  it('warns once of a form parameter every operation of a path shares', () => {
    const shared = [{ name: 'f', in: 'formData', type: 'array', items: { type: 'string' }, collectionFormat: 'weird' }];
    const operation = { responses: { 204: { description: 'ok' } } };
    const text = stringify({ swagger: '2.0', info: { title: 'T', version: '1' }, paths: { '/a': { parameters: shared, post: operation, put: operation } } });
    expect(validate(loadFromMemory({ 'spec.yaml': text })).map((p) => [p.code, p.location.pointer])).toEqual([['swagger2-collection-format', '/paths/~1a/parameters/0/collectionFormat']]);
  });

  it('still refuses what is neither OpenAPI 3 nor Swagger 2.0, and says what it found', () => {
    const result = loadSpec('spec.yaml', () => 'swagger: "1.2"\ninfo: { title: T, version: "1" }\n');
    const problems = result.ok ? validate(result.spec) : [];
    expect(problems).toMatchObject([{ code: 'not-openapi-3', message: 'not an OpenAPI 3.0, 3.1 or 3.2 document, nor Swagger 2.0 (found swagger 1.2)' }]);
  });
});

describe('a Swagger 2.0 document in several files', () => {
  const DIR = 'test/fixtures/swagger2-multi';
  const files = Object.fromEntries(['swagger.yaml', 'paths/pets.yaml', 'parameters.yaml', 'responses.yaml', 'definitions.yaml'].map((f) => [f, readFileSync(`${DIR}/${f}`, 'utf8')]));
  const spec = loadFromMemory(files, 'swagger.yaml');
  const value = (file: string, pointer: string) => getAtPointer(spec.sources.get(file)!.value, pointer);

  it('converts each part of another file in the role its $ref gives it', () => {
    expect(value('paths/pets.yaml', '/get/parameters/0')).toEqual({ name: 'tags', in: 'query', style: 'form', explode: false, schema: { type: 'array', items: { type: 'string' } } });
    expect(value('paths/pets.yaml', '/post/requestBody')).toEqual({ $ref: '../parameters.yaml#/NewPet' });
    expect(value('parameters.yaml', '/NewPet')).toEqual({ required: true, content: { 'application/json': { schema: { $ref: 'definitions.yaml#/Pet' } } } });
    expect(value('parameters.yaml', '/Fields')).toMatchObject({ style: 'pipeDelimited', explode: false, schema: { type: 'array' } });
    expect(value('responses.yaml', '/PetFound')).toEqual({
      description: 'The pet.',
      headers: { 'X-Rate-Remaining': { schema: { type: 'integer' } } },
      content: { 'application/json': { schema: { $ref: 'definitions.yaml#/Pet' } } },
    });
    expect(value('definitions.yaml', '/Pet/properties/owner')).toEqual({ type: 'string', nullable: true });
    expect(validate(spec)).toEqual([]);
  });

  it('locates a converted part at what was written in its file', () => {
    const line = files['parameters.yaml']!.split('\n').indexOf('  schema:') + 1;
    expect(locate(spec.sources.get('parameters.yaml')!, '/NewPet/content/application~1json/schema')).toMatchObject({ file: 'parameters.yaml', pointer: '/NewPet/schema', line });
  });
});
