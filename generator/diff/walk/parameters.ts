/**
 * Parameters (OpenAPI 3.1 §4.8.12): those of the path item apply to each of its operations unless the
 * operation redeclares them, so a change to a shared parameter is reported for every operation. Path
 * parameters pair by their position in the template (a rename is not a change on the wire), the others
 * by location and name (header names ignore case).
 */
import { marksOpenEnum } from '../../util/open-enum.js';
import { ignoredHeaderReason, signedWithSigV4, signerHeaderReason } from '../../util/ignored-headers.js';
import { templateNames } from '../../util/path-template.js';
import { compareSchemas } from '../schema/diff-schema.js';
import { report, type DiffContext, type Scope } from './context.js';
import { diffExtensions } from './extensions.js';
import { child, deref, entries, items, rootOf, str, type Node } from './node.js';
import type { Operation } from './operations.js';
import { isObject } from '../../util/json.js';
import type { LoadedSpec } from '../../load/load-spec.js';

interface Param {
  readonly key: string;
  readonly name: string;
  readonly in: string;
  readonly node: Node;
  readonly p: Record<string, unknown>;
  readonly pathLevel: boolean;
}

function paramsOf(spec: DiffContext['base'], op: Operation): Map<string, Param> {
  const out = new Map<string, Param>();
  const placeholders = templateNames(op.path);
  const signed = signedByAws(spec, op);
  for (const [owner, pathLevel] of [[op.pathItem, true], [op.node, false]] as const) {
    for (const raw of items(child(owner, 'parameters'))) {
      const node = deref(spec, raw);
      if (!isObject(node.value)) continue;
      const [name, location] = [str(node.value['name']) ?? '', str(node.value['in']) ?? ''];
      // Not a parameter of the client (Content-Type, Content-Length…): no change to it is one to callers.
      if (location === 'header' && ignoredHeaderReason(name) !== undefined) continue;
      // Nor is one the SigV4 signer writes, on an operation it signs (X-Amz-Date…): the client leaves it out.
      if (location === 'header' && signed && signerHeaderReason(name) !== undefined) continue;
      const index = placeholders.indexOf(name);
      const key = location === 'path' && index >= 0 ? `path:${index}` : `${location}:${location === 'header' ? name.toLowerCase() : name}`;
      out.set(key, { key, name, in: location, node, p: node.value, pathLevel });
    }
  }
  return out;
}

/** Whether the operation may be signed with SigV4 (`signedWithSigV4`), by its own security or the document's. */
function signedByAws(spec: DiffContext['base'], op: Operation): boolean {
  const root = rootOf(spec);
  const requirement = isObject(op.node.value) && op.node.value['security'] !== undefined ? op.node.value['security'] : child(root, 'security').value;
  return signedWithSigV4(requirement, child(root, 'components', 'securitySchemes').value);
}

export function diffParameters(ctx: DiffContext, operation: string, b: Operation, r: Operation): void {
  const [bp, rp] = [paramsOf(ctx.base, b), paramsOf(ctx.revision, r)];
  for (const [key, x] of bp) {
    const y = rp.get(key);
    const scope = scopeOf(operation, y ?? x);
    if (!y) report(ctx, scope, 'parameter.removed', x.node, child(r.node, 'parameters'));
    else diffParameter(ctx, scope, x, y);
  }
  for (const [key, y] of rp) {
    if (bp.has(key)) continue;
    const rule = y.p['required'] === true ? 'parameter.added.required' : 'parameter.added.optional';
    report(ctx, scopeOf(operation, y), rule, child(b.node, 'parameters'), y.node);
  }
}

function scopeOf(operation: string, p: Param): Scope {
  return {
    operation,
    subject: `${p.in} parameter ${p.name}`,
    site: { direction: 'request', area: 'parameter', container: 'parameter', paramIn: p.in, pathLevel: p.pathLevel },
  };
}

const DEFAULT_STYLE: Record<string, string> = { query: 'form', cookie: 'form', path: 'simple', header: 'simple' };

