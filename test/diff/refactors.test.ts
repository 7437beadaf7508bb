/**
 * Spec refactors that change nothing on the wire, reviewed end to end: what the TypeScript API loses, if
 * anything, and the spec change each TypeScript change is traced to.
 */
import { describe, expect, it } from 'vitest';
import { review } from '../../generator/diff/review.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';
import { tsLines } from './fixture-review.js';

const reviewOf = (base: Record<string, unknown>, revision: Record<string, unknown>) =>
  review(loadFromMemory({ 'base.yaml': specText(minimalDoc(base)) }), loadFromMemory({ 'revision.yaml': specText(minimalDoc(revision)) }), { base: 'base', revision: 'revision' });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
/** A pet read by a GET and written by a PUT, its schema given as `pet`, its status as `status`. */
const pets = (pet: object, components: object = {}) => ({
  paths: {
    '/pets/{id}': {
      get: { operationId: 'getPet', tags: ['pets'], parameters: [id], responses: { '200': { description: 'ok', ...json(pet) } } },
      put: { operationId: 'putPet', tags: ['pets'], parameters: [id], requestBody: json(pet), responses: { '204': { description: 'none' } } },
    },
  },
  components: { schemas: components },
});
const tag = { type: 'object', properties: { label: { type: 'string' } } };
const status = { type: 'string', enum: ['on', 'off'] };

