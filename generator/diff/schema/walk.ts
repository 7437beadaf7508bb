/**
 * The schema diff's walk: both schemas side by side, the property path below the container's root, and
 * what the walk passed through on the way (a read-only property, a cycle). Every check is a function of a
 * walk and the two views; `diffSchema` runs them all and descends into sub-schemas.
 */
import type { Verdict } from '../model.js';
import { DIFFERS, report, type DiffContext, type Detail, type Scope } from '../walk/context.js';
import type { Node } from '../walk/node.js';
import { includeAnswer, keepAnswer, knownAnswer, MAX_STACK, type Answer, type Probe } from './probe.js';
import { sameClosure } from './same-closure.js';
import { alignViews, allowsNothing, viewOf, type SchemaView } from './view.js';
import { isObject } from '../../util/json.js';

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
  /** Chooses the views the checks compare at each level (a regrouped `allOf` flattened). */
  readonly prepare: Prepare;
  /** The innermost place on the way where the two sides' `$ref`s name different schemas (see `SpecChange.via`). */
  readonly via?: { readonly base: Node; readonly revision: Node } | undefined;
}

export type Check = (w: SchemaWalk, b: SchemaView, r: SchemaView) => void;
export type Prepare = (w: SchemaWalk, b: SchemaView, r: SchemaView) => [SchemaView, SchemaView];

/** Reports a change at the walk's position, applying what the position implies for the verdict. */
export function emit(w: SchemaWalk, ruleId: string, b: Node | undefined, r: Node | undefined, detail: Detail = {}): void {
  const scope: Scope = {
    ...w.scope,
    subject: w.path ? `${w.scope.subject} ${w.path}` : w.scope.subject,
    site: { ...w.scope.site, nested: w.path !== '', readOnly: w.readOnly || undefined, writeOnly: w.writeOnly || undefined },
  };
  report(w.ctx, scope, ruleId, b, r, { ...detail, ...override(w, detail), via: w.via });
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
  const { probe } = w.ctx;
  if (probe) {
    probe.visited.add(key);
    probe.deepest = Math.max(probe.deepest, w.stack.size);
  }
  if (w.stack.has(key) || w.stack.size > MAX_STACK) return;
  if (allowsNothing(b) !== allowsNothing(r)) return emit(w, allowsNothing(r) ? 'schema.forbidden' : 'schema.allowed', b.node, r.node);
  const inner: SchemaWalk = { ...w, stack: new Set(w.stack).add(key), via: refsApart(base, revision) ?? w.via };
  // Aligned again: a side flattened into an `anyOf` meets the other's `anyOf` of one branch as such.
  const views = alignViews(...w.prepare(inner, b, r));
  for (const check of w.checks) check(inner, ...views);
}

/** The two nodes, when either names a schema by `$ref` and they do not name the same one. */
function refsApart(base: Node, revision: Node): { base: Node; revision: Node } | undefined {
  const [b, r] = [refOf(base.value), refOf(revision.value)];
  return (b !== undefined || r !== undefined) && b !== r ? { base, revision } : undefined;
}

function refOf(value: unknown): string | undefined {
  return isObject(value) && typeof value['$ref'] === 'string' ? value['$ref'] : undefined;
}

/** Whether two schemas are the same for the wire: comparing them reports nothing. */
export function equivalent(w: SchemaWalk, base: Node, revision: Node): boolean {
  const { ctx } = w;
  const { direction, container } = w.scope.site;
  // The pair, and all that the checks read besides the two schemas.
  const key = `${base.file}#${base.pointer}|${revision.file}#${revision.pointer}|${direction} ${container} ${w.readOnly} ${w.writeOnly} ${w.loose} ${ctx.apiSends}`;
  const answer = knownAnswer(ctx.base, ctx.revision, key, w.stack) ?? probed(w, key, base, revision);
  if (ctx.probe) includeAnswer(ctx.probe, answer, w.stack);
  return answer.same;
}

function probed(w: SchemaWalk, key: string, base: Node, revision: Node): Answer {
  const probe: Probe = { visited: new Set(), deepest: 0 };
  const same = differsNot({ ...w, ctx: { ...w.ctx, changes: [], probe } }, base, revision);
  return keepAnswer(w.ctx.base, w.ctx.revision, key, w.stack, probe, same);
}

function differsNot(w: SchemaWalk, base: Node, revision: Node): boolean {
  try {
    diffSchema(w, base, revision);
    return true;
  } catch (error) {
    if (error === DIFFERS) return false;
    throw error;
  }
}
