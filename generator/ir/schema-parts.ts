/** The schemas a schema is made of, and the models a model refers to. */
import type { ModelIR, SchemaIR } from './types.js';

/** The schemas a schema is made of: fields, extra fields, items, variants, parts. */
export function parts(schema: SchemaIR): SchemaIR[] {
  switch (schema.kind) {
    case 'object':
      return [...schema.properties.map((p) => p.schema), ...(schema.additionalProperties ? [schema.additionalProperties] : [])];
    case 'array':
      return [schema.items, ...(schema.prefixItems ?? [])];
    case 'union':
      return [...schema.variants];
    case 'intersection':
      return [...schema.parts];
    default:
      return [];
  }
}

/** The keys of the models a schema refers to, at any depth short of another model. */
export function referencedModels(schema: SchemaIR): string[] {
  return schema.kind === 'ref' ? [schema.model] : parts(schema).flatMap(referencedModels);
}

/**
 * The keys of the models that hold themselves, directly or through others (a category and its parent
 * category, a node and its children): the strongly connected parts of the reference graph (Tarjan's
 * algorithm, iterative, so thousands of models do not exhaust the stack), and models that refer to themselves.
 */
export function recursiveModels(models: readonly ModelIR[]): Set<string> {
  const edges = new Map(models.map((m) => [m.key, [...new Set(referencedModels(m.schema))]]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const recursive = new Set<string>();
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const work: { key: string; next: number }[] = [{ key: root, next: 0 }];
    visit(root);
    while (work.length > 0) {
      const frame = work.at(-1)!;
      const targets = edges.get(frame.key)!.filter((k) => edges.has(k));
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        if (!index.has(target)) {
          visit(target);
          work.push({ key: target, next: 0 });
        } else if (onStack.has(target)) low.set(frame.key, Math.min(low.get(frame.key)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) low.set(parent.key, Math.min(low.get(parent.key)!, low.get(frame.key)!));
      if (low.get(frame.key) === index.get(frame.key)) closeComponent(frame.key);
    }
  }
  return recursive;

  function visit(key: string): void {
    index.set(key, index.size);
    low.set(key, index.get(key)!);
    stack.push(key);
    onStack.add(key);
  }

  function closeComponent(key: string): void {
    const component: string[] = [];
    for (let member = stack.pop()!; ; member = stack.pop()!) {
      onStack.delete(member);
      component.push(member);
      if (member === key) break;
    }
    if (component.length > 1 || edges.get(key)!.includes(key)) component.forEach((k) => recursive.add(k));
  }
}
