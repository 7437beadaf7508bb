/**
 * The one kind of JSON value a schema allows, where it allows only one: `string`, `number` (an integer
 * too), `boolean`, `null`, `array` or `object`. An `allOf` of parts of two kinds takes no value. A
 * nullable schema allows two; `$ref`s are followed where a lookup is given.
 */
import type { SchemaIR } from './types.js';

type Lookup = (key: string) => SchemaIR | undefined;

/** How many `$ref`s are followed before giving up (and saying nothing of the kind). */
const MAX_HOPS = 8;

export function valueFamily(schema: SchemaIR, lookup: Lookup = () => undefined, hops = 0): string | undefined {
  if (schema.nullable === true || hops > MAX_HOPS) return undefined;
  switch (schema.kind) {
    case 'ref': {
      const target = lookup(schema.model);
      return target === undefined ? undefined : valueFamily(target, lookup, hops + 1);
    }
    case 'integer':
      return 'number';
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
    case 'array':
    case 'object':
      return schema.kind;
    case 'enum': {
      const kinds = new Set(schema.values.filter((v) => v !== null).map((v) => typeof v));
      return kinds.size === 1 ? [...kinds][0] : undefined;
    }
    default:
      return undefined;
  }
}
