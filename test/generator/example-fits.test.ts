/**
 * A spec's example of a single value that its own schema refuses is said, located at the example: a
 * server that checks refuses it, so the example calls make up a value instead (where its type is wrong,
 * the value it writes in the right type if that fits). So is a default the schema refuses.
 */
import { describe, expect, it } from 'vitest';
import { buildApi } from '../../generator/pipeline.js';
import { docWithResponse, loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

const body = '/paths/~1things/get/responses/200/content/application~1json/schema';

function warningsOf(doc: Record<string, unknown>): string[][] {
  const { warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(doc) }));
  return warnings.filter((w) => w.code === 'example-invalid').map((w) => [w.location.pointer, w.message]);
}

const field = (schema: object) => warningsOf(docWithResponse({ type: 'object', properties: { f: schema } }));

describe('an example its schema refuses', () => {
  it.each([
    ['a pattern', { type: 'string', pattern: '^\\+[1-9]\\d{1,14}$', example: '11235555555' }, 'example "11235555555" does not match its `pattern` "^\\\\+[1-9]\\\\d{1,14}$": example calls make up a value instead'],
    ['a minLength', { type: 'string', minLength: 71, examples: ['sha256:abc'] }, 'example "sha256:abc" is shorter than its `minLength` of 71: example calls make up a value instead'],
    ['a maxLength, in characters', { type: 'string', maxLength: 2, 'x-example': 'été' }, 'example "été" is longer than its `maxLength` of 2: example calls make up a value instead'],
    ['a minimum', { type: 'integer', minimum: 1, example: 0 }, 'example 0 is below its `minimum` of 1: example calls make up a value instead'],
    ["3.0's exclusive maximum", { type: 'number', maximum: 1, exclusiveMaximum: true, example: 1 }, 'example 1 is not below its `exclusiveMaximum` of 1: example calls make up a value instead'],
    ['an enum', { type: 'string', enum: ['JSON', 'CSV'], example: 'json' }, 'example "json" is not one of its `enum` values: example calls use one of them instead'],
    ['a type, read as the value it writes', { type: 'integer', example: '174' }, 'example "174" is not of its type `integer`: example calls send 174 instead'],
    ['a type, a number read as text', { type: 'string', example: 1689520412000 }, 'example 1689520412000 is not of its type `string`: example calls send "1689520412000" instead'],
    ['a type, read as a value of the enum', { type: 'string', enum: ['1', '2'], example: 2 }, 'example 2 is not of its type `string`: example calls send "2" instead'],
    ['a type, read as a value the enum lacks', { type: 'string', enum: ['1', '2'], example: 3 }, 'example 3 is not of its type `string`: example calls use one of them instead'],
    ['a type, read as a value below the minimum', { type: 'integer', minimum: 1000, example: '174' }, 'example "174" is not of its type `integer`: example calls make up a value instead'],
    ['a type, as text that writes no integer', { type: 'integer', example: '007' }, 'example "007" is not of its type `integer`: example calls make up a value instead'],
    ['a type, a number written with a point', { type: 'number', example: '20.0' }, 'example "20.0" is not of its type `number`: example calls send 20 instead'],
    ['a type, a boolean in .NET\'s case', { type: 'boolean', example: 'True' }, 'example "True" is not of its type `boolean`: example calls send true instead'],
    ['a type, text that is no boolean', { type: 'boolean', example: 'yes' }, 'example "yes" is not of its type `boolean`: example calls make up a value instead'],
    ['the types of 3.1', { type: ['integer', 'null'], example: 1.5 }, 'example 1.5 is not of its type `integer | null`: example calls make up a value instead'],
    ['a format a server parses: uuid', { type: 'string', format: 'uuid', example: '4f4e4e1-c824-4d63-b37a-d8d698862f1d' }, 'example "4f4e4e1-c824-4d63-b37a-d8d698862f1d" does not read as a `uuid`: example calls make up a value instead'],
    ['a date-time written with its quotes', { type: 'string', format: 'date-time', example: '"2007-10-29T02:42:39.000-07:00"' }, 'example "\\"2007-10-29T02:42:39.000-07:00\\"" does not read as an RFC 3339 `date-time`: example calls make up a value instead'],
    ['a date-time without its zone', { type: 'string', format: 'date-time', example: '2007-10-29T02:42:39' }, 'example "2007-10-29T02:42:39" does not read as an RFC 3339 `date-time`: example calls make up a value instead'],
    ['a date that does not exist', { type: 'string', format: 'date', example: '2019-02-30' }, 'example "2019-02-30" does not read as an RFC 3339 `date`: example calls make up a value instead'],
    ['a uri without its scheme', { type: 'string', format: 'uri', example: 'hello-world.github.io' }, 'example "hello-world.github.io" does not read as an absolute `uri`: example calls make up a value instead'],
    ['an ipv4 address out of range', { type: 'string', format: 'ipv4', example: '192.0.2.256' }, 'example "192.0.2.256" does not read as an `ipv4` address: example calls make up a value instead'],
    ['an email without a domain', { type: 'string', format: 'email', example: 'user' }, 'example "user" does not read as an `email` address: example calls make up a value instead'],
    ['a format, beside a pattern it breaks too', { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', example: '2025-10-15T13:51:36.640Z' }, 'example "2025-10-15T13:51:36.640Z" does not read as an RFC 3339 `date`: example calls make up a value instead'],
    ['a format, beside a pattern it meets', { type: 'string', format: 'date-time', pattern: '^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$', example: '2007-10-29 02:42' }, 'example "2007-10-29 02:42" does not read as an RFC 3339 `date-time`: example calls send it as written'],
  ])('is said, located, when it breaks %s', (_, schema, message) => {
    const key = 'examples' in schema ? 'examples/0' : 'x-example' in schema ? 'x-example' : 'example';
    expect(field(schema)).toEqual([[`${body}/properties/f/${key}`, message]]);
  });

  it('shows a long example cut', () => {
    const [[, message]] = field({ type: 'boolean', example: `{"enabled": true, ${'"x": 1, '.repeat(20)}}` }) as [string[]];
    expect(message).toMatch(/^example "\{\\"enabled\\": true, .{30,}… is not of its type `boolean`/);
    expect(message!.length).toBeLessThan(140);
  });

  it.each([
    ['fits', { type: 'string', pattern: '^\\+[1-9]\\d{1,14}$', minLength: 3, example: '+15555555' }],
    ['is null on a nullable field', { type: 'string', nullable: true, minLength: 3, example: null }],
    ['is an object (left to the response checks)', { type: 'object', example: { a: 1 } }],
    ['has a type the spec misspells', { type: 'int', example: 3 }],
    ['is a number where a number or a string may be', { type: ['string', 'number'], example: 3 }],
    ['fits a Ruby pattern as Ruby reads it', { type: 'string', pattern: '\\A[a-z]+\\z', example: 'abc' }],
    ['cannot be tested against an invalid pattern', { type: 'string', pattern: '(', example: 'abc' }],
    ['reads as its format', { type: 'string', format: 'date-time', example: '2007-10-29T02:42:39.000-07:00' }],
    ['reads as its format, in the cases RFC 3339 allows', { type: 'string', format: 'date-time', example: '2007-10-29t02:42:39z' }],
    ['reads as a date on a leap day', { type: 'string', format: 'date', example: '2024-02-29' }],
    ["reads as .NET's zero date-time, in year 1", { type: 'string', format: 'date-time', example: '0001-01-01T00:00:00Z' }],
    ['reads as a uuid in capitals', { type: 'string', format: 'uuid', example: '182BD5E5-6E1A-4FE4-A799-AA6D9A6AB26E' }],
    ['reads as a time with a fraction and an offset', { type: 'string', format: 'time', example: '02:42:39.5+01:00' }],
    ['reads as an ipv6 address', { type: 'string', format: 'ipv6', example: '2001:db8::1' }],
    ['reads as an email address on a host without a dot', { type: 'string', format: 'email', example: 'root@localhost' }],
    ['reads as a uri of any scheme', { type: 'string', format: 'uri', example: 'urn:isbn:0451450523' }],
    ['has a format that says nothing of its text', { type: 'string', format: 'password', example: 'x' }],
    ['is the empty string, "none", beside a format', { type: 'string', format: 'uri', example: '', default: '' }],
  ])('is not said when it %s', (_, schema) => {
    expect(field(schema)).toEqual([]);
  });

  it.each([
    ['a type', { type: 'boolean', default: 'true' }, 'default "true" is not of its type `boolean`'],
    ['an enum', { type: 'string', enum: ['edge', 'instant'], default: '' }, 'default "" is not one of its `enum` values'],
    ['a maximum', { type: 'integer', maximum: 100, default: 1000 }, 'default 1000 is above its `maximum` of 100'],
  ])('is said of a default that breaks %s, as its own warning', (_, schema, message) => {
    const { warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(docWithResponse({ type: 'object', properties: { f: schema } })) }));
    expect(warnings.map((w) => [w.code, w.location.pointer, w.message])).toEqual([['default-invalid', `${body}/properties/f/default`, message]]);
  });

  it('is said of an example or a default beside a $ref, against the schema it names', () => {
    const schema = { type: 'object', properties: { f: { $ref: '#/components/schemas/Format', example: 'json', default: 'CSV' }, g: { $ref: '#/components/schemas/Format', default: 'xml' } } };
    const { warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(docWithResponse(schema, { Format: { type: 'string', enum: ['JSON', 'CSV'] } })) }));
    expect(warnings.map((w) => [w.code, w.location.pointer])).toEqual([
      ['example-invalid', `${body}/properties/f/example`],
      ['default-invalid', `${body}/properties/g/default`],
    ]);
  });

  it("is said of a parameter's own example against its schema, through a $ref", () => {
    const param = { name: 'format', in: 'query', schema: { $ref: '#/components/schemas/Format' }, example: 'json' };
    const doc = minimalDoc({
      paths: { '/things': { get: { operationId: 'list', parameters: [param], responses: { '204': { description: 'none' } } } } },
      components: { schemas: { Format: { type: 'string', enum: ['JSON', 'CSV'] } } },
    });
    expect(warningsOf(doc)).toEqual([['/paths/~1things/get/parameters/0/example', 'example "json" is not one of its `enum` values: example calls use one of them instead']]);
  });
});
