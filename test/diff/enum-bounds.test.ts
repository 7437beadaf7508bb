/**
 * A bound beside an `enum` (or `const`) that every listed value meets, before and after, changes no
 * value allowed: not breaking, with a note saying why. A bound some listed value does not meet keeps
 * its verdict.
 */
import { describe, expect, it } from 'vitest';
import { changes, docWith } from './helpers.js';

const verdicts = (before: object, after: object, where: 'request' | 'response') =>
  changes(docWith(before, where), docWith(after, where)).map((c) => `${c.rule} ${c.verdict}`);

describe('a bound beside an enum', () => {
  const levels = { type: 'string', enum: ['low', 'high'] };

  it.each(['request', 'response'] as const)('that every value meets is not breaking when set, tightened or removed (%s)', (where) => {
    expect(verdicts(levels, { ...levels, maxLength: 4 }, where)).toEqual(['schema.max-length.set not-breaking']);
    expect(verdicts({ ...levels, maxLength: 10 }, { ...levels, maxLength: 4 }, where)).toEqual(['schema.max-length.decreased not-breaking']);
    expect(verdicts({ ...levels, minLength: 3 }, levels, where)).toEqual(['schema.min-length.unset not-breaking']);
    expect(verdicts({ type: 'integer', enum: [1, 5] }, { type: 'integer', enum: [1, 5], maximum: 5, exclusiveMinimum: 0 }, where)).toEqual([
      'schema.maximum.set not-breaking',
      'schema.exclusive-minimum.set not-breaking',
    ]);
    expect(verdicts({ const: 'abc' }, { const: 'abc', maxLength: 3 }, where)).toEqual(['schema.max-length.set not-breaking']);
  });

  it('says why', () => {
    const [change] = changes(docWith(levels, 'request'), docWith({ ...levels, maxLength: 4 }, 'request'));
    expect(change?.note).toBe('every value the enum lists meets it, before and after');
  });

  it('that a value does not meet, on either side, keeps the verdict it has without an enum', () => {
    const plain = { type: 'string' };
    expect(verdicts(levels, { ...levels, maxLength: 3 }, 'request')).toEqual(verdicts(plain, { ...plain, maxLength: 3 }, 'request'));
    expect(verdicts({ ...levels, maxLength: 3 }, levels, 'response')).toEqual(verdicts({ ...plain, maxLength: 3 }, plain, 'response'));
    expect(verdicts({ ...levels, maxLength: 3 }, levels, 'response')).not.toEqual(['schema.max-length.unset not-breaking']);
  });

  it('counts code points, as JSON Schema does', () => {
    expect(verdicts({ enum: ['😀😀'] }, { enum: ['😀😀'], maxLength: 2 }, 'request')).toEqual(['schema.max-length.set not-breaking']);
  });
});
