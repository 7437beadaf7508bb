/**
 * The parts of a multipart body as a server reads them: an object field is a JSON part without a
 * filename (RFC 7578 §4.2 keeps `filename` for files: multer, PHP and undici's `formData()` take a part
 * that has one for a file); the parts follow the schema's order, whatever the caller's (§5.2; Box's upload
 * refuses `file` before `attributes`); a content type the Encoding Object gives a field is sent with it.
 * Generated from a small spec, run against a loopback server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer, type RecordedRequest } from '../helpers/api-server.js';
import { minimalDoc } from '../helpers/spec.js';
import { generateAndImport } from '../helpers/tree.js';
import { consumerErrors } from '../helpers/tsc.js';

const binary = { type: 'string', format: 'binary' };
const SPEC = minimalDoc({
  openapi: '3.0.3',
  'x-sdk': { client: { name: 'Files' } },
  paths: {
    '/uploads': {
      post: {
        operationId: 'upload',
        tags: ['files'],
        requestBody: {
          required: true,
          content: {
            // Declared metadata, file, caption, thumbnail: not the order the types sort them in.
            'multipart/form-data': {
              schema: { $ref: '#/components/schemas/Upload' },
              encoding: { caption: { contentType: 'application/json' }, thumbnail: { contentType: 'image/png, image/jpeg' }, metadata: { contentType: 'application/xml' } },
            },
          },
        },
        responses: { '204': { description: 'none' } },
      },
    },
  },
  components: {
    schemas: {
      Upload: {
        allOf: [
          { type: 'object', properties: { metadata: { type: 'object', properties: { name: { type: 'string' } } } } },
          { type: 'object', required: ['file'], properties: { file: binary, caption: { type: 'string' }, thumbnail: binary } },
        ],
      },
    },
  },
});

type Uploads = { upload(params: object): Promise<unknown> };
let server: ApiServer;
let files: Uploads;

beforeAll(async () => {
  const generated = await generateAndImport<{ default: new (o: object) => { files: Uploads } }>(SPEC, 'multipart-parts-');
  server = await startApiServer(() => ({ status: 204 }));
  files = new generated.module.default({ baseURL: server.url, maxRetries: 0 }).files;
}, 60_000);

afterAll(() => server?.close());

/** Each part's name and headers (lower-cased names), in the order sent. */
function partHeaders(request: RecordedRequest): { name: string; headers: Record<string, string> }[] {
  const boundary = /boundary=(\S+)/.exec(String(request.headers['content-type']))![1]!;
  return request.body.split(`--${boundary}`).slice(1, -1).map((part) => {
    const lines = part.split('\r\n\r\n')[0]!.split('\r\n').filter((line) => line !== '');
    const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
    return { name: /name="([^"]*)"/.exec(headers['content-disposition']!)![1]!, headers };
  });
}

const sent = async (params: object) => {
  await files.upload(params);
  const request = server.requests.at(-1)!;
  const form = await new Response(request.body, { headers: { 'content-type': String(request.headers['content-type']) } }).formData();
  return { request, form, parts: partHeaders(request) };
};

