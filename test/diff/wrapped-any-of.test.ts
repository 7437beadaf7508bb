/**
 * A schema replaced by an `anyOf` of schemas (or back) is compared with each branch, not keyword by keyword
 * (where its properties read as removed): in a response every branch may arrive, so each branch's
 * differences are reported; in a request a branch that accepts every old value makes the change safe and
 * alone is reported. Unwrapped, the sides swap: the old `anyOf` of a response must cover the new schema.
 */
import { describe, expect, it } from 'vitest';
import { minimalDoc } from '../helpers/spec.js';
import { changes, docWith, rulesOf } from './helpers.js';

const tunnel = { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, status: { type: 'string' } } };
const cfd = { ...tunnel, properties: { ...tunnel.properties, conns: { type: 'array', items: { type: 'string' } } } };
const warp = { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } };
const wrapped = { anyOf: [{ $ref: '#/components/schemas/cfd' }, { $ref: '#/components/schemas/warp' }] };

const review = (before: unknown, after: unknown, where: 'request' | 'response') =>
  changes(docWith(before, where, { tunnel }), docWith(after, where, { tunnel, cfd, warp })).filter((c) => !c.rule.startsWith('component.'));
const lines = (list: ReturnType<typeof review>) => list.map((c) => `${c.rule} ${c.verdict} ${c.subject.replace(/^.*json ?/, '')}`.trim());

describe('a schema wrapped in an anyOf', () => {
  it('in a response: each branch compared with the old schema, nothing read as removed from the wrapper', () => {
    expect(lines(review({ $ref: '#/components/schemas/tunnel' }, wrapped, 'response'))).toEqual([
      'schema.wrapped-in-any-of not-breaking',
      'schema.property.added.optional not-breaking /anyOf[cfd]/conns',
      'schema.property.removed.optional undecidable /anyOf[warp]/status',
    ]);
  });

  it('in a request: only the branch that accepts every old value, with a note saying so', () => {
    const found = review({ $ref: '#/components/schemas/tunnel' }, wrapped, 'request');
    expect(lines(found)).toEqual(['schema.wrapped-in-any-of not-breaking', 'schema.property.added.optional not-breaking /anyOf[cfd]/conns']);
    expect(found[0]?.note).toBe('branch cfd accepts every value the old schema allows; the other branches are not compared');
  });

  it('in a request no branch covers: every branch compared, so what each one refuses is reported', () => {
    const strict = { ...tunnel, required: ['id'] };
    const found = changes(docWith(tunnel, 'request'), docWith({ anyOf: [strict, warp] }, 'request'));
    expect(lines(found)).toEqual([
      'schema.wrapped-in-any-of not-breaking',
      'schema.property.became-required breaking /anyOf[0]/id',
      'schema.property.removed.optional undecidable /anyOf[1]/status',
    ]);
    expect(found[0]?.note).toBeUndefined();
  });

  it('inside an array, keeping the holder type, and with a null branch (nullable added)', () => {
    const before = { type: 'array', items: tunnel };
    const after = { type: 'array', items: { type: 'object', anyOf: [{ $ref: '#/components/schemas/cfd' }, warp, { type: 'null' }] } };
    expect(lines(review(before, after, 'response'))).toEqual([
      'schema.nullable.added breaking /[]',
      'schema.wrapped-in-any-of not-breaking /[]',
      'schema.property.added.optional not-breaking /[]/anyOf[cfd]/conns',
      'schema.property.removed.optional undecidable /[]/anyOf[1]/status',
    ]);
  });

  it('sent by the API in a webhook: a request read as a response, every branch reported', () => {
    const hook = (schema: unknown) => minimalDoc({
      openapi: '3.1.0',
      webhooks: { tunnelChanged: { post: { requestBody: { content: { 'application/json': { schema } } }, responses: { '200': { description: 'ok' } } } } },
      components: { schemas: { tunnel, cfd, warp } },
    });
    const found = changes(hook({ $ref: '#/components/schemas/tunnel' }), hook(wrapped)).filter((c) => c.rule.startsWith('schema.'));
    expect(rulesOf(found)).toEqual(['schema.wrapped-in-any-of not-breaking', 'schema.property.added.optional not-breaking', 'schema.property.removed.optional undecidable']);
  });

  it('keeps the keyword comparison where a branch would not stand for the whole: a nullable old schema, other keywords beside the anyOf, one branch, branches that only name types', () => {
    const keywordByKeyword = (before: unknown, after: unknown) => rulesOf(review(before, after, 'response'));
    expect(keywordByKeyword({ ...tunnel, nullable: true }, wrapped)).not.toContain('schema.wrapped-in-any-of not-breaking');
    expect(keywordByKeyword(tunnel, { ...wrapped, required: ['id'] })).not.toContain('schema.wrapped-in-any-of not-breaking');
    expect(keywordByKeyword(tunnel, { ...wrapped, type: 'array' })).not.toContain('schema.wrapped-in-any-of not-breaking');
    expect(keywordByKeyword(tunnel, { anyOf: [warp, { type: 'null' }] })).toEqual(['schema.nullable.added breaking', 'schema.property.removed.optional undecidable']);
    expect(keywordByKeyword({ type: 'string' }, { anyOf: [{ type: 'string' }, { type: 'integer' }] })).toEqual([
      'schema.types.widened breaking',
      'schema.any-of.added not-breaking',
      'schema.any-of.added not-breaking',
    ]);
  });

  it('unwrapped in a response: the former branch that covers every new value alone, with a note', () => {
    const found = changes(docWith(wrapped, 'response', { cfd, warp }), docWith({ $ref: '#/components/schemas/tunnel' }, 'response', { tunnel }));
    const schemaChanges = found.filter((c) => !c.rule.startsWith('component.'));
    expect(lines(schemaChanges)).toEqual(['schema.unwrapped-from-any-of not-breaking', 'schema.property.added.optional not-breaking /anyOf[warp]/status']);
    expect(schemaChanges[0]?.note).toBe('branch warp accepts every value the new schema allows; the other branches are not compared');
  });

  it('unwrapped in a request: every former branch compared with the new schema, a null branch lost', () => {
    const found = changes(docWith({ anyOf: [cfd, warp, { type: 'null' }] }, 'request'), docWith(tunnel, 'request'));
    expect(lines(found)).toEqual([
      'schema.nullable.removed breaking',
      'schema.unwrapped-from-any-of not-breaking',
      'schema.property.removed.optional undecidable /anyOf[0]/conns',
      'schema.property.added.optional not-breaking /anyOf[1]/status',
    ]);
  });
});
