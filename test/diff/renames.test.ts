/**
 * Which TypeScript symbols the review calls renamed: one gone and one new of the same shape are the same
 * thing renamed only when they belong to the same operation (or to none), since a rename tells the user
 * to call the new name where they called the old.
 */
import { describe, expect, it } from 'vitest';
import { review } from '../../generator/diff/review.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';
import { tsLines } from './fixture-review.js';

const reviewOf = (base: Record<string, unknown>, revision: Record<string, unknown>) =>
  review(loadFromMemory({ 'base.yaml': specText(minimalDoc(base)) }), loadFromMemory({ 'revision.yaml': specText(minimalDoc(revision)) }), { base: 'base', revision: 'revision' });
const list = (operationId: string, tag = 'things') => ({
  get: { operationId, tags: [tag], responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } } } } },
});

describe('renamed symbols', () => {
  it("an operation's id changed: its method, builder and response type renamed", async () => {
    const r = await reviewOf({ paths: { '/photos': list('listPhotos') } }, { paths: { '/photos': list('listPictures') } });
    expect(tsLines(r)).toEqual([
      'Things.listPhotos renamed breaking ← operation.id.changed',
      'ThingsListPhotosResponse renamed breaking ← operation.id.changed',
      'buildThingsListPhotosRequest renamed breaking ← operation.id.changed',
    ]);
    expect(r.typescript.ok && r.typescript.changes.find((c) => c.symbol === 'Things.listPhotos')?.after).toBe('Things.listPictures');
  });

  it('an operation removed and another of the same shape added: removed and added, not renamed', async () => {
    const r = await reviewOf({ paths: { '/photos': list('listPhotos') } }, { paths: { '/pets': list('listPets') } });
    expect(tsLines(r)).toEqual([
      'Things.listPets added addition ← operation.added',
      'Things.listPhotos removed breaking ← operation.removed',
      'ThingsListPetsResponse added addition ← operation.added',
      'ThingsListPhotosResponse removed breaking ← operation.removed',
      'buildThingsListPetsRequest added addition ← operation.added',
      'buildThingsListPhotosRequest removed breaking ← operation.removed',
    ]);
  });

  it('an operation moved to another path and resource, its id kept: its class and types renamed', async () => {
    const r = await reviewOf({ paths: { '/photos': list('listPhotos') } }, { paths: { '/pictures': list('listPhotos', 'pictures') } });
    const renames = r.typescript.ok ? r.typescript.changes.filter((c) => c.change === 'renamed').map((c) => `${c.symbol} -> ${c.after}`) : [];
    expect(renames.sort()).toEqual([
      'TestAPIClient.things -> TestAPIClient.pictures',
      'Things -> Pictures',
      'ThingsListPhotosResponse -> PicturesListPhotosResponse',
      'buildThingsListPhotosRequest -> buildPicturesListPhotosRequest',
    ]);
  });

  it('a model renamed by a schema added beside it: caused by that addition (a namespaced key ending as its own, a title taking its name)', async () => {
    const get = (path: string, schema: string) => ({ [path]: { get: { operationId: `get${schema.replace(/\W/g, '')}`, tags: ['things'], responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } } } } } } });
    const pod = { type: 'object', properties: { name: { type: 'string' } } };
    const base = { paths: { ...get('/pods', 'io.k8s.api.core.v1.Pod'), ...get('/items', 'item-simple') }, components: { schemas: { 'io.k8s.api.core.v1.Pod': pod, 'item-simple': { ...pod, title: 'Item' } } } };
    const schemas = { ...base.components.schemas, 'io.k8s.api.core.v2.Pod': { ...pod, required: ['name'] }, item: pod };
    const r = await reviewOf(base, { paths: { ...base.paths, ...get('/v2/pods', 'io.k8s.api.core.v2.Pod'), ...get('/item', 'item') }, components: { schemas } });
    const renamed = r.typescript.ok ? r.typescript.changes.filter((c) => c.change === 'renamed') : [];
    const causes = Object.fromEntries(renamed.map((c) => [`${c.symbol} -> ${c.after}`, c.causes.map((i) => `${r.spec[i]!.rule} ${r.spec[i]!.revision?.pointer}`)]));
    expect(causes).toEqual({
      'Pod -> V1Pod': ['component.schema.added /components/schemas/io.k8s.api.core.v2.Pod'],
      'Item -> ItemSimple': ['component.schema.added /components/schemas/item'],
    });
  });
});
