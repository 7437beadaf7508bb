/**
 * OpenAPI 3.2 documents: generated, compiled and called against a loopback server. QUERY and an
 * additional operation (COPY) are sent with their methods, a querystring parameter's fields are the
 * query's keys, nested tags nest resources, named servers name environments, an event stream described
 * by `itemSchema` gives its data typed, a 3.2 example's `dataValue` fills the method's example, and a
 * Media Type Object shared through `components.mediaTypes` types a body and a response.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';
import { buildApi } from '../../generator/pipeline.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateFromSpec } from '../helpers/tree.js';
import { validate } from '../../generator/validate/validate.js';

const FIXTURE = 'test/fixtures/openapi-3.2/openapi.yaml';
const DOC = { id: 'd1', title: 'Minutes' };

interface Archive {
  library: {
    shelfDocuments: {
      listDocuments(params?: { filter?: { owner?: string; limit?: number } }): Promise<unknown>;
      copyDocument(id: string, params: { Destination: string }): Promise<unknown>;
    };
  };
  search: {
    documents(params: { text: string }): Promise<unknown>;
    watchChanges(): Promise<AsyncIterable<unknown>>;
    exportDocuments(): Promise<AsyncIterable<unknown>>;
    watchActivity(): Promise<AsyncIterable<unknown> & { events(): AsyncIterable<{ event: string }> }>;
  };
}
type ArchiveClass = (new (options: object) => Archive) & { environments: Record<string, string> };

let out: string;
let server: ApiServer;
let Archive: ArchiveClass;
let client: Archive;

beforeAll(async () => {
  let module: { Archive: ArchiveClass };
  ({ out, module } = await generateFromSpec<{ Archive: ArchiveClass }>(FIXTURE, 'openapi-3-2-'));
  ({ Archive } = module);
  server = await startApiServer((request) => {
    if (request.url === '/activity') return { status: 200, headers: { 'content-type': 'text/event-stream' }, body: `event: created\ndata: ${JSON.stringify(DOC)}\n\nevent: ping\n\nevent: deleted\ndata: {"deleted":"d1"}\n\n` };
    if (request.url === '/export') return { status: 200, headers: { 'content-type': 'application/jsonl' }, body: `${JSON.stringify(DOC)}\n${JSON.stringify(DOC)}\n` };
    if (request.url === '/changes') return { status: 200, headers: { 'content-type': 'text/event-stream' }, body: `data: ${JSON.stringify(DOC)}\n\n` };
    return { status: request.method === 'COPY' ? 201 : 200, body: JSON.stringify(request.method === 'COPY' ? DOC : [DOC]) };
  });
  client = new Archive({ baseURL: server.url, logLevel: 'off' });
}, 60_000);

afterAll(() => server?.close());

describe('an OpenAPI 3.2 document', () => {
  it('sends QUERY with its body, as a safe method', async () => {
    await expect(client.search.documents({ text: 'minutes' })).resolves.toEqual([DOC]);
    expect(server.requests.at(-1)).toMatchObject({ method: 'QUERY', url: '/search', body: '{"text":"minutes"}' });
    expect(readFileSync(join(out, 'src/resources/search.ts'), 'utf8')).toMatch(/documents\(params[\s\S]*?idempotent: true,/);
  });

  it('reads a media type shared through components.mediaTypes, in a request and a response', () => {
    const body = [
      'const docs = await client.library.shelfDocuments.listDocuments(); const t: string = docs[0]!.title; void t;',
      '// @ts-expect-error: `text` is required',
      'await client.search.documents({});',
      'export {};',
    ].join('\n');
    expect(consumerErrors(out, "import Archive from './src/index.js';\nconst client = new Archive();", body)).toEqual([]);
  });

  it('sends an additional operation with its method as written', async () => {
    await expect(client.library.shelfDocuments.copyDocument('d1', { Destination: '/documents/d2' })).resolves.toEqual(DOC);
    expect(server.requests.at(-1)).toMatchObject({ method: 'COPY', url: '/documents/d1', headers: { destination: '/documents/d2' } });
  });

  it("sends a querystring parameter's fields as the query's keys", async () => {
    await client.library.shelfDocuments.listDocuments({ filter: { owner: 'ada lovelace', limit: 5 } });
    expect(server.requests.at(-1)).toMatchObject({ method: 'GET', url: '/documents?owner=ada%20lovelace&limit=5' });
  });

  it('gives the data of an event stream described by itemSchema, parsed by its contentSchema', async () => {
    const changes: unknown[] = [];
    for await (const change of await client.search.watchChanges()) changes.push(change);
    expect(changes).toEqual([DOC]);
    const errors = consumerErrors(out, "import Archive from './src/index.js';\nconst client = new Archive();", "for await (const d of await client.search.watchChanges()) { const t: string = d.title; void t; }\nexport {};");
    expect(errors).toEqual([]);
  });

  it('gives the data of events of several kinds, typed as the union of their contentSchemas', async () => {
    const activity: unknown[] = [];
    for await (const event of await client.search.watchActivity()) activity.push(event);
    expect(activity).toEqual([DOC, { deleted: 'd1' }]);
    const body = "for await (const a of await client.search.watchActivity()) { const s: string = 'title' in a ? a.title : a.deleted; void s; }\nfor await (const a of await client.search.watchActivity()) { const t: string = a.title; void t; }\nexport {};";
    expect(consumerErrors(out, "import Archive from './src/index.js';\nconst client = new Archive();", body)).toEqual(['TS2339 line 2']);
  });

  it('types the names of events() by the kinds itemSchema lists; leaves them open where a kind does not', async () => {
    const names: string[] = [];
    for await (const event of (await client.search.watchActivity()).events()) names.push(event.event);
    expect(names).toEqual(['created', 'deleted']);
    const body = [
      "for await (const e of (await client.search.watchActivity()).events()) { const n: 'created' | 'deleted' | 'ping' = e.event; void n; }",
      "for await (const e of (await client.search.watchActivity()).events()) { if (e.event === 'updated') break; }",
      "for await (const e of (await client.search.watchChanges()).events()) { if (e.event === 'updated') break; }",
      'export {};',
    ];
    expect(consumerErrors(out, "import Archive from './src/index.js';\nconst client = new Archive();", body.join('\n'))).toEqual(['TS2367 line 2']);
  });

  it('gives the values of a JSON Lines body described by itemSchema', async () => {
    const documents: unknown[] = [];
    for await (const document of await client.search.exportDocuments()) documents.push(document);
    expect(documents).toEqual([DOC, DOC]);
    const errors = consumerErrors(out, "import Archive from './src/index.js';\nconst client = new Archive();", "for await (const d of await client.search.exportDocuments()) { const n: number = d.title; void n; }\nexport {};");
    expect(errors).toEqual(['TS2322 line 1']);
  });

  it('nests resources by tag parents past a badge tag, names environments by server names, and takes examples from dataValue', () => {
    expect(Object.keys(client.library)).toContain('shelfDocuments');
    expect([typeof (client.library.shelfDocuments as Record<string, unknown>)['getDocument'], 'beta' in client]).toEqual(['function', false]);
    expect(Archive.environments).toEqual({ production: 'https://archive.example.com', sandboxEU: 'https://sandbox.archive.example.com' });
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain("await client.library.shelfDocuments.copyDocument('id', {\n  Destination: '/documents/copy-1',\n});");
  });
});

describe('OpenAPI 3.2 rules', () => {
  const withPaths = (paths: object) => minimalDoc({ openapi: '3.2.0', paths });

  it('accepts a response without a description, which 3.0 and 3.1 refuse', () => {
    const paths = { '/a': { get: { operationId: 'a', responses: { '204': {} } } } };
    expect(validate(loadFromMemory({ 'spec.yaml': specText(withPaths(paths)) }))).toEqual([]);
    const older = minimalDoc({ openapi: '3.1.0', paths });
    expect(validate(loadFromMemory({ 'spec.yaml': specText(older) })).map((d) => d.code)).toEqual(['required']);
  });

  it('refuses a fixed method among additionalOperations, where it is written', () => {
    const paths = { '/a': { additionalOperations: { GET: { operationId: 'a', responses: { '200': { description: 'ok' } } } } } };
    const problems = validate(loadFromMemory({ 'spec.yaml': specText(withPaths(paths)) }));
    expect(problems).toMatchObject([{ code: 'additional-operation-fixed', location: { pointer: '/paths/~1a/additionalOperations/GET' } }]);
    expect(problems[0]!.message).toContain('write this operation as `get`');
  });

  it('leaves out a querystring parameter that is not form fields, with a located warning', () => {
    const parameters = [{ name: 'q', in: 'querystring', content: { 'application/json': { schema: { type: 'object' } } } }];
    const doc = withPaths({ '/a': { get: { operationId: 'a', parameters, responses: { '204': { description: 'none' } } } } });
    const { api, warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(doc) }));
    expect(api.operations[0]!.parameters).toEqual([]);
    expect(warnings).toMatchObject([{ code: 'querystring-not-sent', location: { pointer: '/paths/~1a/get/parameters/0' } }]);
    expect(warnings[0]!.message).toContain('written as application/json; only application/x-www-form-urlencoded can be sent');
  });
});
