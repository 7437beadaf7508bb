/** Whether an operation answers with a list: what makes its conventional name `list` rather than `get`. */
import type { OperationIR, SchemaIR } from '../ir/types.js';

/** A paginated operation, or one whose success body (or the field it unwraps) is a list. */
export function returnsList(op: OperationIR, models: ReadonlyMap<string, SchemaIR>): boolean {
  return op.pagination !== undefined || isList(op.unwrap?.schema ?? successSchema(op), models);
}

/** The schema of the first success response with a body. */
function successSchema(op: OperationIR): SchemaIR | undefined {
  return op.responses.find((r) => /^2/.test(r.status) && r.schema !== undefined)?.schema;
}

/**
 * An array, or an envelope around one (`{ data: [...], has_more }`, `{ items: [...], next }`, Cloudflare's `{ result: [...] }`): a list,
 * which a hand-written client would name `list`.
 */
function isList(schema: SchemaIR | undefined, models: ReadonlyMap<string, SchemaIR>): boolean {
  const resolved = throughRefs(schema, models);
  if (resolved?.kind === 'array') return true;
  if (resolved?.kind !== 'object') return false;
  return resolved.properties.some((p) => LIST_FIELDS.has(p.name) && throughRefs(p.schema, models)?.kind === 'array');
}

const LIST_FIELDS: ReadonlySet<string> = new Set(['data', 'items', 'result', 'results', 'records', 'entries', 'values', 'list', 'elements', 'content', 'value']);

function throughRefs(schema: SchemaIR | undefined, models: ReadonlyMap<string, SchemaIR>): SchemaIR | undefined {
  const seen = new Set<string>();
  let at = schema;
  while (at?.kind === 'ref' && !seen.has(at.model)) {
    seen.add(at.model);
    at = models.get(at.model);
  }
  return at;
}
