import { describe, expect, it } from 'vitest';
import type { SchemaIR } from '../../generator/ir/types.js';
import type { SpecError } from '../../generator/diagnostics.js';
import { buildApi } from '../../generator/pipeline.js';
import { apiOf, docWithResponse, loadFromMemory, specText } from '../helpers/spec.js';

/** The IR of a response schema, with origins dropped so expectations stay readable. */
function parsed(schema: unknown, components: Record<string, unknown> = {}): unknown {
  const api = apiOf(docWithResponse(schema, components));
  return strip(api.operations[0]!.responses[0]!.schema!);
}

/** The warnings a response schema gives: code, pointer from the schema, message. */
function warned(schema: object): string[][] {
  return buildApi(loadFromMemory({ 'spec.yaml': specText(docWithResponse(schema)) })).warnings.map((w) => [w.code, w.location.pointer.replace(/^.*\/schema/, ''), w.message]);
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k, v]) => k !== 'origin' && v !== undefined).map(([k, v]) => [k, strip(v)]));
}

describe('parseSchema', () => {
  it.each<{ name: string; given: unknown; want: unknown }>([
    { name: 'a string', given: { type: 'string' }, want: { kind: 'string' } },
    { name: 'an integer with a format', given: { type: 'integer', format: 'int64' }, want: { kind: 'integer', format: 'int64' } },
    { name: 'nullable, 3.0 spelling', given: { type: 'string', nullable: true }, want: { kind: 'string', nullable: true } },
    { name: 'nullable, 3.1 type list', given: { type: ['string', 'null'] }, want: { kind: 'string', nullable: true } },
    { name: 'nullable, oneOf with null', given: { oneOf: [{ type: 'string' }, { type: 'null' }] }, want: { kind: 'string', nullable: true } },
    { name: "nullable, 2.0's x-nullable left in a 3.0 spec", given: { type: 'string', 'x-nullable': true }, want: { kind: 'string', nullable: true } },
    { name: 'an enum with null', given: { enum: ['a', 'b', null] }, want: { kind: 'enum', values: ['a', 'b'], nullable: true } },
    { name: 'an enum listing values twice: each once', given: { enum: ['a', 'a', 1, '1', 1, true, true] }, want: { kind: 'enum', values: ['a', 1, '1', true] } },
    { name: 'an enum listing null twice', given: { enum: ['a', null, null] }, want: { kind: 'enum', values: ['a'], nullable: true } },
    { name: 'a const', given: { const: 'x' }, want: { kind: 'enum', values: ['x'] } },
    // Lists and objects have no literal type: typed by their kind, never left to admit nothing.
    { name: 'an enum of an empty list only', given: { enum: [[]] }, want: { kind: 'array', items: { kind: 'unknown' } } },
    {
      name: 'an enum of strings, null, a list and an object',
      given: { enum: ['a', null, [1], { b: 1 }] },
      want: { kind: 'union', variants: [{ kind: 'enum', values: ['a'], nullable: true }, { kind: 'array', items: { kind: 'unknown' } }, { kind: 'object', properties: [], additionalProperties: { kind: 'unknown' } }] },
    },
    { name: 'a const object', given: { const: { b: 1 } }, want: { kind: 'object', properties: [], additionalProperties: { kind: 'unknown' } } },
    {
      name: 'the schemas true and false (3.1): any value, no value',
      given: { type: 'object', properties: { any: true, none: false } },
      want: { kind: 'object', properties: [{ name: 'any', required: false, schema: { kind: 'unknown' } }, { name: 'none', required: false, schema: { kind: 'enum', values: [] } }] },
    },
    { name: 'an array without items', given: { type: 'array' }, want: { kind: 'array', items: { kind: 'unknown' } } },
    { name: 'a type list of two', given: { type: ['string', 'number'] }, want: { kind: 'union', variants: [{ kind: 'string' }, { kind: 'number' }] } },
    {
      name: 'a 3.1 tuple: prefixItems, minItems, items: false',
      given: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], minItems: 1, items: false },
      want: { kind: 'array', items: { kind: 'unknown' }, prefixItems: [{ kind: 'string' }, { kind: 'integer' }], requiredPrefix: 1, closed: true, constraints: { minItems: 1 } },
    },
    {
      name: "3.0's boolean exclusiveMinimum makes the minimum exclusive",
      given: { type: 'number', minimum: 0, exclusiveMinimum: true, multipleOf: 0.5, default: 1 },
      want: { kind: 'number', constraints: { exclusiveMinimum: 0, multipleOf: 0.5 }, default: { value: 1 } },
    },
    {
      name: "3.1's numeric bounds, both kept; a pattern, lengths, item counts; a null default",
      given: { type: ['string', 'null'], minimum: 1, exclusiveMinimum: 0, pattern: '^a$', minLength: 1, maxLength: 2, uniqueItems: false, default: null },
      want: { kind: 'string', nullable: true, constraints: { minimum: 1, exclusiveMinimum: 0, pattern: '^a$', minLength: 1, maxLength: 2 }, default: { value: null } },
    },
    { name: "3.0's example", given: { type: 'integer', example: 0 }, want: { kind: 'integer', example: { value: 0 } } },
    { name: "3.1's examples: the first", given: { type: 'string', examples: ['a', 'b'] }, want: { kind: 'string', example: { value: 'a' } } },
    { name: "Swagger tooling's x-example", given: { type: 'integer', 'x-example': 80 }, want: { kind: 'integer', example: { value: 80 } } },
    { name: 'example before x-example', given: { type: 'integer', example: 1, 'x-example': 80 }, want: { kind: 'integer', example: { value: 1 } } },
    { name: 'items: false without prefixItems: an array that must be empty', given: { type: 'array', items: false }, want: { kind: 'array', items: { kind: 'enum', values: [] } } },
    {
      name: 'a tuple with more items after it, type inferred',
      given: { prefixItems: [{ type: 'boolean' }], items: { type: 'string' } },
      want: { kind: 'array', items: { kind: 'string' }, prefixItems: [{ kind: 'boolean' }], requiredPrefix: 0 },
    },
    {
      name: 'an object with required and optional',
      given: { type: 'object', required: ['b'], properties: { a: { type: 'string' }, b: { type: 'boolean' } } },
      want: { kind: 'object', properties: [{ name: 'b', required: true, schema: { kind: 'boolean' } }, { name: 'a', required: false, schema: { kind: 'string' } }] },
    },
    {
      name: 'a map',
      given: { type: 'object', additionalProperties: { type: 'number' } },
      want: { kind: 'object', properties: [], additionalProperties: { kind: 'number' } },
    },
    {
      name: 'a map by key pattern (3.1 patternProperties), type inferred: any key may hold any pattern\'s value',
      given: { patternProperties: { '^x-': { type: 'string' }, '^n-': { type: 'integer' } }, additionalProperties: false },
      want: { kind: 'object', properties: [], additionalProperties: { kind: 'union', variants: [{ kind: 'string' }, { kind: 'integer' }] } },
    },
    {
      name: 'an object that admits no other key than its properties (none here): it holds nothing',
      given: { type: 'object', additionalProperties: false },
      want: { kind: 'object', properties: [], closed: true },
    },
    {
      name: 'patternProperties beside additionalProperties',
      given: { type: 'object', patternProperties: { '^x-': { type: 'string' } }, additionalProperties: { type: 'boolean' } },
      want: { kind: 'object', properties: [], additionalProperties: { kind: 'union', variants: [{ kind: 'string' }, { kind: 'boolean' }] } },
    },
    {
      name: 'allOf of a ref and inline properties',
      given: { allOf: [{ $ref: '#/components/schemas/A' }], properties: { x: { type: 'string' } } },
      want: { kind: 'intersection', parts: [{ kind: 'ref', model: 'spec.yaml#/components/schemas/A' }, { kind: 'object', properties: [{ name: 'x', required: false, schema: { kind: 'string' } }] }] },
    },
    { name: 'a schema-less value', given: {}, want: { kind: 'unknown' } },
    { name: 'a described, deprecated, read-only field', given: { type: 'string', description: 'd', deprecated: true, readOnly: true }, want: { kind: 'string', description: 'd', deprecated: true, readOnly: true } },
    {
      name: 'an enum with what each value means, null and a value listed twice among them (explained by position, once)',
      given: { type: 'string', nullable: true, enum: ['a', null, 'a', 'b', 'c'], 'x-enum-descriptions': ['A.', 'Nothing.', 'Again.', 'B.'], 'x-enum-varnames': ['A', 'None', 'A', 'Bee'] },
      want: { kind: 'enum', values: ['a', 'b', 'c'], nullable: true, valueDocs: [{ value: 'a', description: 'A.' }, { value: 'b', name: 'Bee', description: 'B.' }] },
    },
    {
      name: "a oneOf of values, each explained (3.1's documented enum): the enum, with what each branch says",
      given: { oneOf: [{ const: 'active', title: 'Active', description: 'Open\n for business.' }, { const: 'closed', title: 'Shut' }, { const: 'gone' }, { type: 'null' }] },
      want: { kind: 'enum', values: ['active', 'closed', 'gone'], nullable: true, valueDocs: [{ value: 'active', description: 'Open for business.' }, { value: 'closed', name: 'Shut' }] },
    },
    {
      name: 'a oneOf of values none explains: the union as written',
      given: { oneOf: [{ const: 'a' }, { enum: ['b'] }] },
      want: { kind: 'union', variants: [{ kind: 'enum', values: ['a'] }, { kind: 'enum', values: ['b'] }] },
    },
    {
      name: 'a oneOf of an explained value and a pattern: the union as written',
      given: { anyOf: [{ const: 'auto', description: 'Chosen for you.' }, { type: 'string', pattern: '^[0-9]+$' }] },
      want: { kind: 'union', variants: [{ kind: 'enum', values: ['auto'], description: 'Chosen for you.' }, { kind: 'string', constraints: { pattern: '^[0-9]+$' } }] },
    },
    { name: 'a described, deprecated, read-only field of a named type', given: { $ref: '#/components/schemas/A', description: 'd', deprecated: true, readOnly: true }, want: { kind: 'ref', model: 'spec.yaml#/components/schemas/A', description: 'd', deprecated: true, readOnly: true } },
  ])('$name', ({ given, want }) => {
    expect(parsed(given, { A: { type: 'object' } })).toEqual(want);
  });

  it('inlines a ref to a non-component schema and cuts a cycle through it with unknown', () => {
    const doc = docWithResponse({ $ref: '#/x-shapes/Node' });
    (doc as Record<string, unknown>)['x-shapes'] = { Node: { type: 'object', properties: { next: { $ref: '#/x-shapes/Node' } } } };
    const api = apiOf(doc);
    const schema = api.operations[0]!.responses[0]!.schema as Extract<SchemaIR, { kind: 'object' }>;
    expect(schema.kind).toBe('object');
    expect(schema.properties[0]!.schema.kind).toBe('unknown');
  });

  it('keeps a recursive component schema as a ref to itself', () => {
    const api = apiOf(docWithResponse({ $ref: '#/components/schemas/Tree' }, { Tree: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } } } } }));
    expect(strip(api.models[0]!.schema)).toEqual({
      kind: 'object',
      properties: [{ name: 'children', required: false, schema: { kind: 'array', items: { kind: 'ref', model: 'spec.yaml#/components/schemas/Tree' } } }],
    });
  });

  it('records where each schema came from', () => {
    const api = apiOf(docWithResponse({ type: 'string' }));
    expect(api.operations[0]!.responses[0]!.schema!.origin).toMatchObject({ file: 'spec.yaml', pointer: '/paths/~1things/get/responses/200/content/application~1json/schema' });
    expect(api.operations[0]!.responses[0]!.schema!.origin.line).toBeGreaterThan(0);
  });
});

