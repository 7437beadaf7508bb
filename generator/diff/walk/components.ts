/**
 * Document-level changes: security schemes (`components.securitySchemes`) and webhooks (3.1). Schemas,
 * parameters and responses in `components` are compared where operations use them, once per operation.
 */
import { report, type DiffContext, type Scope } from './context.js';
import { diffExtensions } from './extensions.js';
import { child, deref, entries, isObj, rootOf, webhookEntries, webhooksHome, type Node } from './node.js';

const SCHEME_FIELDS = ['type', 'scheme', 'in', 'name'] as const;

export function diffSecuritySchemes(ctx: DiffContext): void {
  const at = (root: Node) => child(root, 'components', 'securitySchemes');
  const [b, r] = [at(rootOf(ctx.base)), at(rootOf(ctx.revision))];
  const bm = new Map(entries(b));
  const rm = new Map(entries(r));
  const scope = (name: string): Scope => ({ operation: '', subject: `security scheme ${name}`, site: { direction: 'none', area: 'security-scheme' } });
  for (const [name, bn] of bm) {
    const rn = rm.get(name);
    if (!rn) {
      report(ctx, scope(name), 'security-scheme.removed', bn, r);
      continue;
    }
    diffExtensions(ctx, scope(name), deref(ctx.base, bn), deref(ctx.revision, rn));
    const [bv, rv] = [deref(ctx.base, bn).value, deref(ctx.revision, rn).value];
    if (!isObj(bv) || !isObj(rv)) continue;
    const changed = SCHEME_FIELDS.filter((f) => String(bv[f] ?? '').toLowerCase() !== String(rv[f] ?? '').toLowerCase());
    if (changed.length > 0) {
      report(ctx, scope(name), 'security-scheme.changed', bn, rn, { before: changed.map((f) => `${f}: ${String(bv[f])}`).join(', '), after: changed.map((f) => `${f}: ${String(rv[f])}`).join(', ') });
    }
  }
  for (const [name, rn] of rm) if (!bm.has(name)) report(ctx, scope(name), 'security-scheme.added', b, rn);
}

export function diffWebhooks(ctx: DiffContext): void {
  const [b, r] = [webhooksHome(ctx.base), webhooksHome(ctx.revision)];
  const bm = new Map(webhookEntries(ctx.base));
  const rm = new Map(webhookEntries(ctx.revision));
  const scope = (name: string): Scope => ({ operation: `webhook ${name}`, subject: 'webhook', site: { direction: 'none', area: 'webhook' } });
  for (const [name, bn] of bm) if (!rm.has(name)) report(ctx, scope(name), 'webhook.removed', bn, r);
  for (const [name, rn] of rm) if (!bm.has(name)) report(ctx, scope(name), 'webhook.added', b, rn);
}
