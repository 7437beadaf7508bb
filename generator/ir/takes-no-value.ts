/**
 * Whether a schema takes no value as written: an `enum` none of whose values has the `type` beside it
 * (googleapis' Cloud Identity `pageSize`: `type: integer` beside `enum: [BASIC, FULL]`) or each of whose
 * values a constraint beside it refuses (Adyen's gender beside `maxLength: 1`), a string whose `pattern`
 * no string matches, JSON Schema's `false`; a map that must hold more entries than it can (SageMaker's
 * metadata: `minProperties: 1`, each value of a pattern no string matches), a list that must hold an
 * item that takes none, an `allOf` of parts of two kinds of value. Each is warned of where the spec is
 * read. A call with every parameter leaves such an optional member out: a validating server refuses
 * whatever it holds.
 */
import { asEcmaPattern } from '../util/foreign-pattern.js';
import { patternFault } from '../util/pattern-fault.js';
import { brokenConstraint, isScalar } from './scalar-value.js';
import type { SchemaIR } from './types.js';
import { valueFamily } from './value-family.js';

type Lookup = (key: string) => SchemaIR | undefined;

/** How many `$ref`s are followed before giving up (and saying the schema takes a value). */
const MAX_HOPS = 8;

export function takesNoValue(schema: SchemaIR, lookup: Lookup, hops = 0): boolean {
  if (schema.nullable === true || hops > MAX_HOPS) return false;
  switch (schema.kind) {
    case 'ref': {
      const target = lookup(schema.model);
      return target !== undefined && takesNoValue(target, lookup, hops + 1);
    }
    case 'enum':
      return schema.noneOfType === true || schema.values.every((value) => schema.otherType?.includes(value) || (isScalar(value) && brokenConstraint(value, schema.constraints ?? {}) !== undefined));
    case 'string':
      return schema.constraints?.pattern !== undefined && patternFault(asEcmaPattern(schema.constraints.pattern))?.kind === 'matches-nothing';
    case 'union':
      return schema.variants.every((variant) => takesNoValue(variant, lookup, hops));
    case 'object':
      return holdsTooFew(schema, lookup, hops);
    case 'array':
      return (schema.constraints?.minItems ?? 0) > 0 && takesNoValue(schema.items, lookup, hops);
    case 'intersection':
      return new Set(schema.parts.map((part) => valueFamily(part, lookup, hops)).filter((family) => family !== undefined)).size > 1;
    default:
      return false;
  }
}

/**
 * An object whose `minProperties` asks for more entries than it can hold: it takes no extra key, or
 * their values take none, and its named fields (each of which may take one: not followed) are too few.
 */
function holdsTooFew(schema: Extract<SchemaIR, { kind: 'object' }>, lookup: Lookup, hops: number): boolean {
  const least = schema.constraints?.minProperties ?? 0;
  const extra = schema.additionalProperties;
  if (least <= schema.properties.length) return false;
  return schema.closed === true || (extra !== undefined && takesNoValue(extra, lookup, hops));
}