describe('a multipart body', () => {
  it('sends an object field as a JSON part with no filename, read as a field, not a file', async () => {
    const { form, parts } = await sent({ file: new Uint8Array([1]), metadata: { name: 'n' } });
    expect(typeof form.get('metadata')).toBe('string');
    expect(JSON.parse(form.get('metadata') as string)).toEqual({ name: 'n' });
    // The Encoding Object's `application/xml` is not what the part holds: it goes as the JSON it is.
    expect(parts.find((p) => p.name === 'metadata')!.headers).toEqual({ 'content-disposition': 'form-data; name="metadata"', 'content-type': 'application/json' });
  });

  it("sends the parts in the schema's order, not the caller's", async () => {
    const { parts } = await sent({ thumbnail: new Uint8Array([2]), caption: 'c', file: new Uint8Array([1]), metadata: { name: 'n' } });
    expect(parts.map((p) => p.name)).toEqual(['metadata', 'file', 'caption', 'thumbnail']);
  });

  it("sends the content type the Encoding Object gives a field: text as it says, bytes as its first type, a File as its own", async () => {
    const { parts, form } = await sent({ file: new Uint8Array([1]), caption: '{"k":1}', thumbnail: new Uint8Array([2]) });
    const headers = (name: string) => parts.find((p) => p.name === name)!.headers;
    expect(headers('caption')).toEqual({ 'content-disposition': 'form-data; name="caption"', 'content-type': 'application/json' });
    expect(headers('thumbnail')).toEqual({ 'content-disposition': 'form-data; name="thumbnail"; filename="thumbnail"', 'content-type': 'image/png' });
    expect(headers('file')['content-type']).toBe('application/octet-stream');
    expect(form.get('caption')).toBe('{"k":1}');
    const jpeg = new File([new Uint8Array([3])], 'a.jpg', { type: 'image/jpeg' });
    const again = await sent({ file: new Uint8Array([1]), thumbnail: jpeg });
    expect(again.parts.find((p) => p.name === 'thumbnail')!.headers['content-type']).toBe('image/jpeg');
  });
});

describe("a multipart body written as OpenAPI 3.1 writes files, by their media type", () => {
  // 3.1.1's raw bytes omit `type`; specs also write `type: string` beside the media type. With a
  // `contentEncoding`, or a text media type, the value is text.
  const SPEC_31 = minimalDoc({
    openapi: '3.1.0',
    'x-sdk': { client: { name: 'Avatars' } },
    paths: {
      '/avatars': {
        post: {
          operationId: 'upload',
          tags: ['avatars'],
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['image', 'scan'],
                  properties: {
                    image: { type: 'string', contentMediaType: 'image/png' },
                    scan: { contentMediaType: 'application/pdf' },
                    thumbnail: { type: 'string', contentMediaType: 'image/png', contentEncoding: 'base64' },
                    caption: { type: 'string', contentMediaType: 'text/html' },
                  },
                },
              },
            },
          },
          responses: { '204': { description: 'none' } },
        },
      },
    },
  });
  let out: string;
  let avatars: Uploads;

  beforeAll(async () => {
    const generated = await generateAndImport<{ default: new (o: object) => { avatars: Uploads } }>(SPEC_31, 'multipart-31-');
    out = generated.out;
    avatars = new generated.module.default({ baseURL: server.url, maxRetries: 0 }).avatars;
  }, 60_000);

  it('types the files as bytes and the text as strings', () => {
    const header = "import Avatars from './src/index.js';\nconst avatars = new Avatars().avatars;\nconst png = new Uint8Array([137, 80]);";
    const body = [
      "void avatars.upload({ image: png, scan: new Blob(['%PDF']), thumbnail: 'iVBO', caption: '<b>hi</b>' });",
      'void avatars.upload({ image: png, scan: png, thumbnail: png });',
      "void avatars.upload({ image: png, scan: png, caption: png });",
    ].join('\n');
    expect(consumerErrors(out, header, body)).toEqual(['TS2322 line 2', 'TS2322 line 3']);
  });

  it('sends the files as file parts, their bytes as given', async () => {
    // ASCII bytes: the loopback server records the body as text.
    await avatars.upload({ image: new Uint8Array([80, 78, 71]), scan: new Uint8Array([37, 80]), caption: '<b>hi</b>' });
    const request = server.requests.at(-1)!;
    const form = await new Response(request.body, { headers: { 'content-type': String(request.headers['content-type']) } }).formData();
    expect(await Promise.all(['image', 'scan'].map(async (name) => [...new Uint8Array(await (form.get(name) as Blob).arrayBuffer())]))).toEqual([[80, 78, 71], [37, 80]]);
    expect(partHeaders(request).map((p) => p.headers['content-disposition'])).toEqual(['form-data; name="image"; filename="image"', 'form-data; name="scan"; filename="scan"', 'form-data; name="caption"']);
    expect(form.get('caption')).toBe('<b>hi</b>');
  });
});
