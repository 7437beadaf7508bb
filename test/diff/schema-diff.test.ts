/**
 * The schema diff, keyword by keyword: given a schema before and after, in a request or a response, the
 * rules reported and their verdicts (the direction rule: requests may only accept more, responses may
 * only promise more).
 */
import { describe, expect, it } from 'vitest';
import { changes, docWith, rulesOf } from './helpers.js';

type Row = { name: string; before: unknown; after: unknown; request: string[]; response: string[]; components?: Record<string, unknown> };

const str = { type: 'string' };
/** AutoRest's mark of an enum whose clients take values it does not list. */
const open = { name: 'E', modelAsString: true };
const obj = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });

const rows: Row[] = [
  { name: 'identical schemas', before: obj({ a: str }), after: obj({ a: str }), request: [], response: [] },
  { name: 'descriptions and examples only', before: { ...str, description: 'a' }, after: { ...str, description: 'b', example: 'x' }, request: [], response: [] },
  { name: 'properties reordered', before: obj({ a: str, b: { type: 'integer' } }, ['a', 'b']), after: obj({ b: { type: 'integer' }, a: str }, ['b', 'a']), request: [], response: [] },
  { name: 'a $ref replaced by the same schema inline', before: { $ref: '#/components/schemas/A' }, after: obj({ a: str }), request: [], response: [], components: { A: obj({ a: str }) } },
  { name: 'nullable: 3.0 spelling', before: str, after: { ...str, nullable: true }, request: ['schema.nullable.added not-breaking'], response: ['schema.nullable.added breaking'] },
  { name: "nullable: 3.1 type: [x, 'null']", before: str, after: { type: ['string', 'null'] }, request: ['schema.nullable.added not-breaking'], response: ['schema.nullable.added breaking'] },
  { name: 'nullable: oneOf with {type: null}', before: str, after: { oneOf: [str, { type: 'null' }] }, request: ['schema.nullable.added not-breaking'], response: ['schema.nullable.added breaking'] },
  { name: 'nullable spelled two ways is the same', before: { type: ['string', 'null'] }, after: { anyOf: [str, { type: 'null' }] }, request: [], response: [] },
  { name: 'became not nullable', before: { ...str, nullable: true }, after: str, request: ['schema.nullable.removed breaking'], response: ['schema.nullable.removed not-breaking'] },
  { name: 'integer widened to number', before: { type: 'integer' }, after: { type: 'number' }, request: ['schema.type.widened not-breaking'], response: ['schema.type.widened breaking'] },
  { name: 'string changed to integer', before: str, after: { type: 'integer' }, request: ['schema.type.changed breaking'], response: ['schema.type.changed breaking'] },
  { name: 'format changed', before: { ...str, format: 'date' }, after: { ...str, format: 'date-time' }, request: ['schema.format.changed breaking'], response: ['schema.format.changed breaking'] },
  { name: 'enum value added', before: { ...str, enum: ['a'] }, after: { ...str, enum: ['a', 'b'] }, request: ['schema.enum.value-added not-breaking'], response: ['schema.enum.value-added undecidable'] },
  { name: 'enum value removed', before: { ...str, enum: ['a', 'b'] }, after: { ...str, enum: ['a'] }, request: ['schema.enum.value-removed breaking'], response: ['schema.enum.value-removed not-breaking'] },
  { name: 'open enum value added', before: { ...str, enum: ['a'], 'x-ms-enum': open }, after: { ...str, enum: ['a', 'b'], 'x-ms-enum': open }, request: ['schema.enum.open-value-added not-breaking'], response: ['schema.enum.open-value-added not-breaking'] },
  { name: 'open enum value removed', before: { ...str, enum: ['a', 'b'], 'x-ms-enum': open }, after: { ...str, enum: ['a'], 'x-ms-enum': open }, request: ['schema.enum.open-value-removed breaking'], response: ['schema.enum.open-value-removed not-breaking'] },
  { name: 'enum value added as the enum closes', before: { ...str, enum: ['a'], 'x-ms-enum': open }, after: { ...str, enum: ['a', 'b'], 'x-ms-enum': { name: 'E', modelAsString: false } }, request: ['schema.enum.closed breaking', 'schema.enum.value-added not-breaking'], response: ['schema.enum.closed not-breaking', 'schema.enum.value-added undecidable'] },
  { name: 'enum opened (modelAsString set)', before: { ...str, enum: ['a'] }, after: { ...str, enum: ['a'], 'x-ms-enum': open }, request: ['schema.enum.opened not-breaking'], response: ['schema.enum.opened breaking'] },
  { name: 'enum closed (modelAsString dropped)', before: { ...str, enum: ['a'], 'x-ms-enum': open }, after: { ...str, enum: ['a'] }, request: ['schema.enum.closed breaking'], response: ['schema.enum.closed not-breaking'] },
  { name: 'maxLength decreased', before: { ...str, maxLength: 10 }, after: { ...str, maxLength: 5 }, request: ['schema.max-length.decreased breaking'], response: ['schema.max-length.decreased not-breaking'] },
  { name: 'minimum set where there was none', before: { type: 'integer' }, after: { type: 'integer', minimum: 1 }, request: ['schema.minimum.set undecidable'], response: ['schema.minimum.set not-breaking'] },
  { name: '3.0 boolean exclusiveMaximum is the 3.1 number', before: { type: 'number', maximum: 5, exclusiveMaximum: true }, after: { type: 'number', exclusiveMaximum: 5 }, request: [], response: [] },
  { name: 'uniqueItems set', before: { type: 'array', items: str }, after: { type: 'array', items: str, uniqueItems: true }, request: ['schema.unique-items.added undecidable'], response: ['schema.unique-items.added not-breaking'] },
  { name: 'uniqueItems removed', before: { type: 'array', items: str, uniqueItems: true }, after: { type: 'array', items: str }, request: ['schema.unique-items.removed not-breaking'], response: ['schema.unique-items.removed breaking'] },
  { name: 'multipleOf set', before: { type: 'integer' }, after: { type: 'integer', multipleOf: 5 }, request: ['schema.multiple-of.set undecidable'], response: ['schema.multiple-of.set not-breaking'] },
  { name: 'multipleOf to a multiple of the old one (fewer numbers)', before: { type: 'number', multipleOf: 0.5 }, after: { type: 'number', multipleOf: 1.5 }, request: ['schema.multiple-of.narrowed breaking'], response: ['schema.multiple-of.narrowed not-breaking'] },
  { name: 'multipleOf to a divisor of the old one (more numbers)', before: { type: 'integer', multipleOf: 10 }, after: { type: 'integer', multipleOf: 5 }, request: ['schema.multiple-of.widened not-breaking'], response: ['schema.multiple-of.widened breaking'] },
  { name: 'multipleOf to neither', before: { type: 'integer', multipleOf: 2 }, after: { type: 'integer', multipleOf: 3 }, request: ['schema.multiple-of.changed breaking'], response: ['schema.multiple-of.changed breaking'] },
  { name: 'null taken out of an enum', before: { enum: ['a', 'b', null] }, after: { enum: ['a', 'b'] }, request: ['schema.nullable.removed breaking'], response: ['schema.nullable.removed not-breaking'] },
  { name: "null taken out of an enum whose type still lists 'null'", before: { type: ['string', 'null'], enum: ['a', null] }, after: { type: ['string', 'null'], enum: ['a'] }, request: ['schema.nullable.removed breaking'], response: ['schema.nullable.removed not-breaking'] },
  { name: "enum without null beside type [x, 'null'] spelled as enum with null: no change", before: { type: 'string', enum: ['a', null] }, after: { type: ['string', 'null'], enum: ['a', null] }, request: [], response: [] },
  { name: 'pattern added', before: str, after: { ...str, pattern: '^a' }, request: ['schema.pattern.added breaking'], response: ['schema.pattern.added not-breaking'] },
  { name: 'pattern added that matches every string', before: str, after: { ...str, pattern: '^.*' }, request: ['schema.pattern.added not-breaking'], response: ['schema.pattern.added not-breaking'] },
  { name: 'enum replaced by a pattern every value matches', before: { ...str, enum: ['7d', '14d'] }, after: { ...str, pattern: '^[0-9]+d$' }, request: ['schema.enum.removed not-breaking', 'schema.pattern.added not-breaking'], response: ['schema.enum.removed breaking', 'schema.pattern.added not-breaking'] },
  { name: 'enum replaced by a pattern one value fails', before: { ...str, enum: ['1d', '1dControl'] }, after: { ...str, pattern: '^[0-9]+d(control)?$' }, request: ['schema.enum.removed not-breaking', 'schema.pattern.added breaking'], response: ['schema.enum.removed breaking', 'schema.pattern.added not-breaking'] },
  { name: 'pattern changed beyond comparison, every value of the enum still matching', before: { ...str, enum: ['aa'], pattern: '^(a)\\1$' }, after: { ...str, enum: ['aa'], pattern: '^a+$' }, request: ['schema.pattern.changed not-breaking'], response: ['schema.pattern.changed not-breaking'] },
  { name: 'invalid pattern set on an enum', before: { ...str, enum: ['a'] }, after: { ...str, enum: ['a'], pattern: '(' }, request: ['schema.pattern.added breaking'], response: ['schema.pattern.added not-breaking'] },
  { name: 'pattern rewritten, matching the same strings', before: { ...str, pattern: '^[0-9]+$' }, after: { ...str, pattern: '^\\d+$' }, request: ['schema.pattern.rewritten not-breaking'], response: ['schema.pattern.rewritten not-breaking'] },
  // Another dialect's classes and anchors are read as that dialect means them, as the generator reads them.
  { name: "Ruby's anchors rewritten as ECMA-262's", before: { ...str, pattern: '\\A[a-z]+\\z' }, after: { ...str, pattern: '^[a-z]+$' }, request: ['schema.pattern.rewritten not-breaking'], response: ['schema.pattern.rewritten not-breaking'] },
  // Read with the `u` flag, as the generator and JSON Schema read them: `\\p{Lu}` is Unicode's upper case, not `p{Lu}`.
  { name: 'a Unicode property narrowed to ASCII', before: { ...str, pattern: '^\\p{Lu}+$' }, after: { ...str, pattern: '^[A-Z]+$' }, request: ['schema.pattern.narrowed breaking'], response: ['schema.pattern.narrowed not-breaking'] },
  { name: 'enum replaced by a Unicode property every value matches', before: { ...str, enum: ['Émile', 'Zoë'] }, after: { ...str, pattern: '^\\p{L}+$' }, request: ['schema.enum.removed not-breaking', 'schema.pattern.added not-breaking'], response: ['schema.enum.removed breaking', 'schema.pattern.added not-breaking'] },
  { name: "Java's class rewritten as a range", before: { ...str, pattern: '^\\p{Digit}+$' }, after: { ...str, pattern: '^[0-9]+$' }, request: ['schema.pattern.rewritten not-breaking'], response: ['schema.pattern.rewritten not-breaking'] },
  { name: 'pattern widened', before: { ...str, pattern: '^[a-f]+$' }, after: { ...str, pattern: '^[a-z]+$' }, request: ['schema.pattern.widened not-breaking'], response: ['schema.pattern.widened not-breaking'] },
  { name: 'pattern now matching every string', before: { ...str, pattern: '^[a-f]+$' }, after: { ...str, pattern: '[\\s\\S]*' }, request: ['schema.pattern.generalized not-breaking'], response: ['schema.pattern.generalized not-breaking'] },
  { name: 'pattern narrowed', before: { ...str, pattern: '^[a-z]+$' }, after: { ...str, pattern: '^[a-f]+$' }, request: ['schema.pattern.narrowed breaking'], response: ['schema.pattern.narrowed not-breaking'] },
  { name: 'pattern replaced by one that overlaps it', before: { ...str, pattern: '^[a-m]+$' }, after: { ...str, pattern: '^[f-z]+$' }, request: ['schema.pattern.replaced breaking'], response: ['schema.pattern.replaced not-breaking'] },
  { name: 'pattern changed where a backreference keeps it undecided', before: { ...str, pattern: '^(a)\\1$' }, after: { ...str, pattern: '^aa$' }, request: ['schema.pattern.changed undecidable'], response: ['schema.pattern.changed not-breaking'] },
  { name: 'required property added', before: obj({ a: str }), after: obj({ a: str, b: str }, ['b']), request: ['schema.property.added.required breaking'], response: ['schema.property.added.required not-breaking'] },
  { name: 'optional property removed', before: obj({ a: str, b: str }), after: obj({ a: str }), request: ['schema.property.removed.optional undecidable'], response: ['schema.property.removed.optional undecidable'] },
  { name: 'unconstrained optional property removed', before: obj({ a: str, meta: {} }), after: obj({ a: str }), request: ['schema.property.removed.optional not-breaking'], response: ['schema.property.removed.optional not-breaking'] },
  { name: 'property became optional', before: obj({ a: str }, ['a']), after: obj({ a: str }), request: ['schema.property.became-optional not-breaking'], response: ['schema.property.became-optional breaking'] },
  { name: 'read-only property: changes inside do not matter to requests', before: obj({ id: { ...str, readOnly: true, maxLength: 9 } }), after: obj({ id: { ...str, readOnly: true, maxLength: 5 } }), request: ['schema.max-length.decreased not-breaking'], response: ['schema.max-length.decreased not-breaking'] },
  { name: 'required property no longer read-only: requests must now send it', before: obj({ id: { ...str, readOnly: true } }, ['id']), after: obj({ id: str }, ['id']), request: ['schema.property.became-not-read-only breaking'], response: ['schema.property.became-not-read-only not-breaking'] },
  { name: 'optional property no longer read-only: requests may send it', before: obj({ id: { ...str, readOnly: true } }), after: obj({ id: str }), request: ['schema.property.became-not-read-only not-breaking'], response: ['schema.property.became-not-read-only not-breaking'] },
  { name: 'required property became write-only: responses no longer return it', before: obj({ pw: str }, ['pw']), after: obj({ pw: { ...str, writeOnly: true } }, ['pw']), request: ['schema.property.became-write-only not-breaking'], response: ['schema.property.became-write-only breaking'] },
  { name: 'write-only property: changes inside do not matter to responses', before: obj({ pw: { ...str, writeOnly: true } }), after: obj({ pw: { ...str, writeOnly: true, enum: ['x'] } }), request: ['schema.enum.added breaking'], response: ['schema.enum.added not-breaking'] },
  { name: 'oneOf branch added', before: { oneOf: [str, { type: 'integer' }] }, after: { oneOf: [str, { type: 'integer' }, { type: 'boolean' }] }, request: ['schema.types.widened not-breaking', 'schema.one-of.added not-breaking'], response: ['schema.types.widened breaking', 'schema.one-of.added breaking'] },
  { name: 'allOf branch added', before: { allOf: [obj({ a: str }), obj({ b: str })] }, after: { allOf: [obj({ a: str }), obj({ b: str }), obj({ c: str }, ['c'])] }, request: ['schema.all-of.added breaking'], response: ['schema.all-of.added not-breaking'] },
  { name: 'discriminator property renamed', before: { oneOf: [obj({ k: str })], discriminator: { propertyName: 'k' } }, after: { oneOf: [obj({ k: str })], discriminator: { propertyName: 'kind' } }, request: ['schema.discriminator.property-name-changed not-breaking'], response: ['schema.discriminator.property-name-changed not-breaking'] },
  { name: 'additionalProperties: false set', before: obj({ a: str }), after: { ...obj({ a: str }), additionalProperties: false }, request: ['schema.additional-properties.disallowed breaking'], response: ['schema.additional-properties.disallowed not-breaking'] },
  { name: 'a property declared false (must be absent) becomes a string', before: obj({ a: false }), after: obj({ a: str }), request: ['schema.property.added.optional not-breaking'], response: ['schema.property.added.optional not-breaking'] },
  { name: 'a property becomes false, undeclared properties still allowed', before: obj({ a: str, meta: {} }), after: obj({ a: str, meta: false }), request: ['schema.property.removed.optional undecidable'], response: ['schema.property.removed.optional undecidable'] },
  { name: 'array items become false (the array must be empty)', before: { type: 'array', items: str }, after: { type: 'array', items: false }, request: ['schema.forbidden breaking'], response: ['schema.forbidden not-breaking'] },
  { name: 'a closed tuple opened', before: { type: 'array', prefixItems: [str], items: false }, after: { type: 'array', prefixItems: [str], items: str }, request: ['schema.allowed not-breaking'], response: ['schema.allowed breaking'] },
  // Keywords beside a `$ref` apply with it (3.1), as the generator reads them.
  { name: 'a field the $ref declares required beside it', before: { $ref: '#/components/schemas/A' }, after: { $ref: '#/components/schemas/A', required: ['a'] }, request: ['schema.property.became-required breaking'], response: ['schema.property.became-required not-breaking'], components: { A: obj({ a: str }) } },
  { name: 'a field added beside a $ref', before: { $ref: '#/components/schemas/A' }, after: { $ref: '#/components/schemas/A', properties: { b: str } }, request: ['schema.property.added.optional not-breaking'], response: ['schema.property.added.optional not-breaking'], components: { A: obj({ a: str }) } },
  { name: 'a field deprecated beside its $ref', before: obj({ plan: { $ref: '#/components/schemas/A' } }), after: obj({ plan: { $ref: '#/components/schemas/A', deprecated: true } }), request: ['schema.deprecated not-breaking'], response: ['schema.deprecated not-breaking'], components: { A: obj({ a: str }) } },
  { name: 'a required field made read-only beside its $ref: requests no longer send it', before: obj({ plan: { $ref: '#/components/schemas/A' } }, ['plan']), after: obj({ plan: { $ref: '#/components/schemas/A', readOnly: true } }, ['plan']), request: ['schema.property.became-read-only undecidable'], response: ['schema.property.became-read-only not-breaking'], components: { A: obj({ a: str }) } },
  { name: 'a required field made write-only beside its $ref: responses no longer hold it', before: obj({ plan: { $ref: '#/components/schemas/A' } }, ['plan']), after: obj({ plan: { $ref: '#/components/schemas/A', writeOnly: true } }, ['plan']), request: ['schema.property.became-write-only not-breaking'], response: ['schema.property.became-write-only breaking'], components: { A: obj({ a: str }) } },
  { name: 'the same, written as an allOf', before: { $ref: '#/components/schemas/A', required: ['a'] }, after: { allOf: [{ $ref: '#/components/schemas/A' }, { required: ['a'] }] }, request: [], response: [], components: { A: obj({ a: str }) } },
  // A union of single values is their enum (3.1 explains each value so), as the generator reads it; an enum's values carry their type.
  { name: 'an enum rewritten as a oneOf of explained consts: no change', before: { type: 'string', enum: ['a', 'b'] }, after: { oneOf: [{ const: 'a', description: 'A.' }, { const: 'b', title: 'Bee' }] }, request: [], response: [] },
  { name: 'a value of such a oneOf replaced', before: { type: 'string', enum: ['a', 'b'] }, after: { oneOf: [{ type: 'string', const: 'a' }, { type: 'string', const: 'c' }] }, request: ['schema.enum.value-added not-breaking', 'schema.enum.value-removed breaking'], response: ['schema.enum.value-added undecidable', 'schema.enum.value-removed not-breaking'] },
  { name: 'a null branch added to such a oneOf', before: { oneOf: [{ const: 'a' }, { const: 'b' }] }, after: { oneOf: [{ const: 'a' }, { const: 'b' }, { type: 'null' }] }, request: ['schema.nullable.added not-breaking'], response: ['schema.nullable.added breaking'] },
  { name: "an enum's type left out: no change", before: { type: 'number', enum: [1, 2.5] }, after: { enum: [1, 2.5] }, request: [], response: [] },
  { name: "an enum's type left out as a value of another type comes", before: { type: 'string', enum: ['a'] }, after: { enum: ['a', 2] }, request: ['schema.type.removed not-breaking', 'schema.enum.value-added not-breaking'], response: ['schema.type.removed breaking', 'schema.enum.value-added undecidable'] },
  // A file as 3.1 writes it (its media type, no `type` or `type: string`) is 3.0's `format: binary`, as the generator reads it.
  { name: 'a file written the 3.1 way', before: obj({ f: { ...str, format: 'binary' } }), after: obj({ f: { contentMediaType: 'image/png' }, g: { ...str, contentMediaType: 'application/pdf' } }), request: ['schema.property.added.optional not-breaking'], response: ['schema.property.added.optional not-breaking'] },
  { name: 'a file become text', before: obj({ f: { ...str, format: 'binary' } }), after: obj({ f: { ...str, contentMediaType: 'text/csv' } }), request: ['schema.format.removed not-breaking'], response: ['schema.format.removed breaking'] },
  { name: 'array items narrowed', before: { type: 'array', items: { type: 'number' } }, after: { type: 'array', items: { type: 'integer' } }, request: ['schema.type.narrowed breaking'], response: ['schema.type.narrowed not-breaking'] },
];