describe('keywords beside a $ref', () => {
  const DROPLETS = { Droplets: { type: 'object', properties: { droplet_ids: { type: 'array', items: { type: 'integer' } }, tag: { type: 'string' } } } };
  const ref = { kind: 'ref', model: 'spec.yaml#/components/schemas/Droplets' };

  it('require a field the ref declares, as an allOf of both would (DigitalOcean\'s load balancer droplets)', () => {
    expect(parsed({ $ref: '#/components/schemas/Droplets', required: ['droplet_ids'] }, DROPLETS)).toEqual({
      kind: 'intersection',
      parts: [ref, { kind: 'object', properties: [{ name: 'droplet_ids', required: true, schema: { kind: 'array', items: { kind: 'integer' } } }] }],
    });
  });

  it('add fields and parts beside it', () => {
    const given = { $ref: '#/components/schemas/Droplets', description: 'More.', properties: { extra: { type: 'string' } }, required: ['extra'], allOf: [{ $ref: '#/components/schemas/Tagged' }] };
    expect(parsed(given, { ...DROPLETS, Tagged: { type: 'object', properties: { label: { type: 'string' } } } })).toEqual({
      kind: 'intersection',
      description: 'More.',
      parts: [{ ...ref, description: 'More.' }, { kind: 'ref', model: 'spec.yaml#/components/schemas/Tagged' }, { kind: 'object', properties: [{ name: 'extra', required: true, schema: { kind: 'string' } }] }],
    });
  });

  it('are read in 3.0 too, with a located warning that 3.0 tools ignore them; 3.1 allows them', () => {
    const warnings = (openapi: string) => {
      const doc = { ...docWithResponse({ $ref: '#/components/schemas/Droplets', required: ['droplet_ids'] }, DROPLETS), openapi };
      return buildApi(loadFromMemory({ 'spec.yaml': specText(doc) })).warnings.filter((w) => w.code === 'ref-siblings');
    };
    expect(warnings('3.0.3')).toMatchObject([{ location: { pointer: '/paths/~1things/get/responses/200/content/application~1json/schema' } }]);
    expect(warnings('3.0.3')[0]!.message).toBe('`required` beside a `$ref` is ignored by OpenAPI 3.0; read with it, as 3.1 does (write `allOf: [{$ref: …}, {…}]` for tools that follow 3.0)');
    expect(warnings('3.1.0')).toEqual([]);
  });

  it('that only annotate leave it a ref', () => {
    expect(parsed({ $ref: '#/components/schemas/Droplets', description: 'The droplets.', nullable: true }, DROPLETS)).toEqual({ ...ref, description: 'The droplets.', nullable: true });
  });
});

