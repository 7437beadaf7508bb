/**
 * Names the spec supplies that the generated package already has for itself: a title that makes the
 * runtime's `BaseClient` the client's name. The package must compile and run as any other.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { tscErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

const spec = {
  openapi: '3.0.3',
  // `BaseClient`, the runtime's class the client extends, is what this title makes.
  info: { title: 'Base', version: '1.0.0' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/pets': { get: { operationId: 'listPets', tags: ['pets'], responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } } } },
  },
};

interface Module {
  default: new (options: object) => object;
  BaseClient2: unknown;
  BaseClient2Core: unknown;
}

let out: string;
let module: Module;

beforeAll(async () => {
  ({ out, module } = await generateAndImport<Module>(spec, 'name-clashes-'));
}, 60_000);

describe('a client named from a title the runtime has a name for', () => {
  it('steps aside (BaseClient2), and the package compiles', () => {
    expect(module.default).toBe(module.BaseClient2);
    expect(module.BaseClient2Core).toBeDefined();
    expect(tscErrors(`${out}/tsconfig.json`, ['--noEmit'])).toBe('');
  });
});
