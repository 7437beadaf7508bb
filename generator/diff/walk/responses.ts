/**
 * Responses (OpenAPI 3.1 §4.8.16-17): status codes (`2XX` ranges and `default` included), their media
 * types and schemas, their headers and their links (§4.8.20). A success status is a 2xx one; `default`
 * counts as an error.
 */
import { compareSchemas } from '../schema/diff-schema.js';
import { report, type DiffContext, type Scope } from './context.js';
import { child, deref, entries, type Node } from './node.js';
import { diffContent } from './request-body.js';
import { holderOf, type Holder } from './media.js';
import { isObject } from '../../util/json.js';

const isSuccess = (status: string) => /^2/.test(status);

export function diffResponses(ctx: DiffContext, operation: string, bOp: Node, rOp: Node): void {
  const [bl, rl] = [child(bOp, 'responses'), child(rOp, 'responses')];
  const bm = new Map(entries(bl).map(([k, n]) => [k.toUpperCase(), n]));
  const rm = new Map(entries(rl).map(([k, n]) => [k.toUpperCase(), n]));
  const scopeOf = (status: string): Scope => ({ operation, subject: `response ${status}`, site: { direction: 'response', area: 'response' } });
  for (const [status, bn] of bm) {
    const rn = rm.get(status);
    const kind = isSuccess(status) ? 'success-status' : 'error-status';
    if (!rn) report(ctx, scopeOf(status), `response.${kind}.removed`, bn, rl, { before: status });
    else diffResponse(ctx, scopeOf(status), holderOf(ctx.base, bn), holderOf(ctx.revision, rn));
  }
  for (const [status, rn] of rm) {
    if (!bm.has(status)) report(ctx, scopeOf(status), `response.${isSuccess(status) ? 'success-status' : 'error-status'}.added`, bl, rn, { after: status });
  }
}

function diffResponse(ctx: DiffContext, scope: Scope, base: Holder, revision: Holder): void {
  diffContent(ctx, scope, base, revision, 'response');
  const [b, r] = [base.node, revision.node];
  diffLinks(ctx, scope, b, r);
  const bh = new Map(entries(child(b, 'headers')).map(([k, n]) => [k.toLowerCase(), deref(ctx.base, n)]));
  const rh = new Map(entries(child(r, 'headers')).map(([k, n]) => [k.toLowerCase(), deref(ctx.revision, n)]));
  const required = (n: Node) => isObject(n.value) && n.value['required'] === true;
  for (const [name, bn] of bh) {
    const rn = rh.get(name);
    const at: Scope = { ...scope, subject: `${scope.subject} header ${name}`, site: { direction: 'response', area: 'response-header', container: 'header' } };
    if (!rn) report(ctx, at, required(bn) ? 'response.header.removed.required' : 'response.header.removed.optional', bn, child(r, 'headers'));
    else {
      if (required(bn) !== required(rn)) report(ctx, at, required(rn) ? 'response.header.became-required' : 'response.header.became-optional', bn, rn);
      const [bs, rs] = [child(bn, 'schema'), child(rn, 'schema')];
      if (isObject(bs.value) && isObject(rs.value)) compareSchemas(ctx, at, bs, rs);
    }
  }
  for (const [name, rn] of rh) {
    if (!bh.has(name)) report(ctx, { ...scope, subject: `${scope.subject} header ${name}`, site: { direction: 'response', area: 'response-header' } }, 'response.header.added', child(b, 'headers'), rn);
  }
}

/** What a link says: its target and what it passes. Its description does not count. */
const LINK_FIELDS = ['operationId', 'operationRef', 'parameters', 'requestBody', 'server'] as const;

function diffLinks(ctx: DiffContext, scope: Scope, b: Node, r: Node): void {
  const bl = new Map(entries(child(b, 'links')).map(([k, n]) => [k, deref(ctx.base, n)]));
  const rl = new Map(entries(child(r, 'links')).map(([k, n]) => [k, deref(ctx.revision, n)]));
  const at: Scope = { ...scope, site: { direction: 'none', area: 'response-link' } };
  const target = (n: Node) => JSON.stringify(LINK_FIELDS.map((f) => (isObject(n.value) ? n.value[f] : undefined)));
  for (const [name, bn] of bl) {
    const rn = rl.get(name);
    if (!rn) report(ctx, { ...at, subject: `${scope.subject} link ${name}` }, 'response.link.removed', bn, child(r, 'links'));
    else if (target(bn) !== target(rn)) report(ctx, { ...at, subject: `${scope.subject} link ${name}` }, 'response.link.changed', bn, rn);
  }
  for (const [name, rn] of rl) if (!bl.has(name)) report(ctx, { ...at, subject: `${scope.subject} link ${name}` }, 'response.link.added', child(b, 'links'), rn);
}
