/** Test helpers for the spec diff: documents in memory, one schema in a request or a response. */
import { stringify } from 'yaml';
import type { SpecChange } from '../../generator/diff/model.js';
import { diffSpecs } from '../../generator/diff/spec-diff.js';
import { loadFromMemory, minimalDoc } from '../helpers/spec.js';

type Doc = Record<string, unknown>;

export function load(doc: Doc, file = 'spec.yaml') {
  return loadFromMemory({ [file]: stringify(doc) }, file);
}

/** One operation carrying `schema` as its JSON request body or its 200 response. */
export function docWith(schema: unknown, where: 'request' | 'response', components: Doc = {}, openapi = '3.1.0'): Doc {
  const op = where === 'request'
    ? { operationId: 'make', requestBody: { required: true, content: { 'application/json': { schema } } }, responses: { '204': { description: 'done' } } }
    : { operationId: 'read', responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } } };
  return minimalDoc({ openapi, paths: { '/things': { [where === 'request' ? 'post' : 'get']: op } }, components: { schemas: components } });
}

export function changes(base: Doc, revision: Doc): SpecChange[] {
  return diffSpecs(load(base), load(revision));
}

/** `rule verdict` pairs, the shape most tables compare. */
export function rulesOf(list: readonly SpecChange[]): string[] {
  return list.map((c) => `${c.rule} ${c.verdict}`);
}