describe('refactors the wire does not see', () => {
  it('an inline schema moved into components: only the nested types code may name are renamed', async () => {
    const inline = { type: 'object', properties: { status, tag } };
    const r = await reviewOf(pets(inline), pets(ref('Pet'), { Pet: { type: 'object', properties: { status: ref('Status'), tag: ref('Tag') } }, Status: status, Tag: tag }));
    expect(tsLines(r)).toEqual([
      'Pet added addition ← component.schema.added',
      'PetsGetPetResponse.Tag renamed breaking ← component.schema.added',
      'PetsPutPetParams.Tag renamed breaking ← component.schema.added',
      'Status added addition ← component.schema.added',
    ]);
  });

  it('an inline enum named by a component: additions only, a minor bump', async () => {
    const r = await reviewOf(pets({ type: 'object', properties: { status } }), pets({ type: 'object', properties: { status: ref('Status') } }, { Status: status }));
    expect(tsLines(r)).toEqual(['Status added addition ← component.schema.added']);
    expect(r.bump.required).toBe('minor');
  });

  it('components renamed wholesale, several of one shape: the old names removed, the types that use them unchanged', async () => {
    const record = (prefix: string) => ({
      type: 'object',
      properties: { name: ref(`${prefix}Name`), content: ref(`${prefix}Content`), meta: ref(`${prefix}Meta`), next: ref(`${prefix}Record`) },
    });
    const renamedTo = (prefix: string, content: object = { type: 'string' }) => ({
      [`${prefix}Name`]: { type: 'string' },
      [`${prefix}Content`]: content,
      [`${prefix}Meta`]: { type: 'object', properties: { source: ref(`${prefix}Name`) } },
      // Recursive: its new name is only known to be the same type once it is assumed to be.
      [`${prefix}Record`]: record(prefix),
    });
    const pet = { type: 'object', properties: { record: ref('OldRecord') } };
    const base = pets(pet, renamedTo('Old'));
    const unchanged = await reviewOf(base, pets({ ...pet, properties: { record: ref('DnsRecord') } }, renamedTo('Dns')));
    expect(tsLines(unchanged)).toEqual([
      'DnsContent added addition ← component.schema.renamed',
      'DnsMeta added addition ← component.schema.renamed',
      'DnsName added addition ← component.schema.renamed',
      'DnsRecord added addition ← component.schema.renamed',
      'OldContent removed breaking ← component.schema.renamed',
      'OldMeta removed breaking ← component.schema.renamed',
      'OldName removed breaking ← component.schema.renamed',
      'OldRecord removed breaking ← component.schema.renamed',
    ]);
    // One of them now declares another type: the types that use it changed.
    const changed = await reviewOf(base, pets({ ...pet, properties: { record: ref('DnsRecord') } }, renamedTo('Dns', { type: 'number' })));
    expect(tsLines(changed).filter((line) => line.includes('.record '))).toEqual([
      'PetsGetPetResponse.record changed breaking ← schema.type.changed',
      'PetsPutPetParams.record changed breaking ← schema.type.changed',
    ]);
  });

  it("a schema added with a resource's name: the class renamed, the type added, both traced to the schema; calls unchanged", async () => {
    const list = (schema: object, components: object = {}) => ({
      paths: { '/pets': { get: { operationId: 'list', tags: ['pets'], responses: { '200': { description: 'ok', ...json(schema) } } } } },
      components: { schemas: components },
    });
    const names = { type: 'array', items: { type: 'string' } };
    const r = await reviewOf(list(names), list(ref('Pets'), { Pets: names }));
    // The class is `PetsResource` now: code importing `Pets` breaks; `client.pets.list()` and its result do not.
    expect(tsLines(r)).toEqual(['Pets added addition ← component.schema.added', 'Pets renamed breaking ← component.schema.added']);
    expect(r.typescript.ok && r.typescript.changes.find((c) => c.change === 'renamed')?.after).toBe('PetsResource');
    // Removed again, the schema gives the name back.
    const back = await reviewOf(list(ref('Pets'), { Pets: names }), list(names));
    expect(tsLines(back)).toEqual(['Pets removed breaking ← component.schema.removed', 'PetsResource renamed breaking ← component.schema.removed']);
    // A class that also gains a method is still found renamed, by the client's property that holds it.
    const create = { post: { operationId: 'create', tags: ['pets'], responses: { '204': { description: 'none' } } } };
    const grown = list(ref('Pets'), { Pets: names });
    const withCreate = { ...grown, paths: { '/pets': { ...grown.paths['/pets'], ...create } } };
    expect(tsLines(await reviewOf(list(names), withCreate))).toEqual([
      'Pets added addition ← component.schema.added',
      'Pets renamed breaking ← component.schema.added',
      'PetsResource.create added addition ← operation.added',
      'buildPetsCreateRequest added addition ← operation.added',
    ]);
  });

  it("a schema added with the name another's title gave: that type renamed, the name now another's, no change to what refers to it", async () => {
    // GHES 3.19 added `dependabot-alert-dismissal-request`; `dependabot-alert-dismissal-request-simple`,
    // titled "Dependabot alert dismissal request", had that name, and falls back to its key.
    const simple = { title: 'Dismissal request', ...tag };
    const base = pets(ref('dismissal-request-simple'), { 'dismissal-request-simple': simple });
    const added = pets(ref('dismissal-request-simple'), { 'dismissal-request-simple': simple, 'dismissal-request': { type: 'object', properties: { id: { type: 'integer' } } } });
    const requests = { get: { operationId: 'listRequests', tags: ['requests'], responses: { '200': { description: 'ok', ...json(ref('dismissal-request')) } } } };
    const revision = { ...added, paths: { ...added.paths, '/requests': requests } };
    const r = await reviewOf(base, revision);
    const lines = tsLines(r);
    expect(lines.filter((l) => l.startsWith('DismissalRequest'))).toEqual(['DismissalRequest added addition ← component.schema.added', 'DismissalRequest renamed breaking ← component.schema.added']);
    // The pet's types hold the same schema under its new name: no row for them.
    expect(lines.filter((l) => l.startsWith('Pets'))).toEqual([]);
    const renamed = r.typescript.ok ? r.typescript.changes.find((c) => c.change === 'renamed') : undefined;
    expect(renamed).toMatchObject({ after: 'DismissalRequestSimple', why: 'renamed to `DismissalRequestSimple`; `DismissalRequest` now names another type: code that uses it gets that one' });
  });

  it("a component schema's title added: its type renamed, traced to the title", async () => {
    const r = await reviewOf(pets(ref('Tag'), { Tag: tag }), pets(ref('Tag'), { Tag: { title: 'Label', ...tag } }));
    expect(tsLines(r)).toEqual(['Tag renamed breaking ← component.schema.title-changed']);
  });
});
