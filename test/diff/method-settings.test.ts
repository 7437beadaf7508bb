/**
 * A review of `x-sdk.pathParamsInParams` set: nothing changes on the wire, every method whose path has the
 * parameter changes its arguments, and each change is traced to the setting, not to the version bump
 * released with it.
 */
import { describe, expect, it } from 'vitest';
import { review } from '../../generator/diff/review.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';
import { tsLines } from './fixture-review.js';

const spec = (sdk: object) =>
  specText(
    minimalDoc({
      'x-sdk': { client: { name: 'Zones' }, ...sdk },
      paths: {
        '/zones/{zone_id}/records/{record_id}': {
          parameters: ['zone_id', 'record_id'].map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
          get: { operationId: 'getRecord', tags: ['records'], responses: { '204': { description: 'none' } } },
        },
      },
    }),
  );

describe('a review of x-sdk.pathParamsInParams', () => {
  it('traces the methods it reshapes to the setting, not to the package version', async () => {
    const base = loadFromMemory({ 'base.yaml': spec({ package: { version: '1.0.0' } }) });
    const revision = loadFromMemory({ 'revision.yaml': spec({ package: { version: '2.0.0' }, pathParamsInParams: ['zone_id'] }) });
    const r = await review(base, revision, { base: 'base', revision: 'revision' });
    expect(r.spec.map((c) => `${c.subject} ${c.rule}`)).toEqual(['document x-sdk.package.version extension.changed', 'document x-sdk.pathParamsInParams extension.added']);
    const lines = tsLines(r);
    expect(lines).toContain('Records.getRecord changed breaking ← extension.added');
    expect(lines.every((l) => l.endsWith('← extension.added'))).toBe(true);
  });
});
