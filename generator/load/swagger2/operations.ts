/**
 * Swagger 2.0 path items and operations into OpenAPI 3.0: parameters split into those that stay and the
 * request body; `consumes`/`produces` become the media types of the request body and the responses.
 */
import { child, type Site } from './moves.js';
import { bodyRequest, formRequest, keptParameter, parameterKind, resolveParameter } from './parameters.js';
import { convertResponses } from './responses.js';
import { mediaTypes, movedChild, put, refHolder, type ConversionContext, type Json } from './context.js';
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
  const requestBody = convertRequestBody(all, child(site, 'requestBody'), ctx, consumes);
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
function convertRequestBody(all: readonly Written[], site: Site, ctx: ConversionContext, consumes: readonly string[]): Json | undefined {
  const body = all.find((p) => parameterKind(p.param, ctx) === 'body');
  if (body) {
    if (isObject(body.param) && typeof body.param['$ref'] === 'string') return refHolder(ctx, body.param['$ref'], 'body', { consumes, produces: ctx.produces });
    return bodyRequest(body.param as Json, movedChild(ctx, site, [], body.site), ctx, consumes);
  }
  const fields = all
    .filter((p) => parameterKind(p.param, ctx) === 'formData')
    .map((p) => {
      const { node, from } = resolveParameter(p.param, ctx);
      return { param: node as Json, from: from === undefined ? p.site : { pointer: from, original: from } };
    });
  return fields.length > 0 ? formRequest(fields, site, ctx, consumes) : undefined;
}