describe('an allOf no value can satisfy', () => {
  const warningsOf = async (schema: unknown): Promise<string[][]> => {
    const { buildApi } = await import('../../generator/pipeline.js');
    const { loadFromMemory, specText } = await import('../helpers/spec.js');
    const { warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(docWithResponse(schema, { A: { type: 'object' }, Text: { type: 'string' }, MaybeText: { type: 'string', nullable: true } })) }));
    return warnings.map((w) => [w.code, w.location.pointer, w.message]);
  };
  const at = '/paths/~1things/get/responses/200/content/application~1json/schema/allOf';

  it('is reported, located, when its inline parts allow different kinds of value', async () => {
    expect(await warningsOf({ allOf: [{ type: 'string' }, { type: 'integer' }] })).toEqual([['all-of-never', at, 'allOf combines string and number parts, which no value can be: the type is never']]);
  });

  it('is reported for a part by $ref, by its target\'s type, and for a null part with what to write instead (Codat\'s bill currency)', async () => {
    const hint = ' (for a value that may be null, write `anyOf: [{…}, {type: null}]`)';
    expect(await warningsOf({ allOf: [{ $ref: '#/components/schemas/Text' }, { type: 'null' }] })).toEqual([['all-of-never', at, `allOf combines string and null parts, which no value can be: the type is never${hint}`]]);
    expect(await warningsOf({ allOf: [{ $ref: '#/components/schemas/Text' }, { type: 'integer' }] })).toEqual([['all-of-never', at, 'allOf combines string and number parts, which no value can be: the type is never']]);
  });

  it.each([
    ['a string narrowed by a string enum', { allOf: [{ type: 'string' }, { enum: ['a', 'b'] }] }],
    ['a ref extended by an object', { allOf: [{ $ref: '#/components/schemas/A' }, { type: 'object', properties: { x: { type: 'string' } } }] }],
    ['an integer with an annotation part', { allOf: [{ type: 'integer' }, { description: 'more' }] }],
    ['a ref to a string narrowed by a pattern', { allOf: [{ $ref: '#/components/schemas/Text' }, { type: 'string', pattern: '^a' }] }],
    ['a ref to a nullable string beside a null part', { allOf: [{ $ref: '#/components/schemas/MaybeText' }, { type: 'null' }] }],
  ])('is not reported for %s', async (_, schema) => {
    expect(await warningsOf(schema)).toEqual([]);
  });
});

