/**
 * A discriminator on a base schema that variants extend with `allOf`: each concrete variant (one no
 * model extends) is typed with its value of the discriminating property, from the base's `mapping`, else
 * its `x-ms-discriminator-value`, else its schema's name, so a union of variants narrows. A model that is
 * extended (the base, a variant with variants) means, wherever else it is used, the union of what extends
 * it and of itself (the base only when the discriminator names a value for it); its shape takes the name
 * `…Base`. Checked by tsc on consumer code and on the examples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    '/pets/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: { operationId: 'get', tags: ['pets'], responses: { '200': { description: 'A pet.', ...json(ref('Pet')) } } },
      put: { operationId: 'replace', tags: ['pets'], requestBody: { required: true, ...json(ref('Pet')) }, responses: { '204': { description: 'Replaced.' } } },
    },
    '/rodents': {
      post: { operationId: 'addRodent', tags: ['pets'], requestBody: { required: true, ...json(ref('Rodent')) }, responses: { '204': { description: 'Added.' } } },
    },
    '/fish': {
      post: { operationId: 'addFish', tags: ['pets'], requestBody: { required: true, ...json(ref('Fish')) }, responses: { '204': { description: 'Added.' } } },
    },
    '/birds': {
      get: { operationId: 'birds', tags: ['pets'], responses: { '200': { description: 'Birds.', ...json({ type: 'array', items: ref('Parrot') }) } } },
    },
  },
  components: {
    schemas: {
      Pet: {
        type: 'object',
        required: ['petType', 'name'],
        properties: { petType: ref('PetType'), name: { type: 'string' }, id: { type: 'string', readOnly: true } },
        discriminator: { propertyName: 'petType', mapping: { cat: '#/components/schemas/Cat', generic: '#/components/schemas/Pet' } },
      },
      // Mapped; extended further (so left as the base says); below it, one left to its schema's name.
      Cat: extending('Pet', { purrs: { type: 'boolean' } }),
      Dog: extending('Pet', { barks: { type: 'boolean' } }),
      Puppy: { allOf: [ref('Dog')] },
      // A variant that lists its own values keeps them.
      Lizard: extending('Pet', { petType: { type: 'string', enum: ['lizard', 'gecko'] } }),
      // Azure's way to name a variant's value; extended further, and a value itself.
      Parrot: { ...extending('Pet', { talks: { type: 'boolean' } }), 'x-ms-discriminator-value': 'bird' },
      Macaw: { ...extending('Parrot', { colours: { type: 'integer' } }), 'x-ms-discriminator-value': 'macaw' },
      // Extended, with a value none of the listed ones (Azure's Service Map): its variants claim every value
      // its list leaves to it, so it is no value itself.
      Rodent: extending('Pet', { gnaws: { type: 'boolean' } }),
      Hamster: { ...extending('Rodent', { cheeks: { type: 'integer' } }), 'x-ms-discriminator-value': 'hamster', required: ['cheeks'] },
      Mouse: { allOf: [ref('Rodent')], 'x-ms-discriminator-value': 'mouse' },
      // The same with its own list, one value of which no variant claims: that one is its value.
      Fish: extending('Pet', { petType: { type: 'string', enum: ['fish', 'trout'] } }),
      Trout: { ...extending('Fish', { spots: { type: 'integer' } }), 'x-ms-discriminator-value': 'trout', required: ['spots'] },
      // The base's own enum, whose first value is no variant's: an example must take the variant's.
      PetType: { type: 'string', enum: ['Dog', 'cat', 'Puppy', 'bird', 'lizard', 'gecko', 'generic', 'macaw', 'hamster', 'mouse', 'fish', 'trout'] },
      // The spec's own model with the name a shape would take: it keeps it.
      PetBase: { type: 'object', properties: { legacy: { type: 'boolean' } } },
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

  it('refuses a body that names another variant, and types an extended variant as itself or what extends it', () => {
    const body = [
      "client.pets.addCat({ petType: 'cat', name: 'Tom' });",
      "client.pets.addCat({ petType: 'Cat', name: 'Tom' });",
      "const puppy: import('./src/index.js').Dog = { petType: 'Puppy', name: 'Rex' };",
      "const dog: import('./src/index.js').Dog = { petType: 'Dog', name: 'Rex', barks: true };",
      "const cat: import('./src/index.js').Dog = { petType: 'cat', name: 'Tom' };",
    ];
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2322 line 2', 'TS2322 line 5']);
  });

  it('types a response of the base as a union of its variants, and of itself where the mapping names it', () => {
    const body = [
      'async function use() {',
      "  const pet = await client.pets.get('p1');",
      '  switch (pet.petType) {',
      "    case 'cat': pet.purrs; break;",
      "    case 'generic': pet.name; break;",
      "    case 'macaw': pet.colours; break;",
      "    case 'bird': pet.talks; pet.colours; break;",
      '  }',
      '  for (const bird of await client.pets.birds()) if (bird.petType === \'macaw\') bird.colours;',
      "  const shape: import('./src/index.js').PetBase2 = pet;",
      "  const own: import('./src/index.js').PetBase = { legacy: true };",
      '}',
    ];
    // A plain parrot has no colours (TS2339); every variant is a PetBase2, the spec's PetBase keeps its name.
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2339 line 7']);
    expect(readFileSync(join(out, 'src/models.ts'), 'utf8')).toContain('/** The fields every `Pet` has. `Pet` itself is the union of its variants, which their discriminator tells apart. */\nexport interface PetBase2 {');
  });

  it("types an extended variant whose value is none of its listed ones as what extends it, and itself under the values they leave", () => {
    const body = [
      "client.pets.addRodent({ petType: 'hamster', name: 'Ham', cheeks: 2 });",
      "client.pets.addRodent({ petType: 'Dog', name: 'Rex', gnaws: true });",
      "client.pets.addRodent({ petType: 'hamster', name: 'Ham' });",
      "client.pets.addRodent({ petType: 'mouse', name: 'Mo', gnaws: true });",
      "client.pets.addFish({ petType: 'fish', name: 'Nemo' });",
      "client.pets.addFish({ petType: 'trout', name: 'Tr' });",
      "client.pets.addFish({ petType: 'trout', name: 'Tr', spots: 9 });",
    ];
    // Another variant's value (line 2), a hamster or trout without the field its variant requires (3, 6).
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2322 line 2', 'TS2345 line 3', 'TS2345 line 6']);
    expect(readFileSync(join(out, 'src/models.ts'), 'utf8')).toMatch(/\nexport type Fish = \(FishBase & \{ petType: 'fish' \}\) \| Trout;\n/);
    expect(readFileSync(join(out, 'src/models.ts'), 'utf8')).toMatch(/\nexport type Rodent = Hamster \| Mouse;\n/);
  });

  it('refuses a body of the base type that is no variant', () => {
    const body = [
      "client.pets.replace('p1', { body: { petType: 'macaw', name: 'Ara', colours: 3 } });",
      "client.pets.replace('p1', { body: { petType: 'generic', name: 'Ara' } });",
      "client.pets.replace('p1', { body: { petType: 'anything', name: 'Ara' } });",
      "client.pets.replace('p1', { body: { petType: 'Pet', name: 'Ara' } });",
    ];
    // The base is a value only under the name its mapping gives it.
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2322 line 3', 'TS2322 line 4']);
  });

  it('names the union as a request carries it, without the fields the server sets, rather than writing it out', () => {
    const body = [
      "client.pets.replace('p1', { body: { petType: 'cat', name: 'Tom', id: 'p1' } });",
      "client.pets.addCat({ petType: 'cat', name: 'Tom', id: 'p1' });",
      "client.pets.replace('p1', { body: { petType: 'macaw', name: 'Ara', colours: 3 } });",
      "async function use() { return (await client.pets.get('p1')).id; }",
    ];
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2353 line 1', 'TS2353 line 2']);
    expect(readFileSync(join(out, 'src/resources/pets.ts'), 'utf8')).toMatch(/\n {2}body: PetInput;\n/);
    expect(readFileSync(join(out, 'src/models.ts'), 'utf8')).toMatch(/\nexport type PetInput =\s+(\| )?\(Omit<PetBase2, 'id'> & \{ petType: 'generic' \}\)\s+\| CatInput\s+\|/);
  });

  it("gives the methods examples that type-check, with the variant's value", () => {
    expect(typeCheckExamples(out)).toEqual({ count: 7, errors: '' });
  });
});
