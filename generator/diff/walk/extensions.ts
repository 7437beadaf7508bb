/**
 * Specification extensions (`x-…`): no effect on the wire, but generators read them (`x-sdk-method`,
 * `x-sdk-positional`, …), so a change to one is listed: it is often what explains a TypeScript change.
 */
import { report, type DiffContext, type Scope } from './context.js';
import { child, items, rootOf, type Node } from './node.js';
import { isObject } from '../../util/json.js';

/** Extensions of a schema are compared by the schema diff; these are the others. */
export function diffExtensions(ctx: DiffContext, scope: Scope, b: Node, r: Node, comparedElsewhere: readonly string[] = []): void {
  const keys = (n: Node) => (isObject(n.value) ? Object.keys(n.value).filter((k) => k.startsWith('x-') && !comparedElsewhere.includes(k)) : []);
  const at = (key: string): Scope => ({ ...scope, subject: `${scope.subject} ${key}`, site: { ...scope.site, direction: 'none', area: 'extension' } });
  for (const key of new Set([...keys(b), ...keys(r)])) diffValue(ctx, at(key), b, r, key, key === 'x-sdk' && scope.subject === 'document' ? 2 : 0);
}

/**
 * One extension's values. The root `x-sdk` holds many settings, each shaping the package its own way
 * (`package.version` none of the methods, `client.unwrap` every result), so each of them is a change of
 * its own, `depth` records down: a version bump does not read as the settings the methods depend on.
 */
function diffValue(ctx: DiffContext, scope: Scope, b: Node, r: Node, key: string, depth: number): void {
  const [bv, rv] = [child(b, key), child(r, key)];
  if (JSON.stringify(bv.value) === JSON.stringify(rv.value)) return;
  if (depth > 0 && isObject(bv.value) && isObject(rv.value)) {
    for (const inner of new Set([...Object.keys(bv.value), ...Object.keys(rv.value)])) diffValue(ctx, { ...scope, subject: `${scope.subject}.${inner}` }, bv, rv, inner, depth - 1);
    return;
  }
  const rule = bv.value === undefined ? 'extension.added' : rv.value === undefined ? 'extension.removed' : 'extension.changed';
  report(ctx, scope, rule, bv.value === undefined ? b : bv, rv.value === undefined ? r : rv, { before: bv.value, after: rv.value });
}

/** The extensions of the document's tags (`x-sdk-resource` places operations on the client), by tag name. */
export function diffTagExtensions(ctx: DiffContext): void {
  const tags = (spec: DiffContext['base']) => new Map(items(child(rootOf(spec), 'tags')).map((n) => [String((n.value as Record<string, unknown>)?.['name']), n]));
  const [bt, rt] = [tags(ctx.base), tags(ctx.revision)];
  for (const [name, bn] of bt) {
    const rn = rt.get(name);
    if (rn) diffExtensions(ctx, { operation: '', subject: `tag ${name}`, site: { direction: 'none', area: 'tag' } }, bn, rn);
  }
}
