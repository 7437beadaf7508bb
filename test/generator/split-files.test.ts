/**
 * A spec split into files the way editors and bundlers lay them out: path items in files of their own
 * (`/pets: {$ref: paths/pets.yaml}`), and component schemas that are only a `$ref` to a schema file.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildApi } from '../../generator/pipeline.js';
import { validate } from '../../generator/validate/validate.js';
import { loadFromMemory } from '../helpers/spec.js';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '../schemas/Pet.yaml' } } } } };
const FILES: Record<string, string> = {
  'openapi.yaml': stringify({
    openapi: '3.1.0',
    info: { title: 'Split', version: '1' },
    paths: { '/pets': { $ref: 'paths/pets.yaml' } },
    components: { schemas: { Pet: { $ref: 'schemas/Pet.yaml' } } },
  }),
  'paths/pets.yaml': stringify({ get: { operationId: 'listPets', tags: ['pets'], parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }], responses: ok } }),
  'schemas/Pet.yaml': stringify({ type: 'object', properties: { name: { type: 'string' }, friend: { $ref: './Pet.yaml' }, owner: { $ref: './Owner.yaml' } } }),
  'schemas/Owner.yaml': stringify({ type: 'object', properties: { email: { type: 'string' } } }),
};

describe('a spec split into files', () => {
  it('takes the operations of a path item that is a $ref to another file, located there', () => {
    const { api } = buildApi(loadFromMemory(FILES, 'openapi.yaml'));
    expect(api.operations.map((op) => [op.methodName, op.path, op.origin.file, op.origin.pointer])).toEqual([['listPets', '/pets', 'paths/pets.yaml', '/get']]);
    expect(api.operations[0]!.parameters.map((p) => p.name)).toEqual(['limit']);
  });

  it('names a schema file by the component schema that is only a $ref to it, so a ref back to it is the model', () => {
    const { api } = buildApi(loadFromMemory(FILES, 'openapi.yaml'));
    const pet = api.models.find((m) => m.name === 'Pet')!;
    expect(pet.key).toBe('openapi.yaml#/components/schemas/Pet');
    expect(pet.schema).toMatchObject({ kind: 'object', properties: expect.arrayContaining([expect.objectContaining({ name: 'friend', schema: expect.objectContaining({ kind: 'ref', model: pet.key }) })]) });
    // A schema file no component names stays inline.
    expect(pet.schema).toMatchObject({ properties: expect.arrayContaining([expect.objectContaining({ name: 'owner', schema: expect.objectContaining({ kind: 'object' }) })]) });
    expect(api.operations[0]!.responses[0]!.schema).toMatchObject({ kind: 'ref', model: pet.key });
  });

  it('checks the operations of such a path item, and locates what is wrong in its file', () => {
    const broken = { ...FILES, 'paths/pets.yaml': stringify({ get: { operationId: 'listPets', responses: { '200': {} } } }) };
    expect(validate(loadFromMemory(broken, 'openapi.yaml')).map((d) => [d.code, d.location.file, d.location.pointer])).toEqual([['required', 'paths/pets.yaml', '/get/responses/200']]);
  });
});
