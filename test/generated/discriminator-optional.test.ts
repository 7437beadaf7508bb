/**
 * A discriminating property that no schema requires (GitHub's `user_view_type` on `GET /users/{username}`,
 * whose documented public-user example leaves it out; 27 of APIs.guru's specs have such a discriminator):
 * a body without it is one the schemas allow, so the variant's value is typed optional, in the union
 * style and in the inheritance style, and `switch` still narrows by it. Where the variant, the union or
 * the base requires the property, the value stays required.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { typeCheckExamples } from '../helpers/examples.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const get = (operationId: string, schema: object) => ({ get: { operationId, tags: ['users'], responses: { '200': { description: 'The value.', ...json(schema) } } } });
const login = { login: { type: 'string' } };

const spec = {
  openapi: '3.0.3',
  info: { title: 'Users', version: '1.0.0' },
  servers: [{ url: 'https://users.example.com' }],
  paths: {
    // As GitHub's: neither variant requires `user_view_type`.
    '/users/{name}': {
      ...get('byName', { oneOf: [ref('PrivateUser'), ref('PublicUser')], discriminator: { propertyName: 'user_view_type', mapping: { public: ref('PublicUser').$ref, private: ref('PrivateUser').$ref } } }),
      parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
    },
    // One variant requires it, through its allOf; the other does not.
    '/accounts': get('account', { oneOf: [ref('Org'), ref('Bot')], discriminator: { propertyName: 'kind' } }),
    // The union itself requires it.
    '/members': get('member', { oneOf: [ref('PublicUser'), ref('PrivateUser')], required: ['user_view_type'], discriminator: { propertyName: 'user_view_type' } }),
    // The inheritance style: the base does not require its discriminator, one variant does.
    '/animals': get('animal', ref('Animal')),
  },
  components: {
    schemas: {
      PublicUser: { type: 'object', required: ['login'], properties: { ...login, user_view_type: { type: 'string' } } },
      PrivateUser: { type: 'object', required: ['login', 'plan'], properties: { ...login, user_view_type: { type: 'string' }, plan: { type: 'string' } } },
      Org: { allOf: [{ type: 'object', required: ['kind'], properties: { kind: { type: 'string' } } }, { type: 'object', properties: { seats: { type: 'integer' } } }] },
      Bot: { type: 'object', properties: { kind: { type: 'string' }, owner: { type: 'string' } } },
      Animal: { type: 'object', discriminator: { propertyName: 'animalType' }, properties: { animalType: { type: 'string' }, name: { type: 'string' } } },
      Hound: { allOf: [ref('Animal'), { type: 'object', properties: { barks: { type: 'boolean' } } }] },
      Cat: { allOf: [ref('Animal'), { type: 'object', required: ['animalType'], properties: { meows: { type: 'boolean' } } }] },
    },
  },
};

let out: string;

beforeAll(async () => {
  ({ out } = await generateAndImport<unknown>(spec, 'discriminator-optional-'));
}, 60_000);

describe('a discriminating property no schema requires', () => {
  const header = "import Users from './src/index.js';\ndeclare const client: Users;";

  it('takes a body without it, as the schemas allow, and still narrows by it', () => {
    const body = [
      "export const a: Awaited<ReturnType<Users['users']['byName']>> = { login: 'octocat' };",
      'async function use() {',
      "  const user = await client.users.byName('octocat');",
      '  switch (user.user_view_type) {',
      "    case 'private': return user.plan;",
      "    case 'public': return user.login;",
      "    case 'Other': return user;",
      '  }',
      '}',
    ];
    // Only the value no mapping gives (TS2678).
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2678 line 7']);
  });

  it('keeps the value required where the variant, the union or the base requires the property', () => {
    const types = `${header}\nimport type { Cat, Hound } from './src/index.js';`;
    const body = [
      "export const a: Awaited<ReturnType<Users['users']['account']>> = { seats: 1 };",
      "export const b: Awaited<ReturnType<Users['users']['account']>> = { owner: 'me' };",
      "export const c: Awaited<ReturnType<Users['users']['member']>> = { login: 'octocat' };",
      "export const d: Awaited<ReturnType<Users['users']['animal']>> = { name: 'Rex', barks: true };",
      "export const e = (cat: Cat): 'Cat' => cat.animalType;",
      "export const f = (hound: Hound): 'Hound' => hound.animalType;",
    ];
    // Org requires `kind` (line 1), the union of /members requires `user_view_type` (line 3); Cat requires
    // `animalType`, Hound does not (line 6: it may be undefined).
    expect(consumerErrors(out, types, body.join('\n'))).toEqual(['TS2322 line 1', 'TS2322 line 3', 'TS2322 line 6']);
  });

  it('gives the methods examples that type-check', () => {
    expect(typeCheckExamples(out)).toEqual({ count: 4, errors: '' });
  });
});
