/**
 * A request body whose schema only lists the fields it requires (`{required: [name, …]}`, as ten of
 * Cloudflare's Magic, DNS and firewall bodies do) is an object with those fields, of any value,
 * flattened into `params` so the method asks for them, with a located warning; before, it was
 * `body: unknown`. A `required` beside other keywords (an array's misplaced `required`, declared
 * properties) is read as before. So is an object inside a body that only lists its required fields
 * (sendgrid's sender `from: {type: object, required: [email]}`), which was `{ [key: string]: unknown }`:
 * the example call sent `from: {}`, which the spec refuses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { bodySchemaViolations } from '../helpers/body-schema-check.js';
import { runExamples } from '../helpers/run-examples.js';
import { readSpecDocument } from '../helpers/spec-documents.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';
import { wireCheckPackage } from '../helpers/wire-check.js';

const body = (schema: object) => ({ required: true, content: { 'application/json': { schema } } });
const ok = { '200': { description: 'ok' } };
const post = (operationId: string, schema: object) => ({ post: { operationId, tags: ['tunnels'], requestBody: body(schema), responses: ok } });

const spec = {
  openapi: '3.0.3',
  info: { title: 'Tunnels', version: '1.0.0' },
  servers: [{ url: 'https://tunnels.example.com' }],
  paths: {
    '/tunnels': post('create', { description: 'The tunnel.', required: ['name', 'interface_address', 'name'] }),
    '/tunnels/typed': post('createTyped', { type: 'object', required: ['id'] }),
    // sendgrid's sender: an object inside the body that only lists the field it requires.
    '/tunnels/senders': post('createSender', { type: 'object', required: ['from'], properties: { from: { type: 'object', required: ['email'] } } }),
    // Workers KV's bulk write: `required` on the array, meant for its items; not an object.
    '/tunnels/bulk': post('bulk', { type: 'array', items: { type: 'object', properties: { key: { type: 'string' } } }, required: ['key'] }),
  },
};

type Module = { TunnelsClient: new (options: object) => { tunnels: { create(params: object): Promise<unknown> } } };
let specFile: string;
let out: string;
let stderr: string;
let module: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ out, module, stderr, spec: specFile } = await generateAndImport<Module>(spec, 'required-only-'));
  server = await startApiServer(() => ({ status: 200 }));
}, 60_000);

afterAll(() => server?.close());

describe('a body that only lists the fields it requires', () => {
  it('asks for each field, of any value, in params', () => {
    const header = "import { TunnelsClient } from './src/index.js';\ndeclare const client: TunnelsClient;";
    const calls = [
      "export const a = client.tunnels.create({ name: 'gre1', interface_address: '10.0.0.1/31' });",
      "export const b = client.tunnels.create({ name: 'gre1' });",
      "export const c = client.tunnels.createTyped({ id: 7 });",
      "export const d = client.tunnels.bulk({ body: [{ key: 'k' }] });",
      "export const e = client.tunnels.createSender({ from: { email: 'ops@example.com' } });",
      'export const f = client.tunnels.createSender({ from: {} });',
    ];
    expect(consumerErrors(out, header, calls.join('\n'))).toEqual(['TS2345 line 2', 'TS2741 line 6']);
    const resource = readFileSync(join(out, 'src/resources/tunnels.ts'), 'utf8');
    expect(resource).toMatch(/export interface TunnelsCreateParams \{\n {2}interface_address: unknown;\n {2}name: unknown;\n\}/);
  });

  it('warns where the spec lists them, once per body', () => {
    const warnings = [...stderr.matchAll(/openapi\.yaml:(\d+):(\d+) warning \[required-undeclared\] (#\S+): (.*)/g)].map((m) => [m[3], m[4]]);
    expect(warnings).toEqual([
      ['#/paths/~1tunnels/post/requestBody/content/application~1json/schema/required', 'the body requires "name", "interface_address", "name" but declares no properties: each is read as a field that may hold any value'],
      ['#/paths/~1tunnels~1typed/post/requestBody/content/application~1json/schema/required', 'the body requires "id" but declares no properties: each is read as a field that may hold any value'],
      ['#/paths/~1tunnels~1senders/post/requestBody/content/application~1json/schema/properties/from/required', 'the object requires "email" but declares no properties: each is read as a field that may hold any value'],
    ]);
  });

  it('sends the fields as the JSON body, and documents calls the spec accepts', async () => {
    const client = new module.TunnelsClient({ baseURL: server.url, maxRetries: 0 });
    await client.tunnels.create({ name: 'gre1', interface_address: '10.0.0.1/31' });
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ name: 'gre1', interface_address: '10.0.0.1/31' });
    expect(await wireCheckPackage(specFile, out)).toEqual({ run: 4, problems: [] });
    // The bodies the example calls send, as ajv reads the spec (`from: {}` was refused).
    expect(bodySchemaViolations(readSpecDocument(specFile), await runExamples(out))).toEqual([]);
  });
});
