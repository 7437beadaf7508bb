/**
 * Swagger 2.0 path items and operations into OpenAPI 3.0: parameters split into those that stay and the
 * request body; `consumes`/`produces` become the media types of the request body and the responses.
 */
import { child, type Site } from './moves.js';
import { bodyRequest, formRequest, keptParameter, parameterKind, resolveParameter } from './parameters.js';
import { convertResponses } from './responses.js';
import { mediaTypes, movedChild, put, refHolder, reportProblem, type ConversionContext, type Json } from './context.js';
import { isObject } from '../../util/json.js';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);
/** Operation fields that OpenAPI 3.0 says another way (or, for `schemes`, not per operation). */
const DROPPED = new Set(['consumes', 'produces', 'schemes']);

interface Written {
  readonly param: unknown;
  readonly site: Site;
}

export function convertPaths(paths: Json, site: Site, ctx: ConversionContext): Json {
  const out: Json = {};
  for (const [path, item] of Object.entries(paths)) put(out, path, isObject(item) ? convertPathItem(item, child(site, path), ctx) : item);
  return out;
}

export function convertPathItem(item: Json, site: Site, ctx: ConversionContext): Json {
  const shared = writtenParameters(item['parameters'], child(site, 'parameters'));
  const out: Json = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === '$ref' && typeof value === 'string') {
      put(out, key, value);
      ctx.refs.push(out);
      ctx.fragments.mark(ctx.file, value, 'pathItem', ctx);
    } else if (key === 'parameters') {
      const kept = shared.filter((p) => parameterKind(p.param, ctx) === 'other');
      if (kept.length > 0) put(out, key, keepParameters(kept, child(site, key), ctx));
    } else if (METHODS.has(key) && isObject(value)) put(out, key, convertOperation(value, child(site, key), ctx, shared));
    else put(out, key, value);
  }
  return out;
}

function writtenParameters(list: unknown, site: Site): Written[] {
  return Array.isArray(list) ? list.map((param, i) => ({ param, site: child(site, i) })) : [];
}

/** Parameters that stay, renumbered: each records where it was written. */
function keepParameters(kept: readonly Written[], site: Site, ctx: ConversionContext): unknown[] {
  return kept.map((p, i) => keptParameter(p.param, movedChild(ctx, site, [i], p.site), ctx));
}

function convertOperation(op: Json, site: Site, ctx: ConversionContext, shared: readonly Written[]): Json {
  const own = writtenParameters(op['parameters'], child(site, 'parameters'));
  const all = mergeParameters(shared, own, ctx);
  const consumes = mediaTypes(op['consumes'], ctx.consumes);
  const produces = mediaTypes(op['produces'], ctx.produces);
  const kept = own.filter((p) => parameterKind(p.param, ctx) === 'other');
  // Located at the operation's own list, else the path item's body parameter, which it has from there.
  const listedAt = own.length > 0 ? child(site, 'parameters') : (all.find((p) => parameterKind(p.param, ctx) === 'body')?.site ?? site);
  const requestBody = convertRequestBody(all, child(site, 'requestBody'), ctx, consumes, listedAt);
  const out: Json = {};
  for (const [key, value] of Object.entries(op)) {
    if (DROPPED.has(key)) continue;
    if (key === 'parameters') {
      if (kept.length > 0) put(out, key, keepParameters(kept, child(site, key), ctx));
      put(out, 'requestBody', requestBody);
    } else if (key === 'responses' && isObject(value)) put(out, key, convertResponses(value, child(site, key), ctx, produces));
    else put(out, key, value);
  }
  // Path-level body parameters give a request body to operations that list no parameters of their own.
  if (!('requestBody' in out)) put(out, 'requestBody', requestBody);
  return out;
}

/** Path-level parameters apply unless the operation redefines one with the same name and location. */
function mergeParameters(shared: readonly Written[], own: readonly Written[], ctx: ConversionContext): Written[] {
  const key = (p: Written): string => {
    const node = resolveParameter(p.param, ctx).node;
    return isObject(node) ? `${String(node['in'])} ${String(node['name'])}` : '';
  };
  const redefined = new Set(own.map(key));
  return [...shared.filter((p) => !redefined.has(key(p))), ...own];
}

/** The request body from the body parameter or the form parameters, if the operation has either. */
function convertRequestBody(all: readonly Written[], site: Site, ctx: ConversionContext, consumes: readonly string[], listedAt: Site): Json | undefined {
  const body = all.find((p) => parameterKind(p.param, ctx) === 'body');
  const form = all.filter((p) => parameterKind(p.param, ctx) === 'formData');
  if (form.length > 0 && (!body || formOverBody(ctx, listedAt, consumes))) {
    const fields = form.map((p) => formField(p, ctx));
    // The body is the form fields: a problem of it as a whole is located at the first, as written.
    return formRequest(fields, movedChild(ctx, site, [], fields[0]!.from), ctx, consumes);
  }
  if (!body) return undefined;
  if (isObject(body.param) && typeof body.param['$ref'] === 'string') return refHolder(ctx, body.param['$ref'], 'body', { consumes, produces: ctx.produces });
  return bodyRequest(body.param as Json, movedChild(ctx, site, [], body.site), ctx, consumes);
}

function formField(p: Written, ctx: ConversionContext): { param: Json; from: Site } {
  const { node, from } = resolveParameter(p.param, ctx);
  return { param: node as Json, from: from === undefined ? p.site : { pointer: from, original: from } };
}

/**
 * Swagger 2.0 forbids a body parameter beside form parameters, and only one can be the request body:
 * an error. Read leniently, the form fields are sent when the operation consumes a form (the body would
 * go as one too, without its fields), else the body, which the media type it consumes fits.
 */
function formOverBody(ctx: ConversionContext, listedAt: Site, consumes: readonly string[]): boolean {
  const essences = consumes.map((c) => c.split(';')[0]!.trim().toLowerCase());
  const form = essences.includes('multipart/form-data') || essences.includes('application/x-www-form-urlencoded');
  const kept = form ? 'the form fields are sent and the body parameter left out, as the operation consumes a form' : `the body parameter is sent and the form fields left out, as the operation consumes ${consumes.join(', ')}`;
  reportProblem(ctx, listedAt, 'swagger2-body-beside-form', `Swagger 2.0 does not allow a body parameter beside formData parameters: one of them only can be the request body; with --lenient, ${kept}`);
  return form;
}
