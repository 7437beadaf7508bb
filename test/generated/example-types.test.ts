/**
 * The spec's examples against the generated types (test/helpers/example-types.ts): each example of a
 * response, of a request body and of a schema or one of its fields that ajv finds its schema accepts must
 * be a value of its method's type, of its `params`, or of the model's or field's type. Shown on a spec
 * whose examples leave optional fields out, give `null` where the schema allows it, add fields it does not
 * declare, leave out a `writeOnly` field from a response and a `readOnly` one from a request, come in an
 * envelope the method unwraps, pick a `oneOf` branch, are written as the text of their JSON, and go in
 * `params` flattened or whole; and shown to
 * refuse the types of a spec narrower than the examples' (an enum short of a value, `null` refused, an
 * optional field required).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exampleTypes } from '../helpers/example-types.js';
import { generateAndImport, scratchDir } from '../helpers/tree.js';

const json = (schema: object, examples: Record<string, unknown>) => ({
  description: 'OK',
  content: { 'application/json': { schema, examples: Object.fromEntries(Object.entries(examples).map(([name, value]) => [name, { value }])) } },
});

/** The pets spec, its `Pet` changed by `narrow` (the package a check is shown to refuse). */
function petsSpec(narrow: (pet: Record<string, unknown>) => void = () => {}): object {
  const pet: Record<string, unknown> = {
    type: 'object',
    // As the schema declares it, the model's type: its `writeOnly` field too.
    example: { id: 'p0', name: 'Max', password: 'secret' },
    required: ['id', 'name', 'password'],
    properties: {
      // Set by the server: a request's example leaves it out.
      id: { type: 'string', readOnly: true },
      name: { type: 'string' },
      status: { type: 'string', enum: ['available', 'sold'], example: 'sold' },
      owner: { type: 'string', nullable: true, example: null },
      tags: { type: 'array', items: { type: 'string' }, example: ['dog'] },
      // A field named by a number is the key 1 to TypeScript.
      '1': { type: 'string', example: 'first' },
      // Sent when a pet is made, never given back.
      password: { type: 'string', writeOnly: true },
    },
  };
  narrow(pet);
  const shape = (kind: string, field: string) => ({ type: 'object', required: ['kind', field], properties: { kind: { type: 'string', enum: [kind] }, [field]: { type: 'number' } } });
  return {
    openapi: '3.0.3',
    info: { title: 'Pets', version: '1.0.0' },
    servers: [{ url: 'https://pets.example.com' }],
    'x-sdk': { client: { unwrap: 'data' } },
    paths: {
      '/pets/{id}': {
        get: {
          operationId: 'getPet',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': json({ $ref: '#/components/schemas/Pet' }, {
              sold: { id: 'p1', name: 'Rex', status: 'sold', tags: ['cat'] },
              orphan: { id: 'p2', name: 'Tom', owner: null, tags: [] },
              minimal: { id: 'p3', name: 'Kit' },
              // A field the schema does not declare: the schema takes it, and so must the type.
              extra: { id: 'p4', name: 'Ada', nickname: 'A' },
              // No `name`: the spec's own slip, which ajv refuses and the types are not held to.
              nameless: { id: 'p5' },
            }),
          },
        },
      },
      '/pets/batch': {
        post: {
          operationId: 'addPets',
          // A list travels whole, as `body`.
          requestBody: { content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Pet' } }, example: [{ name: 'Ann', password: 'a', status: 'sold', tags: [] }] } } },
          responses: { '204': { description: 'Added.' } },
        },
      },
      '/pets': {
        post: {
          operationId: 'addPet',
          parameters: [{ name: 'dryRun', in: 'query', required: true, schema: { type: 'boolean' } }],
          // An object's fields go in `params` beside `dryRun`.
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' }, examples: { sold: { value: { name: 'Bo', password: 'b', status: 'sold', tags: [] } }, bare: { value: { name: 'Cy', password: 'c' } } } } } },
          responses: { '204': { description: 'Added.' } },
        },
        get: {
          operationId: 'listPets',
          responses: {
            '200': {
              description: 'OK',
              content: {
                'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Pet' } }, example: [{ id: 'p1', name: 'Rex', tags: ['dog'] }] },
                // Only for a caller asking for it in `Accept`: not what the method reads.
                'application/vnd.pets.counted+json': { schema: { type: 'object', properties: { count: { type: 'integer' } } }, example: { count: 1 } },
              },
            },
          },
        },
      },
      '/adoptions': {
        post: {
          operationId: 'adopt',
          // One of several bodies: its fields go in `params` as those of a flattened one do.
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { oneOf: [{ $ref: '#/components/schemas/Pet' }, shape('square', 'side')] }, examples: { pet: { value: { name: 'Dee', password: 'd', status: 'sold', tags: [] } }, square: { value: { kind: 'square', side: 2 } } } } },
          },
          responses: { '204': { description: 'Adopted.' } },
        },
      },
      '/owners/{id}': {
        get: {
          operationId: 'getOwner',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          // The method resolves to `data`: a check assigning the envelope to its type would fail on `name`.
          // The second written as the text of its JSON, as Atlassian's specs write them: read as the object it holds.
          responses: { '200': json({ type: 'object', properties: { data: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } } }, { one: { data: { name: 'Ann' } }, text: JSON.stringify({ data: { name: 'Bea' } }) }) },
        },
      },
      '/notes/{id}': {
        get: {
          operationId: 'getNote',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          // A string that looks like JSON, where the schema is a string: text, as written.
          responses: { '200': json({ type: 'string' }, { braces: '{"a": 1}' }) },
        },
      },
      '/shapes/{id}': {
        get: {
          operationId: 'getShape',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': json({ oneOf: [shape('circle', 'radius'), shape('square', 'side')] }, { square: { kind: 'square', side: 2 } }) },
        },
      },
      '/settings': {
        get: {
          operationId: 'getSettings',
          // A `$ref` written inside an example's value (GitHub's slip): a schema where data goes, which ajv
          // takes (the object requires nothing) and the types need not; refused as the spec's own slip.
          responses: { '200': json({ type: 'object', properties: { theme: { type: 'string' } } }, { shared: { $ref: '#/components/examples/settings' } }) },
        },
      },
    },
    components: {
      schemas: {
        Pet: pet,
        // Fields beside `type: array` are no part of the type, nor their examples (wealthreader.com's accounts).
        Ledger: { type: 'array', items: { type: 'string' }, properties: { total: { type: 'number', example: 3 } } },
      },
    },
  };
}

