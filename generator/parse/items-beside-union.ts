/**
 * `items` beside a union, which applies to the value whenever it is a list (docker's `Cmd`: `items:
 * {type: string}, oneOf: [{type: array, items: {}}, {type: string}]`, "a string or an array of
 * strings"). It narrows the union's list branches: read as the union alone, the field took any list
 * (`Array<unknown> | string`), and an example call sent `[{}]`, which the API refuses.
 */
import type { SchemaIR } from '../ir/types.js';
import { joinAt, typeList, type At } from './context.js';

type Raw = Record<string, unknown>;

/** `parsed`, the union's branches, with the `items` beside the union (parsed by `parseItems`) on each inline list branch. */
export function withItemsBesideUnion(raw: Raw, at: At, parsed: readonly SchemaIR[], parseItems: (at: At, value: unknown) => SchemaIR): readonly SchemaIR[] {
  if (!appliesToLists(raw) || !parsed.some((branch) => branch.kind === 'array')) return parsed;
  const items = parseItems(joinAt(at, 'items'), raw['items']);
  return parsed.map((branch) => (branch.kind === 'array' ? { ...branch, items: bothItems(branch.items, items) } : branch));
}

/** An `items` schema beside no `type`, or beside a `type` that allows lists. */
function appliesToLists(raw: Raw): boolean {
  if (raw['items'] === undefined || typeof raw['items'] === 'boolean') return false;
  const types = typeList(raw);
  return types.length === 0 || types.includes('array');
}

/** A list branch's items and the ones beside the union: both apply; a branch's that constrain nothing give way. */
function bothItems(own: SchemaIR, beside: SchemaIR): SchemaIR {
  if (own.kind === 'unknown') return beside;
  if (beside.kind === 'unknown') return own;
  return { kind: 'intersection', parts: [own, beside], origin: own.origin };
}