describe('additionalProperties: false beside an allOf', () => {
  const warningsOf = async (schema: unknown): Promise<string[][]> => {
    const { buildApi } = await import('../../generator/pipeline.js');
    const { loadFromMemory, specText } = await import('../helpers/spec.js');
    const components = { A: { type: 'object', properties: { a: { type: 'string' } } }, B: { allOf: [{ $ref: '#/components/schemas/A' }, { properties: { b: { type: 'string' } } }] } };
    const { warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(docWithResponse(schema, components)) }));
    return warnings.map((w) => [w.code, w.location.pointer, w.message]);
  };
  const at = '/paths/~1things/get/responses/200/content/application~1json/schema/additionalProperties';

  it("is reported, located, when it refuses fields the parts declare (through $refs and nested allOfs), naming one", async () => {
    const [warning, ...others] = await warningsOf({ additionalProperties: false, allOf: [{ $ref: '#/components/schemas/B' }, { properties: { c: { type: 'string' } } }], properties: { a: { type: 'string' } } });
    expect(others).toEqual([]);
    expect(warning!.slice(0, 2)).toEqual(['closed-beside-parts', at]);
    expect(warning![2]).toMatch(/^`additionalProperties: false` applies to this schema's own `properties` only: "b" and 1 more field that the `allOf` declares would be refused/);
  });

  it.each([
    ['the fields declared beside it too', { additionalProperties: false, allOf: [{ $ref: '#/components/schemas/A' }], properties: { a: { type: 'string' } } }],
    ['additional fields allowed', { additionalProperties: true, allOf: [{ $ref: '#/components/schemas/A' }] }],
    ['parts that declare no field', { additionalProperties: false, allOf: [{ required: ['a'] }], properties: { a: { type: 'string' } } }],
  ])('is not reported with %s', async (_, schema) => {
    expect(await warningsOf(schema)).toEqual([]);
  });

  it("is reported when an additionalProperties schema refuses the type of a field the parts declare (Azure Data Factory's location)", async () => {
    const located = { properties: { location: { type: 'string' }, tags: { type: 'object' } } };
    expect(await warningsOf({ additionalProperties: { type: 'object' }, allOf: [located], properties: { identity: { type: 'object' } } })).toEqual([
      ['closed-beside-parts', at, '`additionalProperties` of type `object` applies to this schema\'s own `properties` only: "location" that the `allOf` declares would be refused, so no object holding them is valid as written; read as allowing the `allOf`\'s fields (write `unevaluatedProperties` instead, or declare them beside it)'],
    ]);
    // A schema that takes the parts' fields' types refuses none.
    expect(await warningsOf({ additionalProperties: { type: ['string', 'object'] }, allOf: [located] })).toEqual([]);
  });

  it('is reported beside an anyOf or a oneOf too, naming the keyword', async () => {
    const [warning, ...others] = await warningsOf({ additionalProperties: false, anyOf: [{ $ref: '#/components/schemas/A' }, { properties: { c: { type: 'string' } } }] });
    expect(others).toEqual([]);
    expect(warning!.slice(0, 2)).toEqual(['closed-beside-parts', at]);
    expect(warning![2]).toMatch(/: "a" and 1 more field that the `anyOf` declares would be refused/);
  });

  it('is reported once beside an allOf and a oneOf, naming both', async () => {
    const warnings = await warningsOf({ additionalProperties: false, allOf: [{ $ref: '#/components/schemas/A' }], oneOf: [{ properties: { c: { type: 'string' } } }, { properties: { a: { type: 'string' } } }] });
    expect(warnings.map((w) => w.slice(0, 2))).toEqual([['closed-beside-parts', at]]);
    expect(warnings[0]![2]).toMatch(/: "a" and 1 more field that the `allOf` and `oneOf` declare would be refused/);
  });
});

describe('an allOf part that closes its object', () => {
  const warningsOf = async (schema: unknown): Promise<string[][]> => {
    const { buildApi } = await import('../../generator/pipeline.js');
    const { loadFromMemory, specText } = await import('../helpers/spec.js');
    const components = {
      Closed: { type: 'object', properties: { id: { type: 'string' } }, additionalProperties: false },
      Objects: { type: 'object', properties: { name: { type: 'string' } }, additionalProperties: { type: 'object' } },
      Numbers: { type: 'number' },
      Named: { allOf: [{ properties: { name: { type: 'string' } } }] },
    };
    const { warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(docWithResponse(schema, components)) }));
    return warnings.map((w) => [w.code, w.location.pointer, w.message]);
  };
  const at = '/paths/~1things/get/responses/200/content/application~1json/schema/allOf';
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

  it('is reported at the allOf when its additionalProperties: false refuses the fields other parts declare, through $refs and nested allOfs', async () => {
    expect(await warningsOf({ allOf: [ref('Closed'), ref('Named'), { properties: { size: { type: 'integer' } } }] })).toEqual([
      ['closed-all-of-part', at, '`allOf` part 0 (`additionalProperties: false`) refuses "name" and 1 more field that the other parts or the schema declare, so no object holding them is valid as written; read as allowing every part\'s fields (declare them in the part that refuses them, or leave it open)'],
    ]);
  });

  it('is reported when an additionalProperties schema refuses a field by its type, naming each part once', async () => {
    const [warning, ...others] = await warningsOf({ allOf: [ref('Objects'), ref('Closed'), { properties: { enabled: { type: 'boolean' }, extra: { type: 'object' } } }] });
    expect(others).toEqual([]);
    expect(warning!.slice(0, 2)).toEqual(['closed-all-of-part', at]);
    expect(warning![2]).toMatch(/^`allOf` parts 0 \(`additionalProperties` of type `object`\) and 1 \(`additionalProperties: false`\) refuse "id" and 3 more fields that/);
  });

  it('is reported for the fields declared beside the allOf too', async () => {
    const warnings = await warningsOf({ allOf: [ref('Closed')], properties: { size: { type: 'integer' } } });
    expect(warnings.map((w) => w.slice(0, 2))).toEqual([['closed-all-of-part', at]]);
    expect(warnings[0]![2]).toMatch(/^`allOf` part 0 \(`additionalProperties: false`\) refuses "size" that/);
  });

  it.each([
    ['open parts', { allOf: [ref('Named'), { properties: { id: { type: 'string' } } }] }],
    ['a closed part that declares every field itself', { allOf: [ref('Closed'), { required: ['id'], properties: { id: { type: 'string' } } }] }],
    ['an additionalProperties schema that takes the fields (an integer is a number)', { allOf: [{ additionalProperties: ref('Numbers') }, { properties: { size: { type: 'integer' }, free: {} } }] }],
    ['patternProperties that may name the fields', { allOf: [{ additionalProperties: false, patternProperties: { '^x-': {} } }, { properties: { 'x-a': { type: 'string' } } }] }],
  ])('is not reported with %s', async (_, schema) => {
    expect(await warningsOf(schema)).toEqual([]);
  });
});

