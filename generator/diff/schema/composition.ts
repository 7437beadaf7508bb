/**
 * `oneOf`, `anyOf`, `allOf` and `discriminator`. Branches are paired before they are compared: the same
 * component (`$ref` name), then the same `title`, then the same content (so a `$ref` and the same schema
 * written inline pair up), then the same tag (a field only one value of which is allowed, `data_type:
 * {enum: [iteration]}`, that no other branch of its side has); what is left was added or removed.
 * `{type: 'null'}` branches are nullability.
 */
import { child, deref, entries, items, str, type Node } from '../walk/node.js';
import type { LoadedSpec } from '../../load/load-spec.js';
import { descend, diffSchema, emit, equivalent, type Check, type SchemaWalk } from './walk.js';
import { isAnnotation, isNullSchema, type SchemaView } from './view.js';
import { isObject } from '../../util/json.js';

const KEYWORDS = [['oneOf', 'one-of'], ['anyOf', 'any-of'], ['allOf', 'all-of']] as const;

export const checkComposition: Check = (w, b, r) => {
  if (!has(b, 'oneOf') && has(r, 'oneOf') && b.s['type'] === 'object' && r.s['type'] === undefined) wrappedInOneOf(w, b, r);
  for (const [keyword, id] of KEYWORDS) compareBranches(w, b, r, keyword, id);
  compareDiscriminator(w, b, r);
};

/**
 * An object schema replaced by a oneOf of variants of it: a message that matches several variants now
 * matches none. Each variant is compared with the old schema, so the reviewer sees how each differs.
 */
function wrappedInOneOf(w: SchemaWalk, b: SchemaView, r: SchemaView): void {
  emit(w, 'schema.wrapped-in-one-of', b.node, child(r.node, 'oneOf'));
  emit(w, 'schema.type.removed', child(b.node, 'type'), r.node, { before: 'object', note: '`type` is now set by each oneOf variant' });
  items(child(r.node, 'oneOf')).forEach((variant, i) => diffSchema(descend(w, `oneOf[${i}]`), b.node, variant));
}

function has(v: SchemaView, key: string): boolean {
  return Array.isArray(v.s[key]);
}

export interface Branch {
  readonly node: Node;
  readonly ref?: string | undefined;
  readonly title?: string | undefined;
  readonly annotationOnly: boolean;
  /** `name=value` of each field only one value of which is allowed (`enum` of one, or `const`). */
  readonly tags?: readonly string[] | undefined;
}

export function branches(w: SchemaWalk, side: 'base' | 'revision', v: SchemaView, keyword: string): Branch[] {
  const spec = side === 'base' ? w.ctx.base : w.ctx.revision;
  return items(child(v.node, keyword))
    .filter((n) => keyword === 'allOf' || !isNullSchema(deref(spec, n).value))
    .map((node) => {
      const raw = isObject(node.value) ? node.value : {};
      const value = deref(spec, node).value;
      const ref = str(raw['$ref'])?.split('/').pop();
      return {
        node,
        ref,
        title: isObject(value) ? str(value['title']) : undefined,
        annotationOnly: isObject(value) && Object.keys(value).every(isAnnotation),
        // Variants have tags; the parts of an `allOf` are one value's, compared flattened when they regroup.
        tags: keyword === 'allOf' ? undefined : tagsOf(spec, deref(spec, node)),
      };
    });
}

/**
 * A branch's tags: the fields its object allows one value of, as a variant's kind is written (GitHub's
 * project field creations, `data_type: {enum: [iteration]}`). An inline branch whose fields' schemas
 * changed is no longer the same content, yet the same variant: its tag pairs it with its revision.
 */
function tagsOf(spec: LoadedSpec, branch: Node): string[] {
  return entries(child(branch, 'properties')).flatMap(([name, node]) => {
    const value = deref(spec, node).value;
    if (!isObject(value)) return [];
    const only = 'const' in value ? [value['const']] : Array.isArray(value['enum']) && value['enum'].length === 1 ? value['enum'] : undefined;
    return only ? [`${name}=${JSON.stringify(only[0])}`] : [];
  });
}

