/**
 * Document-level changes: security schemes (`components.securitySchemes`) and webhooks (3.1). Schemas,
 * parameters and responses in `components` are compared where operations use them, once per operation.
 */
import { report, type DiffContext, type Scope } from './context.js';
import { diffExtensions } from './extensions.js';
import { child, deref, entries, rootOf, webhookEntries, webhooksHome, type Node } from './node.js';
import { isObject } from '../../util/json.js';

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
    if (!isObject(bv) || !isObject(rv)) continue;
    const changed = SCHEME_FIELDS.filter((f) => String(bv[f] ?? '').toLowerCase() !== String(rv[f] ?? '').toLowerCase());
    if (changed.length > 0) {
      report(ctx, scope(name), 'security-scheme.changed', bn, rn, { before: changed.map((f) => `${f}: ${String(bv[f])}`).join(', '), after: changed.map((f) => `${f}: ${String(rv[f])}`).join(', ') });
    } else if (rv['type'] === 'oauth2') {
      diffOAuthFlows(ctx, scope(name), child(deref(ctx.base, bn), 'flows'), child(deref(ctx.revision, rn), 'flows'));
    } else if (rv['type'] === 'openIdConnect' && bv['openIdConnectUrl'] !== rv['openIdConnectUrl']) {
      const [before, after] = [child(deref(ctx.base, bn), 'openIdConnectUrl'), child(deref(ctx.revision, rn), 'openIdConnectUrl')];
      report(ctx, scope(name), 'security-scheme.openid-url.changed', before, after, { before: String(before.value ?? '(none)'), after: String(after.value ?? '(none)') });
    }
  }
  for (const [name, rn] of rm) if (!bm.has(name)) report(ctx, scope(name), 'security-scheme.added', b, rn);
}

/** The URLs of an OAuth 2 flow, and what each changed one is reported as. */
const FLOW_URLS = [
  ['authorizationUrl', 'security-scheme.oauth-url.changed'],
  ['tokenUrl', 'security-scheme.oauth-token-url.changed'],
  ['refreshUrl', 'security-scheme.oauth-refresh-url.changed'],
  ['deviceAuthorizationUrl', 'security-scheme.oauth-device-url.changed'],
] as const;

/**
 * An OAuth 2 scheme's flows (§4.8.28): each added or removed, its URLs, and its scopes. A client with a
 * `clientCredentials` flow fetches its token from `tokenUrl`, so that URL is part of what it sends.
 */
function diffOAuthFlows(ctx: DiffContext, scope: Scope, b: Node, r: Node): void {
  const bm = new Map(entries(b));
  const rm = new Map(entries(r));
  for (const [flow, bf] of bm) {
    const rf = rm.get(flow);
    if (!rf) {
      report(ctx, scope, 'security-scheme.oauth-flow.removed', bf, r, { before: flow });
      continue;
    }
    for (const [field, rule] of FLOW_URLS) {
      const [before, after] = [child(bf, field), child(rf, field)];
      if (before.value !== after.value) report(ctx, scope, rule, before, after, { before: `${flow}: ${String(before.value ?? '(none)')}`, after: `${flow}: ${String(after.value ?? '(none)')}` });
    }
    diffScopes(ctx, scope, flow, child(bf, 'scopes'), child(rf, 'scopes'));
  }
  for (const [flow, rf] of rm) if (!bm.has(flow)) report(ctx, scope, 'security-scheme.oauth-flow.added', b, rf, { after: flow });
}

function diffScopes(ctx: DiffContext, scope: Scope, flow: string, b: Node, r: Node): void {
  const bm = new Map(entries(b));
  const rm = new Map(entries(r));
  for (const [name, bs] of bm) {
    const rs = rm.get(name);
    if (!rs) report(ctx, scope, 'security-scheme.oauth-scope.removed', bs, r, { before: `${flow}: ${name}` });
    else if (bs.value !== rs.value) report(ctx, scope, 'security-scheme.oauth-scope.changed', bs, rs, { before: `${flow}: ${name}: ${String(bs.value)}`, after: `${flow}: ${name}: ${String(rs.value)}` });
  }
  for (const [name, rs] of rm) if (!bm.has(name)) report(ctx, scope, 'security-scheme.oauth-scope.added', b, rs, { after: `${flow}: ${name}` });
}

export function diffWebhooks(ctx: DiffContext): void {
  const [b, r] = [webhooksHome(ctx.base), webhooksHome(ctx.revision)];
  const bm = new Map(webhookEntries(ctx.base));
  const rm = new Map(webhookEntries(ctx.revision));
  const scope = (name: string): Scope => ({ operation: `webhook ${name}`, subject: 'webhook', site: { direction: 'none', area: 'webhook' } });
  for (const [name, bn] of bm) if (!rm.has(name)) report(ctx, scope(name), 'webhook.removed', bn, r);
  for (const [name, rn] of rm) if (!bm.has(name)) report(ctx, scope(name), 'webhook.added', b, rn);
}
