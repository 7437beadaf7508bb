/**
 * A field named like a member every object inherits (`constructor`, `toString`): declared optional as
 * the spec types it, TypeScript would refuse every object literal (each has an inherited `constructor`,
 * a `Function`), so no call could compile. `__proto__` besides: reading it gives the prototype, and in an
 * object literal `__proto__: x` sets the prototype, not a field. Checked by tsc on the package, its examples
 * and consumer code, and on a loopback server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { typeCheckExamples } from '../helpers/examples.js';
import { consumerErrors, tscErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

const spec = {
  openapi: '3.0.3',
  info: { title: 'Widgets', version: '1.0.0' },
  servers: [{ url: 'https://widgets.example.com' }],
  paths: {
    '/widgets': {
      post: {
        operationId: 'make',
        tags: ['widgets'],
        parameters: [{ name: 'valueOf', in: 'query', schema: { type: 'integer' } }],
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Widget' } } } },
        responses: { '200': { description: 'The widget.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Widget' } } } } },
      },
    },
    // `__proto__`: in an object literal `__proto__: x` sets the prototype, and reading it gives one.
    '/gadgets': {
      post: {
        operationId: 'makeGadget',
        tags: ['widgets'],
        parameters: [{ name: '__proto__', in: 'cookie', schema: { type: 'string' } }],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['__proto__'], properties: { ['__proto__']: { type: 'string' }, name: { type: 'string' } } } } } },
        responses: { '204': { description: 'Made.' } },
      },
    },
  },
  components: {
    schemas: {
      Widget: {
        type: 'object',
        required: ['hasOwnProperty'],
        properties: { constructor: { type: 'string' }, toString: { type: 'string' }, name: { type: 'string' }, hasOwnProperty: { type: 'boolean' }, parts: { type: 'object', properties: { isPrototypeOf: { type: 'string' } } } },
      },
    },
  },
};

interface Module { default: new (options: object) => { widgets: { make(params: object): Promise<unknown>; makeGadget(params: object): Promise<unknown> } } }

let out: string;
let module: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ out, module } = await generateAndImport<Module>(spec, 'inherited-names-'));
  server = await startApiServer(() => ({ status: 200, body: '{"hasOwnProperty":true}' }));
}, 60_000);

afterAll(() => server.close());

describe('fields named like inherited members', () => {
  it('compile, with their examples', () => {
    expect(tscErrors(`${out}/tsconfig.json`, ['--noEmit'])).toBe('');
    expect(typeCheckExamples(out)).toEqual({ count: 2, errors: '' });
  });

  it('take object literals without them, and typed values with them', () => {
    const header = "import Widgets from './src/index.js';\ndeclare const client: Widgets;";
    const body = [
      'client.widgets.make({ hasOwnProperty: true });',
      "client.widgets.make({ hasOwnProperty: false, name: 'w', parts: {} });",
      "client.widgets.make({ hasOwnProperty: true, constructor: 'c', toString: 't', valueOf: 2, parts: { isPrototypeOf: 'p' } });",
      'client.widgets.make({ hasOwnProperty: true, constructor: 1 });',
      'client.widgets.make({ hasOwnProperty: true, valueOf: "2" });',
    ];
    // A value of the wrong type is still refused (TS2322 on lines 4 and 5).
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2322 line 4', 'TS2322 line 5']);
  });

  it('sends such a parameter only when the caller gives it, never the inherited member', async () => {
    const client = new module.default({ baseURL: server.url });
    await client.widgets.make({ hasOwnProperty: true });
    await client.widgets.make({ hasOwnProperty: true, valueOf: 2, constructor: 'c' });
    const [left, given] = server.requests.slice(-2).map((r) => ({ url: r.url, body: JSON.parse(r.body) }));
    expect(left).toEqual({ url: '/widgets', body: { hasOwnProperty: true } });
    expect(given).toEqual({ url: '/widgets?valueOf=2', body: { hasOwnProperty: true, constructor: 'c' } });
  });

  it('sends a __proto__ parameter (a cookie) only when given, and a __proto__ field as a field', async () => {
    const client = new module.default({ baseURL: server.url });
    await client.widgets.makeGadget({ body: JSON.parse('{"__proto__":"b"}') });
    await client.widgets.makeGadget(JSON.parse('{"__proto__":"q","body":{"__proto__":"b","name":"n"}}'));
    const [left, given] = server.requests.slice(-2).map((r) => ({ cookie: r.headers.cookie, body: r.body }));
    expect(left).toEqual({ cookie: undefined, body: '{"__proto__":"b"}' });
    expect(given).toEqual({ cookie: '__proto__=q', body: '{"__proto__":"b","name":"n"}' });
  });

  it("writes __proto__ in its examples as a field's key", () => {
    const resource = readFileSync(join(out, 'src/resources/widgets.ts'), 'utf8');
    expect(resource).toMatch(/body: \{ \[(['"])__proto__\1\]: '__proto__' \}/);
  });
});
