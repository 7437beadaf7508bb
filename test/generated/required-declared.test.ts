/**
 * `required` naming a property the object does not declare (GitHub's `required: [tags]` beside
 * `properties: {tag}`; Cloudflare's `dnnsec` beside `dnssec`): left out of the type, with a located warning
 * that names the declared property it most likely meant. No warning where something else may declare the
 * name: a composition beside it or around it (inline or by `$ref`), or a schema for other keys. So is a
 * name no part of an `allOf` declares (Cloudflare's queues list `result`'s fields on its envelope).
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../generator/diagnostics.js';
import { buildApi } from '../../generator/pipeline.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';
import { docWithResponse, loadFromMemory, specText } from '../helpers/spec.js';

const docker = { type: 'object', properties: { tag: { type: 'array', items: { type: 'string' } } }, required: ['tags'] };

function warnings(response: unknown, components: Record<string, unknown> = {}): { pointer: string; message: string }[] {
  const spec = loadFromMemory({ 'spec.yaml': specText(docWithResponse(response, components)) });
  return buildApi(spec)
    .warnings.filter((d: Diagnostic) => d.code === 'required-undeclared')
    .map((d) => ({ pointer: d.location.pointer, message: d.message }));
}

describe('a required name the object does not declare', () => {
  it('is said where `required` lists it, with the declared name it most likely meant', () => {
    expect(warnings({ $ref: '#/components/schemas/Docker' }, { Docker: docker })).toEqual([
      { pointer: '/components/schemas/Docker/required', message: '"tags" (did you mean "tag"?) is required, but `properties` does not declare it: left out of the type' },
    ]);
  });

  it('is one warning for all the names of one object, a hint only where a declared name is close', () => {
    const device = { type: 'object', properties: { colo: { type: 'string' }, dnssec: { type: 'string' } }, required: ['colo', 'mode', 'dnnsec', 'mode'] };
    expect(warnings(device).map((w) => `${w.pointer} ${w.message}`)).toEqual([
      '/paths/~1things/get/responses/200/content/application~1json/schema/required "mode" and "dnnsec" (did you mean "dnssec"?) are required, but `properties` does not declare them: left out of the type',
    ]);
  });

  it('is not said where the whole of a composition may declare it', () => {
    const base = { type: 'object', properties: { id: { type: 'string' } }, required: ['id', 'result'] };
    const result = { type: 'object', properties: { result: { type: 'string' } } };
    // A part or branch inline, or by `$ref` (Cloudflare's envelopes require `result` in the base the response's other part declares).
    expect(warnings({ allOf: [base, result] })).toEqual([]);
    expect(warnings({ oneOf: [base, result] })).toEqual([]);
    expect(warnings({ allOf: [{ $ref: '#/components/schemas/Base' }, result] }, { Base: base })).toEqual([]);
    // A composition beside it, or a schema for the keys properties does not name.
    expect(warnings({ ...base, allOf: [result] })).toEqual([]);
    expect(warnings({ ...base, additionalProperties: { type: 'string' } })).toEqual([]);
    expect(warnings({ ...base, patternProperties: { '^r': { type: 'string' } } })).toEqual([]);
    // And where every name is declared.
    expect(warnings({ ...base, required: ['id'] })).toEqual([]);
  });

  it("is said of a model compositions name by $ref for the names none of them declares (turbinelabs' listener)", () => {
    const create = { type: 'object', properties: { name: { type: 'string' }, ip: { type: 'string' } }, required: ['name', 'listener_key', 'host'] };
    const listener = { allOf: [{ $ref: '#/components/schemas/ListenerCreate' }, { type: 'object', properties: { listener_key: { type: 'string' } } }] };
    const components = { ListenerCreate: create, Listener: listener };
    expect(warnings({ oneOf: [{ $ref: '#/components/schemas/Listener' }, { $ref: '#/components/schemas/ListenerCreate' }] }, components)).toEqual([
      { pointer: '/components/schemas/ListenerCreate/required', message: '"host" is required, but `properties` does not declare it: left out of the type' },
    ]);
    // Declared by a branch of another composition naming it, or held by a schema for other keys there: not said.
    const other = { oneOf: [{ $ref: '#/components/schemas/ListenerCreate' }, { properties: { host: { type: 'string' } } }] };
    expect(warnings({ $ref: '#/components/schemas/Listener' }, { ...components, Other: other })).toEqual([]);
    const open = { allOf: [{ $ref: '#/components/schemas/ListenerCreate' }, { additionalProperties: { type: 'string' } }] };
    expect(warnings({ $ref: '#/components/schemas/Listener' }, { ...components, Open: open })).toEqual([]);
  });
});

describe('a required name no part of an allOf declares', () => {
  // Cloudflare's queues list `result`'s fields in the `required` of the envelope that holds `result`.
  const envelope = { type: 'object', properties: { success: { type: 'boolean' } } };
  const queue = { type: 'object', properties: { result: { type: 'object', properties: { queue_id: { type: 'string' } } } }, required: ['queue_id', 'result'] };

  it('is said at the required that lists it, and a name another part declares is not', () => {
    expect(warnings({ allOf: [{ $ref: '#/components/schemas/Envelope' }, queue] }, { Envelope: envelope })).toEqual([
      { pointer: '/paths/~1things/get/responses/200/content/application~1json/schema/allOf/1/required', message: '"queue_id" is required, but no part of the `allOf` declares it: left out of the type' },
    ]);
    expect(warnings({ allOf: [envelope, { properties: { result: {} } }], required: ['result', 'queue_id', 'success', 'modified_on'] }).map((w) => `${w.pointer} ${w.message}`)).toEqual([
      '/paths/~1things/get/responses/200/content/application~1json/schema/required "queue_id" and "modified_on" are required, but no part of the `allOf` declares them: left out of the type',
    ]);
  });

  it('is not said where a part may hold it otherwise, or a union around the allOf may declare it', () => {
    expect(warnings({ allOf: [envelope, queue, { oneOf: [{ properties: { queue_id: { type: 'string' } } }, { type: 'object' }] }] })).toEqual([]);
    expect(warnings({ allOf: [{ ...envelope, additionalProperties: { type: 'string' } }, queue] })).toEqual([]);
    expect(warnings({ properties: { queue_id: { type: 'string' } }, oneOf: [{ allOf: [envelope, queue] }, { type: 'object' }] }).filter((w) => w.message.includes('allOf'))).toEqual([]);
  });
});

describe('the generated package', () => {
  it('warns, located in the spec file, and its type has the declared property only', async () => {
    const doc = docWithResponse({ $ref: '#/components/schemas/Docker' }, { Docker: docker });
    const { out, stderr } = await generateAndImport({ ...doc, servers: [{ url: 'https://api.example.com' }] }, 'required-declared-');
    expect(stderr).toMatch(/\.(json|yaml):\d+:\d+ warning \[required-undeclared\] #\/components\/schemas\/Docker\/required: "tags" \(did you mean "tag"\?\)/);
    const header = "import type { Docker } from './src/index.js';";
    expect(consumerErrors(out, header, "export const a: Docker = { tag: ['1.0'] };\nexport const b: Docker = {};\nexport const c: Docker = { tags: ['1.0'] };")).toEqual(['TS2561 line 3']);
  }, 60_000);
});
