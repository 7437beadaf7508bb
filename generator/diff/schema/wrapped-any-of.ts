/**
 * A schema replaced by an `anyOf` of schemas (Cloudflare's tunnel lists: `items: tunnel` became
 * `items: anyOf [cfd_tunnel, warp_connector]`), or an `anyOf` replaced by one schema. Keyword by keyword,
 * the plain side's properties read as removed or added (they live in the branches) and the branches as
 * added or removed, though most messages are the same. So the plain schema is compared with each branch
 * instead. A message is valid for an `anyOf` when some branch accepts it, so on the side that must accept
 * every old message (the `anyOf` of a request, or the old `anyOf` of a response), one branch whose
 * comparison breaks nothing makes the change safe, and only its comparison is reported; on the other side
 * any branch may be met, and every branch's comparison is reported. A `oneOf` has its own rule
 * (`schema.wrapped-in-one-of`): a message that matches two variants matches none, which an `anyOf` does not have.
 */
import type { SpecChange } from '../model.js';
import { child, type Node } from '../walk/node.js';
import { branches } from './composition.js';
import { isAnnotation, viewOf, type SchemaView } from './view.js';
import { descend, diffSchema, emit, type SchemaWalk } from './walk.js';

const COMPOSING = ['allOf', 'oneOf', 'anyOf'];

/** Which side holds the `anyOf` when one side only wraps the other's kind of schema in one. */
export function anyOfWrapping(w: SchemaWalk, b: SchemaView, r: SchemaView): 'wrapped' | 'unwrapped' | undefined {
  if (wraps(w, 'revision', b, r)) return 'wrapped';
  if (wraps(w, 'base', r, b)) return 'unwrapped';
  return undefined;
}

/**
 * Whether `outer` is an `anyOf` of two or more branches besides `null` standing for `plain`: `plain`
 * composes nothing and is not nullable (each branch would read as nullable no more), `outer` says nothing
 * but `anyOf` and, at most, `plain`'s own `type`. Branches that only name types are a list of types, which
 * `types.ts` compares as such.
 */
function wraps(w: SchemaWalk, side: 'base' | 'revision', plain: SchemaView, outer: SchemaView): boolean {
  if (plain.nullable || plain.properties || COMPOSING.some((k) => k in plain.s) || !Array.isArray(outer.s['anyOf'])) return false;
  const said = Object.keys(outer.s).filter((k) => !isAnnotation(k));
  const sameType = JSON.stringify(outer.s['type']) === JSON.stringify(plain.s['type']);
  if (!said.every((k) => k === 'anyOf' || (k === 'type' && sameType))) return false;
  const found = branches(w, side, outer, 'anyOf').map((branch) => viewOf(side === 'base' ? w.ctx.base : w.ctx.revision, branch.node).s);
  return found.length >= 2 && found.some((s) => Object.keys(s).some((k) => k !== 'type' && !isAnnotation(k)));
}

/** Reports the wrapping (or unwrapping), then the plain schema compared with each branch, or with the one that covers it. */
export function compareWithEachBranch(w: SchemaWalk, b: SchemaView, r: SchemaView, kind: 'wrapped' | 'unwrapped'): void {
  const wrapped = kind === 'wrapped';
  const rule = wrapped ? 'schema.wrapped-in-any-of' : 'schema.unwrapped-from-any-of';
  const [bn, rn] = wrapped ? [b.node, child(r.node, 'anyOf')] : [child(b.node, 'anyOf'), r.node];
  // Only asked whether anything differs: the wrapping does.
  if (w.ctx.probe) return emit(w, rule, bn, rn);
  const found = branches(w, wrapped ? 'revision' : 'base', wrapped ? r : b, 'anyOf').map((branch, i) => {
    const name = branch.ref ?? branch.title ?? String(i);
    return { name, changes: wrapped ? diffBranch(w, name, b.node, branch.node) : diffBranch(w, name, branch.node, r.node) };
  });
  // The `anyOf` must accept all the plain side sends: a request's new `anyOf`, or a response's old one.
  const covering = sendsRequest(w) === wrapped ? found.find((f) => f.changes.every((c) => c.verdict === 'not-breaking')) : undefined;
  if (b.nullable !== r.nullable) emit(w, r.nullable ? 'schema.nullable.added' : 'schema.nullable.removed', b.node, r.node);
  emit(w, rule, bn, rn, { note: covering && `branch ${covering.name} accepts every value the ${wrapped ? 'old' : 'new'} schema allows; the other branches are not compared` });
  for (const f of covering ? [covering] : found) w.ctx.changes.push(...f.changes);
}

/** The changes between the plain schema and one branch, kept apart so the caller chooses which to report. */
function diffBranch(w: SchemaWalk, name: string, base: Node, revision: Node): SpecChange[] {
  const changes: SpecChange[] = [];
  diffSchema(descend({ ...w, ctx: { ...w.ctx, changes } }, `anyOf[${name}]`), base, revision);
  return changes;
}

/** Whether the schema describes what the client sends: a request, or the response to a callback. */
function sendsRequest(w: SchemaWalk): boolean {
  const { direction } = w.scope.site;
  return w.ctx.apiSends ? direction === 'response' : direction === 'request';
}
