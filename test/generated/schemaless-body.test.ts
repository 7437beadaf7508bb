/**
 * A required JSON body the spec gives no schema (`content: {application/json: {}}`, as 134 of Cloudflare's
 * request bodies write it, 102 of them DELETEs) is any value: the caller may leave it out and `{}` goes, as for a body that
 * may be any object; a value given is sent as it is, `null` included. A body of another media type keeps
 * asking for its value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const ok = { '200': { description: 'ok' } };

const spec = {
  openapi: '3.0.3',
  info: { title: 'Balancers', version: '1.0.0' },
  servers: [{ url: 'https://lb.example.com' }],
  paths: {
    '/balancers/{id}': { delete: { operationId: 'remove', tags: ['balancers'], parameters: [id], requestBody: { required: true, content: { 'application/json': {} } }, responses: ok } },
    '/balancers/{id}/logo': { put: { operationId: 'upload', tags: ['balancers'], parameters: [id], requestBody: { required: true, content: { 'multipart/form-data': {} } }, responses: ok } },
  },
};

type Module = { BalancersClient: new (options: object) => { balancers: { remove(id: string, params?: object): Promise<unknown> } } };
let out: string;
let module: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ out, module } = await generateAndImport<Module>(spec, 'schemaless-body-'));
  server = await startApiServer(() => ({ status: 200 }));
}, 60_000);

afterAll(() => server?.close());

describe('a required JSON body without a schema', () => {
  it('may be left out; a multipart one may not', () => {
    const header = "import { BalancersClient } from './src/index.js';\ndeclare const client: BalancersClient;";
    const calls = ["export const a = client.balancers.remove('lb1');", "export const b = client.balancers.remove('lb1', { body: { force: true } });", "export const c = client.balancers.upload('lb1');"];
    expect(consumerErrors(out, header, calls.join('\n'))).toEqual(['TS2554 line 3']);
  });

  it('sends {} when left out, and what is given otherwise', async () => {
    const client = new module.BalancersClient({ baseURL: server.url, maxRetries: 0 });
    const sent: unknown[] = [];
    for (const params of [undefined, { body: { force: true } }, { body: null }]) {
      await client.balancers.remove('lb1', params);
      const request = server.requests.at(-1)!;
      expect(request.headers['content-type']).toBe('application/json');
      sent.push(JSON.parse(request.body));
    }
    expect(sent).toEqual([{}, { force: true }, null]);
  });
});