describe('an enum of single values beside type: array', () => {
  const grants = ['authorization_code', 'password'];
  it.each([
    ["the items' own enum, repeated (dracoon's grant types)", { type: 'array', enum: grants, items: { type: 'string', enum: grants } }],
    ['items without one, which take it', { type: 'array', enum: grants, items: { type: 'string' } }],
  ])('is read as the values of its items: %s', (_, schema) => {
    expect(parsed(schema)).toEqual({ kind: 'array', items: { kind: 'enum', values: grants } });
    const { warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(docWithResponse(schema)) }));
    expect(warnings.map((w) => [w.code, w.location.pointer])).toEqual([['enum-beside-array', '/paths/~1things/get/responses/200/content/application~1json/schema/enum']]);
  });

  it('is not moved where it lists lists, nor warned of', () => {
    const schema = { type: 'array', enum: [['a', 'b']], items: { type: 'string' } };
    expect(parsed(schema)).not.toMatchObject({ items: { kind: 'enum' } });
    expect(buildApi(loadFromMemory({ 'spec.yaml': specText(docWithResponse(schema)) })).warnings).toEqual([]);
  });
});

describe('an enum value a constraint beside it refuses', () => {
  it.each([
    ["Adyen's gender: every value longer than `maxLength`", { type: 'string', enum: ['MALE', 'FEMALE', 'UNKNOWN'], maxLength: 1 }, '/enum/0', '"MALE" is longer than its `maxLength` of 1, as 2 other values are: no value is valid as written'],
    ['one value of two, outside the pattern', { type: 'string', enum: ['ok', 'Bad'], pattern: '^[a-z]+$' }, '/enum/1', '"Bad" does not match its `pattern` "^[a-z]+$": it is never valid'],
    ['two numbers of three, below the minimum', { type: 'integer', enum: [1, 0, -1], minimum: 1 }, '/enum/1', '0 is below its `minimum` of 1, as 1 other value is: they are never valid'],
    ["SendGrid's send time: a word beside `format: date-time`", { type: 'string', enum: ['now'], format: 'date-time' }, '/enum/0', '"now" does not read as an RFC 3339 `date-time`: no value is valid as written'],
  ])('is warned, located at the value, and typed as the listed values: %s', (_, schema, pointer, said) => {
    expect(warned(schema)).toEqual([['enum-outside-constraints', pointer, `\`enum\` value ${said}; typed as the listed values`]]);
    expect(parsed(schema)).toMatchObject({ kind: 'enum', values: (schema as { enum: unknown[] }).enum });
  });

  it.each([
    ['values within the bounds', { type: 'string', enum: ['S', 'M'], maxLength: 1 }],
    ['a string beside a numeric bound', { enum: ['a', 5], minimum: 1 }],
    ['no constraint', { type: 'string', enum: ['MALE'] }],
    ['values their format reads, and the empty string', { type: 'string', enum: ['2024-01-01', ''], format: 'date' }],
    ['a format it does not know', { type: 'string', enum: ['x'], format: 'colour' }],
  ])('is not warned with %s', (_, schema) => {
    expect(warned(schema)).toEqual([]);
  });
});

describe('an enum none of whose values has the type beside it', () => {
  it.each([
    ["probely's severity: numbers beside `type: string`", { type: 'string', enum: [10, 20, 30] }, '10, 20 and 30, none of them a string', [10, 20, 30]],
    ["Bungie's scopes: digits beside `type: integer`, more than three named", { type: 'integer', enum: ['1', '2', '4', '8'], nullable: true }, '"1", "2", "4"… (4 values), none of them an integer', ['1', '2', '4', '8']],
    ['a fraction beside `type: integer`, among other types', { type: ['integer', 'boolean'], enum: [0.5, 'x'] }, '0.5 and "x", none of them an integer or a boolean', [0.5, 'x']],
  ])('is warned, located, and typed as the listed values: %s', (_, schema, listed, values) => {
    expect(warned(schema)).toEqual([['enum-of-other-type', '/enum', `\`enum\` lists ${listed} as \`type\` says, so no value is valid as written: typed as the listed values`]]);
    expect(parsed(schema)).toMatchObject({ kind: 'enum', values });
  });

  it.each([
    ["remove.bg's type level: two numbers among strings", { type: 'string', enum: [null, 'none', 1, 2, 'latest'], nullable: true }, '/enum/2', 'values 1 and 2 are not a string', [1, 2]],
    ['one string among integers', { type: 'integer', enum: [1, 'two'] }, '/enum/1', 'value "two" is not an integer', ['two']],
  ])('is warned where some values are of the type, and those others kept apart: %s', (_, schema, pointer, said, otherType) => {
    expect(warned(schema)).toEqual([['enum-of-other-type', pointer, `\`enum\` ${said} as \`type\` says, so never valid as written: typed as listed; example calls send another`]]);
    expect(parsed(schema)).toMatchObject({ kind: 'enum', values: (schema.enum as unknown[]).filter((v) => v !== null), otherType });
  });

  it.each([
    ['an integer beside `type: number`', { type: 'number', enum: [1, 2] }],
    ['only null besides', { type: 'string', enum: [null], nullable: true }],
    ['no type', { enum: [1, 'a'] }],
  ])('is not warned with %s', (_, schema) => {
    expect(warned(schema)).toEqual([]);
  });
});

