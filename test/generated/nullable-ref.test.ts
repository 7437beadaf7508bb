/**
 * `nullable: true` beside a `$ref` (3.0 ignores keywords there, yet Twilio's specs and 43 other APIs.guru
 * specs write it for fields the server sends as null), and Swagger 2.0's `x-nullable` beside one: the
 * field is typed `Model | null`, so reading it without a check does not compile, and the null a loopback
 * server sends arrives as null. A `$ref` without it stays non-nullable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

const ref = (name: string, extra: object = {}) => ({ $ref: `#/components/schemas/${name}`, ...extra });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });

const openapi = {
  openapi: '3.0.3',
  info: { title: 'Calls', version: '1.0.0' },
  servers: [{ url: 'https://calls.example.com' }],
  paths: {
    '/calls': {
      post: { operationId: 'create', tags: ['calls'], requestBody: { required: true, ...json(ref('CallCreate')) }, responses: { '200': { description: 'The call.', ...json(ref('Call')) } } },
    },
  },
  components: {
    schemas: {
      Call: { type: 'object', required: ['sid', 'status', 'owner'], properties: { sid: { type: 'string' }, status: ref('CallStatus', { nullable: true }), owner: ref('Owner', { nullable: true }), queue: ref('Owner') } },
      CallCreate: { type: 'object', required: ['to'], properties: { to: { type: 'string' }, status: ref('CallStatus', { nullable: true }) } },
      CallStatus: { type: 'string', enum: ['queued', 'ringing'] },
      Owner: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
    },
  },
};

const swagger = {
  swagger: '2.0',
  info: { title: 'Calls', version: '1.0.0' },
  host: 'calls.example.com',
  schemes: ['https'],
  paths: { '/calls/{sid}': { get: { operationId: 'get', tags: ['calls'], parameters: [{ name: 'sid', in: 'path', required: true, type: 'string' }], responses: { '200': { description: 'The call.', schema: { $ref: '#/definitions/Call' } } } } } },
  definitions: {
    Call: { type: 'object', required: ['owner', 'queue'], properties: { owner: { $ref: '#/definitions/Owner', 'x-nullable': true }, queue: { $ref: '#/definitions/Owner' } } },
    Owner: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
  },
};

type Module = { CallsClient: new (options: object) => { calls: { create(params: object): Promise<Record<string, unknown>> } } };
let out: string;
let swaggerOut: string;
let module: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ out, module } = await generateAndImport<Module>(openapi, 'nullable-ref-'));
  ({ out: swaggerOut } = await generateAndImport<unknown>(swagger, 'nullable-ref-swagger-'));
  server = await startApiServer((request) => ({ status: 200, body: JSON.stringify({ sid: 'CA1', status: null, owner: null, echoed: JSON.parse(request.body) }) }));
}, 60_000);

afterAll(() => server?.close());

describe('nullable beside a $ref', () => {
  it('types the field as the model or null, in responses and requests', () => {
    const header = "import type { Call } from './src/index.js';\nimport { CallsClient } from './src/index.js';\ndeclare const client: CallsClient;";
    const body = [
      'export const a = (call: Call): string => call.owner.name;',
      'export const b = (call: Call): string | undefined => call.owner?.name;',
      "export const c = (call: Call): 'queued' | 'ringing' | null => call.status;",
      'export const d = (call: Call): string | undefined => call.queue?.name;',
      "export const e = client.calls.create({ to: '+15550100', status: null });",
      'export const f = (call: Call): Call => ({ ...call, queue: null });',
    ];
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS18047 line 1', 'TS2322 line 6']);
  });

  it("reads Swagger 2.0's x-nullable beside a $ref the same way", () => {
    const header = "import type { Call } from './src/index.js';";
    const body = ['export const a = (call: Call): string => call.owner.name;', 'export const b = (call: Call): string => call.queue.name;'];
    expect(consumerErrors(swaggerOut, header, body.join('\n'))).toEqual(['TS18047 line 1']);
  });

  it('sends a null given and returns the nulls the server sends', async () => {
    const client = new module.CallsClient({ baseURL: server.url, maxRetries: 0 });
    const call = await client.calls.create({ to: '+15550100', status: null });
    expect(call).toEqual({ sid: 'CA1', status: null, owner: null, echoed: { to: '+15550100', status: null } });
  });
});
