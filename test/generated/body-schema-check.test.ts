/**
 * The ajv check of example bodies (test/helpers/body-schema-check.ts), which the real-spec and corpus
 * checks rely on, on bodies it must refuse and bodies it must take: a request's `readOnly` fields not
 * required, `oneOf`'s "exactly one", Swagger 2's body parameter, OpenAPI 3.1's `prefixItems`, patterns
 * that need the `u` flag and patterns it refuses, a body behind a `$ref`.
 */
import { describe, expect, it } from 'vitest';
import { bodySchemaViolations } from '../helpers/body-schema-check.js';
import type { ExampleRun } from '../helpers/run-examples.js';

/** A JSON body as the loopback server keeps it: its UTF-8 bytes, one character each (`run-examples.ts`). */
const sent = (method: string, path: string, body: unknown): ExampleRun => ({
  example: { method, path, code: '', where: '' },
  requests: [{ method, url: path, headers: {}, body: Buffer.from(JSON.stringify(body), 'utf8').toString('latin1') }],
});

const json = (schema: object) => ({ content: { 'application/json': { schema } } });

describe('the ajv check of example bodies', () => {
  const spec = {
    openapi: '3.0.3',
    paths: {
      '/records': { post: { requestBody: { $ref: '#/components/requestBodies/Record' } } },
      '/targets': { post: { requestBody: json({ oneOf: [{ type: 'object', properties: { ip: { type: 'string' } } }, { type: 'object', properties: { cidr: { type: 'string' } } }] }) } },
      '/names': { post: { requestBody: json({ type: 'object', properties: { word: { type: 'string', pattern: '^[\\p{L}]+$' }, arn: { type: 'string', pattern: '^arn\\:aws$' }, node: { type: 'string', pattern: '^[\\p{Alnum}_]+$' } } }) } },
    },
    components: {
      requestBodies: { Record: json({ $ref: '#/components/schemas/Record' }) },
      schemas: {
        // `id` is the server's: required in a response only. `name` is the caller's.
        Record: { type: 'object', required: ['id', 'name'], properties: { id: { allOf: [{ type: 'string' }, { readOnly: true }] }, name: { type: 'string', minLength: 2 } } },
      },
    },
  };

  it("does not require a request's readOnly fields, and refuses what the schema does not take", () => {
    expect(bodySchemaViolations(spec, [sent('POST', '/records', { name: 'www' })])).toEqual([]);
    expect(bodySchemaViolations(spec, [sent('POST', '/records', { name: 'w' })])).toEqual(['POST /records: /name must NOT have fewer than 2 characters']);
    expect(bodySchemaViolations(spec, [sent('POST', '/records', { id: 'r1' })])).toEqual(["POST /records: / must have required property 'name'"]);
  });

  it("says a oneOf matched twice as the oneOf's failure, not a branch's", () => {
    expect(bodySchemaViolations(spec, [sent('POST', '/targets', { ip: '192.0.2.1' })])).toEqual(['POST /targets: / must match exactly one schema in oneOf']);
  });

  it("tells a oneOf's string branches apart by the formats it knows, and leaves the others as notes (SiriKit's date components)", () => {
    const dates = { type: 'object', properties: { when: { oneOf: [{ type: 'string', pattern: '^[0-9]{4}$' }, { type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }] }, size: { type: 'integer', format: 'int32' } } };
    const v3 = { openapi: '3.0.3', paths: { '/releases': { post: { requestBody: json(dates) } } } };
    const bodies = ['1980', '1980-05-17', '1980-05-17T10:00:00Z'].map((when) => sent('POST', '/releases', { when, size: 3 }));
    expect(bodySchemaViolations(v3, bodies)).toEqual([]);
    expect(bodySchemaViolations(v3, [sent('POST', '/releases', { when: '1980-05-17 10:00' })])).toEqual(['POST /releases: /when must match exactly one schema in oneOf']);
  });

  it("reads a pattern with the u flag where it needs it, without where the flag refuses it, and Java's classes as Java does", () => {
    expect(bodySchemaViolations(spec, [sent('POST', '/names', { word: 'été', arn: 'arn:aws' })])).toEqual([]);
    expect(bodySchemaViolations(spec, [sent('POST', '/names', { word: 'été1' })])).toEqual(['POST /names: /word must match pattern "^[\\p{L}]+$"']);
    // Java's POSIX class, as Java reads it (AWS's node names).
    expect(bodySchemaViolations(spec, [sent('POST', '/names', { node: 'web_1' })])).toEqual([]);
    expect(bodySchemaViolations(spec, [sent('POST', '/names', { node: 'web-1' })])).toEqual(['POST /names: /node must match pattern "^[\\p{Alnum}_]+$"']);
  });

  it("reads Swagger 2's body parameter, and OpenAPI 3.1's JSON Schema", () => {
    const swagger = { swagger: '2.0', paths: { '/pets': { post: { parameters: [{ name: 'pet', in: 'body', schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } }] } } } };
    expect(bodySchemaViolations(swagger, [sent('POST', '/pets', { name: 'Rex' }), sent('POST', '/pets', {})])).toEqual(["POST /pets: / must have required property 'name'"]);
    const v31 = { openapi: '3.1.0', paths: { '/points': { post: { requestBody: json({ type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], items: false }) } } } };
    expect(bodySchemaViolations(v31, [sent('POST', '/points', [1, 2]), sent('POST', '/points', [1, 2, 3])])).toEqual(['POST /points: / must NOT have more than 2 items']);
  });

  it('reads a base with a discriminator as the subtype its value names, through mapping, x-ms-discriminator-value or the name', () => {
    const pet = { type: 'object', required: ['petType'], properties: { petType: { type: 'string' } }, discriminator: { propertyName: 'petType', mapping: { cat: '#/components/schemas/Cat' } } };
    const extending = (fields: object, extra: object = {}) => ({ allOf: [{ $ref: '#/components/schemas/Pet' }, { type: 'object', properties: fields }], ...extra });
    const polymorphic = {
      openapi: '3.0.3',
      paths: { '/pets': { post: { requestBody: json({ $ref: '#/components/schemas/Pet' }) } }, '/dogs': { post: { requestBody: json({ $ref: '#/components/schemas/Dog' }) } } },
      components: {
        schemas: {
          Pet: pet,
          Cat: extending({ lives: { type: 'integer' } }),
          Dog: extending({ bark: { type: 'string' } }, { 'x-ms-discriminator-value': 'dog' }),
          Wolf: extending({ pack: { type: 'integer' } }),
          // A subtype's subtype is the base's too.
          Puppy: { allOf: [{ $ref: '#/components/schemas/Dog' }, { type: 'object', properties: { age: { type: 'integer' } } }] },
        },
      },
    };
    const bodies = [
      { petType: 'cat', lives: 9 },
      { petType: 'cat', lives: 'nine' },
      { petType: 'dog', bark: 1 },
      { petType: 'Wolf', pack: 'big' },
      { petType: 'Puppy', age: 'young' },
      { petType: 'Dog', bark: 1 },
    ];
    // A subtype takes its own values and its subtypes': a dog's body cannot say it is a cat.
    const dogs = [{ petType: 'dog' }, { petType: 'Puppy', age: 1 }, { petType: 'cat' }];
    expect(bodySchemaViolations(polymorphic, [...bodies.map((body) => sent('POST', '/pets', body)), ...dogs.map((body) => sent('POST', '/dogs', body))])).toEqual([
      'POST /pets: /lives must be integer',
      'POST /pets: /bark must be string',
      'POST /pets: /pack must be integer',
      'POST /pets: /age must be integer',
      'POST /dogs: /petType must be equal to one of the allowed values',
    ]);
  });

  it('reads a schema without `type` as the generator does: `items` a list, `properties` an object, beside another type nothing', () => {
    const untyped = {
      openapi: '3.0.3',
      paths: {
        '/tags': { post: { requestBody: json({ items: { type: 'string' } }) } },
        '/users': { post: { requestBody: json({ properties: { items: { type: 'string' } } }) } },
      },
    };
    // A union of objects beside `type: array` is left out, as the generator reads it (`union-branch-always`).
    const ip = { properties: { target: { enum: ['ip'] } } };
    (untyped.paths as Record<string, object>)['/lockdowns'] = { post: { requestBody: json({ type: 'array', items: { anyOf: [ip] }, anyOf: [ip] }) } };
    const runs = [sent('POST', '/tags', ['a']), sent('POST', '/tags', { name: 'a' }), sent('POST', '/users', { items: 'a' }), sent('POST', '/users', ['a']), sent('POST', '/lockdowns', [{ target: 'ip' }])];
    expect(bodySchemaViolations(untyped, runs)).toEqual(['POST /tags: / must be array', 'POST /users: / must be object']);
  });

  it("does not read an example's `$id` as a schema's (Box's metadata examples give one twice)", () => {
    const metadata = { $id: '01234500-12f1-1234-aa12-b1d234cb567e', $scope: 'enterprise' };
    const spec = {
      openapi: '3.0.3',
      paths: { '/metadata': { post: { requestBody: json({ type: 'object', required: ['scope'], properties: { scope: { type: 'string' } }, example: metadata }) } } },
      components: { schemas: { Metadata: { type: 'object', example: { scope: metadata } } } },
    };
    expect(bodySchemaViolations(spec, [sent('POST', '/metadata', { scope: 'enterprise' }), sent('POST', '/metadata', {})])).toEqual(["POST /metadata: / must have required property 'scope'"]);
  });

  it("reads additionalProperties (false, or a schema) beside an allOf as allowing the parts' fields, as the generator does (ShipEngine's bodies)", () => {
    const image = { type: 'object', properties: { name: { type: 'string' }, data: { type: 'string' } } };
    const spec = {
      openapi: '3.0.3',
      paths: { '/images': { post: { requestBody: json({ type: 'object', additionalProperties: false, required: ['name'], allOf: [{ $ref: '#/components/schemas/Image' }] }) } } },
      components: { schemas: { Image: image } },
    };
    const runs = [sent('POST', '/images', { name: 'logo', data: 'iVBOR' }), sent('POST', '/images', { name: 'logo', colour: 'red' }), sent('POST', '/images', { name: 3 })];
    expect(bodySchemaViolations(spec, runs)).toEqual(['POST /images: / must NOT have additional properties', 'POST /images: /name must be string']);
    // Beside an anyOf too (linqr's contact data).
    const either = { ...spec, paths: { '/images': { post: { requestBody: json({ type: 'object', additionalProperties: false, anyOf: [{ $ref: '#/components/schemas/Image' }, { properties: { url: { type: 'string' } } }] }) } } } };
    expect(bodySchemaViolations(either, [sent('POST', '/images', { url: 'https://example.com' }), sent('POST', '/images', { colour: 'red' })])).toEqual(['POST /images: / must NOT have additional properties']);
    // A schema there, of another type than a part's field (Azure Data Factory's factory and its string `location`).
    const objects = { ...spec, paths: { '/images': { post: { requestBody: json({ type: 'object', additionalProperties: { type: 'object' }, allOf: [{ $ref: '#/components/schemas/Image' }] }) } } } };
    expect(bodySchemaViolations(objects, [sent('POST', '/images', { name: 'logo', extra: {} }), sent('POST', '/images', { name: 'logo', extra: 'x' }), sent('POST', '/images', { name: 3 })])).toEqual(['POST /images: /extra must be object', 'POST /images: /name must be string']);
  });

  it("reads an allOf part that closes its object as allowing the other parts' fields, as the generator does (Azure Graph RBAC's users)", () => {
    const base = { type: 'object', properties: { name: { type: 'string' } }, additionalProperties: { type: 'object' } };
    const closed = { type: 'object', properties: { id: { type: 'string' } }, additionalProperties: false };
    const spec = {
      openapi: '3.0.3',
      paths: { '/users': { post: { requestBody: json({ allOf: [{ $ref: '#/components/schemas/Base' }, { $ref: '#/components/schemas/Closed' }, { properties: { enabled: { type: 'boolean' } } }] }) } } },
      components: { schemas: { Base: base, Closed: closed } },
    };
    const runs = [sent('POST', '/users', { name: 'a', id: 'u1', enabled: true }), sent('POST', '/users', { id: 'u1', colour: 'red' }), sent('POST', '/users', { id: 3 })];
    // A field no part declares is still refused, first by the part that takes only objects.
    expect(bodySchemaViolations(spec, runs)).toEqual(['POST /users: /colour must be object', 'POST /users: /id must be string']);
  });

  it('opens a closed part whose own field extends it again without looping (Jira\'s notification event template)', () => {
    const event = { type: 'object', additionalProperties: false, required: ['id'], properties: { id: { type: 'integer', readOnly: true }, name: { type: 'string' }, template: { allOf: [{ $ref: '#/components/schemas/Event' }], properties: { custom: { type: 'boolean' } } } } };
    const noted = { allOf: [{ $ref: '#/components/schemas/Event' }], properties: { note: { type: 'string' } } };
    const spec = { openapi: '3.0.3', paths: { '/events': { post: { requestBody: json({ $ref: '#/components/schemas/Event' }) } }, '/noted': { post: { requestBody: json(noted) } } }, components: { schemas: { Event: event } } };
    const runs = [sent('POST', '/events', { name: 'a', template: { name: 'b', custom: true } }), sent('POST', '/events', { template: { custom: 'yes' } })];
    expect(bodySchemaViolations(spec, runs)).toEqual(['POST /events: /template/custom must be boolean']);
    // A copy made before its schema was read is read as a request reads it too (as the part it stands for): its readOnly `id` not required.
    expect(bodySchemaViolations(spec, [sent('POST', '/noted', { note: 'n', name: 'a' }), sent('POST', '/noted', { note: 1 })])).toEqual(['POST /noted: /note must be string']);
  });

  it("reads a body's bytes as UTF-8: a value of other scripts equals the enum's (AutoRest's multi-byte string)", () => {
    const word = '啊齄丂狛隣€';
    const spec = { openapi: '3.0.3', paths: { '/mbcs': { put: { requestBody: json({ type: 'string', enum: [word] }) } } } };
    expect(bodySchemaViolations(spec, [sent('PUT', '/mbcs', word), sent('PUT', '/mbcs', 'abc')])).toEqual(['PUT /mbcs: / must be equal to one of the allowed values']);
  });

  it("reads an inline part it opens as it reads the rest: `nullable` without a `type` dropped (just-eat's offers)", () => {
    const prompt = { $ref: '#/components/schemas/Prompt', nullable: false };
    const offer = { allOf: [{ properties: { kind: { type: 'string' } } }, { type: 'object', additionalProperties: false, required: ['prompt'], properties: { prompt } }] };
    const spec = { openapi: '3.0.3', paths: { '/offers': { post: { requestBody: json(offer) } } }, components: { schemas: { Prompt: { type: 'string' } } } };
    expect(bodySchemaViolations(spec, [sent('POST', '/offers', { kind: 'bogof', prompt: 'Buy one' }), sent('POST', '/offers', { kind: 'bogof', prompt: 2 })])).toEqual(['POST /offers: /prompt must be string']);
  });

  it("reads an enum of single values beside type: array as its items' values, as the generator does (dracoon's grant types)", () => {
    const grants = { type: 'array', enum: ['password', 'implicit'], items: { type: 'string', enum: ['password', 'implicit'] } };
    const spec = { openapi: '3.0.3', paths: { '/clients': { post: { requestBody: json({ type: 'object', properties: { grantTypes: grants } }) } } } };
    expect(bodySchemaViolations(spec, [sent('POST', '/clients', { grantTypes: ['password'] }), sent('POST', '/clients', { grantTypes: ['nope'] })])).toEqual(['POST /clients: /grantTypes/0 must be equal to one of the allowed values']);
  });

  it("reads a type beside a $ref as the generator does: the $ref alone (britbox's requests, an object beside `type: string`)", () => {
    const spec = { openapi: '3.0.3', paths: { '/email': { post: { requestBody: json({ $ref: '#/components/schemas/Change', type: 'string' }) } } }, components: { schemas: { Change: { type: 'object', required: ['email'], properties: { email: { type: 'string' } } } } } };
    expect(bodySchemaViolations(spec, [sent('POST', '/email', { email: 'a@example.com' }), sent('POST', '/email', 'a@example.com')])).toEqual(['POST /email: / must be object']);
  });

  it('reads an allOf that is no list as absent, as the generator does (dnd5eapi writes one as an object)', () => {
    const spec = { openapi: '3.0.3', paths: { '/monsters': { post: { requestBody: json({ type: 'object', required: ['name'], allOf: { 3: { properties: {} } } }) } } } };
    expect(bodySchemaViolations(spec, [sent('POST', '/monsters', { name: 'Orc' }), sent('POST', '/monsters', {})])).toEqual(["POST /monsters: / must have required property 'name'"]);
  });

  it('reads a $ref into such an allOf as what it names there (dnd5eapi names a field inside one)', () => {
    const monster = { type: 'object', allOf: { 3: { properties: { damage: { type: 'integer' } } } } };
    const attack = { type: 'object', properties: { damage: { $ref: '#/paths/~1monsters/post/requestBody/content/application~1json/schema/allOf/3/properties/damage' } } };
    const spec = { openapi: '3.0.3', paths: { '/monsters': { post: { requestBody: json(monster) } }, '/attacks': { post: { requestBody: json(attack) } } } };
    expect(bodySchemaViolations(spec, [sent('POST', '/attacks', { damage: 3 }), sent('POST', '/attacks', { damage: 'high' })])).toEqual(['POST /attacks: /damage must be integer']);
  });

  it("reads an enum none of whose values has its type as the listed values, as the generator does (probely's severity)", () => {
    const spec = { openapi: '3.0.3', paths: { '/findings': { patch: { requestBody: json({ type: 'object', properties: { severity: { type: 'string', enum: [10, 20, 30] }, state: { type: 'string', enum: ['open', 1] } } }) } } } };
    expect(bodySchemaViolations(spec, [sent('PATCH', '/findings', { severity: 10 }), sent('PATCH', '/findings', { severity: '10' }), sent('PATCH', '/findings', { state: 1 })])).toEqual(['PATCH /findings: /severity must be equal to one of the allowed values', 'PATCH /findings: /state must be string']);
  });

  it("reads a constraint of the wrong kind as absent, as the generator does (api.video's `pattern: 0`)", () => {
    const spec = { openapi: '3.0.3', paths: { '/thumbnail': { post: { requestBody: json({ type: 'object', required: ['timecode'], properties: { timecode: { type: 'string', pattern: 0, maxLength: '4' } } }) } } } };
    expect(bodySchemaViolations(spec, [sent('POST', '/thumbnail', { timecode: '00:01:00.000' }), sent('POST', '/thumbnail', { timecode: 1 })])).toEqual(['POST /thumbnail: /timecode must be string']);
  });

  it("reads a oneOf with a discriminator as the branch its value names, as OpenAPI does (ix-api's allow and deny rules)", () => {
    const rule = (extra: object) => ({ type: 'object', required: ['type', 'account'], properties: { type: { type: 'string' }, account: { type: 'string' }, ...extra } });
    const spec = {
      openapi: '3.0.3',
      paths: {
        '/rules': {
          post: {
            requestBody: json({
              oneOf: [{ $ref: '#/components/schemas/Allow' }, { $ref: '#/components/schemas/Deny' }],
              discriminator: { propertyName: 'type', mapping: { allow: '#/components/schemas/Allow', deny: '#/components/schemas/Deny' } },
            }),
          },
        },
      },
      components: { schemas: { Allow: rule({ capacity: { type: 'integer' } }), Deny: rule({}) } },
    };
    const runs = [
      sent('POST', '/rules', { type: 'allow', account: 'a1', capacity: 5 }),
      sent('POST', '/rules', { type: 'deny', account: 'a1' }),
      sent('POST', '/rules', { type: 'allow', account: 'a1', capacity: 'many' }),
      sent('POST', '/rules', { type: 'block', account: 'a1' }),
      sent('POST', '/rules', { account: 'a1' }),
      // No object: read as the union (GitHub maps a directory's listing, a list, by `type: array`).
      sent('POST', '/rules', ['a1']),
    ];
    expect(bodySchemaViolations(spec, runs)).toEqual([
      'POST /rules: /capacity must be integer',
      'POST /rules: /type must be equal to one of the allowed values',
      'POST /rules: / must match exactly one schema in oneOf',
      'POST /rules: / must match exactly one schema in oneOf',
    ]);
  });
});

