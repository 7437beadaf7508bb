/**
 * A review of a setting that reshapes methods (`x-sdk.pathParamsInParams`, `x-sdk.client.unwrapRequired`):
 * nothing changes on the wire, every method it applies to changes, and each change is traced to the
 * setting, not to the version bump released with it.
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
        '/zones/{zone_id}': {
          parameters: [{ name: 'zone_id', in: 'path', required: true, schema: { type: 'string' } }],
          get: { operationId: 'getZone', tags: ['domains'], responses: { '200': { description: 'the zone', content: { 'application/json': { schema: { type: 'object', properties: { result: { type: 'object', properties: { name: { type: 'string' } } } } } } } } } },
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
    expect(lines).toContain('Domains.getZone changed breaking ← extension.added');
    expect(lines.every((l) => l.endsWith('← extension.added'))).toBe(true);
  });
});

describe('a review of x-sdk.client.unwrapRequired', () => {
  it('traces the result types it narrows to the setting, not to the package version', async () => {
    const unwrapped = { client: { name: 'Zones', unwrap: 'result' } };
    const base = loadFromMemory({ 'base.yaml': spec({ ...unwrapped, package: { version: '1.0.0' } }) });
    const revision = loadFromMemory({ 'revision.yaml': spec({ client: { ...unwrapped.client, unwrapRequired: true }, package: { version: '1.1.0' } }) });
    const r = await review(base, revision, { base: 'base', revision: 'revision' });
    expect(r.spec.map((c) => `${c.subject} ${c.rule}`)).toEqual(['document x-sdk.client.unwrapRequired extension.added', 'document x-sdk.package.version extension.changed']);
    const lines = tsLines(r);
    // Callers only read what the promise resolves to: dropping `| undefined` from it breaks none of them.
    expect(lines).toEqual(['Domains.getZone changed compatible ← extension.added']);
    const changes = r.typescript.ok ? r.typescript.changes : [];
    expect(changes.find((c) => c.symbol === 'Domains.getZone')?.why).toBe('return type narrowed');
    const undone = await review(revision, base, { base: 'revision', revision: 'base' });
    expect(tsLines(undone)).toEqual(['Domains.getZone changed breaking ← extension.removed']);
  });
});
