/**
 * Cycles TypeScript cannot declare. A model may hold itself through a property or an array's items (an
 * interface member and `Array<…>` are resolved lazily), but not through its own union, intersection or
 * bare `$ref` (`type A = B & {…}; type B = A & {…}` is error TS2456). A spec can still say so
 * (`A: {allOf: [$ref: B]}`, `B: {allOf: [$ref: A]}`, or two schemas that are each a `$ref` to the other).
 * Such a cycle adds nothing a value could show, so the reference that closes it is left out, with a
 * located warning: from an `allOf` a part that constrains nothing more, from a union a variant that
 * admits nothing more, and a bare `$ref` becomes `unknown`.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { ModelIR, SchemaIR } from '../ir/types.js';

type Ref = Extract<SchemaIR, { kind: 'ref' }>;

/**
 * The models, with every reference that closes a cycle of eager references left out: the back edges of
 * a depth-first walk (iterative, so a long chain of aliases does not exhaust the stack).
 */
export function cutAliasCycles(models: readonly ModelIR[], diagnostics: Diagnostic[]): ModelIR[] {
  const byKey = new Map(models.map((m) => [m.key, m]));
  const closing = new Map<string, Set<string>>();
  const done = new Set<string>();
  const depth = new Map<string, number>();
  for (const root of models) {
    if (done.has(root.key)) continue;
    const path: { key: string; refs: Ref[]; next: number }[] = [];
    const enter = (m: ModelIR): void => void (depth.set(m.key, path.length), path.push({ key: m.key, refs: eagerRefs(m.schema), next: 0 }));
    enter(root);
    while (path.length > 0) {
      const frame = path.at(-1)!;
      const ref = frame.refs[frame.next++];
      if (ref === undefined) {
        done.add(frame.key);
        depth.delete(frame.key);
        path.pop();
        continue;
      }
      const target = byKey.get(ref.model);
      if (target === undefined || done.has(target.key)) continue;
      const open = depth.get(target.key);
      if (open === undefined) enter(target);
      else {
        (closing.get(frame.key) ?? closing.set(frame.key, new Set()).get(frame.key)!).add(target.key);
        diagnostics.push(cycleWarning(ref, [...path.slice(open).map((f) => f.key), target.key], byKey));
      }
    }
  }
  return models.map((m) => (closing.has(m.key) ? { ...m, schema: withoutRefs(m.schema, closing.get(m.key)!) } : m));
}

/** The refs a type alias for `schema` resolves at once: through unions and intersections, not into members or items. */
function eagerRefs(schema: SchemaIR): Ref[] {
  if (schema.kind === 'ref') return [schema];
  if (schema.kind === 'union') return schema.variants.flatMap(eagerRefs);
  if (schema.kind === 'intersection') return schema.parts.flatMap(eagerRefs);
  return [];
}

function withoutRefs(schema: SchemaIR, models: ReadonlySet<string>): SchemaIR {
  const cut = (s: SchemaIR): boolean => s.kind === 'ref' && models.has(s.model);
  // What is left when nothing is: any value, rather than a type no value has.
  const unknown: SchemaIR = { kind: 'unknown', description: schema.description, nullable: schema.nullable, origin: schema.origin };
  if (cut(schema)) return unknown;
  if (schema.kind === 'union') {
    const variants = schema.variants.filter((v) => !cut(v)).map((v) => withoutRefs(v, models));
    return variants.length === 0 ? unknown : { ...schema, variants };
  }
  if (schema.kind === 'intersection') {
    const parts = schema.parts.filter((p) => !cut(p)).map((p) => withoutRefs(p, models));
    return parts.length === 0 ? unknown : { ...schema, parts };
  }
  return schema;
}

function cycleWarning(ref: Ref, cycle: readonly string[], byKey: ReadonlyMap<string, ModelIR>): Diagnostic {
  const names = cycle.map((key) => byKey.get(key)!.name).join(' → ');
  return {
    severity: 'warning',
    code: 'schema-cycle',
    message: `this reference closes a cycle of schemas that are each the other through allOf, anyOf, oneOf or a bare $ref (${names}), which no type can declare: it is left out`,
    location: ref.origin,
  };
}
