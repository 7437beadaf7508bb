/**
 * `x-sdk.client.unwrap: result`: a method whose JSON success body declares `result` (Cloudflare's
 * `{ success, errors, messages, result }` envelope) resolves to it, as the official SDK's methods do,
 * typed as the field (`| undefined` when the body may lack it, `| null` when a 204 may come instead).
 * Pages, bodies that do not declare the field, non-JSON bodies and operations marked `x-sdk-unwrap: false`
 * stay whole. Checked by compiling calls against the generated package and by calls to a loopback server.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { consumerErrors, tscErrors } from '../helpers/tsc.js';
import { generateAndImport, run, scratchDir } from '../helpers/tree.js';
import { stringify } from 'yaml';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description = 'ok') => ({ description, content: { 'application/json': { schema } } });
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const envelope = (result: object, required: string[] = []) => ({ allOf: [ref('Common'), { type: 'object', required, properties: { result } }] });

const spec = {
  openapi: '3.0.3',
  info: { title: 'Zones', version: '1.0.0' },
  servers: [{ url: 'https://zones.example.com' }],
  'x-sdk': { client: { unwrap: 'result' }, pagination: [{ style: 'page', items: 'result' }] },
  paths: {
    '/zones/{id}': {
      get: { operationId: 'get', tags: ['zones'], parameters: [id], responses: { '200': json(envelope(ref('Zone'), ['result'])) } },
      // `result` optional, and a 204 beside the 200.
      delete: { operationId: 'delete', tags: ['zones'], parameters: [id], responses: { '200': json(envelope({ type: 'object', properties: { id: { type: 'string' } } })), '204': { description: 'gone' } } },
    },
    '/zones': { get: { operationId: 'list', tags: ['zones'], parameters: [{ name: 'page', in: 'query', schema: { type: 'integer' } }], responses: { '200': json(envelope({ type: 'array', items: ref('Zone') }, ['result'])) } } },
    '/zones/{id}/raw': { get: { operationId: 'whole', tags: ['zones'], 'x-sdk-unwrap': false, parameters: [id], responses: { '200': json(envelope(ref('Zone'), ['result'])) } } },
    '/zones/{id}/plain': { get: { operationId: 'plain', tags: ['zones'], parameters: [id], responses: { '200': json({ type: 'object', required: ['name'], properties: { name: { type: 'string' } } }) } } },
    '/zones/{id}/export': { get: { operationId: 'export', tags: ['zones'], parameters: [id], responses: { '200': { description: 'zone file', content: { 'text/plain': { schema: { type: 'string' } } } } } } },
  },
  components: {
    schemas: {
      Common: { type: 'object', required: ['success'], properties: { success: { type: 'boolean' }, errors: { type: 'array', items: { type: 'object' } } } },
      Zone: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' } } },
    },
  },
};

interface Zone {
  id: string;
  name: string;
}
type Call<T> = Promise<T> & { withResponse(): Promise<{ data: T; response: Response }>; asResponse(): Promise<Response> };
type Module = {
  ZonesClient: new (options: object) => {
    zones: {
      get(id: string): Call<Zone>;
      delete(id: string): Call<{ id?: string } | undefined | null>;
      list(): Promise<{ result: Zone[] }>;
      whole(id: string): Promise<{ success: boolean; result: Zone }>;
      plain(id: string): Promise<{ name: string }>;
      export(id: string): Promise<string>;
    };
  };
};

const zone = { id: 'z1', name: 'example.com' };
const replies: Record<string, { status: number; body?: string; headers?: Record<string, string> }> = {
  'GET /zones/z1': { status: 200, body: JSON.stringify({ success: true, errors: [], result: zone }) },
  'DELETE /zones/z1': { status: 200, body: JSON.stringify({ success: true, errors: [] }) },
  'DELETE /zones/z2': { status: 204 },
  'GET /zones': { status: 200, body: JSON.stringify({ success: true, result: [zone] }) },
  'GET /zones/z1/raw': { status: 200, body: JSON.stringify({ success: true, result: zone }) },
  'GET /zones/z1/plain': { status: 200, body: JSON.stringify({ name: 'n', result: 'not this' }) },
  'GET /zones/z1/export': { status: 200, body: 'result', headers: { 'content-type': 'text/plain' } },
};

let out: string;
let module: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ out, module } = await generateAndImport<Module>(spec, 'unwrap-'));
  server = await startApiServer((request) => replies[`${request.method} ${request.url.replace(/\?.*/, '')}`] ?? { status: 404 });
}, 60_000);

afterAll(() => server?.close());

function compile(body: readonly string[]): string[] {
  return consumerErrors(out, "import { ZonesClient, type Zone } from './src/index.js';\ndeclare const client: ZonesClient;", body.join('\n'));
}

describe('x-sdk.client.unwrap', () => {
  it('types each method as the field, or the whole body where it stays whole', () => {
    const calls = [
      "export const a: Zone = await client.zones.get('z1');",
      "export const b: { id?: string } | undefined | null = await client.zones.delete('z1');",
      "export const c: { id?: string } = await client.zones.delete('z1');",
      'export const d: Array<Zone> = (await client.zones.list()).result;',
      "export const e: Zone = (await client.zones.whole('z1')).result;",
      "export const f: string = (await client.zones.plain('z1')).name;",
      "export const g: string = await client.zones.export('z1');",
      "export const h: boolean = (await client.zones.get('z1')).success;",
    ];
    expect(compile(calls)).toEqual(['TS2322 line 3', 'TS2339 line 8']);
    expect(tscErrors(out)).toBe('');
  });

  it('resolves to the field; the whole body stays one asResponse() away', async () => {
    const client = new module.ZonesClient({ baseURL: server.url, maxRetries: 0 });
    expect(await client.zones.get('z1')).toEqual(zone);
    const { data, response } = await client.zones.get('z1').withResponse();
    expect(data).toEqual(zone);
    expect(response.status).toBe(200);
    expect(await (await client.zones.get('z1').asResponse()).json()).toEqual({ success: true, errors: [], result: zone });
    expect(await client.zones.delete('z1')).toBeUndefined();
    expect(await client.zones.delete('z2')).toBeNull();
  });

  it('keeps pages, bodies without the field, text and operations marked x-sdk-unwrap: false whole', async () => {
    const client = new module.ZonesClient({ baseURL: server.url, maxRetries: 0 });
    expect((await client.zones.list()).result).toEqual([zone]);
    expect(await client.zones.whole('z1')).toEqual({ success: true, result: zone });
    expect(await client.zones.plain('z1')).toEqual({ name: 'n', result: 'not this' });
    expect(await client.zones.export('z1')).toBe('result');
  });

  it('says so in the method docs and the README', () => {
    const resource = readFileSync(join(out, 'src/resources/zones.ts'), 'utf8');
    expect(resource).toContain('Resolves to the `result` of the response body; `.asResponse()` gives the whole response.');
    expect(resource).toMatch(/export interface ZonesDeleteResponse \{\n {2}id\?: string;\n\}/);
    expect(resource).toContain('export type ZonesGetResponse = Zone;');
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toContain('Resolves to `ZonesGetResponse`, the `result` of the response body (`.asResponse()` gives the whole response).');
    expect(readme).toContain('Resolves to `ZonesDeleteResponse | undefined | null`, the `result` of the response body');
    expect(readme).toMatch(/## Raw responses\n[^#]*A method whose response body has a `result` field resolves to that field alone/);
  });

  it('writes a field name that could break out of a comment, a string or Markdown as data only', async () => {
    const field = 'r*/`\u2028\'"${x}\\';
    const doc = {
      openapi: '3.0.3',
      info: { title: 'Hostile', version: '1.0.0' },
      'x-sdk': { client: { unwrap: field } },
      paths: { '/a': { get: { operationId: 'get', tags: ['a'], responses: { '200': json({ type: 'object', required: [field], properties: { [field]: { type: 'string' } } }) } } } },
    };
    const generated = await generateAndImport<{ HostileClient: new (options: object) => { a: { get(): Promise<unknown> } } }>(doc, 'unwrap-hostile-');
    expect(tscErrors(generated.out)).toBe('');
    const hostile = await startApiServer(() => ({ status: 200, body: JSON.stringify({ [field]: 'value', other: 1 }) }));
    try {
      expect(await new generated.module.HostileClient({ baseURL: hostile.url, maxRetries: 0 }).a.get()).toBe('value');
    } finally {
      await hostile.close();
    }
  });

  it('warns, located, when no response declares the field, and refuses a value that is not a string', async () => {
    const dir = scratchDir('unwrap-slip-');
    const write = (unwrap: unknown) => {
      const file = join(dir, 'openapi.yaml');
      writeFileSync(file, stringify({ ...spec, 'x-sdk': { client: { unwrap } } }));
      return file;
    };
    const slip = await run('generate', '--spec', write('resutl'), '--out', join(dir, 'a'));
    expect(slip.code).toBe(0);
    expect(slip.stderr).toMatch(/openapi\.yaml:\d+:\d+ warning \[sdk-unwrap-undeclared\] #\/x-sdk\/client\/unwrap: no JSON success response of an operation declares the field "resutl"/);
    const wrong = await run('generate', '--spec', write(true), '--out', join(dir, 'b'));
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/#\/x-sdk\/client\/unwrap/);
  });
  describe('x-sdk.client.unwrapRequired', () => {
    let required: string;

    beforeAll(async () => {
      ({ out: required } = await generateAndImport<Module>({ ...spec, 'x-sdk': { ...spec['x-sdk'], client: { unwrap: 'result', unwrapRequired: true } } }, 'unwrap-required-'));
    }, 60_000);

    it('types the field as always sent: no `| undefined`, though the schema leaves it optional; a 204 still gives null', () => {
      const calls = [
        "export const a: { id?: string } | null = await client.zones.delete('z1');",
        "export const b: { id?: string } = await client.zones.delete('z1');",
        "export const c: Zone = await client.zones.get('z1');",
      ];
      const errors = consumerErrors(required, "import { ZonesClient, type Zone } from './src/index.js';\ndeclare const client: ZonesClient;", calls.join('\n'));
      expect(errors).toEqual(['TS2322 line 2']);
      expect(tscErrors(required)).toBe('');
      const readme = readFileSync(join(required, 'README.md'), 'utf8');
      expect(readme).toContain('Resolves to `ZonesDeleteResponse | null`, the `result` of the response body');
    });

    it('warns, located, when no field is unwrapped, and refuses a value that is not a boolean', async () => {
      const dir = scratchDir('unwrap-required-');
      const write = (client: object) => {
        const file = join(dir, 'openapi.yaml');
        writeFileSync(file, stringify({ ...spec, 'x-sdk': { client } }));
        return file;
      };
      const alone = await run('generate', '--spec', write({ unwrapRequired: true }), '--out', join(dir, 'a'));
      expect(alone.code).toBe(0);
      expect(alone.stderr).toMatch(/openapi\.yaml:\d+:\d+ warning \[sdk-unwrap-required-alone\] #\/x-sdk\/client\/unwrapRequired: .*names no field/);
      const wrong = await run('generate', '--spec', write({ unwrap: 'result', unwrapRequired: 'yes' }), '--out', join(dir, 'b'));
      expect(wrong.code).not.toBe(0);
      expect(wrong.stderr).toMatch(/#\/x-sdk\/client\/unwrapRequired: x-sdk\.client\.unwrapRequired must be a boolean/);
    });
  });
});
