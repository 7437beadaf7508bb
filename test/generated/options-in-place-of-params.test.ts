/**
 * A method whose parameters are all optional also takes its request options in their place
 * (`list({ timeout: 5000 })`), as a method without parameters takes them: the spec giving an operation its
 * first optional parameter then changes no call that compiled. Generated from a spec, compiled, and run
 * against a loopback server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { minimalDoc } from '../helpers/spec.js';
import { consumerErrors } from '../helpers/tsc.js';
import { outline } from '../package/helpers/markdown-outline.js';
import { generateAndImport } from '../helpers/tree.js';

const query = (name: string, schema: object = { type: 'string' }) => ({ name, in: 'query', schema });
const ok = { '204': { description: 'none' } };

const SPEC = minimalDoc({
  'x-sdk': { client: { name: 'Zoo' } },
  paths: {
    '/pets': {
      get: { operationId: 'listPets', tags: ['pets'], parameters: [query('limit', { type: 'integer' })], responses: ok },
      post: {
        operationId: 'createPet',
        tags: ['pets'],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } } } },
        responses: ok,
      },
    },
    '/pets/{id}': { get: { operationId: 'getPet', tags: ['pets'], parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, query('expand')], responses: ok } },
    '/pets/{id}/owner': { get: { operationId: 'getOwner', tags: ['pets'], parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: ok } },
    // A parameter named like a request option: `{ query: 'x' }` could be either, so no second reading.
    '/search': { get: { operationId: 'search', tags: ['pets'], parameters: [query('query'), query('page', { type: 'integer' })], responses: ok } },
  },
});

interface Pets {
  listPets(params?: object, options?: object): Promise<unknown>;
  getPet(id: string, params?: object, options?: object): Promise<unknown>;
  search(params?: object, options?: object): Promise<unknown>;
}
let server: ApiServer;
let pets: Pets;
let out: string;

beforeAll(async () => {
  const generated = await generateAndImport<{ Zoo: new (o: object) => { pets: Pets } }>(SPEC, 'options-in-place-');
  out = generated.out;
  server = await startApiServer(() => ({ status: 204 }));
  pets = new generated.module.Zoo({ baseURL: server.url, maxRetries: 0 }).pets;
}, 60_000);

afterAll(() => server?.close());

const last = () => server.requests.at(-1)!;

describe('request options in the place of params', () => {
  it.each<[string, () => Promise<unknown>, string, string | undefined]>([
    ['options alone: their header and query sent, nothing taken for a parameter', () => pets.listPets({ headers: { 'X-Trace': 't1' }, query: { extra: '1' } }), '/pets?extra=1', 't1'],
    ['params as before', () => pets.listPets({ limit: 5 }), '/pets?limit=5', undefined],
    ['params and options', () => pets.listPets({ limit: 5 }, { headers: { 'X-Trace': 't2' } }), '/pets?limit=5', 't2'],
    ['after a path argument', () => pets.getPet('p1', { headers: { 'X-Trace': 't3' } }), '/pets/p1', 't3'],
    ['an empty object, sent as no parameters', () => pets.getPet('p1', {}), '/pets/p1', undefined],
    ['a parameter named like an option stays a parameter', () => pets.search({ query: 'cats' }), '/search?query=cats', undefined],
  ])('%s', async (_name, call, url, trace) => {
    await call();
    expect(last().url).toBe(url);
    expect(last().headers['x-trace']).toBe(trace);
  });

  it('declares the second reading only where every member is optional and none is named like an option', () => {
    const source = readFileSync(join(out, 'src/resources/pets.ts'), 'utf8');
    const signatures = (method: string) => [...source.matchAll(new RegExp(`^ {2}${method}\\(([^)]*)\\)[^{\n]*;$`, 'gm'))].map((m) => m[1]);
    expect(signatures('listPets')).toEqual(['params?: PetsListPetsParams, options?: RequestOptions', 'options?: RequestOptions']);
    expect(signatures('getPet')).toEqual(['id: string, params?: PetsGetPetParams, options?: RequestOptions', 'id: string, options?: RequestOptions']);
    for (const method of ['search', 'createPet', 'getOwner']) expect(signatures(method)).toEqual([]);
  });

  it('says so in the README, with a call of the first such method', () => {
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain('also takes these options in their place (`client.pets.getPet(id, { timeout: 5_000 })`)');
  });

  it('type-checks options or params in that place, and refuses what is neither', () => {
    const header = "import Zoo from './src/index.js';\ndeclare const client: Zoo;";
    const body = [
      'client.pets.listPets({ timeout: 1000, maxRetries: 1 });',
      'client.pets.listPets({ limit: 1 }, { timeout: 1000 });',
      "client.pets.getPet('p', { expand: 'owner' });",
      "client.pets.getPet('p', { signal: AbortSignal.timeout(10) });",
      "client.pets.getOwner('p', { timeout: 1000 });",
      'client.pets.listPets({ bogus: 1 });',
      'client.pets.search({ timeout: 1000 });',
      'client.pets.listPets({ limit: 1, timeout: 1000 });',
    ];
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2769 line 6', 'TS2353 line 7', 'TS2769 line 8']);
  });
});

/**
 * Every ```ts block of the README, each in a function of its own (its imports hoisted and pointed at the
 * package's source), compiled beside the package: tsc's errors, [] when all compile.
 */
function readmeErrors(dir: string, client: string): string[] {
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  const packageName = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name as string;
  const blocks = outline(readme).codeBlocks.filter((b) => b.language === 'ts').map((b) => b.body.split('\n'));
  const imports = new Set(blocks.flat().filter((line) => line.startsWith('import ')).map((line) => line.replace(`'${packageName}'`, "'./src/index.js'")));
  const bodies = blocks.map((lines, i) => `export async function readme${i}() {\n${lines.filter((line) => !line.startsWith('import ')).join('\n')}\n}`);
  // The package compiles without Node's types; the README reads credentials from `process.env`.
  const declared = [`declare const client: ${client};`, 'declare const process: { env: Record<string, string | undefined> };'];
  return consumerErrors(dir, [...imports, ...declared].join('\n'), bodies.join('\n'));
}

describe("the README's examples of per-call options, on the first GET method when the example gives it no arguments", () => {
  const listPets = (parameters: object[]) => minimalDoc({ 'x-sdk': { client: { name: 'Zoo' } }, paths: { '/pets': { get: { operationId: 'listPets', tags: ['pets'], parameters, responses: ok } } } });
  it.each<[string, object[], string]>([
    ['no parameters at all: the options alone', [], 'client.pets.listPets({ timeout: 5_000 })'],
    ['optional parameters that the options may replace: the options alone', [query('limit', { type: 'integer' })], 'client.pets.listPets({ timeout: 5_000 })'],
    ['an optional parameter named like an option: `{}` in the place of params', [query('query')], 'client.pets.listPets({}, { timeout: 5_000 })'],
  ])('%s, and every example compiles', async (_name, parameters, call) => {
    const generated = await generateAndImport(listPets(parameters), 'readme-options-');
    expect(readFileSync(join(generated.out, 'README.md'), 'utf8')).toContain(`const response = await ${call};`);
    expect(readmeErrors(generated.out, 'Zoo')).toEqual([]);
  }, 60_000);
});
