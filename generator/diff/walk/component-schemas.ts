/**
 * Component schemas by name. Their content is compared where operations use them; here their names and
 * titles (one that disappears while another with the same content appears was renamed, and one whose
 * title changed names its generated type otherwise; neither changes anything on the wire), and the content
 * of those the operations do not reach on both sides (`diffUnreached`).
 *
 * Finding the twin compares a removed schema with the added ones, which is a full schema comparison per
 * pair: between Cloudflare's 2023 and 2024 specs, 3,158 names went and 3,709 came, 11.7 million pairs.
 * Only schemas with the same fingerprint (what any equivalent schema shares: its types, property names,
 * required names, enum and format) are compared, and a fingerprint shared by many added schemas (plain
 * strings, say) names no twin: any of them would do, so none is a rename.
 */
import { compareSchemas, schemaWalk } from '../schema/diff-schema.js';
import { typeSet, viewOf } from '../schema/view.js';
import { equivalent } from '../schema/walk.js';
import { report, type DiffContext, type Scope } from './context.js';
import { child, entries, rootOf, type Node } from './node.js';
import { reachedNodes, reachedSchemaNames } from './reached.js';
import type { LoadedSpec } from '../../load/load-spec.js';
import { isObject } from '../../util/json.js';

/** More added schemas than this with one fingerprint, and none of them is taken for a twin. */
const MAX_CANDIDATES = 16;

export function diffComponentSchemas(ctx: DiffContext): void {
  const at = (spec: DiffContext['base']) => child(rootOf(spec), 'components', 'schemas');
  const [b, r] = [at(ctx.base), at(ctx.revision)];
  const [bm, rm] = [new Map(entries(b)), new Map(entries(r))];
  const scope = (name: string): Scope => ({ operation: '', subject: `schema ${name}`, site: { direction: 'none', area: 'component' } });
  const gone = [...bm].filter(([k]) => !rm.has(k));
  const fresh = bucketed([...rm].filter(([k]) => !bm.has(k)), ctx.revision);
  for (const [name, node] of gone) {
    const walk = schemaWalk(ctx, { ...scope(name), site: { direction: 'response', area: 'component', container: 'body' } });
    const candidates = fresh.get(fingerprint(ctx.base, node)) ?? [];
    const twin = candidates.length > MAX_CANDIDATES ? undefined : candidates.find(([, other]) => equivalent(walk, node, other));
    if (twin) {
      report(ctx, scope(name), 'component.schema.renamed', node, twin[1], { before: name, after: twin[0] });
      candidates.splice(candidates.indexOf(twin), 1);
    } else report(ctx, scope(name), 'component.schema.removed', node, r, { before: name });
  }
  const left = new Set([...fresh.values()].flat().map(([name]) => name));
  for (const [name, node] of rm) if (left.has(name)) report(ctx, scope(name), 'component.schema.added', b, node, { after: name });
  for (const [name, node] of bm) {
    const other = rm.get(name);
    const [before, after] = [titleOf(node), other && titleOf(other)];
    // Nothing on the wire, but a generated type named by the title takes the new one (or its key's).
    if (other && before !== after) report(ctx, scope(name), 'component.schema.title-changed', child(node, 'title'), child(other, 'title'), { before: before ?? '(none)', after: after ?? '(none)' });
  }
  diffUnreached(ctx, bm, rm, scope);
}

/**
 * Compares, keyword by keyword, the schemas kept under one name that operations and webhooks do not reach
 * on both sides. Where they reach both, the operations' comparison meets the pair; where they reach one
 * side or neither, nothing else compares it, yet the package declares its type on both, and this change
 * is what the review gives as the cause of the type's. The comparison is the type's, not the wire's
 * (`direction: none`: whatever breaks on the wire, the operations' comparison reports).
 */
function diffUnreached(ctx: DiffContext, bm: ReadonlyMap<string, Node>, rm: ReadonlyMap<string, Node>, scope: (name: string) => Scope): void {
  const reached = [reachedSchemaNames(reachedNodes(ctx.base), ctx.base.entry), reachedSchemaNames(reachedNodes(ctx.revision), ctx.revision.entry)];
  for (const [name, node] of bm) {
    const other = rm.get(name);
    if (other && !reached.every((names) => names.has(name))) compareSchemas(ctx, scope(name), node, other);
  }
}

function titleOf(node: Node): string | undefined {
  return isObject(node.value) && typeof node.value['title'] === 'string' ? node.value['title'] : undefined;
}

/** The added schemas by fingerprint, each list in document order. */
function bucketed(added: [string, Node][], spec: LoadedSpec): Map<string, [string, Node][]> {
  const buckets = new Map<string, [string, Node][]>();
  for (const entry of added) {
    const key = fingerprint(spec, entry[1]);
    buckets.set(key, [...(buckets.get(key) ?? []), entry]);
  }
  return buckets;
}

/** What two schemas that compare equal share; two that differ here are never twins. */
function fingerprint(spec: LoadedSpec, node: Node): string {
  const v = viewOf(spec, node);
  const sorted = (value: unknown) => (Array.isArray(value) ? value.map((x) => JSON.stringify(x)).sort() : null);
  const properties = isObject(v.s['properties']) ? Object.entries(v.s['properties']).filter(([, p]) => p !== false).map(([k]) => k).sort() : [];
  return JSON.stringify([typeSet(v.s)?.sort() ?? null, v.nullable, properties, sorted(v.s['required']), sorted(v.s['enum']), v.s['format'] ?? null, v.s['const'] ?? null]);
}
