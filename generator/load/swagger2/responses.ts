/**
 * Swagger 2.0 responses into OpenAPI 3.0: the response's `schema` and `examples` go under `content`,
 * once per media type the operation produces; headers get a `schema` of their value fields.
 */
import { child, type Site } from './moves.js';
import { valueSchema } from './parameters.js';
import { convertSchema } from './schema.js';
import { movedChild, put, refHolder, type ConversionContext, type Json } from './context.js';
import { isObject } from '../../util/json.js';

export function convertResponses(responses: Json, site: Site, ctx: ConversionContext, produces: readonly string[]): Json {
  const out: Json = {};
  for (const [status, response] of Object.entries(responses)) {
    if (isObject(response) && typeof response['$ref'] === 'string') put(out, status, refHolder(ctx, response['$ref'], 'response', { consumes: ctx.consumes, produces }));
    else put(out, status, status.startsWith('x-') || !isObject(response) ? response : convertResponse(response, child(site, status), ctx, produces));
  }
  return out;
}

export function convertResponse(response: Json, site: Site, ctx: ConversionContext, produces: readonly string[]): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(response)) {
    if (key === 'schema' || key === 'examples') continue;
    put(out, key, key === 'headers' && isObject(value) ? convertHeaders(value, child(site, key), ctx) : value);
  }
  if (typeof out['description'] !== 'string') put(out, 'description', '');
  const content = responseContent(response, site, ctx, produces);
  if (content) put(out, 'content', content);
  return out;
}

function responseContent(response: Json, site: Site, ctx: ConversionContext, produces: readonly string[]): Json | undefined {
  const examples = isObject(response['examples']) ? response['examples'] : {};
  if (response['schema'] === undefined && Object.keys(examples).length === 0) return undefined;
  const content: Json = {};
  for (const type of new Set([...produces, ...Object.keys(examples)])) {
    const media: Json = {};
    if (response['schema'] !== undefined) {
      put(media, 'schema', convertSchema(response['schema'], movedChild(ctx, site, ['content', type, 'schema'], child(site, 'schema')), ctx));
    }
    if (Object.hasOwn(examples, type)) put(media, 'example', examples[type]);
    put(content, type, media);
  }
  return content;
}

export function convertHeaders(headers: Json, site: Site, ctx: ConversionContext): Json {
  const out: Json = {};
  for (const [name, header] of Object.entries(headers)) {
    if (!isObject(header)) {
      put(out, name, header);
      continue;
    }
    const converted: Json = {};
    for (const [key, value] of Object.entries(header)) if (key === 'description' || key.startsWith('x-')) put(converted, key, value);
    const headerSite = child(site, name);
    put(converted, 'schema', valueSchema(header, movedChild(ctx, headerSite, ['schema'], headerSite), ctx));
    put(out, name, converted);
  }
  return out;
}
