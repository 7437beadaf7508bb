/**
 * Which methods resolve to one field of their response body (`x-sdk.client.unwrap`), as the official
 * Cloudflare SDK resolves to the `result` of its `{ success, errors, messages, result }` envelopes: those
 * whose JSON success body declares the field, directly, through a `$ref` or in a part of an `allOf`. A
 * method that pages keeps its pages whole (its items are read from them), as does one marked
 * `x-sdk-unwrap: false`, one whose body is not JSON, and one whose body may be one of several shapes.
 */
import { successSchema } from '../ir/success-response.js';
import type { ClientConfigIR, OperationIR, SchemaIR, UnwrapIR } from '../ir/types.js';
import { responseBody } from '../emit/response-body.js';
import { report, type ParseContext } from './context.js';

type Lookup = (key: string) => SchemaIR | undefined;

/**
 * The operations, each whose body declares the field with its `unwrap`. A field no operation's body
 * declares is a located warning: a slip (`resutl`) would otherwise change nothing without a word; so is
 * `unwrapRequired` without a field to require.
 */
export function applyUnwrap(ctx: ParseContext, client: Pick<ClientConfigIR, 'unwrap' | 'unwrapRequired'>, operations: readonly OperationIR[], lookup: Lookup): OperationIR[] {
  const field = client.unwrap;
  if (field === undefined) {
    if (client.unwrapRequired) report(ctx, { file: ctx.spec.entry, pointer: '/x-sdk/client/unwrapRequired' }, 'sdk-unwrap-required-alone', 'x-sdk.client.unwrapRequired says the unwrapped field is always sent, but x-sdk.client.unwrap names no field: it changes nothing', 'warning');
    return [...operations];
  }
  const read = operations.map((op) => withUnwrap(op, field, lookup, client.unwrapRequired === true));
  if (!read.some((op) => op.unwrap)) {
    const message = `no JSON success response of an operation declares the field ${JSON.stringify(field)}: every method resolves to the whole body`;
    report(ctx, { file: ctx.spec.entry, pointer: '/x-sdk/client/unwrap' }, 'sdk-unwrap-undeclared', message, 'warning');
  }
  return read;
}

/** `alwaysSent`: the field is typed as present whatever the body's `required` says (`unwrapRequired`). */
function withUnwrap(op: OperationIR, field: string, lookup: Lookup, alwaysSent: boolean): OperationIR {
  if (op.keepsBody || op.pagination || responseBody(op) !== 'json') return op;
  const body = successSchema(op);
  const declared = body && declaredField(body, field, lookup, 0);
  if (!declared) return op;
  return { ...op, unwrap: { ...declared, required: declared.required || alwaysSent, nullable: body.nullable === true } };
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
