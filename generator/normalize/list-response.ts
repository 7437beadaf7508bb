/** Whether an operation answers with a list: what makes its conventional name `list` rather than `get`. */
import { successResponse } from '../ir/success-response.js';
import { firstThroughRefs } from '../ir/through-refs.js';
import type { OperationIR, SchemaIR } from '../ir/types.js';

/**
 * A paginated operation, or one whose success body (or the field it unwraps) is a list: `true`; one whose
 * body is something else: `false`; none when the spec does not say what the body is. `collection` is
 * the path's last word, which an envelope may name its list by (`GET /reports` → `{ reports: [...] }`).
 */
export function returnsList(op: OperationIR, models: ReadonlyMap<string, SchemaIR>, collection: string): boolean | undefined {
  if (op.pagination !== undefined) return true;
  const body = throughRefs(op.unwrap?.schema ?? successResponse(op)?.schema, models);
  return body === undefined || body.kind === 'unknown' ? undefined : isList(body, models, bare(collection));
}

/**
 * An array, or an envelope around one (`{ data: [...], has_more }`, `{ items: [...], next }`,
 * Cloudflare's `{ result: [...] }`, `{ reports: [...] }` for `/reports`), also as a part of an `allOf`:
 * a list, which a hand-written client would name `list`.
 */
function isList(schema: SchemaIR, models: ReadonlyMap<string, SchemaIR>, collection: string): boolean {
  const resolved = throughRefs(schema, models);
  if (resolved?.kind === 'array') return true;
  if (resolved?.kind === 'intersection') return resolved.parts.some((part) => isList(part, models, collection));
  if (resolved?.kind !== 'object') return false;
  return resolved.properties.some((p) => (LIST_FIELDS.has(p.name) || bare(p.name) === collection) && throughRefs(p.schema, models)?.kind === 'array');
}

/** A name without case or separators: `line_items` and `lineItems` are one. */
function bare(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const LIST_FIELDS: ReadonlySet<string> = new Set(['data', 'items', 'result', 'results', 'records', 'entries', 'values', 'list', 'elements', 'content', 'value']);

/** The schema its `$ref`s lead to. */
function throughRefs(schema: SchemaIR | undefined, models: ReadonlyMap<string, SchemaIR>): SchemaIR | undefined {
  return schema && firstThroughRefs(schema, (key) => models.get(key), (at) => (at.kind === 'ref' ? undefined : at));
}
