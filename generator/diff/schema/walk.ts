/**
 * The schema diff's walk: both schemas side by side, the property path below the container's root, and
 * what the walk passed through on the way (a read-only property, a cycle). Every check is a function of a
 * walk and the two views; `diffSchema` runs them all and descends into sub-schemas.
 */
import type { Verdict } from '../model.js';
import { report, type DiffContext, type Detail, type Scope } from '../walk/context.js';
import type { Node } from '../walk/node.js';
import { sameClosure } from './same-closure.js';
import { alignViews, allowsNothing, viewOf, type SchemaView } from './view.js';

export interface SchemaWalk {
  readonly ctx: DiffContext;
  /** The container (a body's media type, a parameter, a header); its site has `container` set. */
  readonly scope: Scope;
  /** Below the container's root: `''` at the root, `/data/name`, `/items`, `/oneOf[Cat]`. */
  readonly path: string;
  /** Inside a property marked read-only (clients do not send it) or write-only (servers do not return it). */
  readonly readOnly: boolean;
  readonly writeOnly: boolean;
  /** A media type that is not JSON, where an object and a string can carry the same document (XML). */
  readonly loose: boolean;
  /** Pairs of schemas being compared on the way here: meeting one again is a cycle. */
  readonly stack: ReadonlySet<string>;
  /** The keyword checks to run at each level (`diff-schema.ts` provides them). */
  readonly checks: readonly Check[];
}

export type Check = (w: SchemaWalk, b: SchemaView, r: SchemaView) => void;

/** Reports a change at the walk's position, applying what the position implies for the verdict. */
export function emit(w: SchemaWalk, ruleId: string, b: Node | undefined, r: Node | undefined, detail: Detail = {}): void {
  const scope: Scope = {
    ...w.scope,
    subject: w.path ? `${w.scope.subject} ${w.path}` : w.scope.subject,
    site: { ...w.scope.site, nested: w.path !== '', readOnly: w.readOnly || undefined, writeOnly: w.writeOnly || undefined },
  };
  report(w.ctx, scope, ruleId, b, r, { ...detail, ...override(w, detail) });
}

function override(w: SchemaWalk, detail: Detail): { verdict?: Verdict; note?: string } {
  if (detail.verdict) return {};
  const direction = w.scope.site.direction;
  if (w.readOnly && direction === 'request') return { verdict: 'not-breaking', note: 'inside a read-only property, which clients do not send' };
  if (w.writeOnly && direction === 'response') return { verdict: 'not-breaking', note: 'inside a write-only property, which servers do not return' };
  return {};
}

export function descend(w: SchemaWalk, segment: string, flags: { readOnly?: boolean; writeOnly?: boolean } = {}): SchemaWalk {
  return {
    ...w,
    path: `${w.path}/${segment}`,
    readOnly: w.readOnly || flags.readOnly === true,
    writeOnly: w.writeOnly || flags.writeOnly === true,
  };
}

/** Compares two schemas and everything below them. Either side may be absent (`undefined` value). */
export function diffSchema(w: SchemaWalk, base: Node, revision: Node): void {
  if (sameClosure(w.ctx.base, w.ctx.revision, base, revision)) return;
  const [b, r] = alignViews(viewOf(w.ctx.base, base), viewOf(w.ctx.revision, revision));
  const key = `${b.node.file}#${b.node.pointer}|${r.node.file}#${r.node.pointer}`;
  if (w.stack.has(key) || w.stack.size > 64) return;
  if (allowsNothing(b) !== allowsNothing(r)) return emit(w, allowsNothing(r) ? 'schema.forbidden' : 'schema.allowed', b.node, r.node);
  const inner: SchemaWalk = { ...w, stack: new Set(w.stack).add(key) };
  for (const check of w.checks) check(inner, b, r);
}

/** Whether two schemas are the same for the wire: comparing them reports nothing. */
export function equivalent(w: SchemaWalk, base: Node, revision: Node): boolean {
  const probe: DiffContext = { ...w.ctx, changes: [] };
  diffSchema({ ...w, ctx: probe }, base, revision);
  return probe.changes.length === 0;
}
