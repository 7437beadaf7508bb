/**
 * An `allOf` whose branches were regrouped (a fragment replaced by others that say the same, a plain
 * object split into fragments) is compared flattened: what changed is reported property by property, and
 * a regrouping that changes nothing reports nothing, where branch by branch it read as a branch removed
 * (undecidable in a request) and a branch added (breaking).
 */
import { describe, expect, it } from 'vitest';
import { changes, docWith, rulesOf } from './helpers.js';

type Row = { name: string; before: unknown; after: unknown; request: string[]; response: string[]; components?: Record<string, unknown> };

const str = { type: 'string' };
const obj = { type: 'object' };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
/** Two components with one title: the pairing takes them for the same branch, so the other branches are what changed. */
const components = {
  Ruleset: { title: 'Ruleset', type: 'object', properties: { name: str, kind: str } },
  RulesetV2: { title: 'Ruleset', type: 'object', properties: { name: str } },
};

const rows: Row[] = [
  {
    name: 'a property moved from one fragment to another, required by name in a third',
    before: { allOf: [ref('Ruleset'), { required: ['name', 'kind'], properties: { rules: { type: 'array', items: str } } }] },
    after: { allOf: [ref('RulesetV2'), { required: ['name', 'kind'], properties: { kind: str, rules: { type: 'array', items: str } } }] },
    request: [],
    response: [],
  },
  {
    name: 'a plain object split into fragments',
    before: { type: 'object', required: ['a'], properties: { a: str, b: { type: 'integer' } } },
    after: { allOf: [{ type: 'object', required: ['a'], properties: { a: str } }, { properties: { b: { type: 'integer' } } }] },
    request: [],
    response: [],
  },
  {
    name: 'regrouped, with a property changed inside',
    before: { allOf: [ref('Ruleset'), { properties: { rules: str } }] },
    after: { allOf: [ref('RulesetV2'), { properties: { kind: { type: 'integer' }, rules: str } }] },
    request: ['schema.type.changed breaking'],
    response: ['schema.type.changed breaking'],
  },
  {
    name: 'a fragment that only required a sibling fragment\'s property replaced by one that adds a property',
    before: { allOf: [{ properties: { a: str } }, { required: ['a'] }] },
    after: { allOf: [{ properties: { a: str } }, { properties: { b: str } }] },
    request: ['schema.property.became-optional not-breaking', 'schema.property.added.optional not-breaking'],
    response: ['schema.property.became-optional breaking', 'schema.property.added.optional not-breaking'],
  },
  {
    name: 'a property declared by two fragments: both declarations hold',
    before: { allOf: [{ properties: { success: { type: 'boolean' } } }, { properties: { success: { enum: [false] } } }] },
    after: { properties: { success: { type: 'boolean', enum: [false] } } },
    request: [],
    response: [],
  },
  {
    name: 'a property declared by two fragments loses one declaration',
    before: { allOf: [{ properties: { code: str } }, { properties: { code: { maxLength: 3 } } }] },
    after: { allOf: [{ properties: { code: str } }, { properties: { other: str } }] },
    request: ['schema.max-length.unset not-breaking', 'schema.property.added.optional not-breaking'],
    response: ['schema.max-length.unset breaking', 'schema.property.added.optional not-breaking'],
  },
  {
    name: 'a read-only property now read-only through a part of its allOf',
    before: { type: 'object', properties: { id: { type: 'string', readOnly: true } } },
    after: { type: 'object', properties: { id: { allOf: [str, { readOnly: true }] } } },
    request: [],
    response: [],
  },
  {
    name: 'a read-only property now declared by two parts, one of them read-only',
    before: { type: 'object', properties: { id: { type: 'string', readOnly: true } } },
    after: { allOf: [{ type: 'object', properties: { id: str } }, { properties: { id: { readOnly: true } } }] },
    request: [],
    response: [],
  },
  {
    name: 'a property two parts declare with different anyOfs (Cloudflare\'s envelopes): one anyOf of what both allow',
    before: { allOf: [{ properties: { result: { anyOf: [obj, { type: 'array', items: {} }, str] } } }, { properties: { result: { anyOf: [obj, str] } } }] },
    after: { properties: { result: { anyOf: [obj, str] } } },
    request: [],
    response: [],
  },
  {
    name: 'an anyOf under its holder\'s type, one branch saying nothing more: no limit',
    before: { allOf: [{ properties: { result: { anyOf: [obj, str] } } }, { properties: { result: { type: 'object', properties: { id: str } } } }] },
    after: { properties: { result: { type: 'object', properties: { id: str } } } },
    request: [],
    response: [],
  },
  {
    name: 'a branch of the anyOf both parts allow dropped',
    before: { allOf: [{ properties: { result: { anyOf: [obj, { type: 'array', items: {} }, str] } } }, { properties: { result: { anyOf: [obj, str] } } }] },
    // As the same change reads between plain schemas: `anyOf: [object, string]` to `anyOf: [string]`.
    after: { properties: { result: { anyOf: [str] } } },
    request: ['schema.types.narrowed breaking', 'schema.any-of.removed breaking'],
    response: ['schema.types.narrowed not-breaking', 'schema.any-of.removed not-breaking'],
  },
  {
    name: 'types that parts say differently: what both allow (an integer is a number)',
    before: { allOf: [{ type: ['number', 'null'] }, { type: 'integer', minimum: 0 }] },
    after: { type: 'integer', minimum: 0 },
    request: [],
    response: [],
  },
  {
    name: 'enums that parts say differently: the values both list',
    before: { allOf: [{ type: 'string', enum: ['a', 'b', 'c'] }, { enum: ['b', 'c', 'd'] }] },
    after: { type: 'string', enum: ['b', 'c'] },
    request: [],
    response: [],
  },
  {
    name: 'a list whose items one part leaves open and another says (Cloudflare\'s collection envelopes)',
    before: { allOf: [{ properties: { result: { type: 'array', items: {} } } }, { properties: { result: { items: ref('Ruleset') } } }] },
    after: { properties: { result: { type: 'array', items: ref('Ruleset') } } },
    request: [],
    response: [],
  },
];

