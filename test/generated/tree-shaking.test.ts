/**
 * The core client (`<Client>Core`, the client without its resources): a resource built on it works as
 * through the client, and a browser bundle of it holds that resource only. A three-resource API is
 * generated, built as a package (`dist/browser`, `sideEffects: false`) and bundled by esbuild and by
 * Rolldown (Vite's bundler) the way
 * the README's `Tree shaking` section shows; the same call through the full client is bundled beside it,
 * so the test can tell the difference.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { rolldown } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGenerated } from '../../generator/build/build.js';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { generateAndImport } from '../helpers/tree.js';

const get = (tag: string, path: string) => ({ [path]: { get: { operationId: `list${tag}`, tags: [tag.toLowerCase()], responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } } } } } } });
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Shop', version: '1.0.0' },
  'x-sdk': { package: { name: 'shop-api', version: '1.0.0' }, client: { name: 'Shop' } },
  servers: [{ url: 'https://shop.example.test' }],
  security: [{ key: [] }],
  components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Shop-Key' } } },
  paths: { ...get('Pets', '/pets-only-path'), ...get('Stores', '/stores-only-path'), ...get('Users', '/users-only-path') },
};

type Resource = { listPets(): Promise<unknown> };
type Module = Record<string, new (arg: unknown) => Resource>;

let out: string;
let server: ApiServer;
beforeAll(async () => {
  ({ out } = await generateAndImport<Module>(SPEC, 'tree-shaking-'));
  // Provenance only records the spec's hash: the document as JSON stands in for the YAML file written.
  buildGenerated(out, SPEC['x-sdk'].package, [{ path: 'openapi.json', bytes: Buffer.from(JSON.stringify(SPEC)) }]);
  mkdirSync(join(out, '..', 'app', 'node_modules'), { recursive: true });
  symlinkSync(out, join(out, '..', 'app', 'node_modules', 'shop-api'), 'dir');
  server = await startApiServer(() => ({ status: 200, body: '["rex"]' }));
}, 120_000);
afterAll(() => server?.close());

/** `source` bundled for the browser from the installed package by esbuild, minified as a user's build would be. */
async function esbuildBundle(source: string): Promise<string> {
  const result = await build({ stdin: { contents: source, resolveDir: join(out, '..', 'app'), loader: 'ts' }, bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

/** The same by Rolldown, the bundler of Vite's production builds. */
async function rolldownBundle(source: string): Promise<string> {
  const entry = join(out, '..', 'app', 'entry.js');
  writeFileSync(entry, source);
  const bundle = await rolldown({ input: entry, platform: 'browser', logLevel: 'silent' });
  try {
    return (await bundle.generate({ format: 'esm', minify: true })).output[0].code;
  } finally {
    await bundle.close();
  }
}

describe('a resource built on the core client', () => {
  it('sends the call as the client does, with its credentials', async () => {
    const shop = (await import(pathToFileURL(join(out, 'dist/esm/index.js')).href)) as Module;
    const pets = new shop['Pets']!(new shop['ShopCore']!({ key: 'key-1', baseURL: server.url }));
    await expect(pets.listPets()).resolves.toEqual(['rex']);
    expect(server.requests.map((r) => [r.method, r.url, r.headers['x-shop-key']])).toEqual([['GET', '/pets-only-path', 'key-1']]);
  });

  it.each([
    ['esbuild', esbuildBundle],
    ['Rolldown', rolldownBundle],
  ])('is all a browser bundle by %s holds of the API; through the full client, every resource comes along', async (_, bundle) => {
    const core = await bundle("import { Pets, ShopCore } from 'shop-api'; console.log(await new Pets(new ShopCore({ key: 'k' })).listPets());");
    const full = await bundle("import Shop from 'shop-api'; console.log(await new Shop({ key: 'k' }).pets.listPets());");
    const paths = (code: string) => ['/pets-only-path', '/stores-only-path', '/users-only-path'].filter((path) => code.includes(path));
    expect(paths(core)).toEqual(['/pets-only-path']);
    expect(paths(full)).toEqual(['/pets-only-path', '/stores-only-path', '/users-only-path']);
    expect(core.length).toBeLessThan(full.length);
  });
});
