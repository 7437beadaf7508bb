/**
 * AWS's query APIs as APIs.guru publishes them: operations told apart by a fragment (`/#Action=GetUser`),
 * which a URL never sends; `Action` and `Version`, required with one allowed value, which the client sends
 * itself; and XML bodies described by object schemas, which the client returns as text.
 * Checked by a loopback server (what path goes out, what comes back) and by tsc on consumer code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { typeCheckExamples } from '../helpers/examples.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

type Call = (params: object, options?: object) => Promise<unknown>;
interface Module { default: new (options: object) => { users: { getUser: Call; exportUsers: Call; describeUser: Call; countUsers: Call; greetUser: Call } } }

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const action = (name: string) => [
  { name: 'Action', in: 'query', required: true, schema: { type: 'string', enum: [name] } },
  { name: 'Version', in: 'query', required: true, schema: { type: 'string', enum: ['2010-05-08'] } },
];
const ok = (media: string, schema: object) => ({ '200': { description: 'Success', content: { [media]: { schema } } } });
const spec = {
  openapi: '3.0.0',
  info: { title: 'Users', version: '1.0.0' },
  servers: [{ url: 'https://users.example.com' }],
  paths: {
    '/#Action=GetUser': { get: { operationId: 'getUser', tags: ['users'], parameters: action('GetUser'), responses: ok('text/xml', ref('GetUserResponse')) } },
    '/#Action=ExportUsers': { get: { operationId: 'exportUsers', tags: ['users'], parameters: action('ExportUsers'), responses: ok('text/csv', { type: 'array', items: ref('User') }) } },
    // text/plain is what specs also write for JSON: the schema's type stays.
    '/#Action=DescribeUser': { get: { operationId: 'describeUser', tags: ['users'], parameters: action('DescribeUser'), responses: ok('text/plain', ref('User')) } },
    '/#Action=CountUsers': { get: { operationId: 'countUsers', tags: ['users'], parameters: action('CountUsers'), responses: ok('text/plain; charset=utf-8', { type: 'integer' }) } },
    '/#Action=GreetUser': { get: { operationId: 'greetUser', tags: ['users'], parameters: action('GreetUser'), responses: ok('text/plain', { type: 'string' }) } },
  },
  components: {
    schemas: {
      User: { type: 'object', required: ['UserName'], properties: { UserName: { type: 'string' } } },
      GetUserResponse: { type: 'object', properties: { User: ref('User') } },
    },
  },
};

const XML = '<GetUserResponse><GetUserResult><User><UserName>ada</UserName></User></GetUserResult></GetUserResponse>';

let out: string;
let module: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ out, module } = await generateAndImport<Module>(spec, 'text-bodies-'));
  server = await startApiServer((r) => {
    const text = (body: string) => ({ status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body });
    if (r.url.includes('GetUser')) return { status: 200, headers: { 'content-type': 'text/xml' }, body: XML };
    if (r.url.includes('CountUsers')) return text('42');
    if (r.url.includes('GreetUser')) return text('"hello"');
    if (r.headers['x-as-text'] === 'json') return text('{"UserName":"ada"}');
    if (r.headers['x-as-text'] === 'prose') return text('no such user');
    return { status: 200, headers: { 'content-type': 'application/json' }, body: '{"UserName":"ada"}' };
  });
}, 60_000);

afterAll(() => server.close());

describe("AWS's query operations", () => {
  it('go to the path before the fragment, the action in the query, which the client fills in', async () => {
    const client = new module.default({ baseURL: server.url });
    await client.users.getUser({});
    await client.users.getUser({ Action: 'GetUser', Version: '2010-05-08' });
    expect(server.requests.slice(-2).map((r) => r.url)).toEqual(['/?Action=GetUser&Version=2010-05-08', '/?Action=GetUser&Version=2010-05-08']);
  });

  it('resolve to the XML as text, and are typed so', async () => {
    const client = new module.default({ baseURL: server.url });
    await expect(client.users.getUser({ Action: 'GetUser', Version: '2010-05-08' })).resolves.toBe(XML);
    const header = "import Users from './src/index.js';\ndeclare const client: Users;";
    const body = [
      'async function use() {',
      '  const xml: string = await client.users.getUser();',
      "  const csv: string = await client.users.exportUsers({ Action: 'ExportUsers', Version: '2010-05-08' });",
      '  const user = await client.users.describeUser();',
      "  await client.users.getUser({ Action: 'ExportUsers' });",
      '  return [xml, csv, user.UserName];',
      '}',
    ];
    // The one value a parameter allows may be left out, not replaced (TS2769: neither overload takes it).
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2769 line 5']);
  });

  it("name the model the spec describes the text's content with", () => {
    const resource = readFileSync(join(out, 'src/resources/users.ts'), 'utf8');
    expect(resource).toMatch(/The `text\/xml` body, as text: the spec describes what it holds as `GetUserResponse`, and the client parses only JSON\. \*\/\nexport type UsersGetUserResponse = string;/);
  });

  it('give each method an example that type-checks', () => {
    expect(typeCheckExamples(out)).toEqual({ count: 5, errors: '' });
  });
});

describe('text/plain bodies', () => {
  const call = (method: 'describeUser' | 'countUsers' | 'greetUser', header?: string) =>
    new module.default({ baseURL: server.url }).users[method]({}, header === undefined ? {} : { headers: { 'x-as-text': header } });

  it('parse JSON labelled text/plain when the schema is not a string: the value is what its type says', async () => {
    await expect(call('describeUser', 'json')).resolves.toEqual({ UserName: 'ada' });
    await expect(call('countUsers')).resolves.toBe(42);
    await expect(call('describeUser')).resolves.toEqual({ UserName: 'ada' });
  });

  it('give text that is not JSON as it is, and a string schema always its text', async () => {
    await expect(call('describeUser', 'prose')).resolves.toBe('no such user');
    await expect(call('greetUser')).resolves.toBe('"hello"');
  });

  it('are typed by their schema', () => {
    const header = "import Users from './src/index.js';\ndeclare const client: Users;";
    const body = ['async function use() {', '  const count: number = await client.users.countUsers();', '  const greeting: string = await client.users.greetUser();', '  return [count, greeting];', '}'];
    expect(consumerErrors(out, header, body.join('\n'))).toEqual([]);
  });
});
