/**
 * A field a request body's own schema lists, referring to a `readOnly` model (Cloudflare's `paused:
 * {$ref: zones_paused}` on `PATCH /zones/{zone_id}`, `tunnel_id` when creating a tunnel route): the
 * author listed it for this request, so the method takes it and sends it, as the official SDK does, at
 * any depth of the body's own schema. A field marked `readOnly` itself, and a readOnly field of a model
 * the body refers to, stay out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { typeCheckExamples } from '../helpers/examples.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ok = { '200': { description: 'The zone.', ...json(ref('Zone')) } };

// Nested inline objects of the body's own schema: in a field and in a list.
const settings = {
  type: 'object',
  properties: {
    paused: ref('Paused'),
    status: { type: 'string', readOnly: true },
    routes: { type: 'array', items: { type: 'object', properties: { tunnel_id: ref('TunnelId'), created_on: { type: 'string', readOnly: true } } } },
  },
};

const spec = {
  openapi: '3.0.3',
  info: { title: 'Zones', version: '1.0.0' },
  servers: [{ url: 'https://zones.example.com' }],
  paths: {
    '/zones/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      patch: {
        operationId: 'edit',
        tags: ['zones'],
        requestBody: { required: true, ...json({ type: 'object', required: ['tunnel_id'], properties: { paused: ref('Paused'), tunnel_id: ref('TunnelId'), status: { type: 'string', readOnly: true }, settings } }) },
        responses: ok,
      },
      put: { operationId: 'replace', tags: ['zones'], requestBody: { required: true, ...json(ref('Zone')) }, responses: ok },
    },
  },
  components: {
    schemas: {
      Paused: { type: 'boolean', readOnly: true, description: 'Whether the zone only uses DNS.' },
      TunnelId: { type: 'string', readOnly: true, example: 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415' },
      Zone: { type: 'object', properties: { name: { type: 'string' }, paused: ref('Paused') } },
    },
  },
};

interface Module { default: new (options: object) => { zones: { edit(id: string, params: object): Promise<unknown> } } }
let out: string;
let module: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ out, module } = await generateAndImport<Module>(spec, 'read-only-refs-'));
  server = await startApiServer(() => ({ status: 200, body: '{"name":"example.com","paused":true}' }));
}, 60_000);

afterAll(() => server?.close());

describe('a request body field that refers to a readOnly model', () => {
  it('is taken where the body lists it itself; a field readOnly itself, or one of a model, is not', () => {
    const header = "import Zones from './src/index.js';\ndeclare const client: Zones;";
    const body = [
      "export const a = client.zones.edit('z', { paused: true, tunnel_id: 't' });",
      "export const b = client.zones.edit('z', { paused: true });",
      "export const c = client.zones.edit('z', { tunnel_id: 't', status: 'active' });",
      "export const d = client.zones.replace('z', { name: 'example.com' });",
      "export const e = client.zones.replace('z', { paused: true });",
      "export const f = client.zones.edit('z', { tunnel_id: 't', settings: { paused: true, routes: [{ tunnel_id: 't' }] } });",
      "export const g = client.zones.edit('z', { tunnel_id: 't', settings: { status: 'active' } });",
      "export const h = client.zones.edit('z', { tunnel_id: 't', settings: { routes: [{ created_on: 'now' }] } });",
    ];
    // b: the required tunnel_id is missing; c, g, h: status and created_on are the server's; e: the model's paused is the server's.
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2345 line 2', 'TS2353 line 3', 'TS2769 line 5', 'TS2353 line 7', 'TS2353 line 8']);
  });

  it('sends it', async () => {
    const client = new module.default({ baseURL: server.url });
    const settings = { paused: false, routes: [{ tunnel_id: 'u' }] };
    await client.zones.edit('z', { paused: true, tunnel_id: 't', settings });
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ paused: true, tunnel_id: 't', settings });
  });

  it('gives the methods examples that type-check', () => {
    expect(typeCheckExamples(out)).toEqual({ count: 2, errors: '' });
  });
});
