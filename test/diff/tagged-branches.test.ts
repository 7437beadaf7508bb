/**
 * Inline `oneOf` branches whose content changed (a field became required, through the component it
 * refers to) are the same variants still: a branch is paired with its revision by its tag, a field only
 * one value of which is allowed (GitHub's project field creations, `data_type: {enum: [iteration]}`),
 * and compared, instead of being reported removed and added with nothing said of what changed.
 */
import { describe, expect, it } from 'vitest';
import { changes, docWith } from './helpers.js';

const config = (required: string[]) => ({ type: 'object', required, properties: { start_date: { type: 'string' }, duration: { type: 'integer' } } });
const variant = (dataType: object, extra: object = {}) => ({ type: 'object', required: ['name', 'data_type'], properties: { name: { type: 'string' }, data_type: dataType, ...extra } });
const body = {
  oneOf: [
    variant({ type: 'string', enum: ['text', 'number'] }),
    variant({ type: 'string', enum: ['iteration'] }, { iteration_configuration: { $ref: '#/components/schemas/config' } }),
    variant({ const: 'single_select' }, { options: { type: 'array', items: { type: 'string' } } }),
  ],
};

const lines = (list: ReturnType<typeof changes>) => list.filter((c) => !c.rule.startsWith('component.')).map((c) => `${c.rule} ${c.verdict} ${c.subject.replace(/^.*json ?/, '')}`.trim());

describe('inline oneOf branches that changed', () => {
  it('are paired by their tag and compared, in a request', () => {
    const found = changes(docWith(body, 'request', { config: config([]) }), docWith(body, 'request', { config: config(['start_date']) }));
    expect(lines(found)).toEqual(['schema.property.became-required breaking /oneOf[1]/iteration_configuration/start_date']);
  });

  it('are paired by a const tag too, and by position in the revision whatever the order', () => {
    const moved = { oneOf: [body.oneOf[2], body.oneOf[0], body.oneOf[1]] };
    const select = { ...body.oneOf[2]!, required: ['name', 'data_type', 'options'] };
    const components = { config: config([]) };
    const found = changes(docWith(body, 'request', components), docWith({ oneOf: [select, body.oneOf[0], body.oneOf[1]] }, 'request', components));
    expect(lines(found)).toEqual(['schema.property.became-required breaking /oneOf[2]/options']);
    expect(lines(changes(docWith(body, 'request', components), docWith(moved, 'request', components)))).toEqual([]);
  });

  it("leave an allOf's parts alone: pieces of one value, compared flattened", () => {
    const part = (type: string) => ({ type: 'object', properties: { kind: { enum: ['a'] }, x: { type } } });
    const other = { type: 'object', properties: { y: { type: 'string' } } };
    const found = changes(docWith({ allOf: [part('string'), other] }, 'response'), docWith({ allOf: [part('integer'), other] }, 'response'));
    expect(found.map((c) => `${c.rule} ${c.subject.replace(/^.*json ?/, '')}`)).toEqual(['schema.type.changed /x']);
  });

  it('are reported removed and added when a tag is shared by two branches of a side, which cannot say which is which', () => {
    const twins = { oneOf: [variant({ enum: ['iteration'] }, { a: { type: 'string' } }), variant({ enum: ['iteration'] }, { b: { type: 'string' } })] };
    const changed = { oneOf: [variant({ enum: ['iteration'] }, { a: { type: 'integer' } }), twins.oneOf[1]] };
    expect(lines(changes(docWith(twins, 'request'), docWith(changed, 'request')))).toEqual([
      'schema.one-of.added not-breaking',
      'schema.one-of.removed breaking',
    ]);
  });
});
