/**
 * An operation given its first optional parameter: fine on the wire, and, since a method whose parameters
 * are all optional also takes its options in their place, no call breaks and a minor bump is enough.
 */
import { describe, expect, it } from 'vitest';
import { review } from '../../generator/diff/review.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';
import { tsLines } from './fixture-review.js';

const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const spec = (version: string, extra: object[]) =>
  specText(
    minimalDoc({
      info: { title: 'Pets', version },
      paths: { '/pets/{id}': { get: { operationId: 'getPet', tags: ['pets'], parameters: [id, ...extra], responses: { '204': { description: 'none' } } } } },
    }),
  );
const reviewOf = (base: string, revision: string) => review(loadFromMemory({ 'base.yaml': base }), loadFromMemory({ 'revision.yaml': revision }), { base: 'base', revision: 'revision' });

describe('an operation given its first optional parameter', () => {
  it('keeps every call compiling: additions only, a minor bump', async () => {
    const r = await reviewOf(spec('1.0.0', []), spec('1.1.0', [{ name: 'expand', in: 'query', schema: { type: 'string' } }]));
    expect(tsLines(r)).toEqual(['Pets.getPet changed addition ← parameter.added.optional', 'PetsGetPetParams added addition ← parameter.added.optional', 'buildPetsGetPetRequest changed addition ← parameter.added.optional']);
    expect(r.bump).toMatchObject({ required: 'minor', ok: true });
  });

  it('breaks calls when the parameter is named like a request option, which then has no second reading', async () => {
    const r = await reviewOf(spec('1.0.0', []), spec('1.1.0', [{ name: 'timeout', in: 'query', schema: { type: 'integer' } }]));
    expect(tsLines(r)).toContain('Pets.getPet changed breaking ← parameter.added.optional');
    expect(r.bump).toMatchObject({ required: 'major', ok: false });
  });

  it('breaks calls when the parameter is required', async () => {
    const r = await reviewOf(spec('1.0.0', []), spec('2.0.0', [{ name: 'expand', in: 'query', required: true, schema: { type: 'string' } }]));
    expect(tsLines(r)).toContain('Pets.getPet changed breaking ← parameter.added.required');
    expect(r.bump).toMatchObject({ required: 'major', ok: true });
  });
});