describe('a type beside a $ref', () => {
  it('that its schema does not have: reported, located, and the $ref read alone', async () => {
    const { buildApi } = await import('../../generator/pipeline.js');
    const { loadFromMemory, specText } = await import('../helpers/spec.js');
    const schema = { type: 'object', properties: { a: { $ref: '#/components/schemas/A', type: 'string' }, b: { $ref: '#/components/schemas/N', type: 'number' }, c: { $ref: '#/components/schemas/A', type: 'object' } } };
    const { api, warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(docWithResponse(schema, { A: { type: 'object' }, N: { type: 'integer' } })) }));
    const body = '/paths/~1things/get/responses/200/content/application~1json/schema';
    expect(warnings.map((w) => [w.code, w.location.pointer, w.message])).toEqual([['type-beside-ref', `${body}/properties/a/type`, '`type: string` beside a `$ref` to a schema of type `object`: no value is both; read as the `$ref` alone']]);
    const response = api.operations[0]!.responses[0]!.schema as Extract<SchemaIR, { kind: 'object' }>;
    expect(response.properties[0]!.schema).toMatchObject({ kind: 'ref', model: 'spec.yaml#/components/schemas/A' });
  });
});

describe('slips of hand-written specs', () => {
  const read = (schema: unknown) => {
    const { api, warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(docWithResponse(schema)) }));
    return { schema: strip(api.operations[0]!.responses[0]!.schema!), warnings: warnings.map((w) => [w.code, w.location.pointer.replace(/^.*\/schema/, ''), w.message]) };
  };

  it.each([
    ['int', { kind: 'integer' }, 'read as integer'],
    ['long', { kind: 'integer', format: 'int64' }, 'read as integer (format int64)'],
    ['double', { kind: 'number', format: 'double' }, 'read as number (format double)'],
    ['Bool', { kind: 'boolean' }, 'read as boolean'],
    ['datetime', { kind: 'string', format: 'date-time' }, 'read as string (format date-time)'],
    ['money', { kind: 'unknown' }, 'read as any value'],
  ])('reads type %j as what it plainly means, with a located warning', (type, want, reading) => {
    expect(read({ type })).toEqual({
      schema: want,
      warnings: [['schema-type-unknown', '/type', `type ${JSON.stringify(type)} is not a JSON Schema type (string, number, integer, boolean, array, object, null): ${reading}`]],
    });
  });

  it.each([
    ['a number in a type list', { type: ['string', 5] }, { kind: 'string' }, '5'],
    ['a YAML null for the type', { type: null }, { kind: 'unknown' }, 'null'],
    ['an object for the type', { type: { name: 'string' } }, { kind: 'unknown' }, '{"name":"string"}'],
  ])('leaves out %s, with a located warning', (_name, schema, want, shown) => {
    expect(read(schema)).toEqual({
      schema: want,
      warnings: [['schema-type-unknown', '/type', `type ${shown} is not a type name (a string: string, number, integer, boolean, array, object, null): left out`]],
    });
  });

  it('keeps the known types of a type list and a format the spec gives', () => {
    expect(read({ type: ['int', 'null'], format: 'int32' }).schema).toEqual({ kind: 'integer', format: 'int32', nullable: true });
  });

  it('reads `required: true` on a property as a required property, with a located warning', () => {
    const { schema, warnings } = read({ type: 'object', properties: { id: { type: 'string', required: true }, name: { type: 'string' } } });
    expect(schema).toMatchObject({ properties: [{ name: 'id', required: true }, { name: 'name', required: false }] });
    expect(warnings).toEqual([['required-boolean', '/properties/id/required', '`required: true` on a property is not JSON Schema (the object lists its required properties in `required: [id]`): read as required']]);
  });

  it('reports a slip in a schema inlined at two places once', () => {
    const doc = docWithResponse({ type: 'object', properties: { a: { $ref: '#/paths/~1shared/get/responses/200/content/application~1json/schema' }, b: { $ref: '#/paths/~1shared/get/responses/200/content/application~1json/schema' } } });
    (doc['paths'] as Record<string, unknown>)['/shared'] = { get: { operationId: 'getShared', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'int' } } } } } } };
    const { warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(doc) }));
    expect(warnings.map((w) => w.code)).toEqual(['schema-type-unknown']);
  });

  describe('a keyword holding the wrong kind of value', () => {
    const errorsOf = (schema: unknown): unknown[] => {
      try {
        buildApi(loadFromMemory({ 'spec.yaml': specText(docWithResponse(schema)) }));
        return [];
      } catch (error) {
        return (error as SpecError).diagnostics.map((d) => [d.code, d.location.pointer.replace(/^.*\/schema/, ''), d.message]);
      }
    };
    const lenient = (schema: unknown) => strip(buildApi(loadFromMemory({ 'spec.yaml': specText(docWithResponse(schema)) }), { lenient: true }).api.operations[0]!.responses[0]!.schema!);

    it.each([
      ['required', { type: 'object', properties: { id: { type: 'string' } }, required: 'id' }, 'list, found the string "id"'],
      ['enum', { type: 'string', enum: 'red' }, 'list, found the string "red"'],
      ['oneOf', { oneOf: { type: 'string' } }, 'list, found a mapping'],
      ['properties', { type: 'object', properties: ['id'] }, 'mapping, found a list'],
      ['nullable', { type: 'string', nullable: 'true' }, 'boolean, found the string "true"'],
      ['readOnly', { type: 'string', readOnly: 1 }, 'boolean, found the number 1'],
      ['$ref', { $ref: 5 }, 'string, found the number 5'],
      ['pattern', { type: 'string', pattern: 0 }, 'string, found the number 0'],
      ['maxLength', { type: 'string', maxLength: '32' }, 'number, found the string "32"'],
      ['exclusiveMinimum', { type: 'number', exclusiveMinimum: 'yes' }, 'boolean, found the string "yes"'],
      ['format', { type: 'string', format: { kind: 'date' } }, 'string, found a mapping'],
    ])('is a located error for %s', (keyword, schema, found) => {
      expect(errorsOf(schema)).toEqual([['schema-keyword-kind', `/${keyword}`, `\`${keyword}\` must be a ${found}; with --lenient, it is read as absent`]]);
    });

    it('is read as absent with --lenient', () => {
      expect(lenient({ type: 'object', properties: { id: { type: 'string', enum: 'red' } }, required: 'id' })).toEqual({ kind: 'object', properties: [{ name: 'id', required: false, schema: { kind: 'string' } }] });
      expect(lenient({ type: 'number', minimum: 1, maximum: '10' })).toEqual({ kind: 'number', constraints: { minimum: 1 } });
      expect(lenient({ type: 'string', pattern: 0 })).toEqual({ kind: 'string' });
    });

    it('is no error for `required: true` on a property, nor for keywords of the right kind', () => {
      expect(errorsOf({ type: 'object', properties: { id: { type: 'string', required: true, nullable: false } }, required: [], allOf: [{ type: 'object' }] })).toEqual([]);
      expect(errorsOf({ type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: 10, multipleOf: 0.5 })).toEqual([]);
    });
  });

  describe("a schema's $ref to a component that is no schema", () => {
    const docWith = (ref: string) => {
      const doc = docWithResponse({ $ref: ref });
      (doc['components'] as Record<string, unknown>)['parameters'] = { Id: { name: 'id', in: 'query', schema: { type: 'integer' } } };
      (doc['components'] as Record<string, unknown>)['responses'] = { Done: { description: 'done' } };
      return loadFromMemory({ 'spec.yaml': specText(doc) });
    };
    const codes = (ref: string, lenient: boolean) => {
      try {
        return buildApi(docWith(ref), { lenient }).warnings.map((w) => [w.code, w.severity, w.location.pointer.replace(/^.*\/schema/, ''), w.message]);
      } catch (error) {
        return (error as SpecError).diagnostics.map((d) => [d.code, d.severity, d.location.pointer.replace(/^.*\/schema/, ''), d.message]);
      }
    };

    it('is a located error naming what it names, and the schema a parameter has', () => {
      expect(codes('#/components/parameters/Id', false)).toEqual([
        ['schema-ref-kind', 'error', '/$ref', "a schema's $ref names the parameter #/components/parameters/Id, not a schema (#/components/schemas/…); its schema is #/components/parameters/Id/schema; with --lenient, its fields are read as the schema's"],
      ]);
      expect(codes('#/components/responses/Done', true)).toEqual([
        ['schema-ref-kind', 'warning', '/$ref', "a schema's $ref names the response #/components/responses/Done, not a schema (#/components/schemas/…); with --lenient, its fields are read as the schema's"],
      ]);
    });

    it('is no problem when it leads into such a component, to a schema', () => {
      expect(codes('#/components/parameters/Id/schema', false)).toEqual([]);
    });

    it.each([
      ['#', 'the whole document #'],
      ['', 'the whole document #'],
      ['#/paths', '#/paths, a part of the document'],
      ['#/components/schemas', '#/components/schemas, a part of the document'],
    ])('is a located error when it names the document or a part of it that is no schema: %j', (ref, named) => {
      expect(codes(ref, false)).toEqual([
        ['schema-ref-kind', 'error', '/$ref', `a schema's $ref names ${named}, not a schema (#/components/schemas/…); with --lenient, its fields are read as the schema's`],
      ]);
    });

    it('is no problem when it names a whole file that is a schema, or a schema under an extension', () => {
      const doc = docWithResponse({ type: 'object', properties: { a: { $ref: 'pet.yaml' }, b: { $ref: '#/x-shared' } } });
      doc['x-shared'] = { type: 'string' };
      const spec = loadFromMemory({ 'spec.yaml': specText(doc), 'pet.yaml': 'type: object\n' });
      expect(buildApi(spec).warnings).toEqual([]);
    });
  });
});

