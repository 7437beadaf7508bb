/**
 * The edge fixture's package, generated, imported and run: request builders for query, header, path and
 * non-object bodies, and a real call through its client to a loopback server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { generateFromSpec } from '../helpers/tree.js';

type Module = Record<string, (...args: unknown[]) => unknown> & { default: new (options: object) => { things: Record<string, (...args: unknown[]) => Promise<unknown>> } };

let edge: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ module: edge } = await generateFromSpec<Module>('test/fixtures/edge/openapi.yaml', 'edge-run-'));
  server = await startApiServer((req) => (req.method === 'DELETE' ? { status: 204 } : { status: 200, body: '[{"id":"1"}]' }));
});

afterAll(() => server.close());

describe('the edge package', () => {
  it('builds a GET with query and header parameters', () => {
    expect(edge['buildThingsListThingsRequest']!({ limit: 2, tag: ['a', 'b'], 'X-Trace-Id': 't-1' })).toEqual({
      method: 'GET',
      path: '/things',
      query: { limit: 2, tag: ['a', 'b'] },
      headers: { 'X-Trace-Id': 't-1', 'X-Page-Size': undefined, Cookie: undefined },
      body: undefined,
    });
  });

  it('sends a member params does not declare in the query of an operation without a body, beside the declared ones', () => {
    const built = edge['buildThingsListThingsRequest']!({ limit: 2, tag: ['a'], since: '2024-01-01', 'X-Trace-Id': 't-1' }) as { query: object; headers: object };
    expect(built.query).toEqual({ since: '2024-01-01', limit: 2, tag: ['a'] });
    expect(built.headers).toMatchObject({ 'X-Trace-Id': 't-1' });
  });

  it('sends an undeclared member in the query when the body is one member of params, not spread into it', () => {
    const built = edge['buildThingsRenameThingRequest']!('t', { name: 'q', body: { name: 'b' }, extra: 1 }) as { query: object; body: object };
    expect([built.query, built.body]).toEqual([{ extra: 1, name: 'q' }, { name: 'b' }]);
  });

  it('sends cookie parameters in one Cookie header, encoded, and none when no cookie is set', () => {
    expect(edge['buildThingsListThingsRequest']!({ 'session id': 'a b;c', prefs: ['x', 'y'] })).toMatchObject({ headers: { Cookie: 'prefs=x,y; session%20id=a%20b%3Bc' } });
    expect(edge['buildThingsListThingsRequest']!({ limit: 1 })).toMatchObject({ headers: { Cookie: undefined } });
  });

  it('sends a number header parameter as text', () => {
    expect(edge['buildThingsListThingsRequest']!({ 'X-Page-Size': 50 })).toMatchObject({ headers: { 'X-Page-Size': '50' } });
  });

  it('sends an empty object for a required body whose schema declares no field, or any object given', () => {
    // toMatchObject would take `body: {}` for an absent body.
    expect(edge['buildThingsTouchThingRequest']!('t')).toMatchObject({ method: 'POST', path: '/things/t/touch' });
    const touch = (...args: unknown[]) => (edge['buildThingsTouchThingRequest']!(...args) as { body: unknown }).body;
    expect(touch('t')).toEqual({});
    expect(touch('t', { body: { at: 1 } })).toEqual({ at: 1 });
  });

  it('keeps a body whole when one of its fields is named like a parameter', () => {
    expect(edge['buildThingsRenameThingRequest']!('t', { name: 'q', body: { name: 'b' } })).toMatchObject({ query: { name: 'q' }, body: { name: 'b' } });
  });

  it('sends a body whole as requestBody when a parameter is named body', () => {
    expect(edge['buildThingsAnnotateThingRequest']!('t', { body: 'q', requestBody: { note: 'n' } })).toMatchObject({ query: { body: 'q' }, body: { note: 'n' } });
  });

  it('flattens an allOf body whose parts share a field into one member', () => {
    expect(edge['buildThingsMoveThingRequest']!('t', { to: 'left', speed: 2 })).toMatchObject({ body: { to: 'left', speed: 2 } });
  });

  it('builds a PUT whose body is an array, and percent-encodes the path parameter', () => {
    expect(edge['buildThingsReplaceTagsRequest']!('a/b c', { body: ['x'] })).toMatchObject({ method: 'PUT', path: '/things/a%2Fb%20c/tags', body: ['x'] });
  });

  it('puts number and enum path arguments in the path', () => {
    expect(edge['buildThingsGetBookRequest']!(7, 'e-book', 'a b')).toMatchObject({ method: 'GET', path: '/shelves/7/books/e-book/a%20b' });
    expect(edge['buildThingsGetBookRequest']!(0, 'paper', 42)).toMatchObject({ path: '/shelves/0/books/paper/42' });
  });

  it("sends an operation with its own server there, variables filled in, while the client's base URL is the spec's", async () => {
    expect(edge['buildThingsArchiveThingRequest']!('a b')).toMatchObject({ method: 'POST', server: 'https://eu.archive.example.test', path: '/things/a%20b/archive' });
    const seen: string[] = [];
    const fetch = async (url: string) => (seen.push(url), new Response(null, { status: 204 }));
    const client = new edge.default({ maxRetries: 0, fetch });
    expect(await client.things['archiveThing']!('t1')).toBeNull();
    await client.things['delete']!('t2');
    // touch-thing's path item repeats the document's own server: the client's base URL serves it.
    await client.things['touchThing']!('t3');
    expect(seen).toEqual(['https://eu.archive.example.test/things/t1/archive', 'https://eu.example.test/v1/things/t2', 'https://eu.example.test/v1/things/t3/touch']);
  });

  it('sends every operation, its own server or not, to a base URL the client was given (a mock server, a proxy)', async () => {
    type Client = InstanceType<Module['default']> & { withOptions(options: object): Client };
    const moved = new edge.default({ baseURL: `${server.url}/v1`, maxRetries: 0 }) as Client;
    await moved.things['archiveThing']!('t1');
    await moved.things['touchThing']!('t3');
    expect(server.requests.splice(0).map((r) => `${r.method} ${r.url}`)).toEqual(['POST /v1/things/t1/archive', 'POST /v1/things/t3/touch']);
    // Back to the spec's server (`null`): the operation's own server again.
    const seen: string[] = [];
    const back = moved.withOptions({ baseURL: null, fetch: async (url: string) => (seen.push(url), new Response(null, { status: 204 })) });
    await back.things['archiveThing']!('t1');
    expect(seen).toEqual(['https://eu.archive.example.test/things/t1/archive']);
  });

  it('refuses a path parameter that would walk up the URL, naming it', () => {
    expect(() => edge['buildThingsDeleteRequest']!('..')).toThrow(/thingId/);
  });

  it('sends real requests through its client: server variables filled in, 204 → null', async () => {
    const client = new edge.default({ baseURL: `${server.url}/v1`, maxRetries: 0 });
    expect(await client.things['listThings']!({ limit: 1, 'session id': 's1' })).toEqual([{ id: '1' }]);
    expect(await client.things['delete']!('x')).toBeNull();
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /v1/things?limit=1', 'DELETE /v1/things/x']);
    expect(server.requests.map((r) => r.headers.cookie)).toEqual(['session%20id=s1', undefined]);
  });

  it("reads a hostile scheme's variable and refresh URL as the spec wrote them", async () => {
    const variable = "EDGE_REFRESH'] + process.exit(1) + ['";
    process.env[variable] = 'refresh-1';
    server.requests.length = 0;
    try {
      const client = new edge.default({ baseURL: `${server.url}/v1`, maxRetries: 0 });
      // The loopback server answers a list, not a token: the call fails, after asking the refresh URL.
      await expect(client.things['listThings']!({ limit: 1 })).rejects.toThrow('answered without an access_token');
    } finally {
      delete process.env[variable];
    }
    const [refresh] = server.requests;
    expect(decodeURI(refresh!.url)).toBe('/refresh */ `x` ${y}');
    expect(new URLSearchParams(refresh!.body).get('refresh_token')).toBe('refresh-1');
  });

  it("signs in at the hostile flows' URLs as the spec wrote them", async () => {
    type Statics = { authorizationURL(params: object): Promise<{ url: string }>; deviceAuthorization(params: object): Promise<unknown> };
    const Client = edge.default as unknown as Statics;
    const { url } = await Client.authorizationURL({ clientId: 'app', redirectURI: 'https://app.test/cb', scopes: [`read */ all`] });
    const parsed = new URL(url);
    expect(`${parsed.origin}${parsed.pathname}`).toBe('https://auth.example.com/authorize');
    expect(parsed.searchParams.get('from')).toBe("*/`x`'${y}");
    expect(parsed.searchParams.get('scope')).toBe('read */ all');
    server.requests.length = 0;
    // The loopback server answers a list, not codes: the call fails, after asking the device URL.
    await expect(Client.deviceAuthorization({ baseURL: `${server.url}/v1`, clientId: 'tv', maxRetries: 0 })).rejects.toThrow('answered without a device_code');
    expect(decodeURI(server.requests[0]!.url)).toBe("/device */ `x`'\" ${y}");
  });
});

