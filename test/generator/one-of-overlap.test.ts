/**
 * A `oneOf` whose branches a value holding only one branch's required fields matches several of: a
 * validating server refuses it (`oneOf` takes exactly one). Said, located at the `oneOf`, only where sure.
 */
import { describe, expect, it } from 'vitest';
import { buildApi } from '../../generator/pipeline.js';
import { docWithResponse, loadFromMemory, specText } from '../helpers/spec.js';

const at = '/paths/~1things/get/responses/200/content/application~1json/schema/oneOf';
const components = {
  Video: { type: 'object', required: ['type', 'src'], properties: { type: { type: 'string', default: 'video' }, src: { type: 'string' }, volume: { type: 'number' } } },
  Image: { type: 'object', required: ['type', 'src'], properties: { type: { type: 'string', default: 'image' }, src: { type: 'string', format: 'uri' } } },
  Title: { type: 'object', required: ['type', 'text'], properties: { type: { type: 'string' }, text: { type: 'string' } } },
};

function overlaps(schema: object): string[][] {
  const { warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(docWithResponse(schema, components)) }));
  return warnings.filter((w) => w.code === 'one-of-overlap').map((w) => [w.location.pointer, w.message]);
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const closed = (required: string[], properties: object) => ({ type: 'object', additionalProperties: false, required, properties });
/** An `allOf` of a base requiring `kind` (any of two values) and a part declaring `kind` again. */
const tagged = (kind: object) => ({ allOf: [{ required: ['kind'], properties: { kind: { enum: ['github', 'google'] } } }, { properties: { kind } }] });
/** The same, `kind` required by neither part: a tag every real value carries, telling the branches apart. */
const untagged = (kind: object) => ({ allOf: [{ properties: { kind: { enum: ['github', 'google'] } } }, { properties: { kind } }] });

