/**
 * A schema replaced by an `anyOf` of schemas (Cloudflare's tunnel lists: `items: tunnel` became
 * `items: anyOf [cfd_tunnel, warp_connector]`). Keyword by keyword, the old schema's properties read as
 * removed (they moved into the branches) and the branches as added, though most messages are the same.
 * So the old schema is compared with each branch instead: a response may now be any branch, so each
 * branch's differences are what a reader meets; a request is valid when some branch accepts it, so a
 * branch that accepts everything the old schema did makes the change safe, and only its comparison is
 * reported. A `oneOf` has its own rule (`schema.wrapped-in-one-of`): a message that matches two variants
 * matches none, which an `anyOf` does not have.
 */
import type { SpecChange } from '../model.js';
import { child, type Node } from '../walk/node.js';
import { branches, type Branch } from './composition.js';
import { isAnnotation, type SchemaView } from './view.js';
import { descend, diffSchema, emit, type SchemaWalk } from './walk.js';

const COMPOSING = ['allOf', 'oneOf', 'anyOf'];

/**
 * Whether the revision only wraps the base's kind of schema in an `anyOf` of two or more branches besides
 * `null`: the base composes nothing and is not nullable (each branch would read as no longer nullable), the
 * revision says nothing but `anyOf` and, at most, the base's own `type`.
 */
export function becameAnyOf(w: SchemaWalk, b: SchemaView, r: SchemaView): boolean {
  if (b.nullable || b.properties || COMPOSING.some((k) => k in b.s) || !Array.isArray(r.s['anyOf'])) return false;
  const said = Object.keys(r.s).filter((k) => !isAnnotation(k));
  const sameType = JSON.stringify(r.s['type']) === JSON.stringify(b.s['type']);
  return said.every((k) => k === 'anyOf' || (k === 'type' && sameType)) && branches(w, 'revision', r, 'anyOf').length >= 2;
}

/** Reports the wrapping, then the old schema compared with each branch, or with the one that covers it. */
export function compareWithEachBranch(w: SchemaWalk, b: SchemaView, r: SchemaView): void {
  const wrapper = child(r.node, 'anyOf');
  // Only asked whether anything differs: the wrapping does.
  if (w.ctx.probe) return emit(w, 'schema.wrapped-in-any-of', b.node, wrapper);
  const names = (branch: Branch, i: number) => branch.ref ?? branch.title ?? String(i);
  const found = branches(w, 'revision', r, 'anyOf').map((branch, i) => ({ name: names(branch, i), changes: diffBranch(w, b.node, branch.node, names(branch, i)) }));
  const covering = sendsRequest(w) ? found.find((f) => f.changes.every((c) => c.verdict === 'not-breaking')) : undefined;
  if (r.nullable) emit(w, 'schema.nullable.added', b.node, r.node);
  const note = covering ? `branch ${covering.name} accepts every value the old schema did; the others are not compared` : undefined;
  emit(w, 'schema.wrapped-in-any-of', b.node, wrapper, { note });
  for (const f of covering ? [covering] : found) w.ctx.changes.push(...f.changes);
}

/** The changes from the old schema to one branch, kept apart so the caller chooses which to report. */
function diffBranch(w: SchemaWalk, base: Node, branch: Node, name: string): SpecChange[] {
  const changes: SpecChange[] = [];
  diffSchema(descend({ ...w, ctx: { ...w.ctx, changes } }, `anyOf[${name}]`), base, branch);
  return changes;
}

/** Whether the schema describes what the client sends: a request, or the response to a callback. */
function sendsRequest(w: SchemaWalk): boolean {
  const { direction } = w.scope.site;
  return w.ctx.apiSends ? direction === 'response' : direction === 'request';
}
