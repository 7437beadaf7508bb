/**
 * A JSON request body that is one of several objects (`oneOf: [A, B]`, or fields beside one:
 * `allOf: [Base, {oneOf: [A, B]}]`): its fields go in `params` beside the parameters, typed
 * `XParams.Parameters & (A | B)`, as the official SDK's `XParams = XParams.A | XParams.B`, rather than in
 * a `body` member. Where that cannot be (a field named like a parameter, a nullable body, a body that is
 * not JSON) the body still travels whole. An optional body whose every branch requires a field asks for
 * one, as an optional object body's required fields are asked for. Checked by compiling
 * calls against the generated package, by calls to a loopback server, and by the wire checks of every
 * example against the spec.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { consumerErrors, tscErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';
import { packageTableChecks } from '../helpers/readme-tables.js';
import { wireCheckPackage } from '../helpers/wire-check.js';

const json = (schema: object, required = true) => ({ required, content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { ok: { type: 'boolean' } } } } } } };
const query = (name: string, required = true, schema: object = { type: 'string' }) => ({ name, in: 'query', required, schema });
const object = (required: string[], properties: Record<string, object>) => ({ type: 'object', required, properties });
const text = { type: 'string' };
const tuning = { temperature: { type: 'number' }, max_tokens: { type: 'integer' } };

const spec = {
  openapi: '3.0.3',
  info: { title: 'Buckets', version: '1.0.0' },
  servers: [{ url: 'https://buckets.example.com' }],
  paths: {
    // Cloudflare's Sippy: the source bucket is on one cloud or the other.
    '/accounts/{account_id}/sippy': {
      put: {
        operationId: 'enable',
        tags: ['sippy'],
        parameters: [{ name: 'account_id', in: 'path', required: true, schema: text }, query('zone'), { name: 'jurisdiction', in: 'header', schema: text }],
        requestBody: json({ oneOf: [ref('Aws'), ref('Gcs')] }),
        responses: ok,
      },
    },
    // Only a positional parameter beside the body: `params` is the body's fields alone.
    '/mirrors/{bucket_name}': { put: { operationId: 'mirror', tags: ['sippy'], parameters: [{ name: 'bucket_name', in: 'path', required: true, schema: text }], requestBody: json({ oneOf: [ref('Aws'), ref('Gcs')] }), responses: ok } },
    // An optional body with a branch that requires nothing: `params` may be left out.
    '/run': { post: { operationId: 'run', tags: ['models'], requestBody: json({ oneOf: [object(['prompt'], { prompt: text, raw: { type: 'boolean' } }), object([], { messages: { type: 'array', items: text }, options: ref('Variant1') })] }, false), responses: ok } },
    // An optional body whose every branch requires a field (Cloudflare's Workers AI runs): one set is asked for.
    '/generate': { post: { operationId: 'generate', tags: ['models'], requestBody: json({ oneOf: [object(['prompt'], { prompt: text, ...tuning }), object(['messages'], { messages: { type: 'array', items: text }, ...tuning })] }, false), responses: ok } },
    // Fields beside the branches, and a query parameter.
    '/rules/{id}': {
      patch: {
        operationId: 'update',
        tags: ['rules'],
        parameters: [{ name: 'id', in: 'path', required: true, schema: text }, query('filter', false, ref('Parameters'))],
        requestBody: json({ allOf: [object([], { enabled: { type: 'boolean' } }), { oneOf: [object(['before'], { before: text }), object(['after'], { after: text })] }] }),
        responses: ok,
      },
    },
    // A field named like a parameter: one object could not hold both.
    '/copies': { post: { operationId: 'copy', tags: ['copies'], parameters: [query('bucket')], requestBody: json({ oneOf: [ref('Aws'), ref('Gcs')] }), responses: ok } },
    '/nullable': { post: { operationId: 'maybe', tags: ['copies'], requestBody: json({ nullable: true, oneOf: [ref('Aws'), ref('Gcs')] }), responses: ok } },
    '/uploads': {
      post: {
        operationId: 'upload',
        tags: ['copies'],
        requestBody: { required: true, content: { 'multipart/form-data': { schema: { oneOf: [object(['name'], { name: text }), object(['id'], { id: text })] } } } },
        responses: ok,
      },
    },
  },
  components: {
    schemas: {
      Aws: object(['provider', 'bucket'], { provider: { type: 'string', enum: ['aws'] }, bucket: { type: 'string', description: 'The bucket to copy from.' }, region: text }),
      Gcs: object(['provider', 'bucket', 'private_key'], { provider: { type: 'string', enum: ['gcs'] }, bucket: text, private_key: text }),
      // A model named like the parameters' interface, which the type's namespace must not shadow.
      Parameters: object([], { name: text }),
      Variant1: object([], { temperature: { type: 'number' } }),
    },
  },
};

type Client = {
  sippy: { enable(accountId: string, params: object): Promise<unknown> };
  models: { run(params?: object): Promise<unknown>; generate(params: object): Promise<unknown> };
  rules: { update(id: string, params: object): Promise<unknown> };
};
type Module = { BucketsClient: new (options: object) => Client };
let specFile: string;
let out: string;
let module: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ out, module, spec: specFile } = await generateAndImport<Module>(spec, 'body-choice-'));
  server = await startApiServer(() => ({ status: 200, body: '{"ok":true}' }));
}, 60_000);

afterAll(() => server?.close());

function compile(body: readonly string[]): string[] {
  return consumerErrors(out, "import { BucketsClient } from './src/index.js';\ndeclare const client: BucketsClient;", body.join('\n'));
}

const resource = (name: string) => readFileSync(join(out, `src/resources/${name}.ts`), 'utf8');

describe('a body that is one of several objects', () => {
  it('takes one set of fields in params, beside the parameters', () => {
    const calls = [
      "export const a = client.sippy.enable('acc', { zone: 'z', provider: 'aws', bucket: 'b' });",
      "export const b = client.sippy.enable('acc', { zone: 'z', provider: 'gcs', bucket: 'b', private_key: 'k' });",
      "export const c = client.sippy.enable('acc', { zone: 'z', provider: 'gcs', bucket: 'b' });",
      "export const d = client.sippy.enable('acc', { provider: 'aws', bucket: 'b' });",
      "export const e = client.sippy.enable('acc', { zone: 'z', body: { provider: 'aws', bucket: 'b' } });",
      "export const f = client.rules.update('r', { before: 'x', enabled: true, filter: { name: 'n' } });",
      "export const g = client.rules.update('r', { enabled: true });",
      "export const h = client.rules.update('r');",
    ];
    expect(compile(calls)).toEqual(['TS2345 line 3', 'TS2345 line 4', 'TS2353 line 5', 'TS2345 line 7', 'TS2554 line 8']);
    expect(tscErrors(out)).toBe('');
  });

  it('declares the parameters in the type’s namespace, not shadowing a model of the same name', () => {
    expect(resource('sippy')).toContain('export type SippyEnableParams = SippyEnableParams.Parameters & (Aws | Gcs);');
    expect(resource('sippy')).toMatch(/export namespace SippyEnableParams \{\n {2}\/\*\* The parameters of `sippy\.enable`\. \*\/\n {2}export interface Parameters \{\n[^}]*\/\*\* Query param \*\/\n {4}zone: string;/);
    expect(resource('rules')).toMatch(/export type RulesUpdateParams = RulesUpdateParams\.Parameters2 & \{ enabled\?: boolean \} & \(\s*\{ before: string \} \| \{ after: string \}\s*\);/);
    expect(resource('rules')).toContain('filter?: Parameters;');
    // A branch written inline is an interface of the namespace, where its fields keep their docs.
    expect(resource('models')).toContain('export type ModelsRunParams = ModelsRunParams.Variant0 | ModelsRunParams.Variant12;');
    expect(resource('models')).toMatch(/export interface Variant0 \{\n {4}prompt: string;/);
    expect(resource('models')).toContain('options?: Variant1;');
  });

  it('sends the parameters where they go and the rest of params as the JSON body', async () => {
    const client = new module.BucketsClient({ baseURL: server.url, maxRetries: 0 });
    await client.sippy.enable('acc', { zone: 'z', jurisdiction: 'eu', provider: 'aws', bucket: 'b' });
    const sent = server.requests.at(-1)!;
    expect(sent.url).toBe('/accounts/acc/sippy?zone=z');
    expect(sent.headers['jurisdiction']).toBe('eu');
    expect(JSON.parse(sent.body)).toEqual({ provider: 'aws', bucket: 'b' });
    await client.rules.update('r', { filter: { name: 'n' }, enabled: false, after: 'a' });
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ enabled: false, after: 'a' });
  });

  it('may be left out when optional and a branch requires nothing; else asks for one set', async () => {
    const calls = [
      'export const a = client.models.run();',
      "export const b = client.models.run({ prompt: 'p' });",
      'export const e = client.models.run({ options: { temperature: 1 } });',
      "export const c = client.models.generate({ prompt: 'p' });",
      "export const f = client.models.generate({ messages: ['m'] });",
      'export const d = client.models.generate();',
      'export const g = client.models.generate({});',
      "export const h = client.models.generate({ body: { prompt: 'p' } });",
    ];
    expect(compile(calls)).toEqual(['TS2554 line 6', 'TS2345 line 7', 'TS2353 line 8']);
    expect(resource('models')).toMatch(/export type ModelsGenerateParams =\s*\|?\s*ModelsGenerateParams\.Variant0\s*\|\s*ModelsGenerateParams\.Variant1;/);
    const client = new module.BucketsClient({ baseURL: server.url, maxRetries: 0 });
    await client.models.run();
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({});
    await client.models.generate({ messages: ['m'] });
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ messages: ['m'] });
  });

  it('travels whole when a field is named like a parameter, when the body may be null, and when it is not JSON', () => {
    const copies = resource('copies');
    expect(copies).toMatch(/export interface CopiesCopyParams \{[^}]*\n {2}body: Aws \| Gcs;/);
    expect(copies).toMatch(/export interface CopiesMaybeParams \{\n {2}body: Aws \| Gcs \| null;/);
    expect(copies).toMatch(/export interface CopiesUploadParams \{\n {2}body:/);
  });

  it('says in the README where the fields go and what the sets are', () => {
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toMatch(/\| `zone` +\| query[^\n]*\n\nThe body's fields go in `params` too: the body is `Aws \| Gcs`\./);
    expect(readme).toMatch(/\| `bucketName` \| path[^\n]*\n\nThe body's fields go in `params`: the body is `Aws \| Gcs`\./);
    expect(readme).toContain("The body's fields go in `params`, those of one of: `{ prompt: string; raw?: boolean }`; or `{ messages?: Array<string>; options?: Variant1 }`. See `ModelsRunParams`.");
    expect(readme).toContain("The body's fields go in `params` too: the body is one of several sets of fields, as `RulesUpdateParams` declares them.");
    // Sets too long to write out are listed by their fields, those each requires said.
    expect(readme).toContain("The body's fields go in `params`, those of one of: the fields `prompt` (required), `max_tokens`, `temperature`; or the fields `messages` (required), `max_tokens`, `temperature`. See `ModelsGenerateParams`.");
    // Each row of each table says what the declarations do: the parameters, beside the body's sets.
    const checks = packageTableChecks(out);
    expect(checks.text).toContain('export const k6: ["jurisdiction" | "zone"] extends [keyof SippyEnableParams] ? true : false = true;');
    writeFileSync(join(out, 'src/readme-tables.check.ts'), checks.text);
    expect(tscErrors(out)).toBe('');
    rmSync(join(out, 'src/readme-tables.check.ts'));
  });

  it('documents calls that send what the spec asks, with the first set and with every field of it', async () => {
    for (const everyParameter of [false, true]) {
      const check = await wireCheckPackage(specFile, out, everyParameter);
      expect(check.run).toBe(8);
      expect(check.problems).toEqual([]);
    }
    expect(resource('sippy')).toMatch(/client\.sippy\.enable\('account_id', \{\n\s*\* {3}zone: 'zone',\n\s*\* {3}bucket: 'bucket',\n\s*\* {3}provider: 'aws',\n\s*\* \}\)/);
  }, 120_000);
});
