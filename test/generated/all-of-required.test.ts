/**
 * `required` in an `allOf` naming properties another part declares (JSON Schema applies every part to the
 * whole value): the field is required in the generated types, as a model, as a request's parameters and
 * as a response, while the shared model the `$ref` names stays as it is. Checked by compiling calls
 * against the generated package, and by a call to a loopback server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const spec = {
  openapi: '3.0.3',
  info: { title: 'Rules', version: '1.0.0' },
  servers: [{ url: 'https://rules.example.com' }],
  paths: {
    '/rulesets': {
      post: { operationId: 'create', tags: ['rulesets'], requestBody: { required: true, ...json(ref('CreateRulesetRequest')) }, responses: { '200': { description: 'The ruleset.', ...json(ref('CreateRulesetRequest')) } } },
    },
    '/records': {
      post: { operationId: 'createRecord', 'x-sdk-method': 'create', tags: ['records'], requestBody: { required: true, ...json(ref('ARecord')) }, responses: { '200': { description: 'The record.', ...json(ref('ARecord')) } } },
    },
  },
  components: {
    schemas: {
      Ruleset: {
        type: 'object',
        required: ['id'],
        properties: { id: { type: 'string', readOnly: true }, name: { type: 'string', description: 'What the ruleset is called.' }, kind: ref('RulesetKind'), description: { type: 'string' } },
      },
      RulesetKind: { type: 'string', enum: ['root', 'custom'] },
      // The shared model declares `name` and `kind`; the request requires them (and `id`, which the model requires already).
      CreateRulesetRequest: { allOf: [ref('Ruleset'), { required: ['id', 'name', 'kind', 'rules'], properties: { rules: { type: 'array', items: { type: 'string' } } } }] },
      // The holder requires what its inline part declares.
      ARecord: {
        required: ['type', 'name', 'content'],
        allOf: [{ properties: { type: { type: 'string', enum: ['A'] }, name: { type: 'string' }, content: { type: 'string' }, proxied: { type: 'boolean' } } }, ref('RecordBase')],
      },
      RecordBase: { type: 'object', properties: { id: { type: 'string', readOnly: true }, comment: { type: 'string' } } },
      // A $ref'd part requires a name only the inline part declares (Cloudflare's Zaraz config and `tools`).
      ToolsConfig: { allOf: [ref('ToolsConfigBase'), { properties: { tools: { type: 'object', additionalProperties: { type: 'string' } } } }] },
      ToolsConfigBase: { type: 'object', required: ['tools', 'name'], properties: { name: { type: 'string' } } },
    },
  },
};

type Module = { RulesClient: new (options: object) => { rulesets: { create(params: object): Promise<unknown> } } };
let out: string;
let module: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ out, module } = await generateAndImport<Module>(spec, 'all-of-required-'));
  server = await startApiServer((request) => ({ status: 200, body: request.body }));
}, 60_000);

afterAll(() => server?.close());

function compile(body: readonly string[]): string[] {
  const header = "import { RulesClient, type ARecord, type CreateRulesetRequest, type Ruleset, type ToolsConfig } from './src/index.js';\ndeclare const client: RulesClient;";
  return consumerErrors(out, header, body.join('\n'));
}

describe('a name an allOf requires, declared by another part', () => {
  it('must be given in a request, whichever part declares it', () => {
    const calls = [
      "export const a = client.rulesets.create({ name: 'waf', kind: 'root', rules: [] });",
      "export const b = client.records.create({ type: 'A', name: 'www', content: '192.0.2.1' });",
      "export const c = client.rulesets.create({ kind: 'root', rules: [] });",
      "export const d = client.records.create({ type: 'A', name: 'www' });",
    ];
    expect(compile(calls)).toEqual(['TS2345 line 3', 'TS2345 line 4']);
  });

  it('is always there in a response and a model, typed as its declaration says; the shared model keeps it optional', () => {
    const reads = [
      "export const name: Promise<string> = client.rulesets.create({ name: 'waf', kind: 'root', rules: [] }).then((r) => r.name);",
      "export const kind: Promise<'root' | 'custom'> = client.rulesets.create({ name: 'waf', kind: 'root', rules: [] }).then((r) => r.kind);",
      "export const content = (record: ARecord): string => record.content;",
      "export const id = (request: CreateRulesetRequest): string => request.id;",
      "export const optional = (ruleset: Ruleset): string => ruleset.name;",
      "export const kindChecked: CreateRulesetRequest = { id: '1', name: 'waf', kind: 'leaf', rules: [] };",
      'export const tools = (config: ToolsConfig): Record<string, string> => config.tools;',
      "export const toolsMissing: ToolsConfig = { name: 'site' };",
    ];
    expect(compile(reads)).toEqual(['TS2322 line 5', 'TS2322 line 6', 'TS2322 line 8']);
  });

  it('is declared once in the parameters, as its declaration types it', () => {
    const resource = readFileSync(join(out, 'src/resources/rulesets.ts'), 'utf8');
    const params = /export interface RulesetsCreateParams \{[^}]*\}/.exec(resource)?.[0] ?? '';
    expect(params).toMatch(/\n\s+name: string;\n/);
    expect(params).toMatch(/\n\s+kind: RulesetKind;\n/);
  });

  it('is sent in the request body', async () => {
    const client = new module.RulesClient({ baseURL: server.url, maxRetries: 0 });
    const answer = await client.rulesets.create({ name: 'waf', kind: 'root', rules: ['r1'] });
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ name: 'waf', kind: 'root', rules: ['r1'] });
    expect(answer).toEqual({ name: 'waf', kind: 'root', rules: ['r1'] });
  });
});
