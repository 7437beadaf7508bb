/**
 * Every method's example, run against a loopback server, sends a request its operation accepts, read from
 * the spec itself (`test/helpers/wire-check.ts`): the project's spec and every single-file fixture. The
 * checker is shown to refuse each kind of wrong request, and a `Content-Type` header parameter (which
 * OpenAPI says to ignore) no longer reaches the method or the wire.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../generator/pipeline.js';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { everyParameterExamples, methodExamples, runExamples, type ExampleRun, type SentRequest } from '../helpers/run-examples.js';
import { loadFromMemory, specText } from '../helpers/spec.js';
import { generateAndImport, generateFromSpec, scratchDir } from '../helpers/tree.js';
import { readSpecDocument } from '../helpers/spec-documents.js';
import { deref, wireCheckPackage, wireProblems } from '../helpers/wire-check.js';

const SPECS = [
  'spec/openapi.yaml',
  ...['auth', 'aws-sigv4', 'edge', 'idempotency', 'oauth', 'oidc', 'openapi-3.2', 'operation-security', 'read-write-only', 'responses', 'streams', 'webhooks'].map((f) => `test/fixtures/${f}/openapi.yaml`),
  'test/fixtures/swagger2/swagger.yaml',
  // Path items, parameters and definitions in other files, reached by $ref.
  'test/fixtures/swagger2-multi/swagger.yaml',
  // A GET with a required body, which fetch cannot send: the generator warns and leaves the body out.
  'test/fixtures/warn/get-with-body.yaml',
];

describe('the examples of the spec and the fixtures', () => {
  it.each(SPECS)('%s: each, and each method with every parameter, sends a request its operation accepts', async (spec) => {
    const { out } = await generateFromSpec(spec, 'wire-');
    // The documented examples, then every method with every parameter (optional ones and fields too).
    const [documented, every] = [await wireCheckPackage(spec, out), await wireCheckPackage(spec, out, true)];
    // An example that sent nothing is a problem too (`sent no request`).
    expect([...documented.problems, ...every.problems]).toEqual([]);
    // Webhooks only: no method, so nothing to run.
    if (!spec.includes('webhooks')) expect(every.run).toBeGreaterThan(0);
    expect(every.run).toBe(documented.run);
  }, 120_000);
});

describe('a call with every parameter filled', () => {
  it('reaches the loopback server with a request line longer than Node accepts by default (16 KB)', async () => {
    const dir = scratchDir('wire-long-');
    const filter = { name: 'filter', in: 'query', schema: { type: 'string' }, example: 'x'.repeat(20_000) };
    const doc = { openapi: '3.0.3', info: { title: 'Long', version: '1' }, servers: [{ url: 'https://long.example.com' }], paths: { '/tasks': { get: { operationId: 'listTasks', parameters: [filter], responses: { '200': { description: 'ok' } } } } } };
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc));
    const { out } = await generateFromSpec(join(dir, 'openapi.json'), 'wire-long-out-');
    expect(await wireCheckPackage(join(dir, 'openapi.json'), out, true)).toEqual({ run: 1, problems: [] });
  }, 120_000);

  it('gives a path argument typed string for an integer behind a $ref, or a boolean, the value as the path writes it, in the example too', async () => {
    // GitHub's `alert_number`: `$ref: '#/components/schemas/alert-number'`, an integer model marked readOnly;
    // mcw.edu's `includeChildren`, a boolean, which a path argument does not take.
    const dir = scratchDir('wire-ref-integer-');
    const parameters = [
      { name: 'alert_number', in: 'path', required: true, schema: { $ref: '#/components/schemas/alert-number' } },
      { name: 'include_children', in: 'path', required: true, schema: { type: 'boolean' } },
    ];
    const doc = {
      openapi: '3.0.3',
      info: { title: 'Alerts', version: '1' },
      servers: [{ url: 'https://alerts.example.com' }],
      components: { schemas: { 'alert-number': { type: 'integer', readOnly: true } } },
      paths: { '/alerts/{alert_number}/{include_children}': { get: { operationId: 'getAlert', parameters, responses: { '200': { description: 'ok' } } } } },
    };
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc));
    const { out } = await generateFromSpec(join(dir, 'openapi.json'), 'wire-ref-integer-out-');
    expect(readFileSync(join(out, 'src/resources/alerts.ts'), 'utf8')).toContain("await client.alerts.getAlert('0', 'true');");
    expect(await wireCheckPackage(join(dir, 'openapi.json'), out)).toEqual({ run: 1, problems: [] });
    expect(await wireCheckPackage(join(dir, 'openapi.json'), out, true)).toEqual({ run: 1, problems: [] });
  }, 120_000);

  it('sends a list whose key an object exploded into the query also writes, both as given', async () => {
    // AWS's ElastiCache `CreateUser`: `Passwords`, and `AuthenticationMode: { Type, Passwords }` exploded beside it.
    const dir = scratchDir('wire-shared-key-');
    const passwords = { type: 'array', items: { type: 'string' } };
    const parameters = [
      { name: 'Passwords', in: 'query', schema: passwords },
      { name: 'AuthenticationMode', in: 'query', schema: { type: 'object', properties: { Type: { type: 'string' }, Passwords: passwords } } },
    ];
    const doc = { openapi: '3.0.3', info: { title: 'Users', version: '1' }, servers: [{ url: 'https://users.example.com' }], paths: { '/users': { get: { operationId: 'createUser', parameters, responses: { '200': { description: 'ok' } } } } } };
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc));
    const { out } = await generateFromSpec(join(dir, 'openapi.json'), 'wire-shared-key-out-');
    expect(await wireCheckPackage(join(dir, 'openapi.json'), out, true)).toEqual({ run: 1, problems: [] });
  }, 120_000);
});

const spec = {
  openapi: '3.0.3',
  info: { title: 'Shop', version: '1.0.0' },
  servers: [{ url: 'https://shop.example.com' }],
  components: { securitySchemes: { key: { type: 'apiKey', in: 'query', name: 'api_key' } } },
  security: [{ key: [] }],
  paths: {
    '/items/{item_id}': {
      parameters: [{ name: 'item_id', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        operationId: 'getItem',
        tags: ['items'],
        parameters: [
          { name: 'fields', in: 'query', required: true, schema: { type: 'string' } },
          { name: 'X-Tenant', in: 'header', required: true, schema: { type: 'string' } },
          { name: 'session', in: 'cookie', required: true, schema: { type: 'string' } },
        ],
        responses: { '200': { description: 'ok' } },
      },
      put: {
        operationId: 'putItem',
        tags: ['items'],
        parameters: [
          { name: 'Content-Type', in: 'header', required: true, schema: { type: 'string', example: 'multipart/form-data' } },
          { name: 'content-length', in: 'header', required: true, schema: { type: 'integer' } },
        ],
        requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } } } },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
};

const ok = { method: 'GET', url: '/items/a?fields=f&api_key=k', headers: { 'x-tenant': 't', cookie: 'session=s' }, body: '' };
const getItem = (request: Partial<SentRequest>): ExampleRun => ({ example: { method: 'GET', path: '/items/{item_id}', code: '', where: '' }, requests: [{ ...ok, ...request }] });
const putItem = (request: Partial<SentRequest>): ExampleRun => ({ example: { method: 'PUT', path: '/items/{item_id}', code: '', where: '' }, requests: [{ ...ok, method: 'PUT', url: '/items/a', ...request }] });

describe('the examples found', () => {
  it('pair each example with its own HTTP line, not one its description quotes', () => {
    const dir = scratchDir('wire-examples-');
    mkdirSync(join(dir, 'src/resources'), { recursive: true });
    const method = (line: string, description: string) => `  /**\n   * ${description}\n   *\n   * \`${line}\`\n   * @example\n   * \`\`\`ts\n   * await client.media.get('${line}');\n   * \`\`\`\n   */\n  get() {}\n`;
    const methods = [method('GET /media/{id}', 'One item.'), method('GET /media/shortcode/{code}', 'The same as `GET /media/{id}`.'), method('POST /Your Pull DOC Path', 'A path with spaces.')];
    writeFileSync(join(dir, 'src/resources/media.ts'), `class Media {\n${methods.join('')}}\n`);
    expect(methodExamples(dir).map((e) => [e.method, e.path, e.code])).toEqual([
      ['GET', '/media/{id}', "await client.media.get('GET /media/{id}');"],
      ['GET', '/media/shortcode/{code}', "await client.media.get('GET /media/shortcode/{code}');"],
      ['POST', '/Your Pull DOC Path', "await client.media.get('POST /Your Pull DOC Path');"],
    ]);
  });
});

describe('the request check', () => {
  it('accepts a request that fills the template and sends what the operation requires, an API key in the query too', () => {
    expect(wireProblems(spec, getItem({}))).toEqual([]);
    expect(wireProblems(spec, putItem({ headers: { 'content-type': 'multipart/form-data; boundary=b' }, body: '--b--' }))).toEqual([]);
  });

  it('refuses each kind of wrong request', () => {
    expect(wireProblems(spec, getItem({ method: 'POST' }))).toEqual(['sent POST, not GET']);
    expect(wireProblems(spec, getItem({ url: '/items/?fields=f' }))).toEqual(['path `/items/` does not fill `/items/{item_id}`']);
    expect(wireProblems(spec, getItem({ url: '/items/a/b?fields=f' }))).toEqual(['path `/items/a/b` does not fill `/items/{item_id}`']);
    expect(wireProblems(spec, getItem({ url: '/items/a?fields=f&X-Tenant=t' }))).toEqual(['query key `X-Tenant` is not a parameter of the operation']);
    expect(wireProblems(spec, getItem({ url: '/items/a' }))).toEqual(['required query parameter `fields` was not sent']);
    expect(wireProblems(spec, getItem({ headers: { cookie: 'session=s' } }))).toEqual(['required header `X-Tenant` was not sent']);
    expect(wireProblems(spec, getItem({ headers: { 'x-tenant': 't' } }))).toEqual(['required cookie `session` was not sent']);
    expect(wireProblems(spec, getItem({ body: '{}', headers: { ...ok.headers, 'content-type': 'application/json' } }))).toEqual(['sent a body, but the operation declares none']);
    expect(wireProblems(spec, putItem({}))).toEqual(['sent no body, but the operation requires one']);
    expect(wireProblems(spec, putItem({ body: '{}', headers: { 'content-type': 'application/json' } }))).toEqual(['sent the body as `application/json`; the operation takes `multipart/form-data`']);
    expect(wireProblems(spec, putItem({ body: 'x', headers: {} }))).toEqual(['sent a body without a Content-Type']);
  });

  it('checks that each value a call gave a parameter arrives as that parameter, where the call was built here', () => {
    const given = [
      { in: 'path', name: 'item_id', value: 'a b' },
      { in: 'query', name: 'fields', value: 'f' },
      { in: 'header', name: 'X-Tenant', value: 't' },
      { in: 'cookie', name: 'session', value: 's' },
    ];
    const run = (request: Partial<SentRequest>): ExampleRun => {
      const base = getItem({ url: '/items/a%20b?fields=f&api_key=k', ...request });
      return { ...base, example: { ...base.example, given } };
    };
    expect(wireProblems(spec, run({}))).toEqual([]);
    expect(wireProblems(spec, run({ url: '/items/f?fields=a%20b' }))).toEqual([
      'path parameter `item_id` was given "a b" but sent "f"',
      'query parameter `fields` was given "f" but sent "a b"',
    ]);
    expect(wireProblems(spec, run({ headers: { 'x-tenant': 's', cookie: 'session=t' } }))).toEqual([
      'header parameter `X-Tenant` was given "t" but sent "s"',
      'cookie parameter `session` was given "s" but sent "t"',
    ]);
    // fetch strips a header value's surrounding whitespace: an example ending in a line break arrives without it.
    const trailing = run({});
    expect(wireProblems(spec, { ...trailing, example: { ...trailing.example, given: [{ in: 'header', name: 'X-Tenant', value: 't\n' }] } })).toEqual([]);
    // A header a credential writes (an API key's, SigV4's X-Amz-Date) carries the credential's value, not the parameter's.
    const signed = { ...spec, components: { securitySchemes: { ...spec.components.securitySchemes, sig: { type: 'apiKey', in: 'header', name: 'Authorization', 'x-amazon-apigateway-authtype': 'awsSigv4' }, tenant: { type: 'apiKey', in: 'header', name: 'x-tenant' } } } };
    const withDate = (headers: Record<string, string>): ExampleRun => ({ ...run({ headers: { ...headers, cookie: 'session=s' } }), example: { ...run({}).example, given: [...given, { in: 'header', name: 'X-Amz-Date', value: 'd' }] } });
    expect(wireProblems(signed, withDate({ 'x-tenant': 'key', 'x-amz-date': '20261202T000000Z' }))).toEqual([]);
    expect(wireProblems(spec, withDate({ 'x-tenant': 'key', 'x-amz-date': '20261202T000000Z' }))).toEqual([
      'header parameter `X-Tenant` was given "t" but sent "key"',
      'header parameter `X-Amz-Date` was given "d" but sent "20261202T000000Z"',
    ]);
    expect(wireProblems(spec, run({ url: '/items/a%20b?api_key=k', headers: { cookie: 'session=s' } }))).toEqual([
      'query parameter `fields` was given "f" but sent nothing',
      'header parameter `X-Tenant` was given "t" but sent nothing',
      'required query parameter `fields` was not sent',
      'required header `X-Tenant` was not sent',
    ]);
  });

  it('reads values that share a segment by where the call put them, though one holds the text between them (vtex)', () => {
    const template = '/frames/{day}F{start}T{end}';
    const params = ['day', 'start', 'end'].map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
    const frames = { paths: { [template]: { get: { parameters: params, responses: {} } } } };
    const given = [
      { in: 'path', name: 'day', value: 'mon' },
      { in: 'path', name: 'start', value: 'startTime' },
      { in: 'path', name: 'end', value: 'endTime:1' },
    ];
    const sent = (url: string): ExampleRun => ({ example: { method: 'GET', path: template, code: '', where: '', given }, requests: [{ method: 'GET', url, headers: {}, body: '' }] });
    // Matched greedily, `start` would be `startTimeTend` and `end` `ime:1`.
    expect(wireProblems(frames, sent('/frames/monFstartTimeTendTime%3A1'))).toEqual([]);
    expect(wireProblems(frames, sent('/frames/monFstartTimeTendTime1'))).toEqual(['path parameter `end` was given "endTime:1" but sent "ime1"']);
  });

  it("checks a JSON body's keys against its object schema, an allOf's parts together, readOnly ones not required", () => {
    const named = { type: 'object', required: ['name'], properties: { name: { type: 'string' } } };
    // `serial` is read-only through a part of its allOf, which applies to the whole.
    const serial = { allOf: [{ type: 'string' }, { readOnly: true }] };
    const stamped = { type: 'object', required: ['id', 'note', 'serial'], properties: { id: { type: 'string', readOnly: true }, note: { type: 'string' }, serial } };
    const schema = { allOf: [{ $ref: '#/components/schemas/Named' }, stamped] };
    const paths = { '/notes': { post: { requestBody: { content: { 'application/json': { schema } } }, responses: {} } } };
    const notes = { components: { schemas: { Named: named } }, paths };
    const sent = (body: unknown): ExampleRun => ({ example: { method: 'POST', path: '/notes', code: '', where: '' }, requests: [{ method: 'POST', url: '/notes', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }] });
    expect(wireProblems(notes, sent({ name: 'n', note: 'x' }))).toEqual([]);
    expect(wireProblems(notes, sent({ name: 'n', account_id: 'a' }))).toEqual(['body property `account_id` is not in the body\'s schema', 'required body property `note` was not sent']);
    // An object open to other keys, or one of several shapes: any key may belong.
    const open = { paths: { '/notes': { post: { requestBody: { content: { 'application/json': { schema: { ...named, additionalProperties: true } } } }, responses: {} } } } };
    expect(wireProblems(open, sent({ account_id: 'a' }))).toEqual([]);
    const base = { paths: { '/notes': { post: { requestBody: { content: { 'application/json': { schema: { ...named, discriminator: { propertyName: 'name' } } } } }, responses: {} } } } };
    expect(wireProblems(base, sent({ name: 'n', properties: {} }))).toEqual([]);
  });

  it("checks the keys of the objects inside a JSON body too, a list's items and a model that holds itself, named by their path", () => {
    // An account refers to another: `referrer: {}` lacks the name every account requires.
    const account = { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' }, referrer: { $ref: '#/components/schemas/Account' } } };
    const list = { type: 'array', items: { $ref: '#/components/schemas/Account' } };
    const team = { type: 'object', properties: { lead: { $ref: '#/components/schemas/Account' }, members: list } };
    const paths = {
      '/accounts': { post: { requestBody: { content: { 'application/json': { schema: list } } }, responses: {} } },
      '/teams': { post: { requestBody: { content: { 'application/json': { schema: team } } }, responses: {} } },
    };
    const accounts = { components: { schemas: { Account: account } }, paths };
    const sent = (path: string, body: unknown): ExampleRun => ({ example: { method: 'POST', path, code: '', where: '' }, requests: [{ method: 'POST', url: path, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }] });
    expect(wireProblems(accounts, sent('/accounts', [{ name: 'a', referrer: { name: 'b' } }]))).toEqual([]);
    expect(wireProblems(accounts, sent('/accounts', [{ name: 'a' }, { name: 'a', referrer: {} }]))).toEqual(['required body property `1/referrer/name` was not sent']);
    expect(wireProblems(accounts, sent('/teams', { lead: { name: 'a', team_id: 't' }, members: [{ name: 'b', referrer: { name: 'c', referrer: { nick: 'd' } } }] }))).toEqual([
      "body property `lead/team_id` is not in the body's schema",
      "body property `members/0/referrer/referrer/nick` is not in the body's schema",
      'required body property `members/0/referrer/referrer/name` was not sent',
    ]);
    // A model that requires itself (`TreeNode.parent`) has no finite value: below it, nothing is asked.
    const node = { type: 'object', required: ['name', 'parent'], properties: { name: { type: 'string' }, parent: { $ref: '#/components/schemas/TreeNode' } } };
    const trees = { components: { schemas: { TreeNode: node } }, paths: { '/trees': { post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/TreeNode' } } } }, responses: {} } } } };
    expect(wireProblems(trees, sent('/trees', { name: 'a', parent: {} }))).toEqual([]);
    expect(wireProblems(trees, sent('/trees', { parent: {} }))).toEqual(['required body property `name` was not sent']);
  });

  it('checks that a parameter whose schema is an integer, a number or a boolean, through a $ref too, is sent as one', () => {
    // GitHub's `alert_number`: an integer model, readOnly, behind a `$ref`.
    const parameters = [
      { name: 'alert_number', in: 'path', required: true, schema: { $ref: '#/components/schemas/alert-number' } },
      { name: 'ratio', in: 'query', schema: { type: ['number', 'null'] } },
      { name: 'X-Dry-Run', in: 'header', schema: { type: 'boolean' } },
      { name: 'name', in: 'query', schema: { type: 'string' } },
    ];
    const alerts = { components: { schemas: { 'alert-number': { type: 'integer', readOnly: true } } }, paths: { '/alerts/{alert_number}': { get: { parameters, responses: {} } } } };
    const sent = (url: string, headers: Record<string, string> = {}): ExampleRun => ({ example: { method: 'GET', path: '/alerts/{alert_number}', code: '', where: '' }, requests: [{ method: 'GET', url, headers, body: '' }] });
    expect(wireProblems(alerts, sent('/alerts/42?ratio=0.5&name=x', { 'x-dry-run': 'true' }))).toEqual([]);
    expect(wireProblems(alerts, sent('/alerts/alert_number?ratio=ratio&name=1', { 'x-dry-run': 'yes' }))).toEqual([
      'path parameter `alert_number` is an integer but was sent as "alert_number"',
      'query parameter `ratio` is a number but was sent as "ratio"',
      'header parameter `X-Dry-Run` is a boolean but was sent as "yes"',
    ]);
    // Swagger 2 writes the type on the parameter itself.
    const swagger = { swagger: '2.0', paths: { '/alerts/{n}': { get: { parameters: [{ name: 'n', in: 'path', required: true, type: 'integer' }], responses: {} } } } };
    const run = (url: string): ExampleRun => ({ example: { method: 'GET', path: '/alerts/{n}', code: '', where: '' }, requests: [{ method: 'GET', url, headers: {}, body: '' }] });
    expect(wireProblems(swagger, run('/alerts/7'))).toEqual([]);
    expect(wireProblems(swagger, run('/alerts/n'))).toEqual(['path parameter `n` is an integer but was sent as "n"']);
  });

  it('checks that a list a call gave a parameter arrives as its style writes it: repeated, or joined by its delimiter', () => {
    const parameters = [
      { name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
      { name: 'ids', in: 'query', explode: false, schema: { type: 'array', items: { type: 'integer' } } },
      { name: 'kinds', in: 'query', style: 'pipeDelimited', explode: false, schema: { type: 'array', items: { type: 'string' } } },
      { name: 'X-Flags', in: 'header', schema: { type: 'array', items: { type: 'string' } } },
    ];
    const lists = { paths: { '/things': { get: { parameters, responses: {} } } } };
    const given = [
      { in: 'query', name: 'tags', value: ['a', 'b'] },
      { in: 'query', name: 'ids', value: [1, 2] },
      { in: 'query', name: 'kinds', value: ['x', 'y'] },
      { in: 'header', name: 'X-Flags', value: ['f', 'g'] },
    ];
    const run = (url: string, flags = 'f,g'): ExampleRun => ({ example: { method: 'GET', path: '/things', code: '', where: '', given }, requests: [{ method: 'GET', url, headers: { 'x-flags': flags }, body: '' }] });
    expect(wireProblems(lists, run('/things?tags=a&tags=b&ids=1%2C2&kinds=x%7Cy'))).toEqual([]);
    expect(wireProblems(lists, run('/things?tags=a%2Cb&ids=1&ids=2&kinds=x,y', 'f, g'))).toEqual([
      'query parameter `tags` was given "a", "b" but sent "a,b"',
      'query parameter `ids` was given "1,2" but sent "1", "2"',
      'query parameter `kinds` was given "x|y" but sent "x,y"',
      'header parameter `X-Flags` was given "f,g" but sent "f, g"',
    ]);
    // Swagger 2: `csv` unless `collectionFormat` says otherwise; `multi` repeats the key.
    const swagger = { swagger: '2.0', paths: { '/things': { get: { parameters: [{ name: 'tags', in: 'query', type: 'array', items: { type: 'string' } }, { name: 'ids', in: 'query', type: 'array', collectionFormat: 'multi', items: { type: 'integer' } }], responses: {} } } } };
    const old = (url: string): ExampleRun => ({ ...run(url), example: { ...run(url).example, given: given.slice(0, 2) } });
    expect(wireProblems(swagger, old('/things?tags=a,b&ids=1&ids=2'))).toEqual([]);
    expect(wireProblems(swagger, old('/things?tags=a&tags=b&ids=1,2'))).toEqual(['query parameter `tags` was given "a,b" but sent "a", "b"', 'query parameter `ids` was given "1", "2" but sent "1,2"']);
  });

  it('checks that an object a call gave a query parameter arrives as its style writes it: its own keys, bracketed, or in turn', () => {
    const object = { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } } };
    const parameters = [
      { name: 'range', in: 'query', schema: object },
      { name: 'filter', in: 'query', style: 'deepObject', schema: object },
      { name: 'color', in: 'query', explode: false, schema: object },
    ];
    const objects = { paths: { '/things': { get: { parameters, responses: {} } } } };
    const given = [
      { in: 'query', name: 'range', value: { start: 1, end: 2 } },
      { in: 'query', name: 'filter', value: { start: 3, end: 4 } },
      { in: 'query', name: 'color', value: { start: 5, end: 6 } },
    ];
    const run = (url: string): ExampleRun => ({ example: { method: 'GET', path: '/things', code: '', where: '', given }, requests: [{ method: 'GET', url, headers: {}, body: '' }] });
    expect(wireProblems(objects, run('/things?start=1&end=2&filter%5Bstart%5D=3&filter[end]=4&color=start,5,end,6'))).toEqual([]);
    expect(wireProblems(objects, run('/things?range=1&start=2&end=2&filter.start=3&filter[end]=4&color=5,6'))).toEqual([
      'query parameter `range` was given "1" for the key `start` but sent "2"',
      'query parameter `filter` was given "3" for the key `filter[start]` but sent nothing',
      'query parameter `color` was given "start,5,end,6" for the key `color` but sent "5,6"',
      'query key `range` is not a parameter of the operation',
      'query key `filter.start` is not a parameter of the operation',
    ]);
  });

  it("checks that a form's fields arrive as given, a list repeated or joined as its encoding says (Swagger 2: csv unless multi)", () => {
    const schema = { type: 'object', properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } }, ids: { type: 'array', items: { type: 'integer' } } } };
    const content = { 'application/x-www-form-urlencoded': { schema, encoding: { ids: { explode: false } } } };
    const forms = { paths: { '/notes': { post: { requestBody: { content }, responses: {} } } } };
    const given = { name: 'n', tags: ['a', 'b'], ids: [1, 2] };
    const sent = (body: string, spec: object = forms): string[] =>
      wireProblems(spec as never, { example: { method: 'POST', path: '/notes', code: '', where: '', givenBody: { value: given } }, requests: [{ method: 'POST', url: '/notes', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body }] });
    expect(sent('name=n&tags=a&tags=b&ids=1%2C2')).toEqual([]);
    expect(sent('name=m&tags=a%2Cb&ids=1&ids=2')).toEqual([
      'form field `name` was given "n" but sent "m"',
      'form field `tags` was given "a", "b" but sent "a,b"',
      'form field `ids` was given "1,2" but sent "1", "2"',
    ]);
    const formData = [{ name: 'name', in: 'formData', type: 'string' }, { name: 'tags', in: 'formData', type: 'array', items: { type: 'string' } }, { name: 'ids', in: 'formData', type: 'array', collectionFormat: 'multi', items: { type: 'integer' } }];
    const swagger = { swagger: '2.0', paths: { '/notes': { post: { consumes: ['application/x-www-form-urlencoded'], parameters: formData, responses: {} } } } };
    expect(sent('name=n&tags=a%2Cb&ids=1&ids=2', swagger)).toEqual([]);
    expect(sent('name=n&tags=a&tags=b&ids=1%2C2', swagger)).toEqual(['form field `tags` was given "a,b" but sent "a", "b"', 'form field `ids` was given "1", "2" but sent "1,2"']);
  });

  it("checks a multipart form's text parts as given: a list one part per item, joined where 3.1's encoding or Swagger 2 says", async () => {
    const schema = { type: 'object', properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } }, ids: { type: 'array', items: { type: 'integer' } }, file: { type: 'string', format: 'binary' } } };
    const content = { 'multipart/form-data': { schema, encoding: { ids: { explode: false } } } };
    const spec = (openapi: string) => ({ openapi, paths: { '/notes': { post: { requestBody: { content }, responses: {} } } } });
    const given = { name: 'n', tags: ['a', 'b'], ids: [1, 2], file: 'file contents' };
    // The body as the client's FormData writes it: a file part (with a filename) is not a text field.
    const sent = async (fields: readonly (readonly [string, string])[], doc: object, givenBody: object = given): Promise<string[]> => {
      const form = new FormData();
      for (const [name, value] of fields) form.append(name, value);
      form.append('upload', new Blob(['x']), 'upload.bin');
      const request = new Request('http://localhost/notes', { method: 'POST', body: form });
      const body = Buffer.from(await request.arrayBuffer()).toString('latin1');
      return wireProblems(doc as never, { example: { method: 'POST', path: '/notes', code: '', where: '', givenBody: { value: givenBody } }, requests: [{ method: 'POST', url: '/notes', headers: { 'content-type': request.headers.get('content-type')! }, body }] });
    };
    const repeated = [['name', 'n'], ['tags', 'a'], ['tags', 'b'], ['ids', '1'], ['ids', '2'], ['file', 'file contents']] as const;
    const joined = [['name', 'n'], ['tags', 'a'], ['tags', 'b'], ['ids', '1,2'], ['file', 'file contents']] as const;
    // OpenAPI 3.0 ignores `explode` in a multipart form (one part per item); 3.1 heeds it.
    expect(await sent(repeated, spec('3.0.3'))).toEqual([]);
    expect(await sent(joined, spec('3.0.3'))).toEqual(['form field `ids` was given "1", "2" but sent "1,2"']);
    expect(await sent(joined, spec('3.1.0'))).toEqual([]);
    expect(await sent([['name', 'é'], ...repeated.slice(1, 3), ['ids', '1'], ['file', 'file contents']], spec('3.1.0'))).toEqual([
      'form field `name` was given "n" but sent "é"',
      'form field `ids` was given "1,2" but sent "1"',
    ]);
    // A name holding quotes or a line break (Cloudflare's 2023 Workers upload: `"worker.js"`), which FormData
    // writes as HTML's form encoding says (`%22`, `%0D`, `%0A`), is read back as given.
    const oddName = '"worker.js"\r\n';
    const odd = { openapi: '3.1.0', paths: { '/notes': { post: { requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', properties: { [oddName]: { type: 'string' } } } } } }, responses: {} } } } };
    expect(await sent([[oddName, 'w']], odd, { [oddName]: 'w' })).toEqual([]);
    expect(await sent([['worker.js', 'w']], odd, { [oddName]: 'w' })).toEqual([`form field \`${oddName}\` was given "w" but sent nothing`]);
    const formData = [{ name: 'name', in: 'formData', type: 'string' }, { name: 'tags', in: 'formData', type: 'array', collectionFormat: 'multi', items: { type: 'string' } }, { name: 'ids', in: 'formData', type: 'array', items: { type: 'integer' } }, { name: 'file', in: 'formData', type: 'file' }];
    const swagger = { swagger: '2.0', paths: { '/notes': { post: { consumes: ['multipart/form-data'], parameters: formData, responses: {} } } } };
    expect(await sent(joined, swagger)).toEqual([]);
    expect(await sent(repeated, swagger)).toEqual(['form field `ids` was given "1,2" but sent "1", "2"']);
  });

  it('checks that the JSON body a call gave arrives as given, naming the first place it differs', () => {
    const paths = { '/notes': { post: { requestBody: { content: { 'application/json': { schema: { type: 'object' } } } }, responses: {} } } };
    const given = { name: 'n', tags: ['a', 'b'], 'a/b~c': { on: true } };
    const sent = (body: unknown): ExampleRun => ({
      example: { method: 'POST', path: '/notes', code: '', where: '', givenBody: { value: given } },
      requests: [{ method: 'POST', url: '/notes', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }],
    });
    expect(wireProblems({ paths }, sent(given))).toEqual([]);
    // The server records the bytes as latin1: UTF-8 text is read back as UTF-8.
    const utf8 = { name: '啊é' };
    const recorded = Buffer.from(JSON.stringify(utf8), 'utf8').toString('latin1');
    expect(wireProblems({ paths }, { ...sent(utf8), example: { ...sent(utf8).example, givenBody: { value: utf8 } }, requests: [{ ...sent(utf8).requests[0]!, body: recorded }] })).toEqual([]);
    expect(wireProblems({ paths }, sent({ ...given, tags: ['a', 'c'] }))).toEqual(['body at `/tags/1` differs from what the call gave ("b" given, "c" sent)']);
    expect(wireProblems({ paths }, sent({ ...given, tags: ['a'] }))).toEqual(['body at `/tags` differs from what the call gave (["a","b"] given, ["a"] sent)']);
    expect(wireProblems({ paths }, sent({ ...given, 'a/b~c': {} }))).toEqual(['body at `/a~1b~0c/on` differs from what the call gave (true given, nothing sent)']);
    expect(wireProblems({ paths }, sent({ ...given, extra: 1 }))).toEqual(['body at `/extra` differs from what the call gave (nothing given, 1 sent)']);
    expect(wireProblems({ paths }, sent('n'))).toEqual(['body at `/` differs from what the call gave ({"name":"n","tags":["a","b"],"a/b~c":{"on":true}} given, "n" sent)']);
  });

  it('knows the keys an object parameter sends: its properties exploded, bracketed as a deepObject', () => {
    const range = { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } } };
    const parameters = [{ name: 'range', in: 'query', schema: range }, { name: 'filter', in: 'query', style: 'deepObject', schema: range }, { name: 'raw', in: 'query', explode: false, schema: range }];
    const objects = { paths: { '/r': { get: { parameters, responses: {} } } } };
    const sent = (url: string): ExampleRun => ({ example: { method: 'GET', path: '/r', code: '', where: '' }, requests: [{ method: 'GET', url, headers: {}, body: '' }] });
    expect(wireProblems(objects, sent('/r?start=1&end=2&filter[start]=1&raw=start,1'))).toEqual([]);
    // A `type` that is not `object` wins over `properties` beside it: the parameter goes under its own name.
    const stringly = { paths: { '/r': { get: { parameters: [{ name: 'Code_challenge', in: 'query', schema: { type: 'string', properties: { parameter: { type: 'string' } } } }], responses: {} } } } };
    expect(wireProblems(stringly, sent('/r?Code_challenge=c'))).toEqual([]);
    expect(wireProblems(stringly, sent('/r?parameter=c'))).toEqual(['query key `parameter` is not a parameter of the operation']);
    // A property whose name holds a dot (Cloudflare's `configuration.target`), and a nested object's dotted key.
    const dotted = { type: 'object', properties: { 'configuration.target': { type: 'string' }, range } };
    const filters = { paths: { '/r': { get: { parameters: [{ name: 'filters', in: 'query', schema: dotted }], responses: {} } } } };
    expect(wireProblems(filters, sent('/r?configuration.target=ip&range.start=1'))).toEqual([]);
    expect(wireProblems(filters, sent('/r?configuration.value=1'))).toEqual(['query key `configuration.value` is not a parameter of the operation']);
    expect(wireProblems(objects, sent('/r?stop=1&filter.start=1&range=1'))).toEqual(['query key `stop` is not a parameter of the operation', 'query key `filter.start` is not a parameter of the operation', 'query key `range` is not a parameter of the operation']);
  });

  it("finds a template that holds a query by the path before it, and takes the query's keys as declared", () => {
    const search = { paths: { '/search/articles?query={query}': { get: { responses: {} } } } };
    const sent = (url: string): ExampleRun => ({ example: { method: 'GET', path: '/search/articles', code: '', where: '' }, requests: [{ method: 'GET', url, headers: {}, body: '' }] });
    expect(wireProblems(search, sent('/search/articles?query=q'))).toEqual([]);
    expect(wireProblems(search, sent('/search/articles?q=q'))).toEqual(['query key `q` is not a parameter of the operation']);
    // Two templates on one path, told apart only by their queries: the request fits one of them.
    const both = { paths: { ...search.paths, '/search/articles?lat={lat}': { get: { responses: {} } } } };
    expect(wireProblems(both, sent('/search/articles?lat=1'))).toEqual([]);
    expect(wireProblems(both, sent('/search/articles?lon=1'))).toEqual(['query key `lon` is not a parameter of the operation']);
    // A key the template fills from a placeholder (clicksend's `?{search}=1`) may be any.
    const filled = { paths: { '/search/numbers?{search}=1': { get: { responses: {} } } } };
    const number = (url: string): ExampleRun => ({ ...sent(url), example: { ...sent(url).example, path: '/search/numbers' } });
    expect(wireProblems(filled, number('/search/numbers?88=1'))).toEqual([]);
  });

  it("finds a template whose text a URL cannot hold as written (spaces, non-ASCII) as fetch's URL parser encodes it", () => {
    const paths = { '/Your Pull DOC/{id}': { post: { responses: {} } }, '/café/{id}': { get: { responses: {} } } };
    const sent = (method: string, path: string, url: string): ExampleRun => ({ example: { method, path, code: '', where: '' }, requests: [{ method, url, headers: {}, body: '' }] });
    expect(wireProblems({ paths }, sent('POST', '/Your Pull DOC/{id}', '/Your%20Pull%20DOC/a'))).toEqual([]);
    expect(wireProblems({ paths }, sent('GET', '/café/{id}', '/caf%C3%A9/a'))).toEqual([]);
    expect(wireProblems({ paths }, sent('POST', '/Your Pull DOC/{id}', '/Your%20Pull/a'))).toEqual(['path `/Your%20Pull/a` does not fill `/Your Pull DOC/{id}`']);
  });

  it('finds the operation of every-parameter calls whose path holds spaces', () => {
    const file = join(scratchDir('wire-spaces-'), 'spec.json');
    writeFileSync(file, JSON.stringify({ openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: { '/Your Pull DOC Path': { post: { operationId: 'pull', responses: { '200': { description: 'ok' } } } } } }));
    expect(everyParameterExamples(file).map((e) => [e.method, e.path])).toEqual([['POST', '/Your Pull DOC Path']]);
  });

  it('reads a request target that opens with two slashes as a path (clever-cloud\'s `//openapi`)', () => {
    const paths = { '//openapi': { get: { responses: {} } } };
    const sent = (url: string): ExampleRun => ({ example: { method: 'GET', path: '//openapi', code: '', where: '' }, requests: [{ method: 'GET', url, headers: {}, body: '' }] });
    expect(wireProblems({ paths }, sent('//openapi'))).toEqual([]);
    expect(wireProblems({ paths }, sent('/openapi'))).toEqual(['path `/openapi` does not fill `//openapi`']);
  });

  it('takes a body of any type beside a content key that names no media type, and checks keys by a real one only', () => {
    const content = { '': { schema: { type: 'object', required: ['hash'], properties: { hash: { type: 'string' } } } } };
    const sent = (paths: Record<string, unknown>, type: string, body: string): ExampleRun => ({
      example: { method: 'POST', path: '/a', code: '', where: '' },
      requests: [{ method: 'POST', url: '/a', headers: { 'content-type': type }, body }],
    });
    const blank = { '/a': { post: { requestBody: { content }, responses: {} } } };
    expect(wireProblems({ paths: blank }, sent(blank, 'application/json', '{"item":1}'))).toEqual([]);
    const both = { '/a': { post: { requestBody: { content: { ...content, 'application/json': { schema: { type: 'object', required: ['item'], properties: { item: { type: 'integer' } } } } } }, responses: {} } } };
    expect(wireProblems({ paths: both }, sent(both, 'application/json', '{"item":1}'))).toEqual([]);
    expect(wireProblems({ paths: both }, sent(both, 'application/json', '{"hash":"h"}'))).toEqual(["body property `hash` is not in the body's schema", 'required body property `item` was not sent']);
    const typed = { '/a': { post: { requestBody: { content: { 'application/xml': {} } }, responses: {} } } };
    expect(wireProblems({ paths: typed }, sent(typed, 'application/json', '{}'))).toEqual(['sent the body as `application/json`; the operation takes `application/xml`']);
  });

  it('follows a $ref written as a URI fragment, percent-encoded', () => {
    const paths = { '/a/{id}': { get: { parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }], responses: {} } }, '/b': { get: { parameters: [{ $ref: '#/paths/~1a~1%7Bid%7D/get/parameters/0' }], responses: {} } } };
    const sent: ExampleRun = { example: { method: 'GET', path: '/b', code: '', where: '' }, requests: [{ method: 'GET', url: '/b?limit=1', headers: {}, body: '' }] };
    expect(wireProblems({ paths }, sent)).toEqual([]);
  });

  it('reads a JSON spec that opens with a byte order mark, as AutoRest writes them', () => {
    const file = join(scratchDir('wire-bom-'), 'spec.json');
    writeFileSync(file, `\uFEFF${JSON.stringify({ swagger: '2.0', paths: {} })}`);
    expect(readSpecDocument(file)).toMatchObject({ swagger: '2.0' });
  });

  it('leaves a $ref into a file that is not there unresolved, as the lenient generator does', () => {
    const file = join(scratchDir('wire-missing-'), 'spec.yaml');
    writeFileSync(file, 'swagger: "2.0"\npaths: {}\nx-ms-examples: { a: { $ref: ./examples/a.json } }\n');
    expect(readSpecDocument(file)).toMatchObject({ 'x-ms-examples': { a: { $ref: '#/x-external/examples~1a.json' } }, 'x-external': { 'examples/a.json': null } });
  });

  it('follows $refs into other files, each relative to the file that holds it, and local ones inside them', () => {
    const doc = readSpecDocument('test/fixtures/swagger2-multi/swagger.yaml');
    const at = (node: unknown, ...keys: Array<string | number>): Record<string, unknown> => keys.reduce<unknown>((n, key) => (n as Record<string, unknown>)[key], node) as Record<string, unknown>;
    const pets = deref(doc, at(doc, 'paths', '/pets'));
    // `../definitions.yaml#/Pet`, from paths/pets.yaml.
    const item = at(pets, 'get', 'responses', '200', 'schema', 'items');
    expect(item).toEqual({ $ref: '#/x-external/definitions.yaml/Pet' });
    const pet = deref(doc, item);
    expect(Object.keys(at(pet, 'properties'))).toEqual(['name', 'owner', 'friend']);
    // `#/Pet` inside definitions.yaml is that file's Pet.
    expect(deref(doc, at(pet, 'properties', 'friend'))).toBe(pet);
    // `../parameters.yaml#/NewPet`, whose schema is `definitions.yaml#/Pet` from parameters.yaml.
    const body = deref(doc, at(pets, 'post', 'parameters', 0));
    expect([body['name'], deref(doc, body['schema'])]).toEqual(['pet', pet]);
  });

  it('takes an empty body labelled with its media type for a body (a form whose fields are all optional)', () => {
    expect(wireProblems(spec, putItem({ headers: { 'content-type': 'multipart/form-data; boundary=b' } }))).toEqual([]);
    expect(wireProblems(spec, putItem({ headers: { 'content-type': 'application/json' } }))).toEqual(['sent the body as `application/json`; the operation takes `multipart/form-data`']);
  });

  it('says when an example sent nothing, or names an operation the spec lacks', () => {
    expect(wireProblems(spec, { ...getItem({}), requests: [], error: 'SDKError: boom' })).toEqual(['sent no request (SDKError: boom)']);
    expect(wireProblems(spec, { ...getItem({}), example: { method: 'DELETE', path: '/items/{item_id}', code: '', where: '' } })).toEqual(['no operation `DELETE /items/{item_id}` in the spec']);
  });
});

