/**
 * Component schemas the operations and webhooks do not reach on both sides are compared under their name,
 * as types (document level, not breaking on the wire), so the changes of the types the package declares for
 * them have a cause; a schema reached on both sides is left to the operations' comparison.
 */
import { describe, expect, it } from 'vitest';
import { review } from '../../generator/diff/review.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';
import { changes } from './helpers.js';

type Doc = Record<string, unknown>;

const ok = (schema: unknown) => ({ '200': { description: 'ok', content: { 'application/json': { schema } } } });
const conn = (props: Record<string, unknown>) => ({ type: 'object', properties: props });
const OLD = conn({ id: { type: 'string' }, arch: { type: 'string' } });
const NEW = conn({ id: { type: 'string' }, uuid: { type: 'string' } });

function doc(schemas: Doc, paths: Doc = {}, extra: Doc = {}): Doc {
  return minimalDoc({ paths: { '/ping': { get: { operationId: 'ping', responses: ok({ type: 'string' }) } }, ...paths }, components: { schemas }, ...extra });
}
const reading = (ref: string) => ({ '/conns': { get: { operationId: 'listConns', responses: ok({ type: 'array', items: { $ref: ref } }) } } });

/** `rule verdict operation|subject` of the changes, sorted. */
function summary(base: Doc, revision: Doc): string[] {
  return changes(base, revision).map((c) => `${c.rule} ${c.verdict} ${c.operation}|${c.subject}`).sort();
}

describe('component schemas the operations do not reach on both sides', () => {
  it('are compared keyword by keyword as types when nothing reaches them', () => {
    expect(summary(doc({ Conn: OLD }), doc({ Conn: NEW }))).toEqual([
      'schema.property.added.optional not-breaking |schema Conn /uuid',
      'schema.property.removed.optional not-breaking |schema Conn /arch',
    ]);
  });

  it('are compared when an operation reaches them on one side only', () => {
    const base = doc({ Conn: OLD, Other: { type: 'string' } }, reading('#/components/schemas/Other'));
    const revision = doc({ Conn: NEW, Other: { type: 'string' } }, reading('#/components/schemas/Conn'));
    const atDocument = changes(base, revision).filter((c) => c.operation === '' && c.subject.startsWith('schema Conn'));
    expect(atDocument.map((c) => `${c.rule} ${c.verdict} ${c.subject}`).sort()).toEqual([
      'schema.property.added.optional not-breaking schema Conn /uuid',
      'schema.property.removed.optional not-breaking schema Conn /arch',
    ]);
  });

  it.each([
    ['a $ref', doc({ Conn: OLD }, reading('#/components/schemas/Conn')), doc({ Conn: NEW }, reading('#/components/schemas/Conn'))],
    ['a $ref through another component', doc({ Conn: OLD, List: { type: 'array', items: { $ref: '#/components/schemas/Conn' } } }, reading('#/components/schemas/List')), doc({ Conn: NEW, List: { type: 'array', items: { $ref: '#/components/schemas/Conn' } } }, reading('#/components/schemas/List'))],
    ['a webhook', doc({ Conn: OLD }, {}, { webhooks: { connected: { post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Conn' } } } }, responses: { '200': { description: 'ok' } } } } } }), doc({ Conn: NEW }, {}, { webhooks: { connected: { post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Conn' } } } }, responses: { '200': { description: 'ok' } } } } } })],
  ])('are left to the operations when %s reaches them on both sides', (_, base, revision) => {
    const all = changes(base, revision);
    expect(all.filter((c) => c.operation === '' && c.subject.startsWith('schema Conn'))).toEqual([]);
    expect(all.filter((c) => c.rule === 'schema.property.removed.optional').map((c) => c.base?.pointer)).toEqual(['/components/schemas/Conn/properties/arch']);
  });

  it('count a schema a discriminator maps to, by reference or by bare name, as reached', () => {
    const pet = (mapping: Record<string, string>) => ({ type: 'object', properties: { kind: { type: 'string' } }, required: ['kind'], discriminator: { propertyName: 'kind', mapping } });
    for (const target of ['#/components/schemas/Conn', 'Conn']) {
      const side = (conn: unknown) => doc({ Pet: pet({ conn: target }), Conn: conn }, reading('#/components/schemas/Pet'));
      expect(changes(side(OLD), side(NEW)).filter((c) => c.operation === '' && c.subject.startsWith('schema Conn'))).toEqual([]);
    }
  });

  it("give the type's changes in the review their cause", async () => {
    const r = await review(loadFromMemory({ 'base.yaml': specText(doc({ Conn: OLD })) }), loadFromMemory({ 'revision.yaml': specText(doc({ Conn: NEW })) }), { base: 'base', revision: 'revision' });
    if (!r.typescript.ok) throw new Error(r.typescript.reason);
    const causes = Object.fromEntries(r.typescript.changes.map((c) => [c.symbol, c.causes.map((i) => `${r.spec[i]!.rule} ${r.spec[i]!.subject}`)]));
    expect(causes).toEqual({
      'Conn.arch': ['schema.property.removed.optional schema Conn /arch'],
      'Conn.uuid': ['schema.property.added.optional schema Conn /uuid'],
    });
    expect(r.verdict).toMatch(/^Breaking: no breaking wire change/);
  });
});
