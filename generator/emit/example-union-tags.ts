/**
 * What tells a union's first variant from the others in an example: its tags (fields it fixes to one
 * value that no other variant fixes the same), else a field every other variant refuses.
 */
import { hasAccess } from '../ir/access.js';
import type { Primitive, PropertyIR, SchemaIR } from '../ir/types.js';
import { enumValuesOf, flatten, MAX_NESTING, type Lookup, type Walk } from './example-walk.js';

/** The variant's first field, not among `given`, that every other variant refuses (see example-value.ts `withFieldOthersRefuse`). */
export function fieldOthersRefuse(variant: SchemaIR, others: readonly SchemaIR[], walk: Walk, given: readonly string[]): PropertyIR | undefined {
  if (others.length === 0) return undefined;
  const closedFacets = others.map((other) => flatten(other, walk).flatMap((facet) => (facet.schema.kind === 'object' && facet.schema.closed ? [facet.schema] : [])));
  const refusedByAll = (name: string) => closedFacets.every((facets) => facets.some((facet) => !facet.properties.some((p) => p.name === name)));
  const own = flatten(variant, walk).flatMap((facet) => (facet.schema.kind === 'object' ? facet.schema.properties : []));
  return own.find((p) => !given.includes(p.name) && !(walk.request && hasAccess(p.schema, 'readOnly', walk.lookup)) && refusedByAll(p.name));
}

/** The variant's tags (`tagsOf`) whose value no other variant fixes the same. */
export function distinguishingTags(variant: SchemaIR, others: readonly SchemaIR[], walk: Walk): [string, Primitive][] {
  if (others.length === 0) return [];
  const theirs = others.map((other) => tagsOf(other, walk));
  return [...tagsOf(variant, walk)].filter(([field, tag]) => theirs.every((other) => other.get(field) !== tag));
}

/**
 * The fields that tell the first alternative of a body of several (its params flattened, see
 * `bodyChoice`) from the others: an example call gives them, as `withTags` does inside a value. The
 * first union met through `$ref`s and the parts beside it.
 */
export function firstChoiceTags(schema: SchemaIR, lookup: Lookup): string[] {
  const walk: Walk = { lookup, depth: 0, trail: new Set(), request: true, everyProperty: false, parameter: false };
  return tagsOfFirstUnion(schema, walk);
}

function tagsOfFirstUnion(schema: SchemaIR, walk: Walk): string[] {
  if (walk.depth > MAX_NESTING) return [];
  const deeper = { ...walk, depth: walk.depth + 1 };
  switch (schema.kind) {
    case 'ref': {
      const target = walk.trail.has(schema.model) ? undefined : walk.lookup(schema.model);
      return target ? tagsOfFirstUnion(target, { ...deeper, trail: new Set([...walk.trail, schema.model]) }) : [];
    }
    case 'intersection':
      return schema.parts.flatMap((part) => tagsOfFirstUnion(part, deeper));
    case 'union': {
      const [first, ...others] = schema.variants;
      if (!first) return [];
      const tags = distinguishingTags(first, others, walk).map(([field]) => field);
      // Without tags, a field the other variants refuse, as `withFieldOthersRefuse` gives inside a value.
      const refused = tags.length === 0 ? fieldOthersRefuse(first, others, walk, []) : undefined;
      return refused === undefined ? tags : [refused.name];
    }
    default:
      return [];
  }
}

/** The fields of an object schema (refs and `allOf`s followed) that allow one value only, with that value; not those the server sets, in a request. */
function tagsOf(schema: SchemaIR, walk: Walk): Map<string, Primitive> {
  const properties = flatten(schema, walk).flatMap((facet) => (facet.schema.kind === 'object' ? facet.schema.properties : []));
  const sent = walk.request ? properties.filter((p) => !hasAccess(p.schema, 'readOnly', walk.lookup)) : properties;
  const tags = new Map<string, Primitive>();
  for (const p of sent) {
    const values = enumValuesOf(p.schema, walk);
    if (values.length === 1 && !tags.has(p.name)) tags.set(p.name, values[0]!);
  }
  return tags;
}