describe('a oneOf whose branches a value of one of them matches several of', () => {
  it('is said where two branches require nothing (GraphHopper\'s matrix request): every object matches both', () => {
    expect(overlaps({ oneOf: [{ type: 'object', properties: { points: { type: 'array' } } }, { type: 'object', properties: { from_points: { type: 'array' } } }] })).toEqual([
      [at, 'a value with only the fields branch 0 requires (none: `{}`) matches branch 1 too, and `oneOf` refuses a value more than one branch matches: write `anyOf`, or have each branch require a field that tells it apart'],
    ]);
  });

  it("is said where a field meant as a tag has no enum (Shotstack's assets): an image's fields are a video's", () => {
    const [[pointer, message]] = overlaps({ oneOf: [ref('Video'), ref('Image'), ref('Title')] }) as [[string, string]];
    expect([pointer, message]).toEqual([at, expect.stringMatching(/^a value with only the fields branch 1 requires \(`type`, `src`\) matches branch 0 too,/)]);
  });

  it("is said of closed branches that each take the same required fields (Vercel's domains)", () => {
    const schema = { oneOf: [closed(['method', 'name'], { method: { type: 'string' }, name: { type: 'string' }, token: { type: 'string' } }), closed(['method', 'name'], { method: { type: 'string' }, name: { type: 'string' }, authCode: { type: 'string' } }), closed(['name'], { name: { type: 'string' }, method: { type: 'string' } })] };
    expect(overlaps(schema)).toEqual([[at, expect.stringMatching(/^a value with only the fields branch 0 requires \(`method`, `name`\) matches branches 1 and 2 too,/)]]);
  });

  it('counts the fields required beside the oneOf', () => {
    const schema = { type: 'object', required: ['id'], properties: { id: { type: 'integer' } }, oneOf: [{ properties: { a: { type: 'string' } } }, { properties: { b: { type: 'string' } } }] };
    expect(overlaps(schema)).toEqual([[at, expect.stringMatching(/^a value with only the fields branch 0 requires \(`id`\) matches branch 1 too,/)]]);
  });

  it.each([
    ['an enum within the other branch\'s', { oneOf: [{ required: ['a'], properties: { a: { enum: ['x', 'y'] } } }, { required: ['a'], properties: { a: { enum: ['x'] } } }] }, 1],
    ['a pattern where the other branch takes any string', { oneOf: [{ required: ['a'], properties: { a: { type: 'string' } } }, { required: ['a'], properties: { a: { type: 'string', pattern: '^b' } } }] }, 1],
    ['an integer where the other branch takes a number', { oneOf: [{ required: ['a'], properties: { a: { type: 'integer' } } }, { required: ['a'], properties: { a: { type: 'number' } } }] }, 0],
    // portfoliooptimizer's returns: a list of at least two numbers, written out in each branch, keys in another order.
    ['a field written out alike in each branch, descriptions aside', { oneOf: [{ required: ['a'], properties: { a: { type: 'array', description: 'Returns.', minItems: 2, items: { type: 'number' } }, x: { type: 'number' } } }, { required: ['a'], properties: { a: { items: { type: 'number' }, minItems: 2, type: 'array' }, y: { type: 'number' } } }] }, 0],
  ])('is said for %s: every value of it matches both', (_, schema, branch) => {
    expect(overlaps(schema)).toEqual([[at, expect.stringMatching(new RegExp(`^a value with only the fields branch ${branch} requires \\(\`a\`\\) matches branch ${1 - branch} too,`))]]);
  });

  it("is said of branches read through their allOf parts (Cloudflare's bot management configs, none requiring a field)", () => {
    const config = { allOf: [{ allOf: [{ properties: { enable_js: { type: 'boolean' } } }] }, { properties: { fight_mode: { type: 'boolean' } } }] };
    const schema = { oneOf: [config, { allOf: [{ allOf: [{ properties: { enable_js: { type: 'boolean' } } }] }, { properties: { optimize_wordpress: { type: 'boolean' } } }] }] };
    expect(overlaps(schema)).toEqual([[at, expect.stringMatching(/^a value with only the fields branch 0 requires \(none: `{}`\) matches branch 1 too,/)]]);
    const required = { oneOf: [{ allOf: [config, { required: ['fight_mode'] }] }, { allOf: [{ properties: { sbfm: { type: 'string' } } }, { required: ['sbfm'] }] }] };
    expect(overlaps(required)).toEqual([]);
  });

  it("is said of a field two allOf parts declare, alike in both branches (Cloudflare's identity providers' `config`)", () => {
    const config = { type: 'object', properties: { client_id: { type: 'string' } } };
    const provider = (type: object) => ({ allOf: [ref('Provider'), { type: 'object', properties: { type, config } }] });
    const schema = { oneOf: [provider({ type: 'string' }), provider({ type: 'string', description: 'GitHub.' })] };
    const byBase = { Provider: { type: 'object', required: ['type', 'config'], properties: { type: { enum: ['github', 'google'] }, config: { type: 'object' } } } };
    const { warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(docWithResponse(schema, { ...components, ...byBase })) }));
    expect(warnings.map((w) => [w.code, w.location.pointer, w.message])).toEqual([
      ['one-of-overlap', at, expect.stringMatching(/^a value with only the fields branch 0 requires \(`type`, `config`\) matches branch 1 too,/)],
    ]);
  });

  it.each([
    ["two strings each with only a description (Cloudflare's ACL subnets)", { oneOf: [{ type: 'string', description: 'An IP address.' }, { type: 'string', description: 'A CIDR.', example: '192.0.2.0/24' }] }, 0, 'a string', 'branch 1'],
    ['a uuid where the other branch takes any string', { oneOf: [{ type: 'string' }, { type: 'string', format: 'uuid' }] }, 1, 'a string', 'branch 0'],
    ['an integer where two others take a number', { oneOf: [{ type: 'integer' }, { type: 'number' }, { type: ['number', 'null'] }] }, 0, 'an integer', 'branches 1 and 2'],
    ['an enum within another', { oneOf: [{ type: 'string', enum: ['a'] }, { enum: ['a', 'b'] }] }, 0, 'a string', 'branch 1'],
    ['an enum without a type within another', { oneOf: [{ enum: ['a'] }, { enum: ['a', 'b'] }] }, 0, 'a string', 'branch 1'],
    ['a const without a type, of values another branch takes', { oneOf: [{ const: 2 }, { type: 'number', description: 'A count.' }] }, 0, 'an integer', 'branch 1'],
  ])('is said of values no object, one branch taking every value another takes: %s', (_, schema, branch, kind, others) => {
    expect(overlaps(schema)).toEqual([[at, `every value branch ${branch} takes (${kind}) matches ${others} too, and \`oneOf\` refuses a value more than one branch matches: write \`anyOf\`, or tell the branches apart (a \`format\`, a \`pattern\`, an \`enum\`)`]]);
  });

  it.each([
    ['branches requiring different fields', { oneOf: [{ required: ['a'], properties: { a: { type: 'string' } } }, { required: ['b'], properties: { b: { type: 'string' } } }] }],
    ['a tag told apart by its enum, though not required', { oneOf: [{ properties: { target: { enum: ['ip'] } } }, { properties: { target: { const: 'ip6' } } }] }],
    ['a closed branch that does not declare the other\'s required field', { oneOf: [{ required: ['a'], properties: { a: { type: 'string' } } }, closed([], { b: { type: 'string' } })] }],
    ['a required field of another type in the other branch', { oneOf: [{ required: ['a'], properties: { a: { type: 'string' } } }, { required: ['a'], properties: { a: { type: 'integer' } } }] }],
    ['enums each holding a value the other does not', { oneOf: [{ required: ['a'], properties: { a: { enum: ['x', 'y'] } } }, { required: ['a'], properties: { a: { enum: ['y', 'z'] } } }] }],
    ['fields written out alike but for a bound', { oneOf: [{ required: ['a'], properties: { a: { type: 'array', minItems: 2, items: { type: 'number' } } } }, { required: ['a'], properties: { a: { type: 'array', minItems: 3, items: { type: 'number' } } } }] }],
    ['patterns on both fields, not compared', { oneOf: [{ required: ['a'], properties: { a: { type: 'string', pattern: '^a' } } }, { required: ['a'], properties: { a: { type: 'string', pattern: '^b' } } }] }],
    ['a branch of another composition, not followed', { oneOf: [{ anyOf: [{ properties: { a: { type: 'string' } } }] }, { properties: { b: { type: 'string' } } }] }],
    ['a tag two allOf parts declare, told apart by the enum of each branch\'s own part', { oneOf: [tagged({ enum: ['github'] }), tagged({ enum: ['google'] })] }],
    ['a tag no branch requires, two allOf parts declaring it, told apart by each branch\'s own part', { oneOf: [untagged({ enum: ['github'] }), untagged({ const: 'google' })] }],
    ['a field two allOf parts declare, bounded apart by each branch\'s own part', { oneOf: [tagged({ type: 'string', maxLength: 6 }), tagged({ type: 'string', minLength: 7 })] }],
    ['an allOf part closed to the others\' fields, not merged', { oneOf: [{ allOf: [{ additionalProperties: false, properties: { a: { type: 'string' } } }, { properties: { c: { type: 'string' } } }] }, { properties: { b: { type: 'string' } } }] }],
    ['a discriminator', { oneOf: [{ properties: { a: { type: 'string' } } }, { properties: { b: { type: 'string' } } }], discriminator: { propertyName: 'kind' } }],
    ['anyOf, which takes a value several branches match', { anyOf: [{ properties: { a: { type: 'string' } } }, { properties: { b: { type: 'string' } } }] }],
    ['strings of two formats', { oneOf: [{ type: 'string', format: 'ipv4' }, { type: 'string', format: 'uuid' }] }],
    ['a string and an integer', { oneOf: [{ type: 'string' }, { type: 'integer' }] }],
    ['values of two enums', { oneOf: [{ enum: ['a', 'b'] }, { enum: ['c'] }] }],
  ])('is not said with %s', (_, schema) => {
    expect(overlaps(schema)).toEqual([]);
  });
});
