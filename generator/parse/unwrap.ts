/**
 * Which methods resolve to one field of their response body (`x-sdk.client.unwrap`), as the official
 * Cloudflare SDK resolves to the `result` of its `{ success, errors, messages, result }` envelopes: those
 * whose JSON success body declares the field, directly, through a `$ref` or in a part of an `allOf`. A
 * method that pages keeps its pages whole (its items are read from them), as does one marked
 * `x-sdk-unwrap: false`, one whose body is not JSON, and one whose body may be one of several shapes.
 */
import { successSchema } from '../ir/success-response.js';
import type { OperationIR, SchemaIR, UnwrapIR } from '../ir/types.js';
import { responseBody } from '../emit/response-body.js';
import { report, type ParseContext } from './context.js';

type Lookup = (key: string) => SchemaIR | undefined;

/**
 * The operations, each whose body declares the field with its `unwrap`. A field no operation's body
 * declares is a located warning: a slip (`resutl`) would otherwise change nothing without a word.
 */
export function applyUnwrap(ctx: ParseContext, field: string | undefined, operations: readonly OperationIR[], lookup: Lookup): OperationIR[] {
  if (field === undefined) return [...operations];
  const read = operations.map((op) => withUnwrap(op, field, lookup));
  if (!read.some((op) => op.unwrap)) {
    const message = `no JSON success response of an operation declares the field ${JSON.stringify(field)}: every method resolves to the whole body`;
    report(ctx, { file: ctx.spec.entry, pointer: '/x-sdk/client/unwrap' }, 'sdk-unwrap-undeclared', message, 'warning');
  }
  return read;
}

function withUnwrap(op: OperationIR, field: string, lookup: Lookup): OperationIR {
  if (op.keepsBody || op.pagination || responseBody(op) !== 'json') return op;
  const body = successSchema(op);
  const declared = body && declaredField(body, field, lookup, 0);
  return declared ? { ...op, unwrap: { ...declared, nullable: body.nullable === true } } : op;
}

/** The field as the body declares it: its schema, and whether every body holds it. */
function declaredField(schema: SchemaIR, field: string, lookup: Lookup, depth: number): Omit<UnwrapIR, 'nullable'> | undefined {
  if (depth > 8) return undefined;
  switch (schema.kind) {
    case 'ref': {
      const target = lookup(schema.model);
      return target && declaredField(target, field, lookup, depth + 1);
    }
    case 'object': {
      const property = schema.properties.find((p) => p.name === field);
      return property && { field, schema: property.schema, required: property.required };
    }
    case 'intersection': {
      // Parts that each declare it each constrain it (JSON Schema 2020-12 §10.2.1.1).
      const found = schema.parts.map((p) => declaredField(p, field, lookup, depth + 1)).filter((f) => f !== undefined);
      if (found.length === 0) return undefined;
      const parts = found.map((f) => f.schema);
      return { field, schema: parts.length === 1 ? parts[0]! : { kind: 'intersection', parts, origin: parts[0]!.origin }, required: found.some((f) => f.required) };
    }
    default:
      return undefined;
  }
}
