/**
 * Names the spec supplies that the generated package already has for itself: a title that makes the
 * runtime's `BaseClient` the client's name; security schemes named like the client's `environment` option
 * (the spec lists two servers) or like members every object inherits. The package must compile and run
 * as any other, each credential under an option of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { tscErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

const spec = {
  openapi: '3.0.3',
  // `BaseClient`, the runtime's class the client extends, is what this title makes.
  info: { title: 'Base', version: '1.0.0' },
  servers: [{ url: 'https://api.example.com' }, { url: 'https://sandbox.example.com', description: 'Sandbox' }],
  security: [{ constructor: [], environment: [], ['__proto__']: [] }],
  components: {
    securitySchemes: {
      constructor: { type: 'http', scheme: 'bearer' },
      environment: { type: 'apiKey', in: 'query', name: 'env' },
      ['__proto__']: { type: 'apiKey', in: 'header', name: 'X-Proto' },
    },
  },
  paths: {
    '/pets': { get: { operationId: 'listPets', tags: ['pets'], responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } } } },
  },
};

interface Client { pets: { listPets(): Promise<unknown> } }
interface Module {
  default: new (options: object) => Client;
  BaseClient2: unknown;
  BaseClient2Core: unknown;
}

let out: string;
let module: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ out, module } = await generateAndImport<Module>(spec, 'name-clashes-'));
  server = await startApiServer(() => ({ status: 200, body: '{}' }));
}, 60_000);

afterAll(() => server.close());

describe('names the package already has', () => {
  it('are left to it: the client is BaseClient2, and the package compiles', () => {
    expect(module.default).toBe(module.BaseClient2);
    expect(module.BaseClient2Core).toBeDefined();
    expect(tscErrors(`${out}/tsconfig.json`, ['--noEmit'])).toBe('');
  });

  it('send each credential from an option of its own, none read from what every object inherits', async () => {
    const options = { baseURL: server.url, environment: 'sandbox', constructorCredential: 'c', environmentCredential: 'e', proto: 'p' };
    await new module.default(options).pets.listPets();
    const [sent] = server.requests.slice(-1);
    expect(sent).toMatchObject({ url: '/pets?env=e', headers: { authorization: 'Bearer c', 'x-proto': 'p' } });
  });
});
