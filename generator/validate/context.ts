/** Shared helpers for the validation checks: a located diagnostic from a file and a pointer. */
import type { Diagnostic } from '../diagnostics.js';
import { locate } from '../load/load-spec.js';
import type { LoadedSpec } from '../load/load-spec.js';

export function problem(spec: LoadedSpec, file: string, pointer: string, code: string, message: string): Diagnostic {
  const source = spec.sources.get(file);
  const location = source ? locate(source, pointer) : { file, pointer, line: 0, column: 0 };
  return { severity: 'error', code, message, location };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethodKey = (typeof HTTP_METHODS)[number];

/** Every operation of the entry document, with its pointer. */
export function operationsOf(doc: Record<string, unknown>): { path: string; method: HttpMethodKey; pointer: string; op: Record<string, unknown> }[] {
  const out: { path: string; method: HttpMethodKey; pointer: string; op: Record<string, unknown> }[] = [];
  const paths = isObject(doc['paths']) ? doc['paths'] : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (isObject(op)) out.push({ path, method, op, pointer: `/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}` });
    }
  }
  return out;
}
