/**
 * Request bodies (OpenAPI 3.1 §4.8.13): presence, `required`, and each media type of `content` with its
 * schema. A media type with no schema accepts any document.
 */
import { compareSchemas } from '../schema/diff-schema.js';
import { report, type DiffContext, type Scope } from './context.js';
import { mediaOf, type Holder, type MediaNode } from './media.js';
import { child, deref, type Node } from './node.js';
import { isObject } from '../../util/json.js';
import { entryDocument } from '../../load/load-spec.js';
import { encodingHeeded } from '../../parse/form-encoding.js';

export function diffRequestBody(ctx: DiffContext, operation: string, bOp: Node, rOp: Node): void {
  const [b, r] = [deref(ctx.base, child(bOp, 'requestBody')), deref(ctx.revision, child(rOp, 'requestBody'))];
  const scope: Scope = { operation, subject: 'request body', site: { direction: 'request', area: 'request-body' } };
  const required = (n: Node) => isObject(n.value) && n.value['required'] === true;
  if (!isObject(b.value) && !isObject(r.value)) return;
  if (!isObject(b.value)) return report(ctx, scope, required(r) ? 'request-body.added.required' : 'request-body.added.optional', bOp, r);
  if (!isObject(r.value)) return report(ctx, scope, 'request-body.removed', b, rOp);
  if (required(b) !== required(r)) report(ctx, scope, required(r) ? 'request-body.became-required' : 'request-body.became-optional', b, r);
  diffContent(ctx, scope, { node: b, media: mediaOf(ctx.base, b) }, { node: r, media: mediaOf(ctx.revision, r) }, 'request');
}

/**
 * The media types of a request body or a response, and their schemas. Media types are paired by their
 * canonical form (`application/json;charset=UTF-8` is `application/json; charset=utf-8`); one left over on
 * each side with the same type and subtype is the same media type with other parameters.
 */
export function diffContent(ctx: DiffContext, scope: Scope, b: Holder, r: Holder, direction: 'request' | 'response'): void {
  const [bm, rm] = [b.media, r.media];
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
    else if (after === undefined) report(ctx, at(mediaType), 'media-type.removed', bn.at, child(r.node, 'content'), { before: mediaType });
    else {
      report(ctx, at(after), 'media-type.parameters-changed', bn.at, rm.get(after)!.at, { before: mediaType, after });
      diffMediaType(ctx, at(after), after, bn, rm.get(after)!);
    }
  }
  const paired = new Set(renamed.values());
  for (const [mediaType, rn] of rm) {
    if (!bm.has(mediaType) && !paired.has(mediaType)) report(ctx, at(mediaType), 'media-type.added', child(b.node, 'content'), rn.at, { after: mediaType });
  }
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
function diffMediaType(ctx: DiffContext, scope: Scope, mediaType: string, b: MediaNode, r: MediaNode): void {
  for (const field of ['schema', 'itemSchema'] as const) {
    const [bs, rs] = [b.field(field), r.field(field)];
    const has = (n: Node) => isObject(n.value);
    if (has(bs) && has(rs)) compareSchemas(ctx, scope, bs, rs, mediaType);
    else if (has(rs)) report(ctx, scope, 'media-type.schema-added', b.at, rs);
    else if (has(bs)) report(ctx, scope, 'media-type.schema-removed', bs, r.at);
  }
  diffFormEncoding(ctx, scope, mediaType, b, r);
}

/**
 * The Encoding Object of each field of a form (§4.8.15), where the form heeds it (`encodingHeeded`): its
 * `style` and `explode` say how the field is written (`ids=1&ids=2`, `ids=1,2`, `meta[plan]=pro`), so a
 * change to either changes the request as parameters' do. A field without one is `form`, exploded.
 */
function diffFormEncoding(ctx: DiffContext, scope: Scope, mediaType: string, b: MediaNode, r: MediaNode): void {
  const [be, re] = [deref(ctx.base, b.field('encoding')), deref(ctx.revision, r.field('encoding'))];
  const names = new Set([...Object.keys(isObject(be.value) ? be.value : {}), ...Object.keys(isObject(re.value) ? re.value : {})]);
  for (const name of [...names].sort()) {
    const [x, y] = [deref(ctx.base, child(be, name)), deref(ctx.revision, child(re, name))];
    const [sx, sy] = [fieldStyle(entryDocument(ctx.base), mediaType, x), fieldStyle(entryDocument(ctx.revision), mediaType, y)];
    const at = (n: Node, holder: Node) => (isObject(n.value) ? n : holder);
    const field: Scope = { ...scope, subject: `${scope.subject} field ${name}` };
    if (sx.style !== sy.style) report(ctx, field, 'request-body.field-style.changed', at(x, b.at), at(y, r.at), { before: sx.style, after: sy.style });
    else if (sx.explode !== sy.explode) report(ctx, field, 'request-body.field-explode.changed', at(x, b.at), at(y, r.at), { before: sx.explode, after: sy.explode });
  }
}

function fieldStyle(document: Record<string, unknown>, mediaType: string, encoding: Node): { style: string; explode: boolean } {
  const written = isObject(encoding.value) ? encoding.value : {};
  const e = encodingHeeded(document, mediaType, written) ? written : {};
  const style = typeof e['style'] === 'string' ? e['style'] : 'form';
  return { style, explode: typeof e['explode'] === 'boolean' ? e['explode'] : style === 'form' };
}