describe('patterns the checks run', () => {
  // A gravatar URL's pattern in APIs.guru: nested quantifiers, which a backtracking run takes minutes over.
  const GRAVATAR = '^(https?:\\/\\/)?([\\da-z\\.-]+)\\.([a-z\\.]{2,6})([\\/\\w \\.-]*)*\\/?$';
  const spec = { openapi: '3.0.3', paths: { '/profiles': { post: { requestBody: json({ type: 'object', properties: { avatar: { type: 'string', pattern: GRAVATAR }, name: { type: 'string', pattern: '^\\p{L}+$' }, code: { type: 'string', pattern: '^[a-z]{3}$' } } }) } } } };

  it('decide a pattern with nested quantifiers on a long string it does not match, and still read the u flag', () => {
    const near = `https://secure.gravatar.com/avatar/${'0'.repeat(32)}/and/more!`;
    const start = performance.now();
    // Each field's own pattern: ajv keys the patterns it compiled by their text.
    const runs = [sent('POST', '/profiles', { avatar: near }), sent('POST', '/profiles', { avatar: near.slice(0, -1), name: 'Zoë', code: 'abc' }), sent('POST', '/profiles', { name: 'p{L}' })];
    expect(bodySchemaViolations(spec, runs)).toEqual([`POST /profiles: /avatar must match pattern "${GRAVATAR}"`, 'POST /profiles: /name must match pattern "^\\p{L}+$"']);
    // A blocked event loop outlives any test timeout: the time is asserted, with a margin of a thousand.
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
