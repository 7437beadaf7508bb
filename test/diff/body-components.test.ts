/**
 * A component that only request bodies name: the method copies its fields into `…Params`, so no method's
 * signature mentions it, yet callers build its values and never read one. Its changes are rated as an
 * input's, not as a type used both ways.
 */
import { describe, expect, it } from 'vitest';
import { review } from '../../generator/diff/review.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

const ok = { '204': { description: 'none' } };
const body = { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/PetInput' } } } };
/** `POST /pets` taking `PetInput`; `returned`: `GET /pets/{id}` also answers with it. */
const spec = (version: string, petInput: object, returned = false) =>
  specText(
    minimalDoc({
      info: { title: 'Pets', version },
      paths: {
        '/pets': { post: { operationId: 'createPet', tags: ['pets'], requestBody: body, responses: ok } },
        ...(returned && { '/pets/{id}': { get: { operationId: 'getPet', tags: ['pets'], parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/PetInput' } } } } } } } }),
      },
      components: { schemas: { PetInput: petInput } },
    }),
  );
const reviewOf = (base: string, revision: string) => review(loadFromMemory({ 'base.yaml': base }), loadFromMemory({ 'revision.yaml': revision }), { base: 'base', revision: 'revision' });
const pet = (required: string[], kinds = ['cat']) => ({ type: 'object', required, properties: { name: { type: 'string' }, kind: { type: 'string', enum: kinds } } });
const row = (r: Awaited<ReturnType<typeof reviewOf>>, symbol: string) => (r.typescript.ok ? r.typescript.changes.find((c) => c.symbol === symbol) : undefined);

describe('a component only request bodies name', () => {
  it('is an input: a member made optional is compatible, and the bump minor', async () => {
    const r = await reviewOf(spec('1.0.0', pet(['name'])), spec('1.1.0', pet([])));
    expect(row(r, 'PetInput.name')).toMatchObject({ impact: 'compatible', roles: ['input'] });
    expect(r.bump).toMatchObject({ required: 'minor', ok: true });
  });

  it('is an input: an enum value added is compatible', async () => {
    const r = await reviewOf(spec('1.0.0', pet(['name'])), spec('1.0.1', pet(['name'], ['cat', 'dog'])));
    expect(row(r, 'PetInput.kind')).toMatchObject({ impact: 'compatible', roles: ['input'] });
    expect(r.bump.required).not.toBe('major');
  });

  it('is both once a response returns it too: the same change breaks readers', async () => {
    const r = await reviewOf(spec('1.0.0', pet(['name']), true), spec('2.0.0', pet([]), true));
    expect(row(r, 'PetInput.name')).toMatchObject({ impact: 'breaking' });
    expect([...row(r, 'PetInput.name')!.roles].sort()).toEqual(['input', 'output']);
  });
});
