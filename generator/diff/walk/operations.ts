/**
 * Operations (OpenAPI 3.1 §4.8.10): paired by method and path template, where parameter names in the
 * template do not matter (`/a/{id}` and `/a/{a_id}` are the same operation). Webhooks (3.1) pair by name,
 * and an operation's callbacks (§4.8.18) by name, URL expression and method. The API sends the requests of
 * webhooks and callbacks, so they are compared with the direction rule reversed (`sentByApi`).
 */
import type { LoadedSpec } from '../../load/load-spec.js';
import { diffParameters } from './parameters.js';
import { diffRequestBody } from './request-body.js';
import { diffResponses } from './responses.js';
import { diffOperationSecurity } from './security.js';
import { diffExtensions } from './extensions.js';
import { report, sentByApi, type DiffContext, type Scope } from './context.js';
import { child, deref, entries, rootOf, str, webhookEntries, type Node } from './node.js';
import { diffOperationServers } from './servers.js';
import { pathItemOperations } from '../../util/path-item.js';

/** Callbacks inside callbacks are compared this deep. */
const MAX_CALLBACK_DEPTH = 3;

export interface Operation {
  readonly label: string;
  readonly path: string;
  readonly node: Node;
  readonly pathItem: Node;
}

/** Every operation under `paths` (or `webhooks`), keyed by method and normalized path. */
export function operationsOf(spec: LoadedSpec, section: 'paths' | 'webhooks'): Map<string, Operation> {
  if (section === 'webhooks') return operationsIn(spec, webhookEntries(spec), (name, method) => `webhook ${name} ${method.toUpperCase()}`, (name, method) => `${name} ${method}`);
  const paths = entries(child(rootOf(spec), section));
  return operationsIn(spec, paths, (path, method) => `${method.toUpperCase()} ${path}`, (path, method) => `${method} ${path.replace(/\{[^}]*\}/g, '{}')}`);
}

/** The operations of the entries of a map of path items (`paths`, webhooks, one callback), labelled and keyed as given. */
function operationsIn(spec: LoadedSpec, pathItems: readonly [string, Node][], labelOf: (path: string, method: string) => string, keyOf: (path: string, method: string) => string): Map<string, Operation> {
  const out = new Map<string, Operation>();
  for (const [path, raw] of pathItems) {
    const pathItem = deref(spec, raw);
    for (const { method, tokens } of pathItemOperations(pathItem.value)) {
      const node = child(pathItem, ...tokens);
      out.set(keyOf(path, method.toLowerCase()), { label: labelOf(path, method), path, node, pathItem });
    }
  }
  return out;
}

/** The operations of an operation's callbacks: `POST /subscribe → callback onEvent POST {$request.body#/url}`. */
function callbackOperations(spec: LoadedSpec, operation: Operation): Map<string, Operation> {
  const out = new Map<string, Operation>();
  for (const [name, raw] of entries(child(operation.node, 'callbacks'))) {
    const label = (expression: string, method: string) => `${operation.label} → callback ${name} ${method.toUpperCase()} ${expression}`;
    for (const [key, op] of operationsIn(spec, entries(deref(spec, raw)), label, (expression, method) => `${name} ${expression} ${method}`)) out.set(key, op);
  }
  return out;
}

/** Compares the operations of a section; webhooks added or removed as a whole are `components.ts`'s. */
export function diffOperations(ctx: DiffContext, section: 'paths' | 'webhooks'): void {
  const base = operationsOf(ctx.base, section);
  const revision = operationsOf(ctx.revision, section);
  const whole = section === 'paths';
  if (!whole) ctx = sentByApi(ctx);
  for (const [key, b] of base) {
    const r = revision.get(key);
    const scope: Scope = { site: { direction: 'none', area: 'operation' }, operation: r?.label ?? b.label, subject: 'operation' };
    if (!r) {
      if (!whole) continue;
      const rule = b.node.value && (b.node.value as Record<string, unknown>)['deprecated'] === true ? 'operation.removed-after-deprecation' : 'operation.removed';
      report(ctx, scope, rule, b.node, undefined);
    } else diffOperation(ctx, scope, b, r);
  }
  for (const [key, r] of revision) {
    if (whole && !base.has(key)) report(ctx, { site: { direction: 'none', area: 'operation' }, operation: r.label, subject: 'operation' }, 'operation.added', undefined, r.node);
  }
}

function diffOperation(ctx: DiffContext, scope: Scope, b: Operation, r: Operation, depth = 0): void {
  const [bo, ro] = [b.node.value as Record<string, unknown>, r.node.value as Record<string, unknown>];
  if ((bo['deprecated'] === true) !== (ro['deprecated'] === true)) {
    report(ctx, scope, ro['deprecated'] === true ? 'operation.deprecated' : 'operation.reactivated', b.node, r.node);
  }
  const [bid, rid] = [str(bo['operationId']), str(ro['operationId'])];
  if (bid !== rid) {
    const rule = bid === undefined ? 'operation.id.added' : rid === undefined ? 'operation.id.removed' : 'operation.id.changed';
    report(ctx, scope, rule, child(b.node, 'operationId'), child(r.node, 'operationId'), { before: bid, after: rid });
  }
  diffTags(ctx, scope, b, r);
  diffOperationServers(ctx, scope, b, r);
  diffExtensions(ctx, scope, b.node, r.node);
  diffParameters(ctx, scope.operation, b, r);
  diffRequestBody(ctx, scope.operation, b.node, r.node);
  diffResponses(ctx, scope.operation, b.node, r.node);
  diffOperationSecurity(ctx, scope.operation, b.node, r.node);
  // A callback whose operation has the same callback (through a $ref) would nest forever.
  if (depth < MAX_CALLBACK_DEPTH) diffCallbacks(ctx, b, r, depth + 1);
}

/** Callback operations removed, added, and compared as sent by the API (a callback's callback by the client again). */
function diffCallbacks(ctx: DiffContext, bOp: Operation, rOp: Operation, depth: number): void {
  const [base, revision] = [callbackOperations(ctx.base, bOp), callbackOperations(ctx.revision, rOp)];
  const scope = (label: string): Scope => ({ site: { direction: 'none', area: 'callback' }, operation: label, subject: 'callback' });
  for (const [key, b] of base) {
    const r = revision.get(key);
    if (r) diffOperation(sentByApi(ctx, !ctx.apiSends), { ...scope(r.label), subject: 'operation' }, b, r, depth);
    else report(ctx, scope(b.label), 'callback.removed', b.node, child(rOp.node, 'callbacks'));
  }
  for (const [key, r] of revision) if (!base.has(key)) report(ctx, scope(r.label), 'callback.added', child(bOp.node, 'callbacks'), r.node);
}

function diffTags(ctx: DiffContext, scope: Scope, b: Operation, r: Operation): void {
  const tags = (n: Node) => (Array.isArray((n.value as Record<string, unknown>)['tags']) ? ((n.value as Record<string, unknown>)['tags'] as unknown[]).map(String) : []);
  const [bt, rt] = [tags(b.node), tags(r.node)];
  for (const t of rt.filter((x) => !bt.includes(x))) report(ctx, scope, 'operation.tag.added', child(b.node, 'tags'), child(r.node, 'tags'), { after: t });
  for (const t of bt.filter((x) => !rt.includes(x))) report(ctx, scope, 'operation.tag.removed', child(b.node, 'tags'), child(r.node, 'tags'), { before: t });
}