describe('a discriminator over a variant that is no object', () => {
  it('leaves the list variant as it is, with a located warning, and narrows the object one', () => {
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const schema = { oneOf: [ref('Dir'), ref('File')], discriminator: { propertyName: 'type', mapping: { array: '#/components/schemas/Dir', file: '#/components/schemas/File' } } };
    const components = { Dir: { type: 'array', items: { type: 'string' } }, File: { type: 'object', properties: { type: { type: 'string' } } } };
    const { api, warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(docWithResponse(schema, components)) }));
    const union = api.operations[0]!.responses[0]!.schema as Extract<SchemaIR, { kind: 'union' }>;
    expect(union.variants.map((v) => v.kind)).toEqual(['ref', 'intersection']);
    expect(warnings.map((w) => [w.code, w.location.pointer, w.message])).toEqual([
      ['discriminator-not-object', '/paths/~1things/get/responses/200/content/application~1json/schema/discriminator', 'the variant #/components/schemas/Dir is no object, so it has no "type" to tell it by: it is left as it is'],
    ]);
  });
});

describe('a discriminator whose value for a variant that variant does not list', () => {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const kind = (...values: string[]) => ({ type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: values } } });
  const warned = (schema: object, components: Record<string, unknown>) =>
    buildApi(loadFromMemory({ 'spec.yaml': specText(docWithResponse(schema, components)) })).warnings.map((w) => [w.code, w.location.pointer, w.message]);
  const said = (model: string, values: string, source: string) =>
    `#/components/schemas/${model} is told by ${values} (${source}), which its "kind" does not list: a validator that reads the discriminator refuses every such value; typed by the values it lists`;
  const atUnion = '/paths/~1things/get/responses/200/content/application~1json/schema/discriminator';

  it("is warned at the discriminator, for a schema's name and for a mapped value, and not where they agree", () => {
    const schema = { oneOf: [ref('Text'), ref('Link'), ref('Ping')], discriminator: { propertyName: 'kind', mapping: { url: '#/components/schemas/Link', ping: '#/components/schemas/Ping' } } };
    expect(warned(schema, { Text: kind('text'), Link: kind('link'), Ping: kind('ping') })).toEqual([
      ['discriminator-value-unlisted', atUnion, said('Text', '"Text"', "its schema's name")],
      ['discriminator-value-unlisted', atUnion, said('Link', '"url"', 'as the spec names it')],
    ]);
  });

  it('is warned at the base a variant extends (vrni\'s request named by its schema, outside the base\'s enum)', () => {
    const base = { ...kind('Switch', 'Manager'), discriminator: { propertyName: 'kind' } };
    const components = { Base: base, Switch: { allOf: [ref('Base')] }, ManagerRequest: { allOf: [ref('Base')] } };
    expect(warned({ type: 'array', items: ref('Base') }, components)).toEqual([
      ['discriminator-value-unlisted', '/components/schemas/Base/discriminator', said('ManagerRequest', '"ManagerRequest"', "its schema's name")],
    ]);
  });
});

