/**
 * Servers (OpenAPI 3.1 §4.8.5): where requests go. The document's list gives the client its default base
 * URL and its environments; an operation's or path item's own list overrides it there. A change is listed
 * (it breaks no message, but requests may go elsewhere), with the URLs on both sides, variables filled in.
 */
import { serverURLOf } from '../../parse/sdk-config.js';
import { report, type DiffContext, type Scope } from './context.js';
import { child, items, rootOf, type Node } from './node.js';

/** The URLs of a `servers` list, in order, each with its variables' defaults. */
function urlsOf(list: Node): string[] {
  return items(list).flatMap((server) => serverURLOf([server.value]) ?? []);
}

function compare(ctx: DiffContext, scope: Scope, rule: string, b: Node, r: Node): void {
  const [before, after] = [urlsOf(b), urlsOf(r)];
  if (before.join('\n') === after.join('\n')) return;
  report(ctx, scope, rule, b, r, { before: before.join(', ') || 'none', after: after.join(', ') || 'none' });
}

export function diffDocumentServers(ctx: DiffContext): void {
  const scope: Scope = { operation: '', subject: 'servers', site: { direction: 'none', area: 'document' } };
  compare(ctx, scope, 'document.servers.changed', child(rootOf(ctx.base), 'servers'), child(rootOf(ctx.revision), 'servers'));
}

/** An operation's own servers, else its path item's: what its requests use instead of the client's base URL. */
export function diffOperationServers(ctx: DiffContext, scope: Scope, b: { node: Node; pathItem: Node }, r: { node: Node; pathItem: Node }): void {
  const own = (op: { node: Node; pathItem: Node }) => (items(child(op.node, 'servers')).length > 0 ? child(op.node, 'servers') : child(op.pathItem, 'servers'));
  compare(ctx, { ...scope, subject: 'servers' }, 'operation.servers.changed', own(b), own(r));
}
