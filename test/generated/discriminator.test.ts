/**
 * A union with a discriminator: each model variant is typed with its value of the discriminating
 * property (from `mapping`, else the schema's name), so a `switch` on it narrows the union. Checked by
 * tsc on consumer code, on the method's example, and by a call to a loopback server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { typeCheckExamples } from '../helpers/examples.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

interface Client { pets: { createPet(params: object): Promise<unknown> } }
interface Module { default: new (options: object) => Client }

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const spec = {
  openapi: '3.0.3',
  info: { title: 'Pets', version: '1.0.0' },
  servers: [{ url: 'https://pets.example.com' }],
  paths: {
    '/pets': {
      post: {
        operationId: 'createPet',
        tags: ['pets'],
        requestBody: {
          required: true,
          // A mapping by a schema's name, a variant left to its implicit value, and an inline one left as it is.
          ...json({ oneOf: [ref('Cat'), ref('Dog'), { type: 'object', properties: { petType: { type: 'string' } } }], discriminator: { propertyName: 'petType', mapping: { kitty: 'Cat' } } }),
        },
        responses: {
          '200': { description: 'The pet.', ...json({ anyOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'petType', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog', hound: '#/components/schemas/Dog' } } }) },
        },
      },
    },
  },
  components: {
    schemas: {
      Cat: { type: 'object', required: ['petType', 'name'], properties: { petType: { type: 'string' }, name: { type: 'string' } } },
      Dog: { type: 'object', required: ['petType'], properties: { petType: { type: 'string' }, barks: { type: 'boolean' } } },
    },
  },
};

let out: string;
let module: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ out, module } = await generateAndImport<Module>(spec, 'discriminator-'));
  server = await startApiServer(() => ({ status: 200, body: '{"petType":"hound","barks":true}' }));
}, 60_000);

afterAll(() => server.close());

describe('a union with a discriminator', () => {
  const header = "import Pets from './src/index.js';\ndeclare const client: Pets;";

  it('narrows by the discriminating property, with the values the mapping gives each variant', () => {
    const body = [
      'async function use() {',
      "  const pet = await client.pets.createPet({ body: { petType: 'kitty', name: 'Tom' } });",
      '  switch (pet.petType) {',
      "    case 'cat': return pet.name;",
      "    case 'dog': case 'hound': return pet.barks;",
      "    case 'Cat': return pet;",
      '  }',
      '  pet.barks;',
      '}',
    ];
    // The value no mapping gives (TS2678: 'Cat' is not comparable), and reading a field before narrowing (TS2339).
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2678 line 6', 'TS2339 line 8']);
  });

  it('refuses a body whose discriminator says another variant than its fields, and keeps an inline variant open', () => {
    const body = [
      "client.pets.createPet({ body: { petType: 'kitty', name: 'Tom' } });",
      "client.pets.createPet({ body: { petType: 'Dog', barks: true } });",
      "client.pets.createPet({ body: { petType: 'anything' } });",
      "client.pets.createPet({ body: { petType: 'Cat', name: 'Tom', barks: 1 } });",
    ];
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2353 line 4']);
  });

  it("gives the method an example that type-checks, with the variant's value", () => {
    expect(typeCheckExamples(out)).toEqual({ count: 1, errors: '' });
  });

  it('sends and resolves the values as they are', async () => {
    const client = new module.default({ baseURL: server.url });
    await expect(client.pets.createPet({ body: { petType: 'kitty', name: 'Tom' } })).resolves.toEqual({ petType: 'hound', barks: true });
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ petType: 'kitty', name: 'Tom' });
  });
});
