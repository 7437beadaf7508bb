/**
 * Files that a spec declares under a media type that does not say "bytes": the wildcard type with a binary
 * schema (what springdoc writes for a `Resource`), or with 3.1's (a `contentMediaType`), `application/json` with one (Swagger 2's `type: file`
 * converted), and media types with parameters (`image/png; name=…`, `application/xml; charset=utf-8`).
 * The bytes must come back as sent, in the raw `Response`, and XML as its text, each typed so; checked
 * on a loopback server that answers with bytes that are not UTF-8, and by tsc on consumer code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

type Call = (options?: object) => Promise<unknown>;
interface Module { default: new (options: object) => { files: Record<'download' | 'export' | 'logo' | 'feed' | 'archive', Call> } }

const BINARY = { type: 'string', format: 'binary' };
const ok = (media: string, schema: object) => ({ '200': { description: 'Success', content: { [media]: { schema } } } });
const spec = {
  openapi: '3.0.3',
  info: { title: 'Files', version: '1.0.0' },
  servers: [{ url: 'https://files.example.com' }],
  paths: {
    '/download': { get: { operationId: 'download', tags: ['files'], responses: ok('*/*', BINARY) } },
    '/export': { get: { operationId: 'export', tags: ['files'], responses: ok('application/json', BINARY) } },
    '/logo': { get: { operationId: 'logo', tags: ['files'], responses: ok('image/png; name=logo.png', BINARY) } },
    // OpenAPI 3.1's file: its media type, no `type` (3.1.1, "Working with Binary Data").
    '/archive': { get: { operationId: 'archive', tags: ['files'], responses: ok('*/*', { contentMediaType: 'application/zip' }) } },
    '/feed': { get: { operationId: 'feed', tags: ['files'], responses: ok('application/xml; charset=utf-8', { type: 'object', properties: { title: { type: 'string' } } }) } },
  },
};

/** A PNG signature, then bytes that are not UTF-8: decoded as text, each becomes U+FFFD. */
const BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x80, 0xc3, 0x28]);
const XML = '<?xml version="1.0"?><feed><title>Ünïcode</title></feed>';

let out: string;
let module: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ out, module } = await generateAndImport<Module>(spec, 'binary-responses-'));
  server = await startApiServer((r) =>
    r.url === '/feed' ? { status: 200, headers: { 'content-type': 'application/xml; charset=utf-8' }, body: XML } : { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: BYTES },
  );
}, 60_000);

afterAll(() => server.close());

const client = () => new module.default({ baseURL: server.url });

describe('a file declared under a media type that does not say bytes', () => {
  it.each(['download', 'export', 'logo', 'archive'] as const)('%s resolves to the raw Response, its bytes as sent', async (method) => {
    const response = await client().files[method]();
    expect(response).toBeInstanceOf(Response);
    expect(new Uint8Array(await (response as Response).arrayBuffer())).toEqual(BYTES);
  });

  it('asks for the media type the spec declares, its parameters kept', async () => {
    await client().files.logo();
    await client().files.feed();
    expect(server.requests.slice(-2).map((r) => r.headers['accept'])).toEqual(['image/png; name=logo.png', 'application/xml; charset=utf-8']);
  });

  it('gives XML whose media type has a charset as its text', async () => {
    await expect(client().files.feed()).resolves.toBe(XML);
  });

  it('is typed so: a Response for a file, a string for XML', () => {
    const header = "import Files from './src/index.js';\ndeclare const client: Files;";
    const body = [
      'async function use() {',
      '  const files: Response[] = [await client.files.download(), await client.files.export(), await client.files.logo()];',
      '  const feed: string = await client.files.feed();',
      '  return [files, feed];',
      '}',
    ];
    expect(consumerErrors(out, header, body.join('\n'))).toEqual([]);
  });
});
