/** Running a parsed query over a document (RFC 9535 section 2): segment by segment, selector by selector. */
import { isObject } from '../../../util/json.js';
import { compare } from './compare.js';
import { callFunction } from './functions.js';
import { NOTHING, type Comparable, type Expr, type FoundNode, type FunctionCall, type Query, type Segment, type Selector } from './model.js';

/** What a filter reads besides its current node: the root (what `$` means), and where to tell of a pattern not run. */
export interface Context {
  readonly root: unknown;
  unrun(pattern: string, reason: string): void;
}

/** The nodes the segments select, from `start`, in the order the RFC gives them. */
export function evaluate(segments: readonly Segment[], start: FoundNode[], ctx: Context): FoundNode[] {
  let nodes = start;
  for (const segment of segments) {
    nodes = nodes.flatMap((node) => (segment.descendant ? descendants(node) : [node]).flatMap((n) => segment.selectors.flatMap((s) => select(s, n, ctx))));
  }
  return nodes;
}

/**
 * The node and every node below it, each before its children (document order). A loop, not recursion:
 * `$..*` over a spec the size of Cloudflare's visits millions of nodes.
 */
function descendants(node: FoundNode): FoundNode[] {
  const out: FoundNode[] = [];
  const pending: FoundNode[] = [node];
  while (pending.length > 0) {
    const next = pending.pop()!;
    out.push(next);
    const below = children(next);
    for (let i = below.length - 1; i >= 0; i--) pending.push(below[i]!);
  }
  return out;
}

function children(node: FoundNode): FoundNode[] {
  const { value, location } = node;
  if (Array.isArray(value)) return value.map((v, i) => ({ value: v, location: [...location, i] }));
  if (isObject(value)) return Object.entries(value).map(([k, v]) => ({ value: v, location: [...location, k] }));
  return [];
}

function select(selector: Selector, node: FoundNode, ctx: Context): FoundNode[] {
  const { value, location } = node;
  switch (selector.kind) {
    case 'name':
      return isObject(value) && Object.hasOwn(value, selector.name) ? [{ value: value[selector.name], location: [...location, selector.name] }] : [];
    case 'wildcard':
      return children(node);
    case 'index': {
      if (!Array.isArray(value)) return [];
      const i = selector.index < 0 ? value.length + selector.index : selector.index;
      return i >= 0 && i < value.length ? [{ value: value[i], location: [...location, i] }] : [];
    }
    case 'slice':
      return Array.isArray(value) ? sliceIndexes(value.length, selector).map((i) => ({ value: value[i], location: [...location, i] })) : [];
    case 'filter':
      return children(node).filter((child) => test(selector.test, child.value, ctx));
  }
}

/** RFC 9535 2.3.4.2.2: the indexes a slice selects, in its step's direction. */
function sliceIndexes(length: number, { start, end, step = 1 }: { start?: number | undefined; end?: number | undefined; step?: number | undefined }): number[] {
  if (step === 0) return [];
  const normal = (i: number) => (i >= 0 ? i : length + i);
  const out: number[] = [];
  if (step > 0) {
    const [lower, upper] = [Math.min(Math.max(normal(start ?? 0), 0), length), Math.min(Math.max(normal(end ?? length), 0), length)];
    for (let i = lower; i < upper; i += step) out.push(i);
  } else {
    const [upper, lower] = [Math.min(Math.max(normal(start ?? length - 1), -1), length - 1), Math.min(Math.max(normal(end ?? -length - 1), -1), length - 1)];
    for (let i = upper; lower < i; i += step) out.push(i);
  }
  return out;
}

/** A filter's expression, about `current` (the node `@` means). */
function test(expr: Expr, current: unknown, ctx: Context): boolean {
  switch (expr.kind) {
    case 'or':
      return expr.parts.some((p) => test(p, current, ctx));
    case 'and':
      return expr.parts.every((p) => test(p, current, ctx));
    case 'not':
      return !test(expr.expr, current, ctx);
    case 'exists':
      return run(expr.query, current, ctx).length > 0;
    case 'test':
      return call(expr.call, current, ctx) === true;
    case 'compare':
      return compare(expr.op, operand(expr.left, current, ctx), operand(expr.right, current, ctx));
  }
}

function run(query: Query, current: unknown, ctx: Context): FoundNode[] {
  const start = query.absolute ? ctx.root : current;
  return evaluate(query.segments, [{ value: start, location: [] }], ctx);
}

/** A comparison's operand: a value, or Nothing. */
function operand(c: Comparable, current: unknown, ctx: Context): unknown {
  if (c.kind === 'literal') return c.value;
  if (c.kind === 'function') return call(c, current, ctx);
  const nodes = run(c.query, current, ctx);
  return nodes.length === 1 ? nodes[0]!.value : NOTHING;
}

function call(f: FunctionCall, current: unknown, ctx: Context): unknown {
  return callFunction(f.name, {
    unrun: (pattern, reason) => ctx.unrun(pattern, reason),
    value: (i) => {
      const a = f.args[i]!;
      return a.kind === 'literal' || a.kind === 'query' || a.kind === 'function' ? operand(a, current, ctx) : test(a, current, ctx);
    },
    nodes: (i) => {
      const a = f.args[i]!;
      return a.kind === 'query' ? run(a.query, current, ctx) : [];
    },
  });
}
