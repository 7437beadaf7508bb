/**
 * Swagger 2.0 in, a working client out. The package generated straight from a Swagger 2.0 document is
 * compared with the one generated from the OpenAPI 3.0 that `swagger2openapi` (the converter most tools
 * use) makes of it, and the client generated from `test/fixtures/swagger2` is run against a loopback
 * server: every request it sends is what the Swagger document describes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { convertObj } from 'swagger2openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSpec } from '../../generator/load/load-spec.js';
import { generateInMemory } from '../../generator/pipeline.js';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { generateFromSpec, run, scratchDir } from '../helpers/tree.js';
import { tscErrors } from '../helpers/tsc.js';

const FIXTURE = 'test/fixtures/swagger2/swagger.yaml';
const CORPUS = 'node_modules/@readme/oas-examples/2.0/json';

async function generatedFrom(text: string): Promise<ReadonlyMap<string, string>> {
  const loaded = loadSpec('spec.json', () => text);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  return (await generateInMemory(loaded.spec)).files;
}

/** The files that differ between our package and the one made through `swagger2openapi`. */
async function differences(text: string): Promise<string[]> {
  const { openapi } = await convertObj(parse(text), { patch: true, warnOnly: true });
  const [ours, theirs] = await Promise.all([generatedFrom(text), generatedFrom(JSON.stringify(openapi))]);
  return [...new Set([...ours.keys(), ...theirs.keys()])].filter((file) => ours.get(file) !== theirs.get(file));
}

describe('generated from Swagger 2.0, beside swagger2openapi', () => {
  it.each(readdirSync(CORPUS).filter((name) => name.endsWith('.json')))('%s gives the same package either way', async (name) => {
    expect(await differences(readFileSync(join(CORPUS, name), 'utf8'))).toEqual([]);
  });

  it('the fixture differs only where we choose to: a property named __proto__ kept, form lists joined as csv says', async () => {
    const text = readFileSync(FIXTURE, 'utf8');
    expect(await differences(text)).toEqual(['src/models.ts', 'src/resources/pets.ts', 'src/resources/photos.ts']);
    const ours = await generatedFrom(text);
    // The conversion drops a formData list's collectionFormat: `csv`, its default, would become a repeated key.
    expect(ours.get('src/resources/pets.ts')).toContain("encodeForm(body, [], { nicknames: ',' })");
    // Its parts in the order of the formData parameters (RFC 7578 §5.2).
    expect(ours.get('src/resources/photos.ts')).toContain("encodeMultipart(body, { labels: ',' }, ['file', 'caption', 'labels', 'sizes'])");
    // Its `schemes: [http, https]` becomes an http server then its https twin either way: the twin is the default.
    expect(ours.get('src/client.ts')).toContain("defaultBaseURL: 'https://kennel.example.com/api'");
    expect(ours.get('src/models.ts')).toContain('__proto__?: string');
  });
});

type Kennel = {
  baseURL: string;
  pets: {
    listPets(params?: object): Promise<unknown>;
    addPet(params: object): Promise<unknown>;
    renamePet(petId: number, params: object): Promise<unknown>;
  };
  photos: { uploadPhoto(petId: number, params: object): Promise<unknown> };
};
type KennelClass = new (options: object) => Kennel;

let server: ApiServer;
let out: string;
let KennelClient: KennelClass;

beforeAll(async () => {
  let module: { Kennel: KennelClass };
  ({ out, module } = await generateFromSpec<{ Kennel: KennelClass }>(FIXTURE, 'swagger2-'));
  KennelClient = module.Kennel;
  server = await startApiServer(() => ({ status: 200, body: '{"id":1,"name":"Rex","kind":"dog"}' }));
}, 60_000);

afterAll(() => server?.close());

const client = () => new KennelClient({ baseURL: server.url, keeper: 'ada:secret', maxRetries: 0 });
const lastRequest = () => server.requests.at(-1)!;

