import { describe, expect, it } from 'vitest';
import type { SchemaIR } from '../../generator/ir/types.js';
import { jsDoc, neutralizeComment } from '../../generator/emit/jsdoc.js';
import { codeJSON, primitiveLiteral, propertyKey, stringLiteral } from '../../generator/emit/literals.js';
import { renderType } from '../../generator/emit/render-type.js';
import { createScope } from '../../generator/emit/scope.js';
import { exampleArguments, exampleCall, jsLiteral } from '../../generator/emit/example.js';
import { singular } from '../../generator/emit/type-declarations.js';
import { positionalType } from '../../generator/emit/operation-path.js';
import type { ParameterIR } from '../../generator/ir/types.js';
import { apiOf, loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

const origin = { file: 's.yaml', pointer: '', line: 1, column: 1 };
const s = <T extends Omit<SchemaIR, 'origin'>>(schema: T): SchemaIR => ({ ...schema, origin }) as unknown as SchemaIR;
const model = { key: 'k', name: 'Thing', schema: s({ kind: 'string' }), origin };

describe('renderType', () => {
  it.each<{ name: string; given: SchemaIR; want: string }>([
    { name: 'integer', given: s({ kind: 'integer' }), want: 'number' },
    { name: 'nullable string', given: s({ kind: 'string', nullable: true }), want: 'string | null' },
    { name: 'nullable unknown stays unknown', given: s({ kind: 'unknown', nullable: true }), want: 'unknown' },
    { name: 'enum', given: s({ kind: 'enum', values: ['a', 1, true] }), want: "'a' | 1 | true" },
    { name: 'empty enum', given: s({ kind: 'enum', values: [] }), want: 'never' },
    { name: 'an enum of null alone', given: s({ kind: 'enum', values: [], nullable: true }), want: 'null' },
    { name: 'array of refs', given: s({ kind: 'array', items: s({ kind: 'ref', model: 'k' }) }), want: 'Array<Thing>' },
    { name: 'union with intersection', given: s({ kind: 'union', variants: [s({ kind: 'intersection', parts: [s({ kind: 'ref', model: 'k' }), s({ kind: 'object', properties: [] })] }), s({ kind: 'null' })] }), want: '(Thing & { [key: string]: unknown }) | null' },
    {
      name: 'inline object with odd keys',
      given: s({ kind: 'object', properties: [{ name: 'a-b', required: true, schema: s({ kind: 'string' }), origin }, { name: 'ok', required: false, schema: s({ kind: 'boolean' }), origin }] }),
      want: "{ 'a-b': string; ok?: boolean }",
    },
    { name: 'map', given: s({ kind: 'object', properties: [], additionalProperties: s({ kind: 'number' }) }), want: '{ [key: string]: number }' },
    {
      name: 'closed tuple, first item required',
      given: s({ kind: 'array', items: s({ kind: 'unknown' }), prefixItems: [s({ kind: 'string' }), s({ kind: 'union', variants: [s({ kind: 'integer' }), s({ kind: 'null' })] })], requiredPrefix: 1, closed: true }),
      want: '[string, (number | null)?]',
    },
    {
      name: 'branches that read the same, nested or not, written once',
      given: s({ kind: 'union', variants: [s({ kind: 'string' }), s({ kind: 'union', variants: [s({ kind: 'string' }), s({ kind: 'integer' })] }), s({ kind: 'number' }), s({ kind: 'union', variants: [s({ kind: 'string' }), s({ kind: 'boolean' })], nullable: true }), s({ kind: 'null' })] }),
      want: 'string | number | boolean | null',
    },
    { name: 'open tuple', given: s({ kind: 'array', items: s({ kind: 'ref', model: 'k' }), prefixItems: [s({ kind: 'boolean' })] }), want: '[boolean?, ...Array<Thing>]' },
    {
      name: 'a bare string beside listed strings, dropped',
      given: s({ kind: 'intersection', parts: [s({ kind: 'string' }), s({ kind: 'union', variants: [s({ kind: 'enum', values: ['a'] }), s({ kind: 'enum', values: ['b', 'c'] })] })] }),
      want: "'a' | 'b' | 'c'",
    },
    { name: 'an integer beside listed numbers, dropped', given: s({ kind: 'intersection', parts: [s({ kind: 'integer' }), s({ kind: 'enum', values: [1, 2] })] }), want: '1 | 2' },
    { name: 'a string beside an open enum, kept', given: s({ kind: 'intersection', parts: [s({ kind: 'string' }), s({ kind: 'enum', values: ['a'], open: true })] }), want: "string & ('a' | (string & {}))" },
    { name: 'a string beside listed numbers, kept', given: s({ kind: 'intersection', parts: [s({ kind: 'string' }), s({ kind: 'enum', values: [1] })] }), want: 'string & 1' },
  ])('$name → $want', ({ given, want }) => {
    const uses = new Set<string>();
    expect(renderType(given, createScope(new Map([['k', model]]), uses))).toBe(want);
  });

  it('records the models it names, for the planner to import', () => {
    const uses = new Set<string>();
    renderType(s({ kind: 'array', items: s({ kind: 'ref', model: 'k' }) }), createScope(new Map([['k', model]]), uses));
    expect([...uses]).toEqual(['Thing']);
  });
});

describe('spec text in generated code', () => {
  it.each([
    ['ends a comment', 'a */ process.exit(1) /* b', 'a *\\/ process.exit(1) /\\* b'],
    ['opens a comment', 'x /* y', 'x /\\* y'],
    ['CRLF line breaks', 'a\r\nb', 'a\nb'],
    ['begins a line with a tag', '@deprecated\n  @internal, mail@example.com', '\\@deprecated\n  \\@internal, mail@example.com'],
  ])('neutralizes text that %s', (_, given, want) => {
    expect(neutralizeComment(given)).toBe(want);
  });

  it('leaves TypeScript no tag in a description, only the text as written', async () => {
    const ts = (await import('typescript')).default;
    const [doc] = jsDoc(['Returns it.\n@deprecated not really\n```java\n@Override\n```\nThe end.']);
    const comment = ['/**', ...String(doc!.description).split('\n').map((line) => ` * ${line}`), ' */', 'export function f() {}'].join('\n');
    const f = ts.createSourceFile('f.ts', comment, ts.ScriptTarget.ES2022, true).statements[0]!;
    expect(ts.getJSDocTags(f)).toHaveLength(0);
    expect(ts.getJSDocCommentsAndTags(f)[0]!.comment).toContain('The end.');
  });

  it('never lets a description close the JSDoc block', () => {
    const [doc] = jsDoc(['x */ y'], [{ tagName: 'example', text: '*/' }]);
    expect(JSON.stringify(doc)).not.toMatch(/[^\\]\*\//);
  });

  it.each([
    ['quote and backslash', 'a"b\\c', "'a\"b\\\\c'"],
    ['line break', 'a\nb', "'a\\nb'"],
    ['line separator', 'a\u2028b', "'a\\u2028b'"],
    ['template syntax stays inert', '${x}`', "'${x}`'"],
    ['an apostrophe, in double quotes as prettier puts it', "it's", '"it\'s"'],
    ['as many apostrophes as double quotes', `'a"`, "'\\'a\"'"],
    ['more apostrophes than double quotes', `''"`, '"\'\'\\""'],
  ])('string literal with %s', (_, given, want) => {
    expect(stringLiteral(given)).toBe(want);
  });

  it('reads back as the same string, whichever quotes it takes', () => {
    for (const text of [`'`, `"`, `\\'`, `\\"`, `'\\"'`, `a\\\\'b`, `\u2028'"\n`, `\\`]) expect(new Function(`return ${stringLiteral(text)};`)()).toBe(text);
  });

  it('ends no string with an escaped backslash, which ts-morph reads as an escaped quote', () => {
    // An even run of backslashes before a string's closing quote: in JSON every `"` that is not escaped.
    const escapedBackslashEnds = /(?<!\\)(\\\\)+"/;
    const literalEndsSo = /(?<!\\)(\\\\)+.$/;
    for (const value of ['a\\', '\\\\', 'x\\"', "it's\\", 'x\\"\\', { 'k\\': ['v\\', 'w'] }]) {
      const json = codeJSON(value, 2);
      expect(JSON.parse(json)).toEqual(value);
      expect(json).not.toMatch(escapedBackslashEnds);
      if (typeof value !== 'string') continue;
      expect(new Function(`return ${stringLiteral(value)};`)()).toBe(value);
      expect(stringLiteral(value)).not.toMatch(literalEndsSo);
    }
  });

  it('generates an enum value ending in a backslash before a `/*` without closing a comment nobody opened', async () => {
    const doc = minimalDoc({
      paths: {},
      components: { schemas: { Path: { type: 'string', enum: ['C:\\', 'a /* b', 'c */ d'] }, Next: { type: 'object', description: 'Comes after.', properties: { drive: { $ref: '#/components/schemas/Path' } } } } },
    });
    const { generateInMemory } = await import('../../generator/pipeline.js');
    const models = (await generateInMemory(loadFromMemory({ 'spec.yaml': specText(doc) }))).files.get('src/models.ts')!;
    expect(models).toContain(`export type Path = 'C:\\u005c' | 'a /* b' | 'c */ d';`);
    expect(models).toContain('/** Comes after. */\nexport interface Next {');
  });

  it.each([
    ['plain', 'plain'],
    ['with-dash', "'with-dash'"],
    ['0', '0'],
    ['01', "'01'"],
    ['class', 'class'],
    ['a"b', `'a"b'`],
  ])('property key %j → %s', (given, want) => {
    expect(propertyKey(given)).toBe(want);
  });

  it.each([
    [Number.NaN, 'number'],
    [-1.5, '-1.5'],
    [null, 'null'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
    // 9007199254740993 in a spec reads as …992: a literal of it would name another value than the spec's.
    [9007199254740993, 'number'],
  ])('primitive literal %s → %s', (given, want) => {
    expect(primitiveLiteral(given)).toBe(want);
  });

  it.each([
    ["it's", "'it\\'s'"],
    ['a\nb', "'a\\nb'"],
    [['x', 1], "['x', 1]"],
    [{ 'a-b': true }, "{ 'a-b': true }"],
  ])('example literal %j → %s', (given, want) => {
    expect(jsLiteral(given)).toBe(want);
  });
});

describe('singular', () => {
  it.each([
    ['Participants', 'Participant'],
    ['Entries', 'Entry'],
    ['Status', 'StatusItem'],
    ['Data', 'DataItem'],
  ])('%s → %s', (given, want) => expect(singular(given)).toBe(want));
});

describe('positionalType: the type of a path argument follows its schema', () => {
  const param = (schema: SchemaIR): ParameterIR => ({ name: 'id', in: 'path', required: true, schema, positional: true, argName: 'id', origin });
  it.each<{ name: string; given: SchemaIR; want: string }>([
    { name: 'string', given: s({ kind: 'string' }), want: 'string' },
    { name: 'integer id', given: s({ kind: 'integer' }), want: 'number' },
    { name: 'number', given: s({ kind: 'number' }), want: 'number' },
    { name: 'enum of strings, escaped', given: s({ kind: 'enum', values: ['a', "b'c"] }), want: `'a' | "b'c"` },
    { name: 'oneOf integer and string', given: s({ kind: 'union', variants: [s({ kind: 'integer' }), s({ kind: 'string' })] }), want: 'number | string' },
    { name: 'enum with null: not a path value', given: s({ kind: 'enum', values: ['a', null] }), want: 'string' },
    { name: 'union with an object: not a path value', given: s({ kind: 'union', variants: [s({ kind: 'integer' }), s({ kind: 'object', properties: [] })] }), want: 'string' },
    { name: 'boolean: not a path value', given: s({ kind: 'boolean' }), want: 'string' },
    { name: 'ref: left as string', given: s({ kind: 'ref', model: 'k' }), want: 'string' },
    { name: 'list of integers', given: s({ kind: 'array', items: s({ kind: 'integer' }) }), want: 'ReadonlyArray<number>' },
    { name: 'list of an enum', given: s({ kind: 'array', items: s({ kind: 'enum', values: ['a', 'b'] }) }), want: "ReadonlyArray<'a' | 'b'>" },
    { name: 'list of lists: not a path value', given: s({ kind: 'array', items: s({ kind: 'array', items: s({ kind: 'string' }) }) }), want: 'string' },
  ])('$name → $want', ({ given, want }) => {
    expect(positionalType(param(given))).toBe(want);
  });

  it('leaves a JSON-written path argument as the caller\'s text', () => {
    expect(positionalType({ ...param(s({ kind: 'array', items: s({ kind: 'string' }) })), json: true })).toBe('string');
  });
});

describe('operation text', () => {
  it('keeps the summary when the description is blank, as GitHub\'s spec writes many', () => {
    const op = { operationId: 'acceptInvitation', tags: ['repos'], summary: 'Accept an invitation', description: '  ', responses: { '204': { description: 'ok' } } };
    const [parsed] = apiOf(minimalDoc({ paths: { '/invitations': { patch: op } } })).operations;
    expect(parsed).toMatchObject({ summary: 'Accept an invitation', description: undefined });
  });
});

describe('names derived from info.title when the spec has no x-sdk', () => {
  it.each([
    ["GitHub's official OpenAPI spec", 'githubs-official-openapi-spec', 'GitHubsOfficialOpenAPISpecClient'],
    ['Edge */ API', 'edge-api', 'EdgeAPIClient'],
    ['Cloudflare API', 'cloudflare-api', 'CloudflareAPIClient'],
    ['1Forge Finance APIs', '1forge-finance-apis', '_1ForgeFinanceAPIsClient'],
    ['BlockchainManagementClient', 'blockchainmanagementclient', 'BlockchainManagementClient'],
    // `BaseClient` is the runtime's base class, which the client extends.
    ['Base', 'base', 'BaseClient2'],
  ])('%s → package %s, client %s', (title, packageName, clientName) => {
    const api = apiOf(minimalDoc({ info: { title, version: '1.0.0' } }));
    expect(api.package.name).toBe(packageName);
    expect(api.client.name).toBe(clientName);
  });

  it('refuses a declared client name that is not an identifier, located', () => {
    expect(() => apiOf(minimalDoc({ 'x-sdk': { client: { name: 'My Client' } } }))).toThrow(
      expect.objectContaining({ diagnostics: [expect.objectContaining({ code: 'sdk-client-name', location: expect.objectContaining({ pointer: '/x-sdk/client/name' }) })] }),
    );
  });

  it.each([
    ['SDKError', 'is taken: the runtime (src/core/) exports `SDKError`'],
    ['APIResource', 'is taken: the runtime (src/core/) exports `APIResource`'],
    ['ClientOptions', 'is taken: the generated src/client.ts already uses the name `ClientOptions`'],
    ['authHelp', 'is taken: the generated src/client.ts already uses the name `authHelp`'],
    // Its `static APIError = SDKError` and `export { SDKError as APIError }` would hide the runtime's `APIError`.
    ['API', 'makes the error alias `APIError`, which is taken: the runtime (src/core/) exports `APIError`'],
  ])('refuses a declared client name %s that the package already has, saying what has it', (name, clash) => {
    expect(() => apiOf(minimalDoc({ 'x-sdk': { client: { name } } }))).toThrow(
      expect.objectContaining({
        diagnostics: [expect.objectContaining({ code: 'sdk-client-name', message: `the client's name "${name}" ${clash}; choose another`, location: expect.objectContaining({ pointer: '/x-sdk/client/name', line: expect.any(Number) }) })],
      }),
    );
  });
});

describe('exampleCall: made-up values reach fields through chains of refs and allOf', () => {
  const eventSchemas = {
    Base: { type: 'object', required: ['event_id'], properties: { event_id: { type: 'string' } } },
    Buyer: { allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', required: ['buyer_id'], properties: { buyer_id: { type: 'string' } } }] },
    Purchase: { allOf: [{ $ref: '#/components/schemas/Buyer' }, { type: 'object', properties: { order_id: { type: 'string' } } }] },
    Approved: { allOf: [{ $ref: '#/components/schemas/Purchase' }, { type: 'object', required: ['approved'], properties: { approved: { type: 'boolean' } } }] },
    Node: { type: 'object', required: ['name', 'parent'], properties: { name: { type: 'string' }, parent: { $ref: '#/components/schemas/Node' } } },
    // dataflowkit's parse request: a field's optional `details` is a request, which requires a list of fields.
    Field: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, details: { allOf: [{ $ref: '#/components/schemas/Parse' }], description: 'Linked pages.' } } },
    Parse: { type: 'object', required: ['fields'], properties: { fields: { type: 'array', items: { $ref: '#/components/schemas/Field' } }, url: { type: 'string' } } },
    // Cloudflare's zone settings: the base requires `id` and `value`; each setting narrows them.
    Setting: { type: 'object', required: ['id', 'value'], properties: { id: { type: 'string' }, value: {} } },
    Brotli: { allOf: [{ $ref: '#/components/schemas/Setting' }, { properties: { id: { enum: ['brotli'] }, value: { enum: ['on', 'off'] } } }] },
    // Bitbucket's pipelines: every model extends the same base, down three fields.
    Schedule: { allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', required: ['target'], properties: { target: { $ref: '#/components/schemas/Target' } } }] },
    Target: { allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', required: ['selector'], properties: { selector: { $ref: '#/components/schemas/Selector' } } }] },
    Selector: { allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', properties: { pattern: { type: 'string' } } }] },
  };
  const call = (schema: unknown) => {
    const requestBody = { required: true, content: { 'application/json': { schema } } };
    const api = apiOf(minimalDoc({ paths: { '/events': { post: { operationId: 'send', tags: ['events'], requestBody, responses: { '204': { description: 'ok' } } } } }, components: { schemas: eventSchemas } }));
    return exampleCall(api, api.operations[0]!);
  };

  it('fills the required fields of a model extended three times, the first of a oneOf flattened into params', () => {
    expect(call({ oneOf: [{ $ref: '#/components/schemas/Approved' }, { $ref: '#/components/schemas/Base' }] })).toBe(
      "const response = await client.events.send({\n  approved: true,\n  buyer_id: 'buyer_id',\n  event_id: 'event_id',\n});",
    );
  });

  it('gives a body or field of any value an empty object, not null (which reads as sending nothing)', () => {
    expect(call({ type: 'object', required: ['meta'], properties: { meta: {} } })).toBe('const response = await client.events.send({\n  meta: {},\n});');
    expect(call({ type: 'array', items: {} })).toBe('const response = await client.events.send({\n  body: [{}],\n});');
    // A required body of any value may be left out (`{}` goes): the example leaves it out.
    expect(call(undefined)).toBe('const response = await client.events.send();');
  });

  it('gives a property narrowed by an allOf part the narrow value', () => {
    // Flattened into params, and whole inside a oneOf body: both ways.
    expect(call({ $ref: '#/components/schemas/Brotli' })).toBe("const response = await client.events.send({\n  id: 'brotli',\n  value: 'on',\n});");
    expect(call({ oneOf: [{ $ref: '#/components/schemas/Brotli' }, { type: 'string' }] })).toBe("const response = await client.events.send({\n  body: { id: 'brotli', value: 'on' },\n});");
  });

  it('takes the first variant of a oneOf inside an allOf, and of an anyOf that requires what another part declares', () => {
    const appConfig = {
      allOf: [
        { oneOf: [{ type: 'object', required: ['app_id'], properties: { app_id: { type: 'string' } } }, { type: 'object', required: ['managed_id'], properties: { managed_id: { type: 'string' } } }] },
        { anyOf: [{ required: ['breakout'] }, { required: ['priority'] }] },
        { type: 'object', properties: { breakout: { type: 'boolean' }, priority: { type: 'integer' } } },
      ],
    };
    expect(call({ oneOf: [appConfig, { type: 'string' }] })).toBe("const response = await client.events.send({\n  body: { app_id: 'app_id', breakout: true },\n});");
  });

  it('skips an allOf part that constrains nothing', () => {
    const annotated = { allOf: [{ type: 'object', required: ['app_id'], properties: { app_id: { type: 'string' } } }, { description: 'More.' }, { anyOf: [{ required: ['undeclared'] }, {}] }] };
    expect(call({ oneOf: [annotated, { type: 'string' }] })).toBe("const response = await client.events.send({\n  body: { app_id: 'app_id' },\n});");
  });

  it('fills a base model met again in a field: a base, not a cycle', () => {
    expect(call({ $ref: '#/components/schemas/Schedule' })).toBe(
      "const response = await client.events.send({\n  event_id: 'event_id',\n  target: { event_id: 'event_id', selector: { event_id: 'event_id' } },\n});",
    );
  });

  it('cuts deep nesting with a value of each field\'s kind: numbers stay numbers, lists empty', () => {
    let schema: Record<string, unknown> = { type: 'object', required: ['size', 'tags', 'more'], properties: { size: { type: 'number' }, tags: { type: 'array', items: { type: 'string' } }, more: { type: 'object' } } };
    for (let i = 0; i < 6; i++) schema = { type: 'object', required: ['inner'], properties: { inner: schema } };
    const body = call({ oneOf: [schema, { type: 'string' }] });
    expect(body).toContain('inner: { more: {}, size: 0, tags: [] }');
  });

  it('leaves out, with every parameter, an optional field whose value requires a model being filled', () => {
    const requestBody = { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Parse' } } } };
    const api = apiOf(minimalDoc({ paths: { '/parse': { post: { operationId: 'parse', tags: ['events'], requestBody, responses: { '204': { description: 'ok' } } } } }, components: { schemas: eventSchemas } }));
    const members = exampleArguments(api, api.operations[0]!, true).members.map((m) => [m.member.name, m.value]);
    expect(Object.fromEntries(members)).toEqual({ fields: [{ name: 'name' }, { name: 'name' }], url: 'url' });
  });

  it('leaves out, with every parameter, an optional member or field that takes no value as written; keeps a required one', () => {
    const none = {
      // googleapis' Cloud Identity `pageSize`, Adyen's gender, AWS Chime's token, JSON Schema's `false`.
      otherType: { type: 'integer', enum: ['BASIC', 'FULL'] },
      outside: { type: 'string', enum: ['MALE', 'FEMALE'], maxLength: 1 },
      nothingMatches: { type: 'string', pattern: '^[a-z]*$\\{2,64\\}$' },
      never: false,
      // SageMaker's metadata: at least one entry, each of a pattern no string matches; a closed object short of its least.
      emptyMap: { type: 'object', minProperties: 1, additionalProperties: { type: 'string', pattern: '^\\([\\p\\{L\\}]*\\)$\\{1,256\\}' } },
      tooFew: { type: 'object', minProperties: 2, properties: { a: { type: 'string' } }, additionalProperties: false },
      emptyList: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^a$b' } },
      // Parts of two kinds of value: Codat's bill currency, a string by `$ref` and null.
      nullPart: { allOf: [{ $ref: '#/components/schemas/Currency' }, { type: 'null' }] },
    };
    const parameters = Object.entries(none).map(([name, schema]) => ({ name, in: 'query', schema }));
    const keptMap = { type: 'object', minProperties: 1, additionalProperties: { type: 'string' } };
    // A list that may be empty is sent so, where its items take no value (SageMaker's metadata keys to remove).
    const emptied = { type: 'array', items: none.nothingMatches };
    const inner = { type: 'object', properties: { ...none, kept: { type: 'string' }, keptMap, emptied } };
    const body = { type: 'object', required: ['mandatory'], properties: { mandatory: none.otherType, inner, size: { type: 'integer', enum: [1, 'x'] } } };
    const requestBody = { required: true, content: { 'application/json': { schema: body } } };
    const components = { schemas: { Currency: { type: 'string' } } };
    const api = apiOf(minimalDoc({ paths: { '/people': { post: { operationId: 'add', tags: ['events'], parameters, requestBody, responses: { '204': { description: 'ok' } } } } }, components }));
    const members = exampleArguments(api, api.operations[0]!, true).members.map((m) => [m.member.name, m.value]);
    expect(Object.fromEntries(members)).toEqual({ mandatory: 'BASIC', inner: { kept: 'kept', keptMap: { key: 'key' }, emptied: [] }, size: 1 });
  });

  it('takes a branch the type beside its union allows (GitHub Enterprise 3.4: an object branch beside `type: array`)', () => {
    const strings = { type: 'array', items: { type: 'string' } };
    const contexts = { type: 'array', items: { type: 'string' }, oneOf: [{ type: 'object', required: ['contexts'], properties: { contexts: strings } }, strings] };
    const requestBody = { required: true, content: { 'application/json': { schema: { type: 'object', required: ['contexts'], properties: { contexts } } } } };
    const api = apiOf(minimalDoc({ paths: { '/checks': { post: { operationId: 'add', tags: ['events'], requestBody, responses: { '204': { description: 'ok' } } } } } }));
    expect(exampleArguments(api, api.operations[0]!, true).members.map((m) => [m.member.name, m.value])).toEqual([['contexts', ['string', 'string']]]);
  });

  it("keeps the constraints of an allOf part that adds no type (AWS MediaConnect's `allOf: [$ref: __string, {pattern}]`)", () => {
    const arn = '^arn:.+:mediaconnect.+:flow:.+$';
    const properties = {
      flowArn: { allOf: [{ $ref: '#/components/schemas/Text' }, { pattern: arn, description: 'The flow.' }] },
      code: { allOf: [{ $ref: '#/components/schemas/Text' }, { $ref: '#/components/schemas/Short' }, { pattern: '^[A-Z]+$' }] },
    };
    const requestBody = { required: true, content: { 'application/json': { schema: { type: 'object', required: ['flowArn', 'code'], properties } } } };
    const schemas = { Text: { type: 'string' }, Short: { type: 'string', maxLength: 8 } };
    const api = apiOf(minimalDoc({ paths: { '/bridges': { post: { operationId: 'add', tags: ['events'], requestBody, responses: { '204': { description: 'ok' } } } } }, components: { schemas } }));
    const members = Object.fromEntries(exampleArguments(api, api.operations[0]!, true).members.map((m) => [m.member.name, m.value])) as Record<string, string>;
    expect(members.flowArn).toMatch(new RegExp(arn));
    expect(members.code).toMatch(/^[A-Z]{1,8}$/);
  });

  it('stops at a model that contains itself (the flattened body is one level; its parent the next)', () => {
    expect(call({ $ref: '#/components/schemas/Node' })).toBe("const response = await client.events.send({\n  name: 'name',\n  parent: { name: 'name', parent: {} },\n});");
  });
});

describe('exampleCall: positional arguments', () => {
  const callWith = (schema: unknown, example: unknown) => {
    const parameters = [{ name: 'kind', in: 'path', required: true, example, schema }];
    const api = apiOf(minimalDoc({ paths: { '/things/{kind}': { get: { operationId: 'getThing', tags: ['things'], parameters, responses: { '200': { description: 'ok' } } } } } }));
    return exampleCall(api, api.operations[0]!);
  };

  it.each([
    ['an enum takes its first value over an example outside it, even an enum with the value "string"', { enum: ['string', 'other'] }, 'foo', "getThing('string')"],
    ['an example inside the enum is kept', { enum: ['string', 'other'] }, 'other', "getThing('other')"],
    ['an integer id ignores a string example', { type: 'integer' }, '42', 'getThing(0)'],
    ['an integer-or-string id keeps either', { oneOf: [{ type: 'integer' }, { type: 'string' }] }, 'ci.yml', "getThing('ci.yml')"],
    ['a list of strings ignores a string example', { type: 'array', items: { type: 'string' } }, 'a,b', "getThing(['string'])"],
    ['a fitting list example is kept', { type: 'array', items: { type: 'integer' } }, [1, 2], 'getThing([1, 2])'],
    ['an enum listing "" first takes the first value the runtime sends', { type: 'string', enum: ['', '..', 'active'] }, undefined, "getThing('active')"],
    ['an example the runtime refuses gives way to one made up', { type: 'string' }, '..', "getThing('kind')"],
    ['an enum of only "" keeps it, so the example type-checks (the call is refused)', { type: 'string', enum: [''] }, undefined, "getThing('')"],
  ])('%s', (_, schema, example, want) => {
    expect(callWith(schema, example)).toBe(`const response = await client.things.${want};`);
  });
});

describe('exampleCall: query parameters keep the spec example only when it has their type', () => {
  const callWith = (schema: unknown, example: unknown) => {
    const parameters = [{ name: 'period', in: 'query', required: true, example, schema }];
    const api = apiOf(minimalDoc({ paths: { '/traffic': { get: { operationId: 'getTraffic', tags: ['traffic'], parameters, responses: { '200': { description: 'ok' } } } } } }));
    return exampleCall(api, api.operations[0]!).split('\n')[1]!.trim();
  };

  it.each([
    ['a number example for a string', { type: 'string' }, 2017, "period: 'period',"],
    ['a hex string for an integer', { type: 'integer' }, '0xFF', 'period: 0,'],
    ['a string for a boolean', { type: 'boolean' }, 'true', 'period: true,'],
    ['a value outside an enum', { enum: ['day', 'week'] }, 'month', "period: 'day',"],
    ['a string where an array of integers is asked', { type: 'array', items: { type: 'integer' } }, '1,2', 'period: [0],'],
    ['a fitting example', { type: 'string' }, '2017-03', "period: '2017-03',"],
    ['a fitting array', { type: 'array', items: { type: 'integer' } }, [1, 2], 'period: [1, 2],'],
    ['an object with a field its schema lacks', { type: 'object', properties: { from: { type: 'string' } } }, { json: '{}' }, 'period: {},'],
    ['an object missing a required field', { type: 'object', required: ['from'], properties: { from: { type: 'string' } } }, {}, "period: { from: 'from' },"],
    ['an object with a field of the wrong type', { type: 'object', properties: { from: { type: 'string' } } }, { from: 1 }, 'period: {},'],
    ['a fitting object', { type: 'object', properties: { from: { type: 'string' } } }, { from: '2017' }, "period: { from: '2017' },"],
    ['an object that takes other fields', { type: 'object', additionalProperties: true }, { any: 1 }, 'period: { any: 1 },'],
  ])('%s', (_, schema, example, want) => {
    expect(callWith(schema, example)).toBe(want);
  });
});

describe('control characters the spec writes escaped', () => {
  it('are shown as their escapes in comments and Markdown, never written raw into the package', async () => {
    const { generateInMemory } = await import('../../generator/pipeline.js');
    const doc = minimalDoc({
      info: { title: 'T\u0000', version: '1', description: 'd\u001b[31m' },
      servers: [{ url: 'https://a.example' }],
      paths: { '/a': { get: { operationId: 'getA', tags: ['a'], summary: 's\u0007', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { 'p\u0000q': { type: 'string', enum: ['e\u0000'] } } } } } } } } } },
    });
    const { files } = await generateInMemory(loadFromMemory({ 'spec.json': JSON.stringify(doc) }));
    const raw = [...files].filter(([, text]) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)).map(([path]) => path);
    expect(raw).toEqual([]);
    expect(files.get('README.md')).toContain('d\\u001b[31m');
    expect(files.get('src/resources/a.ts')).toContain('* s\\u0007');
  });
});