describe('schema changes and their verdicts', () => {
  it.each(rows)('$name', ({ before, after, request, response, components }) => {
    expect(rulesOf(changes(docWith(before, 'request', components), docWith(after, 'request', components)))).toEqual(request);
    expect(rulesOf(changes(docWith(before, 'response', components), docWith(after, 'response', components)))).toEqual(response);
  });
});

describe('circular schemas', () => {
  const node = (extra: Record<string, unknown> = {}) => ({ type: 'object', properties: { name: str, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } }, ...extra } });
  it('terminate: a change inside the cycle is reported once, where the cycle starts', () => {
    const found = changes(docWith({ $ref: '#/components/schemas/Node' }, 'response', { Node: node() }), docWith({ $ref: '#/components/schemas/Node' }, 'response', { Node: node({ size: { type: 'integer' } }) }));
    expect(found.map((c) => `${c.rule} ${c.subject}`)).toEqual(['schema.property.added.optional response 200 application/json /size']);
  });
  it('compared with themselves report nothing', () => {
    const doc = docWith({ $ref: '#/components/schemas/Node' }, 'request', { Node: node() });
    expect(changes(doc, doc)).toEqual([]);
  });
});

describe('a pattern change', () => {
  it('says which string tells the two patterns apart, each way', () => {
    const [c] = changes(docWith({ ...str, pattern: '^[a-m]+$' }, 'request'), docWith({ ...str, pattern: '^[f-z]+$' }, 'request'));
    expect(c!.message).toBe('pattern changed: some strings it matched no longer do, others now do: ^[a-m]+$ → ^[f-z]+$');
    expect(c!.note).toBe('"a" matched before and no longer does; "n" matches now and did not before');
  });

  it('names the values of the enum before that a pattern no longer matches', () => {
    const [, c] = changes(docWith({ ...str, enum: ['1d', '1dControl', '2dControl'] }, 'request'), docWith({ ...str, pattern: '^[0-9]+d(control)?$' }, 'request'));
    expect([c!.rule, c!.verdict, c!.note]).toEqual(['schema.pattern.added', 'breaking', '"1dControl", "2dControl", allowed by the enum before, no longer match']);
  });

  it('names the shortest string a pattern set where there was none rejects', () => {
    const [c] = changes(docWith(str, 'request'), docWith({ ...str, pattern: 'a+b' }, 'request'));
    expect([c!.rule, c!.verdict, c!.note]).toEqual(['schema.pattern.added', 'breaking', '"" no longer matches']);
  });
});

