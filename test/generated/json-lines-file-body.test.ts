/**
 * A JSON Lines request body whose schema is a file (`type: string, format: binary`), as Cloudflare's four
 * Vectorize insert and upsert operations write theirs ("ndjson file containing vectors to insert"): the
 * lines are already in the file, so the method takes its bytes (`Uploadable`) and sends them as given,
 * with the spec's media type, rather than a list of strings each sent as a JSON string on its own line;
 * the same where the schema names the file through a `$ref`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { typeCheckExamples } from '../helpers/examples.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

const spec = {
  openapi: '3.0.3',
  info: { title: 'Vectors', version: '1.0.0' },
  servers: [{ url: 'https://vectors.example.com' }],
  paths: {
    '/indexes/{index}/insert': {
      post: {
        operationId: 'insert',
        tags: ['vectors'],
        parameters: [{ name: 'index', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { required: true, content: { 'application/x-ndjson': { schema: { type: 'string', format: 'binary', description: 'ndjson file containing vectors to insert.' } } } },
        responses: { '200': { description: 'Inserted.', content: { 'application/json': { schema: { type: 'object', properties: { count: { type: 'integer' } } } } } } },
      },
    },
    // The same file named through a `$ref`.
    '/indexes/{index}/upsert': {
      post: {
        operationId: 'upsert',
        tags: ['vectors'],
        parameters: [{ name: 'index', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { required: true, content: { 'application/x-ndjson': { schema: { $ref: '#/components/schemas/VectorsFile' } } } },
        responses: { '200': { description: 'Upserted.', content: { 'application/json': { schema: { type: 'object', properties: { count: { type: 'integer' } } } } } } },
      },
    },
  },
  components: { schemas: { VectorsFile: { type: 'string', format: 'binary', description: 'ndjson file containing vectors to upsert.' } } },
};

interface Module { default: new (options: object) => { vectors: Record<'insert' | 'upsert', (index: string, params: { body: unknown }) => Promise<unknown>> } }
let out: string;
let module: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ out, module } = await generateAndImport<Module>(spec, 'json-lines-file-'));
  server = await startApiServer(() => ({ status: 200, body: '{"count":2}' }));
}, 60_000);

afterAll(() => server?.close());

const lines = '{"id":"a","values":[1,2]}\n{"id":"b","values":[3,4]}\n';

describe('a JSON Lines body that is a file', () => {
  it('takes the file as bytes, not a list of strings', () => {
    const header = "import Vectors from './src/index.js';\ndeclare const client: Vectors;";
    const body = [
      `export const a = client.vectors.insert('idx', { body: new Blob([${JSON.stringify(lines)}]) });`,
      `export const b = client.vectors.insert('idx', { body: new TextEncoder().encode(${JSON.stringify(lines)}) });`,
      "export const c = client.vectors.insert('idx', { body: [1, 2] });",
      `export const d = client.vectors.upsert('idx', { body: new Blob([${JSON.stringify(lines)}]) });`,
      "export const e = client.vectors.upsert('idx', { body: [1, 2] });",
    ];
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2322 line 3', 'TS2322 line 5']);
  });

  it("sends the file's bytes as they are, with the spec's media type", async () => {
    const client = new module.default({ baseURL: server.url });
    for (const method of ['insert', 'upsert'] as const) {
      await expect(client.vectors[method]('idx', { body: new Blob([lines]) })).resolves.toEqual({ count: 2 });
      const request = server.requests.at(-1)!;
      expect(request.url).toBe(`/indexes/idx/${method}`);
      expect(request.headers['content-type']).toBe('application/x-ndjson');
      expect(request.body).toBe(lines);
    }
  });

  it('gives the method an example that type-checks', () => {
    expect(typeCheckExamples(out)).toEqual({ count: 2, errors: '' });
  });
});
