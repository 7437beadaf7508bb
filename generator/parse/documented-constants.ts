/**
 * `oneOf: [{const: active, description: …}, {const: closed, title: Closed}]`: how OpenAPI 3.1 explains
 * each value of an enum, which an `enum` list cannot. Read as the enum of those values with what each
 * branch says of its value (`valueDocs`), so the documentation lists them as it lists `x-enum-descriptions`;
 * the type is the same union of literals.
 */
import type { EnumValueDoc, Primitive, SchemaIR } from '../ir/types.js';
import { valueDoc } from '../util/enum-value-docs.js';
import { saysOnlyItsValue } from '../util/single-value.js';

type Listed = Exclude<Primitive, null>;

/** The union as an enum with its values explained, when every branch is one explained value; else undefined. */
export function documentedConstants(branches: readonly unknown[], parsed: readonly SchemaIR[], union: SchemaIR): SchemaIR | undefined {
  if (union.kind !== 'union') return undefined;
  const values: Listed[] = [];
  const docs: EnumValueDoc[] = [];
  for (const [i, branch] of branches.entries()) {
    const schema = parsed[i]!;
    if (schema.kind === 'null') continue;
    const value = oneValue(branch, schema);
    if (value === undefined) return undefined;
    if (values.includes(value)) continue;
    values.push(value);
    const raw = branch as Record<string, unknown>;
    const doc = valueDoc(value, text(raw['title']), text(raw['description']));
    if (doc !== undefined) docs.push(doc);
  }
  if (docs.length === 0) return undefined;
  return { kind: 'enum', values, valueDocs: docs, ...(union.nullable ? { nullable: true } : {}), origin: union.origin };
}

/** The one value an inline branch allows (`{const: x}`, `{enum: [x]}`), when it says nothing else of it. */
function oneValue(branch: unknown, schema: SchemaIR): Listed | undefined {
  if (typeof branch !== 'object' || branch === null || Array.isArray(branch)) return undefined;
  if (!saysOnlyItsValue(branch as Record<string, unknown>)) return undefined;
  return schema.kind === 'enum' && schema.values.length === 1 && !schema.nullable ? (schema.values[0] as Listed) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
