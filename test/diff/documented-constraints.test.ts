/**
 * A change to what a value must be (a pattern, a bound) changes the generated package's documentation
 * but not its types: the review asks for a patch bump and names the file, even when the change breaks on
 * the wire. A change the package does not carry (a vendor extension) needs none.
 */
import { describe, expect, it } from 'vitest';
import { review } from '../../generator/diff/review.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

const spec = (schema: object, note = 'a') =>
  specText(
    minimalDoc({
      info: { title: 'Pets', version: '1.0.0' },
      paths: { '/pets': { get: { operationId: 'listPets', tags: ['pets'], 'x-team-note': note, parameters: [{ name: 'q', in: 'query', schema }], responses: { '204': { description: 'none' } } } } },
    }),
  );

const compare = (base: string, revision: string) => review(loadFromMemory({ 'base.yaml': base }), loadFromMemory({ 'revision.yaml': revision }), { base: 'base', revision: 'revision' });

describe('the version bump of a documented constraint', () => {
  it('a pattern narrowed: breaking on the wire, a patch for the package, whose types are the same', async () => {
    const r = await compare(spec({ type: 'string', pattern: '^[a-z]+$' }), spec({ type: 'string', pattern: '^[a-y]+$' }));
    expect(r.spec.map((c) => `${c.rule} ${c.verdict}`)).toEqual(['schema.pattern.narrowed breaking']);
    expect(r.typescript.ok && r.typescript.changes).toEqual([]);
    expect(r.bump).toMatchObject({ required: 'patch', suggested: '1.0.1', ok: false });
    expect(r.bump.reason).toContain('src/resources/pets.ts');
  });

  it('a maximum set: a patch', async () => {
    const r = await compare(spec({ type: 'integer' }), spec({ type: 'integer', maximum: 100 }));
    expect(r.bump.required).toBe('patch');
  });

  it('a vendor extension changed, which the package does not carry: no bump, and the verdict says why', async () => {
    const r = await compare(spec({ type: 'string' }, 'a'), spec({ type: 'string' }, 'b'));
    expect(r.spec.map((c) => c.rule)).toEqual(['extension.changed']);
    expect(r.bump.required).toBe('none');
    expect(r.verdict).toMatch(/No version bump needed: the generated package is the same\.$/);
  });
});
