/**
 * Responses (OpenAPI 3.1 §4.8.16-17): status codes (`2XX` ranges and `default` included), their media
 * types and schemas, and their headers. A success status is a 2xx one; `default` counts as an error.
 */
import { compareSchemas } from '../schema/diff-schema.js';
import { report, type DiffContext, type Scope } from './context.js';
import { child, deref, entries, isObj, type Node } from './node.js';
import { diffContent } from './request-body.js';

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
    else diffResponse(ctx, scopeOf(status), deref(ctx.base, bn), deref(ctx.revision, rn));
  }
  for (const [status, rn] of rm) {
    if (!bm.has(status)) report(ctx, scopeOf(status), `response.${isSuccess(status) ? 'success-status' : 'error-status'}.added`, bl, rn, { after: status });
  }
}

function diffResponse(ctx: DiffContext, scope: Scope, b: Node, r: Node): void {
  diffContent(ctx, scope, b, r, 'response');
  const bh = new Map(entries(child(b, 'headers')).map(([k, n]) => [k.toLowerCase(), deref(ctx.base, n)]));
  const rh = new Map(entries(child(r, 'headers')).map(([k, n]) => [k.toLowerCase(), deref(ctx.revision, n)]));
  const required = (n: Node) => isObj(n.value) && n.value['required'] === true;
  for (const [name, bn] of bh) {
    const rn = rh.get(name);
    const at: Scope = { ...scope, subject: `${scope.subject} header ${name}`, site: { direction: 'response', area: 'response-header', container: 'header' } };
    if (!rn) report(ctx, at, required(bn) ? 'response.header.removed.required' : 'response.header.removed.optional', bn, child(r, 'headers'));
    else {
      if (required(bn) !== required(rn)) report(ctx, at, required(rn) ? 'response.header.became-required' : 'response.header.became-optional', bn, rn);
      const [bs, rs] = [child(bn, 'schema'), child(rn, 'schema')];
      if (isObj(bs.value) && isObj(rs.value)) compareSchemas(ctx, at, bs, rs);
    }
  }
  for (const [name, rn] of rh) {
    if (!bh.has(name)) report(ctx, { ...scope, subject: `${scope.subject} header ${name}`, site: { direction: 'response', area: 'response-header' } }, 'response.header.added', child(b, 'headers'), rn);
  }
}
