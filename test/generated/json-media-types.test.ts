/**
 * JSON bodies under other names than `application/json`: a merge patch, a JSON Patch, a vendor's media type
 * (a registry manifest) and AWS's JSON protocol. Servers refuse these sent as plain `application/json`, so
 * each goes as JSON labelled with the media type its spec names; AWS's replies are parsed as JSON.
 * Checked on a loopback server (what goes out, what comes back) and by tsc on consumer code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { typeCheckExamples } from '../helpers/examples.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

type Call = (...args: unknown[]) => Promise<unknown>;
interface Module { default: new (options: object) => { things: Record<'mergeThing' | 'patchThing' | 'patchPod' | 'closeThing' | 'putManifest' | 'createThing' | 'listTables', Call> } }

const thing = { type: 'object', properties: { name: { type: 'string' }, size: { type: 'integer' } } };
const body = (media: string, schema: object) => ({ required: true, content: { [media]: { schema } } });
const ok = (media: string, schema: object) => ({ '200': { description: 'OK', content: { [media]: { schema } } } });
const id = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
const jsonPatch = { type: 'array', items: { type: 'object', required: ['op', 'path'], properties: { op: { type: 'string' }, path: { type: 'string' }, value: {} } } };
const tables = { type: 'object', properties: { TableNames: { type: 'array', items: { type: 'string' } } } };

const spec = {
  openapi: '3.0.3',
  info: { title: 'Things', version: '1.0.0' },
  servers: [{ url: 'https://things.example.com' }],
  paths: {
    // Offered as plain JSON and as HAL: plain JSON, which the server surely takes, goes.
    '/things': { post: { operationId: 'createThing', tags: ['things'], requestBody: { required: true, content: { 'application/hal+json': { schema: thing }, 'application/json': { schema: thing } } }, responses: ok('application/json', thing) } },
    '/things/{id}': {
      patch: { operationId: 'mergeThing', tags: ['things'], parameters: id, requestBody: body('application/merge-patch+json', thing), responses: ok('application/json', thing) },
      post: { operationId: 'patchThing', tags: ['things'], parameters: id, requestBody: body('application/json-patch+json', jsonPatch), responses: ok('application/json', thing) },
    },
    // Kubernetes' PATCH: four media types, one object schema; a merge patch is what an object is.
    '/pods/{id}': {
      patch: { operationId: 'patchPod', tags: ['things'], parameters: id, requestBody: { required: true, content: Object.fromEntries(['application/json-patch+json', 'application/merge-patch+json', 'application/strategic-merge-patch+json', 'application/apply-patch+yaml'].map((t) => [t, { schema: { type: 'object' } }])) }, responses: ok('application/json', thing) },
    },
    // A body that may hold nothing (no property, no other key) asks nothing of the caller.
    '/things/{id}/close': {
      post: { operationId: 'closeThing', tags: ['things'], parameters: id, requestBody: body('application/json', { type: 'object', additionalProperties: false }), responses: ok('application/json', thing) },
    },
    '/manifests/{id}': {
      put: { operationId: 'putManifest', tags: ['things'], parameters: id, requestBody: body('application/vnd.docker.distribution.manifest.v2+json', { type: 'object', required: ['schemaVersion'], properties: { schemaVersion: { type: 'integer' } } }), responses: { '201': { description: 'Created' } } },
    },
    '/#X-Amz-Target=ListTables': {
      post: { operationId: 'listTables', tags: ['things'], requestBody: body('application/x-amz-json-1.0', { type: 'object', properties: { Limit: { type: 'integer' } } }), responses: ok('application/x-amz-json-1.0', tables) },
    },
  },
};

let out: string;
let module: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ out, module } = await generateAndImport<Module>(spec, 'json-media-'));
  server = await startApiServer((r) => (r.url === '/' ? { status: 200, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: '{"TableNames":["t"]}' } : { status: 200, body: '{"name":"n"}' }));
}, 60_000);

afterAll(() => server.close());

const last = () => server.requests.at(-1)!;
const client = () => new module.default({ baseURL: server.url, maxRetries: 0 });

describe('a JSON body of another media type', () => {
  it('goes as JSON labelled with that type: a merge patch', async () => {
    await client().things.mergeThing('t1', { name: 'n' });
    expect(last()).toMatchObject({ method: 'PATCH', url: '/things/t1', body: '{"name":"n"}' });
    expect(last().headers['content-type']).toBe('application/merge-patch+json');
  });

  it('a JSON Patch, a list', async () => {
    await client().things.patchThing('t1', { body: [{ op: 'replace', path: '/name', value: 'm' }] });
    expect(JSON.parse(last().body)).toEqual([{ op: 'replace', path: '/name', value: 'm' }]);
    expect(last().headers['content-type']).toBe('application/json-patch+json');
  });

  it('a merge patch, of the types a PATCH offers for an object, unless the call names another', async () => {
    await client().things.patchPod('p1', { body: { metadata: { labels: { a: 'b' } } } });
    expect(last().headers['content-type']).toBe('application/merge-patch+json');
    expect(last().body).toBe('{"metadata":{"labels":{"a":"b"}}}');
    await client().things.patchPod('p1', { body: { spec: {} } }, { headers: { 'Content-Type': 'application/strategic-merge-patch+json' } });
    expect(last().headers['content-type']).toBe('application/strategic-merge-patch+json');
  });

  it('an object that may hold nothing is sent empty, and asks for no body', async () => {
    await client().things.closeThing('t1');
    expect(last()).toMatchObject({ url: '/things/t1/close', body: '{}' });
  });

  it("a vendor's type", async () => {
    await client().things.putManifest('m1', { schemaVersion: 2 });
    expect(last().body).toBe('{"schemaVersion":2}');
    expect(last().headers['content-type']).toBe('application/vnd.docker.distribution.manifest.v2+json');
  });

  it("AWS's JSON protocol, whose reply is parsed and typed", async () => {
    await expect(client().things.listTables({ Limit: 1 })).resolves.toEqual({ TableNames: ['t'] });
    expect(last().body).toBe('{"Limit":1}');
    expect(last().headers['content-type']).toBe('application/x-amz-json-1.0');
    const header = "import Things from './src/index.js';\ndeclare const client: Things;";
    const use = ['async function use() {', '  const { TableNames } = await client.things.listTables();', '  return TableNames?.[0]?.length;', '}'];
    expect(consumerErrors(out, header, use.join('\n'))).toEqual([]);
  });

  it('while plain JSON still goes as application/json, chosen when a body may be either', async () => {
    await client().things.createThing({ name: 'n', size: 1 });
    expect(last().body).toBe('{"name":"n","size":1}');
    expect(last().headers['content-type']).toBe('application/json');
  });

  it('each method has an example that type-checks', () => {
    expect(typeCheckExamples(out)).toEqual({ count: 7, errors: '' });
  });
});