describe('the client generated from the Swagger 2.0 fixture', () => {
  it('compiles under --strict', () => {
    const project = join(out, 'tsconfig.json');
    expect(tscErrors(project)).toBe('');
  });

  it('defaults to the HTTPS server made of host, basePath and schemes', () => {
    expect(new KennelClient({ keeper: 'a:b' }).baseURL).toBe('https://kennel.example.com/api');
  });

  it('sends basic credentials, and a body parameter as JSON', async () => {
    await client().pets.addPet({ name: 'Rex', kind: 'dog', owner: null });
    expect(lastRequest()).toMatchObject({ method: 'POST', url: '/pets', body: '{"name":"Rex","kind":"dog","owner":null}' });
    expect(lastRequest().headers).toMatchObject({ authorization: `Basic ${Buffer.from('ada:secret').toString('base64')}`, 'content-type': 'application/json' });
  });

  it('sends form parameters urlencoded, a list joined by commas (csv, the default collectionFormat)', async () => {
    await client().pets.renamePet(7, { name: 'Rex II', nicknames: ['R', 'Rexy'] });
    expect(lastRequest()).toMatchObject({ method: 'PUT', url: '/pets/7', body: 'name=Rex+II&nicknames=R%2CRexy' });
    expect(lastRequest().headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('sends a form with a file as multipart', async () => {
    await client().photos.uploadPhoto(7, { file: new Blob(['PNG']), caption: 'at the beach' });
    const { headers, body } = lastRequest();
    expect(headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(body).toMatch(/name="file"; filename="file"\r\nContent-Type: application\/octet-stream\r\n\r\nPNG\r\n/);
    expect(body).toContain('name="caption"\r\n\r\nat the beach\r\n');
  });

  it('sends a multipart list as its collectionFormat says: csv (the default) as one part joined, multi as a part per item', async () => {
    await client().photos.uploadPhoto(7, { file: new Blob(['PNG']), labels: ['beach', 'sun'], sizes: [1, 2] });
    const { headers, body } = lastRequest();
    const form = await new Response(body, { headers: { 'content-type': headers['content-type']! } }).formData();
    expect(form.getAll('labels')).toEqual(['beach,sun']);
    expect(form.getAll('sizes')).toEqual(['1', '2']);
  });

  it('sends lists as their collectionFormat says: multi repeated, csv (the default) and pipes joined', async () => {
    await client().pets.listPets({ tags: ['a', 'b'], colors: ['black', 'white'], sizes: [1, 2], 'X-Trace': 't-1' });
    expect(decodeURIComponent(lastRequest().url)).toBe('/pets?colors=black,white&sizes=1|2&tags=a&tags=b');
    expect(lastRequest().headers['x-trace']).toBe('t-1');
  });
});

describe('the client generated from a Swagger 2.0 document in several files', () => {
  type Pets = { pets: { listPets(p?: object): Promise<unknown>; addPet(p: object): Promise<unknown>; getPet(id: number, p?: object): Promise<unknown> } };
  let pets: Pets;
  let models: string;

  beforeAll(async () => {
    const dir = join(scratchDir('swagger2-multi-'), 'generated');
    const result = await run('generate', '--spec', 'test/fixtures/swagger2-multi/swagger.yaml', '--out', dir);
    expect(result.code, result.stderr).toBe(0);
    expect(tscErrors(join(dir, 'tsconfig.json'))).toBe('');
    models = readFileSync(join(dir, 'src/models.ts'), 'utf8');
    const { Pets } = (await import(pathToFileURL(join(dir, 'src/index.ts')).href)) as { Pets: new (o: object) => Pets };
    pets = new Pets({ baseURL: server.url, maxRetries: 0 });
  }, 60_000);

  it('sends every operation, those of a path item in another file included', async () => {
    await pets.pets.listPets({ tags: ['a', 'b'] });
    expect(decodeURIComponent(lastRequest().url)).toBe('/pets?tags=a,b');
    await pets.pets.addPet({ name: 'Rex', owner: null });
    expect(lastRequest()).toMatchObject({ method: 'POST', url: '/pets', body: '{"name":"Rex","owner":null}' });
    await pets.pets.getPet(7, { fields: ['name', 'owner'] });
    expect(decodeURIComponent(lastRequest().url)).toBe('/pets/7?fields=name|owner');
  });

  it('names the model a definition refers to in another file, recursion included', () => {
    expect(models).toMatch(/export interface Pet \{\n {2}name: string;\n {2}friend\?: Pet;\n {2}owner\?: string \| null;\n\}/);
  });
});
