/**
 * Operations (OpenAPI 3.1 §4.8.10): paired by method and path template, where parameter names in the
 * template do not matter (`/a/{id}` and `/a/{a_id}` are the same operation). Webhooks (3.1) pair by name.
 */
import type { LoadedSpec } from '../../load/load-spec.js';
import { diffParameters } from './parameters.js';
import { diffRequestBody } from './request-body.js';
import { diffResponses } from './responses.js';
import { diffOperationSecurity } from './security.js';
import { diffExtensions } from './extensions.js';
import { report, type DiffContext, type Scope } from './context.js';
import { child, deref, entries, isObj, rootOf, str, type Node } from './node.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface Operation {
  readonly label: string;
  readonly path: string;
  readonly node: Node;
  readonly pathItem: Node;
}

/** Every operation under `paths` (or `webhooks`), keyed by method and normalized path. */
export function operationsOf(spec: LoadedSpec, section: 'paths' | 'webhooks'): Map<string, Operation> {
  const out = new Map<string, Operation>();
  for (const [path, raw] of entries(child(rootOf(spec), section))) {
    const pathItem = deref(spec, raw);
    for (const method of METHODS) {
      const node = child(pathItem, method);
      if (!isObj(node.value)) continue;
      const label = section === 'paths' ? `${method.toUpperCase()} ${path}` : `webhook ${path} ${method.toUpperCase()}`;
      const key = section === 'paths' ? `${method} ${path.replace(/\{[^}]*\}/g, '{}')}` : `${path} ${method}`;
      out.set(key, { label, path, node, pathItem });
    }
  }
  return out;
}

/** Compares the operations of a section; webhooks added or removed as a whole are `components.ts`'s. */
export function diffOperations(ctx: DiffContext, section: 'paths' | 'webhooks'): void {
  const base = operationsOf(ctx.base, section);
  const revision = operationsOf(ctx.revision, section);
  const whole = section === 'paths';
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

function diffOperation(ctx: DiffContext, scope: Scope, b: Operation, r: Operation): void {
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
  diffExtensions(ctx, scope, b.node, r.node);
  diffParameters(ctx, scope.operation, b, r);
  diffRequestBody(ctx, scope.operation, b.node, r.node);
  diffResponses(ctx, scope.operation, b.node, r.node);
  diffOperationSecurity(ctx, scope.operation, b.node, r.node);
}

function diffTags(ctx: DiffContext, scope: Scope, b: Operation, r: Operation): void {
  const tags = (n: Node) => (Array.isArray((n.value as Record<string, unknown>)['tags']) ? ((n.value as Record<string, unknown>)['tags'] as unknown[]).map(String) : []);
  const [bt, rt] = [tags(b.node), tags(r.node)];
  for (const t of rt.filter((x) => !bt.includes(x))) report(ctx, scope, 'operation.tag.added', child(b.node, 'tags'), child(r.node, 'tags'), { after: t });
  for (const t of bt.filter((x) => !rt.includes(x))) report(ctx, scope, 'operation.tag.removed', child(b.node, 'tags'), child(r.node, 'tags'), { before: t });
}