describe('every change is located on both sides', () => {
  it('gives the JSON pointer and line of the changed node in each document', () => {
    const [c] = changes(docWith(obj({ a: { ...str, maxLength: 3 } }), 'request'), docWith(obj({ a: { ...str, maxLength: 2 } }), 'request'));
    expect(c!.base).toMatchObject({ file: 'spec.yaml', pointer: '/paths/~1things/post/requestBody/content/application~1json/schema/properties/a/maxLength' });
    expect(c!.revision!.pointer).toBe(c!.base!.pointer);
    expect(c!.base!.line).toBeGreaterThan(0);
  });
});

describe('schemas the same in both documents, everything they reference included', () => {
  const shared = (maxLength: number) => ({ Leaf: { type: 'string', maxLength }, Node: obj({ leaf: { $ref: '#/components/schemas/Leaf' }, next: { $ref: '#/components/schemas/Node' } }) });
  it('are skipped only when nothing they reach changed: a change two refs away is still found', () => {
    const found = changes(docWith({ $ref: '#/components/schemas/Node' }, 'response', shared(10)), docWith({ $ref: '#/components/schemas/Node' }, 'response', shared(5)));
    expect(found.map((c) => `${c.rule} ${c.subject}`)).toEqual(['schema.max-length.decreased response 200 application/json /leaf']);
  });
  it('compared with themselves report nothing, through a cycle', () => {
    const doc = docWith({ $ref: '#/components/schemas/Node' }, 'request', shared(10));
    expect(changes(doc, doc)).toEqual([]);
  });
});
