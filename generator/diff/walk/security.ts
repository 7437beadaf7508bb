/**
 * Security requirements (OpenAPI 3.1 §4.8.30): a list of alternatives, each a set of schemes with the
 * scopes it needs. Alternatives pair by their set of scheme names; the document's default applies where an
 * operation declares none, so an operation's requirements are compared only where one side declares them.
 * An empty alternative (`{}`) is no scheme to pair: it makes the others optional.
 */
import { report, type DiffContext, type Scope } from './context.js';
import { child, items, rootOf, type Node } from './node.js';
import { isObject } from '../../util/json.js';

interface Alternative {
  readonly key: string;
  readonly node: Node;
  readonly scopes: ReadonlyMap<string, readonly string[]>;
}

function alternatives(list: Node): Alternative[] {
  return items(list)
    .filter((n) => isObject(n.value) && Object.keys(n.value).length > 0)
    .map((node) => {
      const value = node.value as Record<string, unknown>;
      const scopes = new Map(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : []]));
      return { key: [...scopes.keys()].sort().join(' + '), node, scopes };
    });
}

/** Whether the list has an empty alternative (`- {}`): credentials may be left out altogether. */
function optional(list: Node): boolean {
  return items(list).some((n) => isObject(n.value) && Object.keys(n.value).length === 0);
}

function compare(ctx: DiffContext, scope: Scope, b: Node, r: Node): void {
  const [bl, rl] = [alternatives(b), alternatives(r)];
  // `- {}` added beside the schemes makes them optional: a client then needs none to call the operation.
  if (bl.length > 0 && rl.length > 0 && optional(b) !== optional(r)) {
    if (optional(r)) report(ctx, scope, 'security.no-longer-required', b, r, { after: 'optional ({} added)' });
    else report(ctx, scope, 'security.required', b, r, { after: 'required ({} removed)' });
  }
  for (const y of rl.filter((y) => !bl.some((x) => x.key === y.key))) {
    report(ctx, scope, bl.length === 0 ? 'security.required' : 'security.alternative.added', b, y.node, { after: y.key });
  }
  for (const x of bl.filter((x) => !rl.some((y) => y.key === x.key))) {
    report(ctx, scope, rl.length === 0 ? 'security.no-longer-required' : 'security.alternative.removed', x.node, r, { before: x.key });
  }
  for (const x of bl) {
    const y = rl.find((c) => c.key === x.key);
    if (!y) continue;
    for (const [scheme, scopes] of y.scopes) {
      const before = x.scopes.get(scheme) ?? [];
      for (const s of scopes.filter((s) => !before.includes(s))) report(ctx, scope, 'security.scope.added', x.node, y.node, { after: `${scheme}: ${s}` });
      for (const s of before.filter((s) => !scopes.includes(s))) report(ctx, scope, 'security.scope.removed', x.node, y.node, { before: `${scheme}: ${s}` });
    }
  }
}

export function diffGlobalSecurity(ctx: DiffContext): void {
  const scope: Scope = { operation: '', subject: 'security (document default)', site: { direction: 'none', area: 'global-security' } };
  compare(ctx, scope, child(rootOf(ctx.base), 'security'), child(rootOf(ctx.revision), 'security'));
}

export function diffOperationSecurity(ctx: DiffContext, operation: string, bOp: Node, rOp: Node): void {
  const [bs, rs] = [child(bOp, 'security'), child(rOp, 'security')];
  if (bs.value === undefined && rs.value === undefined) return;
  const effective = (own: Node, root: Node) => (own.value === undefined ? child(root, 'security') : own);
  const scope: Scope = { operation, subject: 'security', site: { direction: 'request', area: 'security' } };
  compare(ctx, scope, effective(bs, rootOf(ctx.base)), effective(rs, rootOf(ctx.revision)));
}
