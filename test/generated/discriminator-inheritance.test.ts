/**
 * A discriminator on a base schema that variants extend with `allOf`: each concrete variant (one no
 * model extends) is typed with its value of the discriminating property, from the base's `mapping`, else
 * its `x-ms-discriminator-value`, else its schema's name, so a union of variants narrows. Checked by tsc on consumer code and on the examples.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { typeCheckExamples } from '../helpers/examples.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const extending = (base: string, properties: object = {}) => ({ allOf: [ref(base), { type: 'object', properties }] });
const spec = {
  openapi: '3.0.3',
  info: { title: 'Zoo', version: '1.0.0' },
  servers: [{ url: 'https://zoo.example.com' }],
  paths: {
    '/pets': {
      get: {
        operationId: 'list',
        tags: ['pets'],
        responses: { '200': { description: 'Pets.', ...json({ type: 'array', items: { oneOf: [ref('Cat'), ref('Puppy'), ref('Lizard'), ref('Parrot')] } }) } },
      },
      post: {
        operationId: 'addCat',
        tags: ['pets'],
        requestBody: { required: true, ...json(ref('Cat')) },
        responses: { '204': { description: 'Added.' } },
      },
    },
  },
  components: {
    schemas: {
      Pet: {
        type: 'object',
        required: ['petType', 'name'],
        properties: { petType: ref('PetType'), name: { type: 'string' } },
        discriminator: { propertyName: 'petType', mapping: { cat: '#/components/schemas/Cat' } },
      },
      // Mapped; extended further (so left as the base says); below it, one left to its schema's name.
      Cat: extending('Pet', { purrs: { type: 'boolean' } }),
      Dog: extending('Pet', { barks: { type: 'boolean' } }),
      Puppy: { allOf: [ref('Dog')] },
      // A variant that lists its own values keeps them.
      Lizard: extending('Pet', { petType: { type: 'string', enum: ['lizard', 'gecko'] } }),
      // Azure's way to name a variant's value.
      Parrot: { ...extending('Pet', { talks: { type: 'boolean' } }), 'x-ms-discriminator-value': 'bird' },
      // The base's own enum, whose first value is no variant's: an example must take the variant's.
      PetType: { type: 'string', enum: ['Dog', 'cat', 'Puppy', 'bird', 'lizard', 'gecko'] },
    },
  },
};

let out: string;

beforeAll(async () => {
  ({ out } = await generateAndImport(spec, 'discriminator-inheritance-'));
}, 60_000);

describe('a discriminator on a base that variants extend', () => {
  const header = "import Zoo from './src/index.js';\ndeclare const client: Zoo;";

  it('narrows a union of the variants by their values', () => {
    const body = [
      'async function use() {',
      '  for (const pet of await client.pets.list()) {',
      '    switch (pet.petType) {',
      "      case 'cat': pet.purrs; break;",
      "      case 'Puppy': pet.barks; break;",
      "      case 'gecko': pet.petType; break;",
      "      case 'bird': pet.talks; break;",
      "      case 'Dog': break;",
      '    }',
      '    pet.purrs;',
      '  }',
      '}',
    ];
    // 'Dog' is no concrete variant's value (TS2678), and a field read before narrowing (TS2339).
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2678 line 8', 'TS2339 line 10']);
  });

  it("refuses a body that names another variant, and keeps an extended variant's base type", () => {
    const body = [
      "client.pets.addCat({ petType: 'cat', name: 'Tom' });",
      "client.pets.addCat({ petType: 'Cat', name: 'Tom' });",
      "const dog: import('./src/index.js').Dog = { petType: 'Puppy', name: 'Rex' };",
    ];
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2322 line 2']);
  });

  it("gives the methods examples that type-check, with the variant's value", () => {
    expect(typeCheckExamples(out)).toEqual({ count: 2, errors: '' });
  });
});