describe('schemas nested very deep', () => {
  const nestedArrays = (levels: number): unknown => Array.from({ length: levels - 1 }).reduce((items: unknown) => ({ type: 'array', items }), { type: 'string' });
  const problemsOf = (schema: unknown) => {
    try {
      // JSON: YAML would indent each of 400 levels further.
      buildApi(loadFromMemory({ 'spec.json': JSON.stringify(docWithResponse(schema)) }));
      return [];
    } catch (error) {
      return (error as SpecError).diagnostics.map((d) => [d.code, d.location.pointer.replace(/^.*\/schema/, '').replace(/(\/items)+/, (run) => `/items×${run.length / 6}`), d.message]);
    }
  };

  it('are read up to the limit', () => {
    expect(problemsOf(nestedArrays(100))).toEqual([]);
  });

  it('past it, are a located error at the schema that passes it, not a stack overflow in the printer', () => {
    const message = 'schemas nest more than 100 levels deep here, more than the generated types can be printed with; make a part a component schema (#/components/schemas/…), which starts again';
    expect(problemsOf(nestedArrays(101))).toEqual([['schema-too-deep', '/items×100', message]]);
    // 400 levels overflowed prettier's printer.
    expect(problemsOf(nestedArrays(400))).toEqual([['schema-too-deep', '/items×100', message]]);
  });

  it('start again in each component schema', () => {
    const doc = docWithResponse({ type: 'array', items: { $ref: '#/components/schemas/Deep' } }, { Deep: nestedArrays(100) });
    expect(() => buildApi(loadFromMemory({ 'spec.yaml': specText(doc) }))).not.toThrow();
  });
});

describe('a pattern that holds no value', () => {
  const SERVER = 'a validating server refuses every value, and example values are not checked against it';
  it.each([
    ["AWS Chime's, a quantifier written after `$`", '^[a-z]*$\\{2,64\\}$', 'pattern-matches-nothing', 'no string matches `pattern` "^[a-z]*$\\\\{2,64\\\\}$", which asks for text before its `^` or after its `$`, and escapes its own syntax a second time: "\\\\{2,64\\\\}" is the text "{2,64}": ' + SERVER],
    ["sinao's regular expression literal, with a flag", '/^[0-9]{5}$/i', 'pattern-matches-nothing', '`pattern` "/^[0-9]{5}$/i" is a regular expression literal, whose slashes are read as characters to match, so no string matches it (the pattern inside is "^[0-9]{5}$", and a pattern takes no flags such as `i`): ' + SERVER],
    ["AWS Amplify's, escaped a second time", '\\(\\?s\\).*', 'pattern-escaped-twice', '`pattern` "\\\\(\\\\?s\\\\).*" escapes its own syntax a second time: "\\\\(\\\\?" is the text "(?", which a value must then hold: a validating server refuses the values it was written for, and example values are not checked against it'],
    ["linode's regular expression literal, some string matches", '/[a-z0-9-]+/', 'pattern-literal', '`pattern` "/[a-z0-9-]+/" is a regular expression literal, whose slashes are read as characters a value must hold (the pattern inside is "[a-z0-9-]+"): a validating server refuses the values it was written for, and example values are not checked against it'],
    ["akeneo's Python named group", '(?P<ref>.*)-.*', 'pattern-invalid', '`pattern` "(?P<ref>.*)-.*" is no ECMA-262 regular expression (invalid group; ECMA-262 names a group `(?<name>…)`): a server cannot check a value against it, and example values are not'],
  ])('is warned, located at the pattern, and its example not blamed: %s', (_, pattern, code, message) => {
    expect(warned({ type: 'string', pattern, example: '12345' })).toEqual([[code, '/pattern', message]]);
  });

  it('leaves a pattern some string matches to the example check', () => {
    expect(warned({ type: 'string', pattern: '^/api/.*$', example: 'x' }).map(([code]) => code)).toEqual(['example-invalid']);
  });
});

describe('a pattern beside a format', () => {
  const OUTCOME = 'a server that checks both refuses every value, and example values meet the pattern only';
  it.each([
    ["seldon's base64 tensor content, under text that no base64 holds", 'byte', '.* maxLength: 2097152', 'no string that reads as base64 (`byte`) matches `pattern` ".* maxLength: 2097152": ' + OUTCOME],
    ["frankiefinancial's date, under the text of its layout", 'date', 'YYYY-MM', 'no string that reads as an RFC 3339 `date` matches `pattern` "YYYY-MM": ' + OUTCOME],
    ['a time without its zone', 'time', '^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$', 'no string that reads as an RFC 3339 `time` matches `pattern` "^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$": ' + OUTCOME],
  ])('is warned at the pattern when no value of the format matches it: %s', (_, format, pattern, message) => {
    expect(warned({ type: 'string', format, pattern })).toEqual([['pattern-outside-format', '/pattern', message]]);
  });

  it.each([
    ["loket.nl's upper-case uuid", { type: 'string', format: 'uuid', pattern: '^[{(]?[0-9A-F]{8}[-]?([0-9A-F]{4}[-]?){3}[0-9A-F]{12}[)}]?$' }],
    ['a date of this century', { type: 'string', format: 'date', pattern: '^20' }],
    ['a format without a shape here', { type: 'string', format: 'uri', pattern: '^urn:' }],
    ['a number', { type: 'integer', format: 'date', pattern: 'YYYY' }],
  ])('is not warned where some value of the format matches it, or the format is not read: %s', (_, schema) => {
    expect(warned(schema)).toEqual([]);
  });
});
