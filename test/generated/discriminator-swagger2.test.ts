/**
 * Polymorphism as Swagger 2.0 writes it (`discriminator: fishtype` on the base, the variants' values
 * their definitions' names or `x-ms-discriminator-value`), with the payload AutoRest's test server sends
 * for it: a `salmon`, a variant with variants of its own, whose siblings are a `shark`, a `sawshark` and a
 * `goblin`. The payload must type-check as the base, and the base must narrow by `fishtype`; enums AutoRest
 * marks open take other values, on a schema and on a parameter.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

const ref = (name: string) => ({ $ref: `#/definitions/${name}` });
const extending = (base: string, more: object = {}) => ({ type: 'object', allOf: [ref(base)], ...more });
const spec = {
  swagger: '2.0',
  info: { title: 'Complex', version: '1.0.0' },
  host: 'localhost:3000',
  paths: {
    '/complex/polymorphism/valid': {
      get: {
        operationId: 'polymorphism_getValid',
        tags: ['polymorphism'],
        produces: ['application/json'],
        // A 2.0 parameter carries its open enum's mark beside its type.
        parameters: [
          { name: 'color', in: 'query', type: 'string', enum: ['pink', 'gray'], 'x-ms-enum': { name: 'Color', modelAsString: true } },
          { name: 'fins', in: 'query', type: 'array', items: { type: 'string', enum: ['dorsal'], 'x-ms-enum': { name: 'Fin', modelAsString: true } } },
        ],
        responses: { '200': { description: 'A fish.', schema: ref('Fish') } },
      },
    },
  },
  definitions: {
    Fish: {
      type: 'object',
      discriminator: 'fishtype',
      required: ['fishtype', 'length'],
      properties: { fishtype: { type: 'string' }, species: { type: 'string' }, length: { type: 'number', format: 'float' }, siblings: { type: 'array', items: ref('Fish') } },
    },
    salmon: extending('Fish', { properties: { location: { type: 'string' }, iswild: { type: 'boolean' } } }),
    smart_salmon: extending('salmon', { properties: { college_degree: { type: 'string' } }, additionalProperties: true }),
    shark: extending('Fish', { required: ['birthday'], properties: { age: { type: 'integer' }, birthday: { type: 'string', format: 'date-time' } } }),
    sawshark: extending('shark', { properties: { picture: { type: 'string', format: 'byte' } } }),
    goblinshark: extending('shark', {
      'x-ms-discriminator-value': 'goblin',
      properties: { jawsize: { type: 'integer' }, color: { type: 'string', enum: ['pink', 'gray', 'brown', 'RED', 'red'], 'x-ms-enum': { name: 'GoblinSharkColor', modelAsString: true } } },
    }),
    cookiecuttershark: extending('shark'),
  },
};

/** What the test server answers; the goblin's colour is outside the enum, which `modelAsString` leaves open. */
const payload = `{
  fishtype: 'salmon', location: 'alaska', iswild: true, species: 'king', length: 1.0,
  siblings: [
    { fishtype: 'shark', age: 6, birthday: '2012-01-05T01:00:00Z', length: 20.0, species: 'predator' },
    { fishtype: 'sawshark', age: 105, birthday: '1900-01-05T01:00:00Z', length: 10.0, picture: '//////4=', species: 'dangerous' },
    { fishtype: 'goblin', age: 1, birthday: '2015-08-08T00:00:00Z', length: 30.0, species: 'scary', jawsize: 5, color: 'pinkish-gray' },
  ],
}`;

let out: string;

beforeAll(async () => {
  ({ out } = await generateAndImport(spec, 'discriminator-swagger2-'));
}, 60_000);

describe('polymorphism as Swagger 2.0 and AutoRest write it', () => {
  const header = "import Complex, { type Fish } from './src/index.js';\ndeclare const client: Complex;";

  it("types the test server's payload as the base, an intermediate variant and its siblings included", () => {
    const body = [
      `const fish: Fish = ${payload.replace(/\s*\n\s*/g, ' ')};`,
      "const base: Fish = { fishtype: 'Fish', length: 1 };",
      "const goblin: Fish = { fishtype: 'goblinshark', length: 1, birthday: 'x' };",
    ];
    // The base is abstract, and a goblin shark's value is the one x-ms-discriminator-value gives it.
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2322 line 2', 'TS2322 line 3']);
  });

  it('narrows a response by fishtype, through the intermediate variants', () => {
    const body = [
      'async function use() {',
      "  const fish = await client.polymorphism.getValid({ color: 'pinkish-gray', fins: ['caudal'] });",
      '  for (const sibling of fish.siblings ?? []) {',
      "    if (sibling.fishtype === 'goblin') sibling.jawsize;",
      "    if (sibling.fishtype === 'shark') sibling.birthday;",
      "    if (sibling.fishtype === 'salmon') sibling.iswild;",
      "    if (sibling.fishtype === 'smart_salmon') sibling.college_degree;",
      "    if (sibling.fishtype === 'shark') sibling.jawsize;",
      '  }',
      '}',
    ];
    // A plain shark has no jaw size.
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2339 line 8']);
  });
});