describe('an allOf regrouped is compared flattened', () => {
  for (const row of rows) {
    for (const where of ['request', 'response'] as const) {
      it(`${row.name} (${where})`, () => {
        const found = changes(docWith(row.before, where, components), docWith(row.after, where, components));
        expect(rulesOf(found)).toEqual(row[where]);
      });
    }
  }

  it('null is allowed when every part that limits the type allows it (OpenAPI 3.0 nullable)', () => {
    const compare = (before: unknown, after: unknown) => rulesOf(changes(docWith(before, 'response', {}, '3.0.3'), docWith(after, 'response', {}, '3.0.3')));
    const nullableString = { type: 'string', nullable: true };
    expect(compare({ allOf: [nullableString, { maxLength: 5 }] }, { ...nullableString, maxLength: 5 })).toEqual([]);
    expect(compare({ allOf: [nullableString, str] }, str)).toEqual([]);
    expect(compare({ allOf: [nullableString, { maxLength: 5 }] }, { ...str, maxLength: 5 })).toEqual(['schema.nullable.removed not-breaking']);
  });

  it('a change inside is located at the property that says it', () => {
    const [change] = changes(docWith(rows[2]!.before, 'request', components), docWith(rows[2]!.after, 'request', components));
    expect(change?.subject).toBe('request body application/json /kind');
    expect(change?.base?.pointer).toBe('/components/schemas/Ruleset/properties/kind/type');
    expect(change?.revision?.pointer).toBe('/paths/~1things/post/requestBody/content/application~1json/schema/allOf/1/properties/kind/type');
  });
});

describe('an allOf kept branch by branch', () => {
  const compare = (before: unknown, after: unknown) => rulesOf(changes(docWith(before, 'request'), docWith(after, 'request')));

  it('a branch only added is reported as a branch added', () => {
    const a = { properties: { a: str } };
    expect(compare({ allOf: [a, { properties: { b: str } }] }, { allOf: [a, { properties: { b: str } }, { required: ['a'] }] })).toEqual(['schema.all-of.added breaking']);
  });

  it('a branch that limits its own properties (additionalProperties) is not merged with the others', () => {
    const before = { allOf: [{ properties: { a: str }, additionalProperties: false }, { properties: { b: str } }] };
    expect(compare(before, { type: 'object', properties: { a: str, b: str } })).toContain('schema.all-of.removed undecidable');
  });

  it('a property whose declarations disagree keeps its holder branch by branch, not just itself', () => {
    const before = { allOf: [{ properties: { code: { maxLength: 3 } } }, { properties: { code: { maxLength: 5 } } }] };
    const found = changes(docWith(before, 'request'), docWith({ properties: { code: { maxLength: 3 } } }, 'request'));
    expect(found.map((c) => `${c.rule} ${c.subject}`)).toContain('schema.all-of.removed request body application/json');
    expect(found.filter((c) => c.rule.startsWith('schema.all-of') && c.subject.endsWith('/code'))).toEqual([]);
  });

  it('parts whose types or enums no value satisfies, or whose anyOfs hold references, are not merged', () => {
    expect(compare({ allOf: [str, { type: 'integer' }] }, { type: 'integer' })).toContain('schema.all-of.removed undecidable');
    expect(compare({ allOf: [{ enum: [true] }, { enum: [false] }] }, { enum: [false] })).toContain('schema.all-of.removed undecidable');
    const refs = { allOf: [{ anyOf: [{ $ref: '#/components/schemas/A' }, str] }, { anyOf: [obj, str] }] };
    expect(compare(refs, { anyOf: [str] })).toContain('schema.all-of.removed undecidable');
  });

  it('parts that disagree on a keyword are not merged', () => {
    const before = { allOf: [{ type: 'string', maxLength: 3 }, { maxLength: 5 }] };
    expect(compare(before, { type: 'string', maxLength: 3 })).toContain('schema.all-of.removed undecidable');
  });
});