describe('a Content-Type or Content-Length header parameter', () => {
  interface Client { items: { putItem(itemId: string, params: Record<string, unknown>): Promise<unknown> } }
  let server: ApiServer;
  let out: string;
  let module: { default: new (options: object) => Client };

  beforeAll(async () => {
    ({ out, module } = await generateAndImport<typeof module>(spec, 'content-type-param-'));
    server = await startApiServer(() => ({ status: 200, body: '{}' }));
  }, 60_000);
  afterAll(() => server.close());

  it('is ignored with a located warning, as OpenAPI says; so is a Content-Length, which fetch sets', () => {
    const { api, warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(spec) }));
    expect(api.operations.find((o) => o.operationId === 'putItem')!.parameters.map((p) => p.name)).toEqual(['item_id']);
    const at = '/paths/~1items~1{item_id}/put/parameters';
    expect(warnings).toMatchObject([
      { code: 'header-param-ignored', location: { pointer: `${at}/0` } },
      { code: 'header-param-ignored', location: { pointer: `${at}/1` } },
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      "the header parameter Content-Type is ignored, as OpenAPI says: the request body's media type sets it (a caller may still send one with the headers request option)",
      'the header parameter content-length is ignored, fetch sets it from the body (a caller may still send one with the headers request option)',
    ]);
    expect(readFileSync(join(out, 'src/resources/items.ts'), 'utf8')).not.toMatch(/'Content-Type'|'content-length'/);
  });

  it('leaves the multipart boundary the client writes on the wire', async () => {
    const client = new module.default({ key: 'k', baseURL: server.url, maxRetries: 0 });
    await client.items.putItem('a', { name: 'n' });
    const sent = server.requests.at(-1)!;
    expect(sent.headers['content-type']).toMatch(/^multipart\/form-data; boundary=\S+$/);
    const [run] = await runExamples(out, methodExamples(out).filter((e) => e.method === 'PUT'));
    expect(wireProblems(spec, run!)).toEqual([]);
  });
});
