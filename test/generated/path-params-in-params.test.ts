/**
 * `x-sdk.pathParamsInParams: [account_id, zone_id]`: those path parameters go in `params`, as the official
 * Cloudflare SDK takes them (`client.dns.records.get(recordId, { zone_id })`), while the others stay
 * arguments; a parameter's own `x-sdk-positional` still wins. Checked by compiling calls against the
 * generated package and by calls to a loopback server; a name no path parameter has is a located warning.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { consumerErrors, tscErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

const param = (name: string, extra: object = {}) => ({ name, in: 'path', required: true, schema: { type: 'string' }, ...extra });
const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } } } };

const spec = {
  openapi: '3.0.3',
  info: { title: 'Zones', version: '1.0.0' },
  servers: [{ url: 'https://zones.example.com' }],
  'x-sdk': { pathParamsInParams: ['account_id', 'zone_id', 'acount_id'] },
  paths: {
    '/accounts/{account_id}/zones/{zone_id}/records/{record_id}': {
      // Cloudflare's `account_id` is a `$ref` to `identifier: {}`, any value: in params, a string, as an argument would be.
      parameters: [param('account_id', { schema: { $ref: '#/components/schemas/Identifier' } }), param('zone_id'), param('record_id')],
      get: { operationId: 'get', tags: ['records'], responses: ok },
    },
    // The parameter says otherwise: its own setting wins.
    '/zones/{zone_id}/purge': { post: { operationId: 'purge', tags: ['records'], parameters: [param('zone_id', { 'x-sdk-positional': true })], responses: ok } },
  },
  components: { schemas: { Identifier: {} } },
};

type Module = { ZonesClient: new (options: object) => { records: { get(recordId: string, params: object): Promise<unknown>; purge(zoneId: string): Promise<unknown> } } };
let out: string;
let module: Module;
let stderr: string;
let server: ApiServer;

beforeAll(async () => {
  ({ out, module, stderr } = await generateAndImport<Module>(spec, 'path-params-in-params-'));
  server = await startApiServer(() => ({ status: 200, body: '{"id":"r1"}' }));
}, 60_000);

afterAll(() => server?.close());

describe('x-sdk.pathParamsInParams', () => {
  it('takes the listed path parameters in params and keeps the others as arguments', () => {
    const calls = [
      "export const a = client.records.get('r1', { account_id: 'a1', zone_id: 'z1' });",
      "export const b = client.records.get('r1', { account_id: 'a1' });",
      "export const c = client.records.get('a1', 'z1', 'r1');",
      "export const d = client.records.purge('z1');",
      "export const e = client.records.get('r1', { account_id: { id: 'a1' }, zone_id: 'z1' });",
    ];
    expect(consumerErrors(out, "import { ZonesClient } from './src/index.js';\ndeclare const client: ZonesClient;", calls.join('\n'))).toEqual(['TS2345 line 2', 'TS2345 line 3', 'TS2322 line 5']);
    expect(tscErrors(out)).toBe('');
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain("client.records.get('record_id', {\n  account_id: 'account_id',\n  zone_id: 'zone_id',\n});");
  });

  it('fills the path from params and arguments alike', async () => {
    const client = new module.ZonesClient({ baseURL: server.url, maxRetries: 0 });
    await client.records.get('r/1', { account_id: 'a1', zone_id: 'z1' });
    expect(server.requests.at(-1)!.url).toBe('/accounts/a1/zones/z1/records/r%2F1');
    await client.records.purge('z2');
    expect(server.requests.at(-1)!.url).toBe('/zones/z2/purge');
  });

  it('warns, located, of a name no path parameter has', () => {
    expect(stderr).toMatch(/openapi\.yaml:\d+:\d+ warning \[sdk-path-param-unknown\] #\/x-sdk\/pathParamsInParams\/2: no operation has a path parameter named "acount_id"/);
  });
});
