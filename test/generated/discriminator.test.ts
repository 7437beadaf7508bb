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

interface Client { pets: { createPet(params: object): Promise<unknown> }; comments: { latest(): Promise<unknown> } }
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
    '/comments': {
      get: {
        operationId: 'latest',
        tags: ['comments'],
        responses: {
          // No mapping for TextComment nor PingComment: each schema's name disagrees with its own enum (TextComment's
          // through a $ref, PingComment's inherited through allOf). LinkComment's enum comes through allOf and a $ref; the mapping gives it two of three.
          '200': { description: 'A comment.', ...json({ oneOf: [ref('TextComment'), ref('LinkComment'), ref('PingComment')], discriminator: { propertyName: 'kind', mapping: { link: 'LinkComment', url: 'LinkComment' } } }) },
        },
      },
    },
  },
  components: {
    schemas: {
      TextComment: { type: 'object', required: ['kind', 'body'], properties: { kind: ref('TextKind'), body: { type: 'string' } } },
      TextKind: { type: 'string', enum: ['text'] },
      LinkComment: { allOf: [ref('CommentBase'), { type: 'object', required: ['href'], properties: { href: { type: 'string' } } }] },
      CommentBase: { type: 'object', required: ['kind'], properties: { kind: ref('CommentKind') } },
      CommentKind: { type: 'string', enum: ['link', 'url', 'ping'] },
      PingComment: { allOf: [ref('PingBase')] },
      PingBase: { type: 'object', required: ['kind', 'at'], properties: { kind: { type: 'string', enum: ['ping'] }, at: { type: 'string' } } },
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
      "  const pet = await client.pets.createPet({ petType: 'kitty', name: 'Tom' });",
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
      "client.pets.createPet({ petType: 'kitty', name: 'Tom' });",
      "client.pets.createPet({ petType: 'Dog', barks: true });",
      "client.pets.createPet({ petType: 'anything' });",
      "client.pets.createPet({ petType: 'Cat', name: 'Tom', barks: 1 });",
    ];
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2353 line 4']);
  });

  it("keeps a variant's own values of the property that agree with the discriminator's, or all of them when none does", () => {
    const body = [
      'async function use() {',
      '  const comment = await client.comments.latest();',
      '  switch (comment.kind) {',
      "    case 'text': return comment.body;",
      "    case 'link': case 'url': return comment.href;",
      "    case 'ping': return comment.at;",
      "    case 'TextComment': return comment;",
      '  }',
      '}',
    ];
    // 'ping' is only PingComment's (LinkComment's enum has it, the mapping does not); 'TextComment' (the schema's name) is no variant's.
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2678 line 7']);
  });

  it("gives the methods examples that type-check, with the variant's value", () => {
    expect(typeCheckExamples(out)).toEqual({ count: 2, errors: '' });
  });

  it('sends and resolves the values as they are', async () => {
    const client = new module.default({ baseURL: server.url });
    await expect(client.pets.createPet({ petType: 'kitty', name: 'Tom' })).resolves.toEqual({ petType: 'hound', barks: true });
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ petType: 'kitty', name: 'Tom' });
  });
});
