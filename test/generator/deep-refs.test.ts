/**
 * Refs to schemas inside component schemas (`#/components/schemas/Pet/properties/owner`), as Azure's specs
 * chain them: each target is a named model, so a spec's size bounds the generated code's.
 */
import { describe, expect, it } from 'vitest';
import { apiOf, minimalDoc } from '../helpers/spec.js';

const inside = (schema: string, ...path: string[]) => ({ $ref: `#/components/schemas/${schema}/${path.join('/')}` });

describe('a ref into a component schema', () => {
  it('names its target as a model, by the way to it', () => {
    const api = apiOf(
      minimalDoc({
        components: {
          schemas: {
            Pet: { type: 'object', properties: { owner: { type: 'object', properties: { name: { type: 'string' } } } }, allOf: [{ type: 'object', properties: { id: { type: 'string' } } }] },
            Shelter: { type: 'object', properties: { keeper: inside('Pet', 'properties', 'owner'), base: inside('Pet', 'allOf', '0') } },
          },
        },
      }),
    );
    expect(api.models.map((m) => m.name).sort()).toEqual(['Pet', 'PetAllOf0', 'PetOwner', 'Shelter']);
    const shelter = api.models.find((m) => m.name === 'Shelter')!.schema;
    expect(shelter.kind === 'object' && shelter.properties.map((p) => [p.name, p.schema.kind])).toEqual([
      ['base', 'ref'],
      ['keeper', 'ref'],
    ]);
  });

  it('keeps a chain in which each level refers twice to the one below linear, not 2^levels', () => {
    // Inlined at every ref, the old way, level i held 2^i copies of L0's `q`; as models, each is written once.
    const levels = 12;
    const schemas: Record<string, unknown> = { L0: { type: 'object', properties: { q: { type: 'string' } } } };
    for (let i = 1; i < levels; i++) {
      const below = inside(`L${i - 1}`, 'properties', 'q');
      schemas[`L${i}`] = { type: 'object', properties: { q: { type: 'object', properties: { a: below, b: below } } } };
    }
    const api = apiOf(minimalDoc({ components: { schemas } }));
    // Each level and the `q` inside it: 2 models a level (L0's `q` is referred to as well).
    expect(api.models).toHaveLength(2 * levels - 1);
  });
});
