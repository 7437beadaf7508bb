/** Test helpers: load specs from memory, so every pipeline step can be tested without the disk. */
import { stringify } from 'yaml';
import { loadSpec, type LoadedSpec } from '../../generator/load/load-spec.js';
import { buildApi, type BuildOptions } from '../../generator/pipeline.js';
import type { ApiIR } from '../../generator/ir/types.js';

export function loadFromMemory(files: Record<string, string>, entry = Object.keys(files)[0]!): LoadedSpec {
  const result = loadSpec(entry, (file) => files[file]);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.spec;
}

/** A minimal valid OpenAPI 3.1 document, extended by `extra` (merged shallowly at the root). */
export function minimalDoc(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { openapi: '3.1.0', info: { title: 'Test API', version: '1.0.0' }, paths: {}, ...extra };
}

export function specText(doc: Record<string, unknown>): string {
  return stringify(doc);
}

export function apiOf(doc: Record<string, unknown>, options: BuildOptions = {}): ApiIR {
  return buildApi(loadFromMemory({ 'spec.yaml': specText(doc) }), options).api;
}

/** One GET operation answering `schema`, for schema-level tests. */
export function docWithResponse(schema: unknown, components: Record<string, unknown> = {}): Record<string, unknown> {
  return minimalDoc({
    paths: {
      '/things': {
        get: {
          operationId: 'listThings',
          tags: ['things'],
          responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
        },
      },
    },
    components: { schemas: components },
  });
}
