/** Whether a value of a schema may be an object: a query parameter then needs its style applied to it. */
import type { SchemaIR } from './types.js';

export function mayBeObject(schema: SchemaIR, lookup: (key: string) => SchemaIR | undefined, seen: ReadonlySet<string> = new Set()): boolean {
  switch (schema.kind) {
    case 'object':
      return true;
    case 'ref': {
      // A model reached again through itself adds nothing new.
      const target = seen.has(schema.model) ? undefined : lookup(schema.model);
      return target !== undefined && mayBeObject(target, lookup, new Set([...seen, schema.model]));
    }
    case 'union':
      return schema.variants.some((variant) => mayBeObject(variant, lookup, seen));
    case 'intersection':
      return schema.parts.some((part) => mayBeObject(part, lookup, seen));
    default:
      return false;
  }
}