/** Whether two branches share a tag that no other branch of either side has. */
function sameTag(bs: readonly Branch[], rs: readonly Branch[]): (x: Branch, y: Branch) => boolean {
  const once = (side: readonly Branch[]) => {
    const counts = new Map<string, number>();
    for (const tag of side.flatMap((b) => [...new Set(b.tags)])) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return (tag: string) => counts.get(tag) === 1;
  };
  const [onceLeft, onceRight] = [once(bs), once(rs)];
  return (x, y) => (x.tags ?? []).some((tag) => onceLeft(tag) && onceRight(tag) && (y.tags ?? []).includes(tag));
}

/**
 * Pairs branches by the first test that matches; returns the pairs (each marked when matched by content,
 * which found them the same) and the unpaired of each side. `sameContent` is the last test: by default,
 * whether comparing the two would report nothing.
 */
export function pairBranches(
  w: SchemaWalk,
  bs: Branch[],
  rs: Branch[],
  sameContent = (x: Branch, y: Branch) => equivalent(w, x.node, y.node),
): { pairs: [Branch, Branch, string, boolean][]; removed: Branch[]; added: Branch[] } {
  const pairs: [Branch, Branch, string, boolean][] = [];
  let [left, right] = [[...bs], [...rs]];
  const tests: [(x: Branch, y: Branch) => boolean, (x: Branch) => string, boolean][] = [
    [(x, y) => x.ref !== undefined && x.ref === y.ref, (x) => x.ref!, false],
    [(x, y) => x.title !== undefined && x.title === y.title, (x) => x.title!, false],
    [sameContent, (x) => x.ref ?? x.title ?? String(bs.indexOf(x)), true],
    [sameTag(bs, rs), (x) => String(bs.indexOf(x)), false],
  ];
  for (const [same, label, byContent] of tests) {
    for (const x of [...left]) {
      const y = right.find((c) => same(x, c));
      if (!y) continue;
      pairs.push([x, y, label(x), byContent]);
      left = left.filter((c) => c !== x);
      right = right.filter((c) => c !== y);
    }
  }
  return { pairs, removed: left, added: right };
}

function compareBranches(w: SchemaWalk, b: SchemaView, r: SchemaView, keyword: string, id: string): void {
  const { pairs, removed, added } = pairBranches(w, branches(w, 'base', b, keyword), branches(w, 'revision', r, keyword));
  const [bn, rn] = [child(b.node, keyword), child(r.node, keyword)];
  const name = (x: Branch) => x.ref ?? x.title ?? 'inline schema';
  for (const x of added) emit(w, `schema.${id}.added${x.annotationOnly && keyword === 'allOf' ? '-annotation-only' : ''}`, bn, x.node, { after: name(x) });
  for (const x of removed) emit(w, `schema.${id}.removed${x.annotationOnly && keyword === 'allOf' ? '-annotation-only' : ''}`, x.node, rn, { before: name(x) });
  // Pairs matched by content were just compared to the end and found the same: nothing to walk again.
  for (const [x, y, label, byContent] of pairs) if (!byContent) diffSchema(descend(w, `${keyword}[${label}]`), x.node, y.node);
}

function compareDiscriminator(w: SchemaWalk, b: SchemaView, r: SchemaView): void {
  const [bd, rd] = [child(b.node, 'discriminator'), child(r.node, 'discriminator')];
  if (!isObject(bd.value) && !isObject(rd.value)) return;
  if (!isObject(bd.value)) return emit(w, 'schema.discriminator.added', b.node, rd);
  if (!isObject(rd.value)) return emit(w, 'schema.discriminator.removed', bd, r.node);
  const [bp, rp] = [bd.value['propertyName'], rd.value['propertyName']];
  if (bp !== rp) emit(w, 'schema.discriminator.property-name-changed', child(bd, 'propertyName'), child(rd, 'propertyName'), { before: bp, after: rp });
  const bm = new Map(entries(child(bd, 'mapping')).map(([k, n]) => [k, n]));
  const rm = new Map(entries(child(rd, 'mapping')).map(([k, n]) => [k, n]));
  for (const [key, n] of rm) if (!bm.has(key)) emit(w, 'schema.discriminator.mapping-added', child(bd, 'mapping'), n, { after: key });
  for (const [key, n] of bm) if (!rm.has(key)) emit(w, 'schema.discriminator.mapping-removed', n, child(rd, 'mapping'), { before: key });
  for (const [key, n] of bm) {
    const other = rm.get(key);
    if (other && other.value !== n.value) emit(w, 'schema.discriminator.mapping-changed', n, other, { before: `${key}: ${String(n.value)}`, after: `${key}: ${String(other.value)}` });
  }
}
