import { asObject, deref, joinAt, type At, type ParseContext } from './context.js';

/** Deeper than this, `allOf` parts and `$ref`s are not followed (a chain that never ends). */
const MAX_DEPTH = 16;

/**
 * Where a part declares `name`: in its `properties`, or in those of an `allOf` part of it, `$ref`s
 * followed; and whether the schema that declares it requires it already.
 */
export function declarationOf(ctx: ParseContext, at: At, value: unknown, name: string, depth: number): { at: At; value: unknown; required: boolean } | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const found = deref(ctx, at, value);
  const raw = asObject(found.value);
  if (!raw) return undefined;
  const properties = asObject(raw['properties']);
  if (properties && Object.hasOwn(properties, name)) {
    const required = Array.isArray(raw['required']) && raw['required'].includes(name);
    return { at: joinAt(joinAt(found.at, 'properties'), name), value: properties[name], required };
  }
  const parts = Array.isArray(raw['allOf']) ? raw['allOf'] : [];
  for (const [i, part] of parts.entries()) {
    const inner = declarationOf(ctx, joinAt(joinAt(found.at, 'allOf'), i), part, name, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}
