/** Following property names into a schema: shared by the pagination check (parse) and its item type (emit). */
import type { SchemaIR } from './types.js';

export interface Found {
  readonly schema: SchemaIR;
  /** The path went through a `oneOf`/`anyOf` variant: the property is not in every value of the body's type. */
  readonly throughUnion: boolean;
}

/**
 * The schema at `path` inside `schema`, through refs (`lookup` gives a model's schema by key), `allOf`
 * parts and `oneOf`/`anyOf` variants (the first that has it); a ref at the end is resolved too.
 */
export function schemaAt(schema: SchemaIR, path: readonly string[], lookup: (key: string) => SchemaIR | undefined): Found | undefined {
  return walk(schema, path, lookup, false, 0);
}

function walk(schema: SchemaIR, path: readonly string[], lookup: (key: string) => SchemaIR | undefined, throughUnion: boolean, depth: number): Found | undefined {
  if (depth > 32) return undefined;
  if (schema.kind === 'ref') {
    const target = lookup(schema.model);
    return target && walk(target, path, lookup, throughUnion, depth + 1);
  }
  if (path.length === 0) return { schema, throughUnion };
  if (schema.kind === 'intersection' || schema.kind === 'union') {
    const inUnion = throughUnion || schema.kind === 'union';
    for (const part of schema.kind === 'union' ? schema.variants : schema.parts) {
      const found = walk(part, path, lookup, inUnion, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (schema.kind !== 'object') return undefined;
  const property = schema.properties.find((p) => p.name === path[0]);
  return property && walk(property.schema, path.slice(1), lookup, throughUnion, depth + 1);
}

/**
 * The names of the properties of an object schema (through refs and `allOf` parts, not through unions)
 * whose value is an array: GitHub's `{ total_count, workflow_runs: [...] }` has one, `workflow_runs`.
 */
export function arrayProperties(schema: SchemaIR, lookup: (key: string) => SchemaIR | undefined, depth = 0): string[] {
  if (depth > 32) return [];
  if (schema.kind === 'ref') {
    const target = lookup(schema.model);
    return target ? arrayProperties(target, lookup, depth + 1) : [];
  }
  if (schema.kind === 'intersection') return [...new Set(schema.parts.flatMap((part) => arrayProperties(part, lookup, depth + 1)))];
  if (schema.kind !== 'object') return [];
  return schema.properties.filter((p) => schemaAt(p.schema, [], lookup)?.schema.kind === 'array').map((p) => p.name);
}