describe('list methods', () => {
  /** Cursor pages at /v1/thing-pages (`after`), Link-header pages at /v1/things (`page`). */
  const answerPages = (request: { url: string }) => {
    const url = new URL(request.url, 'http://loopback');
    if (url.pathname === '/v1/thing-pages') {
      const after = url.searchParams.get('after');
      const body = after === null ? { data: { entries: [{ id: 'a' }, { id: 'b' }] }, meta: { "next'cursor": 'c 1' } } : { data: { entries: [{ id: `after ${after}` }] }, meta: { "next'cursor": null } };
      return { status: 200, body: JSON.stringify(body) };
    }
    const page = Number(url.searchParams.get('page') ?? 1);
    const link = page < 3 ? { link: `</v1/things?page=${page + 1}&limit=1>; rel="next", </v1/things?page=3&limit=1>; rel="last"` } : undefined;
    return { status: 200, headers: link, body: JSON.stringify([{ id: String(page) }]) };
  };

  async function collect(iterable: AsyncIterable<unknown>): Promise<unknown[]> {
    const items: unknown[] = [];
    for await (const item of iterable) items.push(item);
    return items;
  }

  it('go through every item of every page: by cursor, and by Link header', async () => {
    const pages = await startApiServer(answerPages);
    try {
      const client = new edge.default({ baseURL: `${pages.url}/v1`, maxRetries: 0 }) as unknown as { things: Record<string, (params?: object) => AsyncIterable<unknown> & Promise<unknown>> };
      expect(await collect(client.things['listThingPages']!({ 'per page': 2 }))).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'after c 1' }]);
      expect(await collect(client.things['listThings']!({ limit: 1 }))).toEqual([{ id: '1' }, { id: '2' }, { id: '3' }]);
      expect(pages.requests.map((r) => r.url)).toEqual([
        '/v1/thing-pages?per%20page=2',
        '/v1/thing-pages?after=c%201&per%20page=2',
        '/v1/things?limit=1',
        '/v1/things?page=2&limit=1',
        '/v1/things?page=3&limit=1',
      ]);
      // Awaited, a list method gives its first page, as any method does.
      await expect(client.things['listThings']!()).resolves.toEqual([{ id: '1' }]);
    } finally {
      await pages.close();
    }
  });
});