function diffParameter(ctx: DiffContext, scope: Scope, x: Param, y: Param): void {
  // Same on the wire (a path parameter's place in the template; a header's name in any case), but the
  // SDK names the argument or the `params` member after it.
  if (x.name !== y.name) report(ctx, scope, 'parameter.renamed', x.node, y.node, { before: x.name, after: y.name });
  if ((x.p['required'] === true) !== (y.p['required'] === true)) {
    report(ctx, scope, y.p['required'] === true ? 'parameter.became-required' : 'parameter.became-optional', x.node, y.node);
  }
  if ((x.p['deprecated'] === true) !== (y.p['deprecated'] === true)) {
    report(ctx, scope, y.p['deprecated'] === true ? 'parameter.deprecated' : 'parameter.reactivated', x.node, y.node);
  }
  diffExtensions(ctx, scope, x.node, y.node);
  diffSerialization(ctx, scope, x, y);
  const reserved = (p: Param) => p.in === 'query' && p.p['allowReserved'] === true;
  if (reserved(x) !== reserved(y)) report(ctx, scope, reserved(y) ? 'parameter.allow-reserved.added' : 'parameter.allow-reserved.removed', x.node, y.node);
  const [xs, ys] = [schemaOf(ctx.base, x.node), schemaOf(ctx.revision, y.node)];
  if (xs && ys) {
    compareSchemas(ctx, scope, xs, ys);
    diffOpenedBeside(ctx, scope, [x, xs], [y, ys]);
  } else if (ys) report(ctx, scope, 'parameter.schema.added', x.node, ys);
  else if (xs) report(ctx, scope, 'parameter.schema.removed', xs, y.node);
}

/**
 * How the value is written: by `style` and `explode` beside a `schema`, or as the one media type of
 * `content` (`application/json`: the value's JSON text). Moving between the two, or between media types,
 * writes the same value otherwise, as a style change does.
 */
function diffSerialization(ctx: DiffContext, scope: Scope, x: Param, y: Param): void {
  const [xm, ym] = [mediaTypeOf(x.node), mediaTypeOf(y.node)];
  if (xm !== ym) {
    const written = (media: string | undefined, p: Param) => (media === undefined ? `style ${style(p)}` : `content ${media}`);
    return report(ctx, scope, 'parameter.serialization.changed', x.node, y.node, { before: written(xm, x), after: written(ym, y) });
  }
  if (xm !== undefined) return;
  if (style(x) !== style(y)) report(ctx, scope, 'parameter.style.changed', x.node, y.node, { before: style(x), after: style(y) });
  else if (explode(x) !== explode(y)) report(ctx, scope, 'parameter.explode.changed', x.node, y.node, { before: explode(x), after: explode(y) });
}

const style = (p: Param) => str(p.p['style']) ?? DEFAULT_STYLE[p.in] ?? 'form';
const explode = (p: Param) => (typeof p.p['explode'] === 'boolean' ? p.p['explode'] : style(p) === 'form');

/** The media type of a parameter written by `content` (lower-cased), or nothing for one written by style. */
function mediaTypeOf(node: Node): string | undefined {
  if (isObject(child(node, 'schema').value)) return undefined;
  return entries(child(node, 'content'))[0]?.[0].toLowerCase();
}

/**
 * An enum opened or closed by the parameter's own `x-ms-enum`, beside its schema (where conversions from
 * Swagger 2.0 leave it; the generator reads it there too). One on the schema is the schema diff's to report.
 */
function diffOpenedBeside(ctx: DiffContext, scope: Scope, [x, xs]: [Param, Node], [y, ys]: [Param, Node]): void {
  const enumOf = (schema: Node) => (isObject(schema.value) && Array.isArray(schema.value['enum']) ? schema.value : undefined);
  const [xe, ye] = [enumOf(xs), enumOf(ys)];
  if (!xe || !ye || marksOpenEnum(xe) !== marksOpenEnum(ye)) return;
  const [before, after] = [marksOpenEnum(xe) || marksOpenEnum(x.p), marksOpenEnum(ye) || marksOpenEnum(y.p)];
  if (before === after) return;
  const state = (open: boolean) => (open ? 'open' : 'closed');
  report(ctx, scope, after ? 'schema.enum.opened' : 'schema.enum.closed', child(x.node, 'x-ms-enum'), child(y.node, 'x-ms-enum'), { before: state(before), after: state(after) });
}

/** `schema`, or the schema of the one media type of `content` (its `$ref` followed). */
function schemaOf(spec: LoadedSpec, node: Node): Node | undefined {
  const schema = child(node, 'schema');
  if (isObject(schema.value)) return schema;
  const first = entries(child(node, 'content'))[0];
  const media = first && deref(spec, first[1]);
  return media && isObject(child(media, 'schema').value) ? child(media, 'schema') : undefined;
}
