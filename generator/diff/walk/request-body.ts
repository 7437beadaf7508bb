/**
 * Request bodies (OpenAPI 3.1 §4.8.13): presence, `required`, and each media type of `content` with its
 * schema. A media type with no schema accepts any document.
 */
import { compareSchemas } from '../schema/diff-schema.js';
import { report, type DiffContext, type Scope } from './context.js';
import { child, deref, entries, isObj, type Node } from './node.js';

export function diffRequestBody(ctx: DiffContext, operation: string, bOp: Node, rOp: Node): void {
  const [b, r] = [deref(ctx.base, child(bOp, 'requestBody')), deref(ctx.revision, child(rOp, 'requestBody'))];
  const scope: Scope = { operation, subject: 'request body', site: { direction: 'request', area: 'request-body' } };
  const required = (n: Node) => isObj(n.value) && n.value['required'] === true;
  if (!isObj(b.value) && !isObj(r.value)) return;
  if (!isObj(b.value)) return report(ctx, scope, required(r) ? 'request-body.added.required' : 'request-body.added.optional', bOp, r);
  if (!isObj(r.value)) return report(ctx, scope, 'request-body.removed', b, rOp);
  if (required(b) !== required(r)) report(ctx, scope, required(r) ? 'request-body.became-required' : 'request-body.became-optional', b, r);
  diffContent(ctx, scope, b, r, 'request');
}

/**
 * The media types of a request body or a response, and their schemas. Media types are paired by their
 * canonical form (`application/json;charset=UTF-8` is `application/json; charset=utf-8`); one left over on
 * each side with the same type and subtype is the same media type with other parameters.
 */
export function diffContent(ctx: DiffContext, scope: Scope, b: Node, r: Node, direction: 'request' | 'response'): void {
  const bm = new Map(entries(child(b, 'content')).map(([k, n]) => [canonicalMediaType(k), n]));
  const rm = new Map(entries(child(r, 'content')).map(([k, n]) => [canonicalMediaType(k), n]));
  const at = (mediaType: string): Scope => ({
    ...scope,
    subject: `${scope.subject} ${mediaType}`,
    site: { ...scope.site, direction, container: 'body', mediaType },
  });
  const renamed = parameterChanges([...bm.keys()].filter((m) => !rm.has(m)), [...rm.keys()].filter((m) => !bm.has(m)));
  for (const [mediaType, bn] of bm) {
    const rn = rm.get(mediaType);
    const after = renamed.get(mediaType);
    if (rn) diffMediaType(ctx, at(mediaType), mediaType, bn, rn);
    else if (after === undefined) report(ctx, at(mediaType), 'media-type.removed', bn, child(r, 'content'), { before: mediaType });
    else {
      report(ctx, at(after), 'media-type.parameters-changed', bn, rm.get(after), { before: mediaType, after });
      diffMediaType(ctx, at(after), after, bn, rm.get(after)!);
    }
  }
  const paired = new Set(renamed.values());
  for (const [mediaType, rn] of rm) {
    if (!bm.has(mediaType) && !paired.has(mediaType)) report(ctx, at(mediaType), 'media-type.added', child(b, 'content'), rn, { after: mediaType });
  }
}

/** Lower case, no spaces around `;` and `=`, parameters in order: one spelling per media type. */
export function canonicalMediaType(mediaType: string): string {
  const [essence, ...parameters] = mediaType.toLowerCase().split(';').map((part) => part.replace(/\s*=\s*/g, '=').trim());
  return [essence, ...parameters.filter((p) => p !== '').sort()].join('; ');
}

/** Base → revision media type, for the unpaired ones whose type and subtype only one on each side has. */
function parameterChanges(removed: readonly string[], added: readonly string[]): Map<string, string> {
  const essence = (mediaType: string) => mediaType.split(';')[0]!;
  const only = (list: readonly string[], e: string) => list.filter((m) => essence(m) === e);
  const pairs = new Map<string, string>();
  for (const before of removed) {
    const [afters, befores] = [only(added, essence(before)), only(removed, essence(before))];
    if (afters.length === 1 && befores.length === 1) pairs.set(before, afters[0]!);
  }
  return pairs;
}

/** The body's `schema`, and OpenAPI 3.2's `itemSchema` (one item of a stream), each compared on its own. */
function diffMediaType(ctx: DiffContext, scope: Scope, mediaType: string, b: Node, r: Node): void {
  for (const field of ['schema', 'itemSchema']) {
    const [bs, rs] = [child(b, field), child(r, field)];
    const has = (n: Node) => isObj(n.value);
    if (has(bs) && has(rs)) compareSchemas(ctx, scope, bs, rs, mediaType);
    else if (has(rs)) report(ctx, scope, 'media-type.schema-added', b, rs);
    else if (has(bs)) report(ctx, scope, 'media-type.schema-removed', bs, r);
  }
}