describe('responses that are not JSON', () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x80]);

  it('asks for the media type of the spec, gives a binary body as the raw Response with its bytes, and text as text', async () => {
    const files = await startApiServer((r) => (r.url.endsWith('/photo') ? { status: 200, headers: { 'content-type': 'image/png' }, body: PNG } : { status: 200, headers: { 'content-type': 'text/csv' }, body: 'id,name\n1,é' }));
    try {
      const client = new edge.default({ baseURL: `${files.url}/v1`, maxRetries: 0 }) as unknown as { things: Record<string, (id: string) => Promise<unknown>> };
      const photo = await client.things['getPhoto']!('t1');
      expect(photo).toBeInstanceOf(Response);
      expect(new Uint8Array(await (photo as Response).arrayBuffer())).toEqual(PNG);
      expect(await client.things['exportThing']!('t1')).toBe('id,name\n1,é');
      expect(files.requests.map((r) => r.headers.accept)).toEqual(['image/png', 'text/csv']);
    } finally {
      await files.close();
    }
  });
});

describe('bodies that are not JSON', () => {
  const client = () => new edge.default({ baseURL: `${server.url}/v1`, maxRetries: 0 });
  const received = () => server.requests.at(-1)!;
  // The server's view of a multipart body, read by the platform's own parser rather than ours.
  const parts = (r: (typeof server.requests)[number]) => new Response(r.body, { headers: { 'content-type': String(r.headers['content-type']) } }).formData();
  // The names of a form's fields, in order (`forEach`: the test's lib has no iterable `FormData`).
  const fieldNames = (form: FormData) => {
    const names: string[] = [];
    form.forEach((_value, name) => names.push(name));
    return names;
  };
  // A builder's multipart body, as a server would read it.
  const builtParts = (built: unknown) => {
    const { body } = built as { body: Blob };
    return new Response(body, { headers: { 'content-type': body.type } }).formData();
  };

  it('builds a multipart upload as a Blob typed with its boundary, a form as URLSearchParams, and passes raw bytes through', () => {
    expect(edge['buildThingsUploadFilesRequest']!('t', { file: 'x' })).toMatchObject({ contentType: 'multipart/form-data', body: expect.any(Blob) });
    expect((edge['buildThingsUploadFilesRequest']!('t', { file: 'x' }) as { body: Blob }).body.type).toMatch(/^multipart\/form-data; boundary=\S+$/);
    expect(String((edge['buildThingsSubmitFormRequest']!('t', { name: 'a b', tags: ['x', 'y'] }) as { body: unknown }).body)).toBe('name=a+b&tags=x&tags=y');
    const bytes = new Uint8Array([1, 2, 3]);
    expect(edge['buildThingsPutContentRequest']!('t', { body: bytes })).toMatchObject({ method: 'PUT', body: bytes, contentType: 'application/octet-stream' });
  });

  it('takes any fields for a multipart body whose schema says nothing', async () => {
    const built = edge['buildThingsAttachToThingRequest']!('t', { body: { note: 'n' } });
    expect(built).toMatchObject({ contentType: 'multipart/form-data', body: expect.any(Blob) });
    expect((await builtParts(built)).get('note')).toBe('n');
  });

  it('keeps two parameters of one name apart, and takes fields for a multipart body declared as one binary string', async () => {
    const built = edge['buildThingsListThingEventsRequest']!('t', { 'Last-Event-ID': 'q', 'Last-Event-ID_header': 'h', body: { file: 'x' } });
    expect(built).toMatchObject({ query: { 'Last-Event-ID': 'q' }, headers: { 'Last-Event-ID': 'h' }, contentType: 'multipart/form-data' });
    expect((await builtParts(built)).get('file')).toBe('x');
  });

  it('encodes a null multipart or form body, as a nullable body model allows, as no fields', async () => {
    expect(fieldNames(await builtParts({ body: edge['encodeMultipart']!(null) }))).toEqual([]);
    expect(String(edge['encodeForm']!(null))).toBe('');
  });

  it('uploads files as multipart parts: named files, bytes, JSON objects and text fields', async () => {
    const file = new File(['hello'], 'greeting.txt', { type: 'text/plain' });
    // Given in another order than the schema's (file, extra, metadata, note, count).
    await client().things['uploadFiles']!('t', { count: 3, metadata: { main: 'greeting.txt' }, extra: [new Uint8Array([104, 105]), new Blob(['yo'])], file });
    const r = received();
    expect(r.headers['content-type']).toMatch(/^multipart\/form-data; ?boundary=/);
    const form = await parts(r);
    const sent = form.get('file') as File;
    expect([sent.name, sent.type, await sent.text()]).toEqual(['greeting.txt', 'text/plain', 'hello']);
    expect(await Promise.all(form.getAll('extra').map((f) => (f as File).text()))).toEqual(['hi', 'yo']);
    expect([form.get('count'), form.has('note')]).toEqual(['3', false]);
    // The parts in the schema's order (RFC 7578 §5.2).
    expect(fieldNames(form)).toEqual(['file', 'extra', 'extra', 'metadata', 'count']);
  });

  it('sends an object field as a JSON part without a filename, which servers read as a field, not a file', async () => {
    await client().things['uploadFiles']!('t', { file: new Blob(['x']), metadata: { main: 'greeting.txt' } });
    const r = received();
    // undici's parser, as multer and PHP do, makes a part with a filename a file.
    expect(JSON.parse((await parts(r)).get('metadata') as string)).toEqual({ main: 'greeting.txt' });
    expect(r.body).toMatch(/Content-Disposition: form-data; name="metadata"\r\nContent-Type: application\/json\r\n\r\n\{"main":"greeting.txt"\}\r\n/);
  });

  it('sends raw bytes and text with the media type of the spec', async () => {
    await client().things['putContent']!('t', { body: new Uint8Array([65, 66, 67]) });
    expect([received().headers['content-type'], received().body]).toEqual(['application/octet-stream', 'ABC']);
    await client().things['putScript']!('t', { body: 'export default {}' });
    expect([received().headers['content-type'], received().body]).toEqual(['application/javascript', 'export default {}']);
  });

  it('sends a URL-encoded form', async () => {
    await client().things['submitForm']!('t', { name: 'a b', tags: ['x', 'y'] });
    expect([received().headers['content-type'], received().body]).toEqual(['application/x-www-form-urlencoded', 'name=a+b&tags=x&tags=y']);
  });
});

describe('the base error alias', () => {
  it('names the runtime base class after the client, as an export and a static', () => {
    const client = edge.default as unknown as Record<string, unknown>;
    expect(edge['EdgeAPIClientError']).toBe(edge['SDKError']);
    expect(client['EdgeAPIClientError']).toBe(edge['SDKError']);
    expect(() => edge['buildThingsDeleteRequest']!('')).toThrow(edge['EdgeAPIClientError'] as unknown as ErrorConstructor);
  });
});
