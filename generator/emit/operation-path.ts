/**
 * How an operation's path reads in code and docs: the types of its positional arguments, and the HTTP line
 * (`GET /accounts/{account_id}/…`) with the operation's own server when it has one.
 */
import type { OperationIR, ParameterIR, SchemaIR } from '../ir/types.js';
import { enumType } from './render-type.js';

/** `GET /accounts/{account_id}/…`; with the operation's own server, `POST https://uploads.github.com/repos/…`. */
export function httpLine(op: OperationIR): string {
  return `${op.method} ${op.serverURL ?? ''}${op.path}`;
}

/**
 * The type of a positional path argument: `number` for numeric ids (GitHub's `invitation_id`), a union of
 * literals for an enum of strings or numbers, `number | string` for GitHub's `workflow_id` (`oneOf` both),
 * a list of those (sent comma-separated); `string` for anything else (the runtime's path encoding takes
 * strings, numbers and lists of them).
 */
export function positionalType(p: ParameterIR): string {
  // A JSON-written path argument is the caller's text (see `ParameterIR.json`).
  return (!p.json && pathableType(p.schema)) || 'string';
}

/** Whether a path parameter's schema, through a `$ref`, allows only what a path can carry. */
export function isPathable(schema: SchemaIR, lookup: (key: string) => SchemaIR | undefined, depth = 0): boolean {
  if (schema.kind !== 'ref') return pathableType(schema) !== undefined;
  const target = lookup(schema.model);
  return depth < 8 && target !== undefined && isPathable(target, lookup, depth + 1);
}

/** `inList`: an item of a list, which cannot be a list again. */
function pathableType(schema: SchemaIR, inList = false): string | undefined {
  switch (schema.kind) {
    case 'integer':
    case 'number':
      return 'number';
    case 'string':
      return 'string';
    case 'enum': {
      const pathable = schema.values.length > 0 && schema.values.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
      return pathable ? enumType(schema) : undefined;
    }
    case 'array': {
      const items = inList || schema.prefixItems ? undefined : pathableType(schema.items, true);
      return items && `ReadonlyArray<${items}>`;
    }
    case 'union': {
      const types = schema.variants.map((variant) => pathableType(variant, inList));
      return types.length > 0 && types.every((t) => t !== undefined) ? [...new Set(types)].join(' | ') : undefined;
    }
    default:
      return undefined;
  }
}
