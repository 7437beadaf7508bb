/** Anonymous types compared by their structure: inline objects member by member, with the direction rule. */
import { describe, expect, it } from 'vitest';
import { review } from '../../generator/diff/review.js';
import { arrayItems, objectMembers, typeChange } from '../../generator/diff/ts/structure.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';
import { tsLines } from './fixture-review.js';

const items = (fields: string) => `Array<{ id: string; ${fields} }>`;

describe('typeChange', () => {
  it("reads a required field added to an output array's items as an addition, and to an input's as breaking", () => {
    const [before, after] = [items('name: string'), items("name: string; scope: 'runtime' | 'development'")];
    expect(typeChange(before, after, ['output'])).toEqual({ impact: 'addition', why: "items: required member `scope` added" });
    expect(typeChange(before, after, ['input'])).toEqual({ impact: 'breaking', why: "items: required member `scope` added" });
    expect(typeChange(before, items('name: string; note?: string'), ['input'])?.impact).toBe('addition');
    expect(typeChange(before, after, ['input', 'output'])?.impact).toBe('breaking');
  });

  it('applies the direction rule to the members it finds changed, at any depth', () => {
    const nested = (type: string) => `{ page: { items: ${type}[] } | null }`;
    expect(typeChange(nested("'a'"), nested("('a' | 'b')"), ['output'])).toEqual({ impact: 'breaking', why: "`page`: a union branch: `items`: items: type widened" });
    expect(typeChange(nested("('a' | 'b')"), nested("'a'"), ['output'])?.impact).toBe('compatible');
    expect(typeChange('{ a: string; b: number }', '{ a: string }', ['output'])).toEqual({ impact: 'breaking', why: 'member `b` removed' });
    expect(typeChange('{ a: string }', '{ a?: string }', ['input'])).toEqual({ impact: 'compatible', why: '`a` became optional' });
    expect(typeChange('{ a: string }', '{ a?: string }', ['output'])?.impact).toBe('breaking');
  });

  it('falls back to the text for what is not an inline object, and sees no change in the same text', () => {
    expect(typeChange("'a' | 'b'", "'a'", ['input'])).toEqual({ impact: 'breaking', why: 'type narrowed' });
    expect(typeChange('Poll', 'Survey', ['output'])).toEqual({ impact: 'breaking', why: 'type changed' });
    expect(typeChange(items('x: number'), items('x: number'), ['input'])).toBeUndefined();
    // Two branches changed at once cannot be paired: compared as text.
    expect(typeChange('{ a: string } | { b: string }', '{ a: number } | { b: number }', ['output'])?.why).toBe('type changed');
  });
});

describe('the type readers', () => {
  it('take the items of each array form, and only of a whole array', () => {
    expect(arrayItems('Array<{ a: Array<string> }>')).toBe('{ a: Array<string> }');
    expect(arrayItems('ReadonlyArray<string>')).toBe('string');
    expect(arrayItems('readonly Entry[]')).toBe('Entry');
    expect(arrayItems("('a' | 'b')[]")).toBe("'a' | 'b'");
    expect(arrayItems('Array<string> | Array<number>')).toBeUndefined();
    expect(arrayItems("'a' | 'b'[]")).toBeUndefined();
  });

  it('read members with quoted names, optional marks, index signatures, and function types', () => {
    expect(objectMembers("{ 'x-y'?: string; readonly n: number; [key: string]: unknown; f: (a: string) => void }")).toEqual([
      { name: "'x-y'", optional: true, type: 'string' },
      { name: 'n', optional: false, type: 'number' },
      { name: '[key: string]', optional: false, type: 'unknown' },
      { name: 'f', optional: false, type: '(a: string) => void' },
    ]);
    expect(objectMembers("{ s: 'a;b' }")).toEqual([{ name: 's', optional: false, type: "'a;b'" }]);
    expect(objectMembers('{ a: string } | null')).toBeUndefined();
  });
});

describe('a review of a field added to the items of an inline array', () => {
  const spec = (itemFields: Record<string, object>, required: string[]) =>
    specText(
      minimalDoc({
        paths: {
          '/diffs': {
            get: {
              operationId: 'getDiff',
              tags: ['diffs'],
              responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Diff' } } } } },
            },
          },
        },
        components: { schemas: { Diff: { type: 'array', items: { type: 'object', required, properties: itemFields } } } },
      }),
    );
  const review_ = (before: string, after: string) => review(loadFromMemory({ 'base.yaml': before }), loadFromMemory({ 'revision.yaml': after }), { base: 'base', revision: 'revision' });

  it('calls a required field in a response an addition, as it would in a named model, and asks for no major bump', async () => {
    const r = await review_(spec({ name: { type: 'string' } }, ['name']), spec({ name: { type: 'string' }, scope: { type: 'string' } }, ['name', 'scope']));
    expect(tsLines(r)).toEqual(['Diff changed addition ← schema.property.added.required']);
    expect(r.bump.required).toBe('minor');
  });
});

describe('a review of a 204 added beside a body', () => {
  const spec = (responses: Record<string, object>) =>
    specText(minimalDoc({ paths: { '/invites/{user}': { put: { operationId: 'invite', tags: ['invites'], parameters: [{ name: 'user', in: 'path', required: true, schema: { type: 'string' } }], responses } } } }));
  const created = { '201': { description: 'Invited.', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'integer' } } } } } } };

  it('says the response type may now be null (the interface became a nullable alias), not that its fields were removed', async () => {
    const r = await review(loadFromMemory({ 'base.yaml': spec(created) }), loadFromMemory({ 'revision.yaml': spec({ ...created, '204': { description: 'Already a member.' } }) }), { base: 'base', revision: 'revision' });
    expect(tsLines(r)).toEqual(['InvitesInviteResponse changed breaking ← response.success-status.added']);
    expect(r.typescript.ok && r.typescript.changes.map((c) => [c.before, c.after, c.why])).toEqual([['{ id?: number }', '{ id?: number } | null', 'type widened']]);
  });
});

describe('a review of a variant added to a discriminated base', () => {
  const extending = (fields: object) => ({ allOf: [{ $ref: '#/components/schemas/Pet' }, { type: 'object', properties: fields }] });
  const spec = (variants: Record<string, object>) =>
    specText(
      minimalDoc({
        paths: { '/pets': { get: { operationId: 'list', tags: ['pets'], responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } } } } },
        components: { schemas: { Pet: { type: 'object', required: ['petType'], properties: { petType: { type: 'string' } }, discriminator: { propertyName: 'petType' } }, ...variants } },
      }),
    );

  it('traces the wider union of the base to the schema added', async () => {
    const cat = { Cat: extending({ purrs: { type: 'boolean' } }) };
    const r = await review(loadFromMemory({ 'base.yaml': spec(cat) }), loadFromMemory({ 'revision.yaml': spec({ ...cat, Bird: extending({ flies: { type: 'boolean' } }) }) }), { base: 'base', revision: 'revision' });
    expect(tsLines(r)).toEqual(['Bird added addition ← component.schema.added', 'Pet changed breaking ← component.schema.added']);
  });
});
