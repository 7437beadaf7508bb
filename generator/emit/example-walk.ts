/**
 * How example values walk a schema: the models being expanded, how deep, for a request or a parameter;
 * and what the walk reads through `$ref`s and `allOf`s (an enum's values, the parts of an intersection).
 */
import type { Primitive, SchemaIR } from '../ir/types.js';

export type Lookup = (key: string) => SchemaIR | undefined;

/** Objects nested deeper than this get only the fields they require, and arrays `[]`: an example shows the shape, not all of it. */
export const MAX_NESTING = 6;

export interface Walk {
  readonly lookup: Lookup;
  /** Objects and arrays only: chains of refs and `allOf` (a base event extended three times) still reach their fields. */
  readonly depth: number;
  /**
   * The models being expanded: a model that contains itself stops there. An `allOf` part is not one of
   * them once its fields are reached: a base met again in a field (`object` under `pipeline_target` under
   * `pipeline_schedule`, in Bitbucket's spec) is a base, not a cycle.
   */
  readonly trail: ReadonlySet<string>;
  /**
   * The value is sent in a request, typed as the request sees it: fields the server sets (`readOnly`) are
   * left out at every depth, as `renderType` leaves them out of a request's types.
   */
  readonly request: boolean;
  /** Optional properties too (the tests' calls with every parameter), not only the required ones. */
  readonly everyProperty: boolean;
  /** The value of a path, query, header or cookie parameter (see `ExampleOptions`). */
  readonly parameter: boolean;
}

/** The values of an enum, through its `$ref`s; none for any other schema. */
export function enumValuesOf(schema: SchemaIR, walk: Walk): readonly Primitive[] {
  if (schema.kind === 'enum') return schema.values;
  if (schema.kind !== 'ref' || walk.trail.has(schema.model)) return [];
  const target = walk.lookup(schema.model);
  return target ? enumValuesOf(target, { ...walk, trail: new Set([...walk.trail, schema.model]) }) : [];
}

export interface Facet {
  readonly schema: SchemaIR;
  readonly trail: ReadonlySet<string>;
}

/**
 * The parts of an `allOf`, refs followed, nested `allOf`s opened and a `oneOf` taken by its first variant
 * (as a union is everywhere else), each with the models it went through.
 */
export function flatten(schema: SchemaIR, walk: Walk): Facet[] {
  if (schema.kind === 'intersection') return schema.parts.flatMap((part) => flatten(part, walk));
  if (schema.kind === 'union' && schema.variants[0] && !unconstrained(schema)) return flatten(schema.variants[0], walk);
  if (schema.kind !== 'ref') return [{ schema, trail: walk.trail }];
  const target = walk.trail.has(schema.model) ? undefined : walk.lookup(schema.model);
  const inside = { ...walk, trail: new Set([...walk.trail, schema.model]) };
  if (target?.kind === 'object' && !target.additionalProperties) return [{ schema: target, trail: inside.trail }];
  return target ? flatten(target, inside) : [];
}

export function unconstrained(schema: SchemaIR): boolean {
  if (schema.kind === 'unknown') return true;
  if (schema.kind === 'union') return schema.variants.every(unconstrained);
  return schema.kind === 'object' && schema.properties.length === 0 && schema.additionalProperties === undefined;
}