describe("the spec's examples against the generated types", () => {
  it('takes every example its schema accepts, and lists the ones it refuses', async () => {
    const { out, spec } = await generateAndImport(petsSpec(), 'response-examples-');
    const { responses, requests, schemas } = exampleTypes(spec, out);
    expect(responses).toEqual({
      examples: 11,
      accepted: 9,
      refused: ["GET /pets/{id} 200 application/json examples/nameless: / must have required property 'name'", 'GET /settings 200 application/json examples/shared: / holds a schema where data goes'],
      problems: [],
    });
    // The bodies sent, without the `id` the server sets; one flattened beside `dryRun`, one whole, two
    // one of several.
    expect(requests).toEqual({ examples: 5, accepted: 5, refused: [], problems: [] });
    // The examples of the schemas and their fields, `Pet`'s and its fields' (the others give none).
    expect(schemas).toEqual({ examples: 5, accepted: 5, refused: [], problems: [] });
  }, 120_000);

  it('refuses the types of a narrower spec', async () => {
    const narrowed = petsSpec((pet) => {
      pet['required'] = ['id', 'name', 'tags'];
      const properties = pet['properties'] as Record<string, Record<string, unknown>>;
      properties['status']!['enum'] = ['available'];
      delete properties['owner']!['nullable'];
    });
    const { out } = await generateAndImport(narrowed, 'response-examples-narrow-');
    const wide = join(scratchDir('response-examples-wide-'), 'openapi.yaml');
    writeFileSync(wide, stringify(petsSpec()));
    const { responses, requests, schemas } = exampleTypes(wide, out);
    expect(responses.problems.map((p) => p.slice(0, p.indexOf(':')))).toEqual([
      'GET /pets/{id} 200 application/json examples/sold',
      'GET /pets/{id} 200 application/json examples/orphan',
      'GET /pets/{id} 200 application/json examples/minimal',
      'GET /pets/{id} 200 application/json examples/extra',
    ]);
    expect(responses.problems[0]).toContain(`Type '"sold"' is not assignable to type '"available"'`);
    expect(responses.problems[1]).toContain(`Type 'null' is not assignable to type 'string`);
    expect(responses.problems[2]).toContain(`Property 'tags' is missing`);
    // The bodies: a status the narrower enum lacks (in the pet of one of several bodies too), and `tags` left out.
    expect(requests.problems.map((p) => p.slice(0, p.indexOf(':')))).toEqual(['POST /adoptions examples/pet', 'POST /pets examples/sold', 'POST /pets examples/bare', 'POST /pets/batch example']);
    expect(requests.problems[0]).toBe(`POST /adoptions examples/pet: status: Type '"sold"' is not assignable to type '"available"'.`);
    expect(requests.problems[1]).toContain(`Type '"sold"' is not assignable to type '"available"'`);
    expect(requests.problems[2]).toContain(`Property 'tags' is missing`);
    expect(requests.problems[3]).toContain(`Type '"sold"' is not assignable to type '"available"'`);
    // And the schemas' own examples: the pet's lacks `tags`, its status and owner their fields' types.
    expect(schemas.problems).toEqual([
      `Pet example: Property 'tags' is missing in type '{ id: string; name: string; password: string; }' but required in type 'Pet'.`,
      `Pet.status example: Type '"sold"' is not assignable to type '"available"'.`,
      `Pet.owner example: Type 'null' is not assignable to type 'string | undefined'.`,
    ]);
  }, 120_000);

  it('compares no example with a method that resolves to the raw Response (a file labelled JSON, as LUIS writes its packages)', async () => {
    const files = {
      openapi: '3.0.3',
      info: { title: 'Packages', version: '1.0.0' },
      servers: [{ url: 'https://packages.example.com' }],
      paths: { '/packages/{id}': { get: { operationId: 'getPackage', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': json({ type: 'string', format: 'binary' }, { gzip: 'H4sIAAAAAAAA' }) } } } },
    };
    const { out, spec } = await generateAndImport(files, 'raw-response-examples-');
    expect(exampleTypes(spec, out).responses).toEqual({ examples: 0, accepted: 0, refused: [], problems: [] });
  }, 120_000);

  it("reads Swagger 2's response examples, by media type", async () => {
    const swagger = (statuses: string[]) => ({
      swagger: '2.0',
      info: { title: 'Pets', version: '1.0.0' },
      host: 'pets.example.com',
      produces: ['application/json'],
      paths: {
        '/pets/{id}': {
          get: {
            operationId: 'getPet',
            parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
            responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Pet' }, examples: { 'application/json': { id: 'p1', status: 'sold' } } } },
          },
        },
      },
      definitions: { Pet: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, status: { type: 'string', enum: statuses } } } },
    });
    const { out, spec } = await generateAndImport(swagger(['available', 'sold']), 'swagger2-examples-');
    expect(exampleTypes(spec, out).responses).toEqual({ examples: 1, accepted: 1, refused: [], problems: [] });
    const narrow = await generateAndImport(swagger(['available']), 'swagger2-examples-narrow-');
    expect(exampleTypes(spec, narrow.out).responses.problems).toEqual([`GET /pets/{id} 200 application/json: status: Type '"sold"' is not assignable to type '"available"'.`]);
  }, 120_000);

  it('reads the examples of a Media Type Object shared through components.mediaTypes (3.2)', async () => {
    const shared = (statuses: string[]) => ({
      openapi: '3.2.0',
      info: { title: 'Pets', version: '1.0.0' },
      servers: [{ url: 'https://pets.example.com' }],
      paths: {
        '/pets': {
          post: {
            operationId: 'addPet',
            requestBody: { required: true, content: { 'application/json': { $ref: '#/components/mediaTypes/Pet' } } },
            responses: { '200': { description: 'OK', content: { 'application/json': { $ref: '#/components/mediaTypes/Pet' } } } },
          },
        },
      },
      components: {
        mediaTypes: { Pet: { schema: { $ref: '#/components/schemas/Pet' }, examples: { sold: { dataValue: { name: 'Rex', status: 'sold' } } } } },
        schemas: { Pet: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, status: { type: 'string', enum: statuses } } } },
      },
    });
    const { out, spec } = await generateAndImport(shared(['available', 'sold']), 'media-type-examples-');
    const wide = exampleTypes(spec, out);
    expect([wide.responses, wide.requests]).toEqual([{ examples: 1, accepted: 1, refused: [], problems: [] }, { examples: 1, accepted: 1, refused: [], problems: [] }]);
    const narrow = await generateAndImport(shared(['available']), 'media-type-examples-narrow-');
    const refused = exampleTypes(spec, narrow.out);
    expect([...refused.responses.problems, ...refused.requests.problems].map((p) => p.slice(p.indexOf(': ') + 2))).toEqual([
      `status: Type '"sold"' is not assignable to type '"available"'.`,
      `status: Type '"sold"' is not assignable to type '"available"'.`,
    ]);
  }, 120_000);
});
