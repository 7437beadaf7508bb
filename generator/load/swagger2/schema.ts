/**
 * Swagger 2.0 Schema Objects into OpenAPI 3.0 ones. They are nearly the same; what differs is
 * `x-nullable` (3.0's `nullable`), `type: file` (a binary string), a `discriminator` given as a bare
 * property name, and `$ref`s into `#/definitions`.
 */
import { child, type Site } from './moves.js';
import { put, type ConversionContext, type Json } from './context.js';
import { isObject } from '../../util/json.js';

const SUBSCHEMA_MAPS = new Set(['properties', 'patternProperties']);
const SUBSCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const SUBSCHEMAS = new Set(['items', 'additionalProperties', 'not']);

export function convertSchema(node: unknown, site: Site, ctx: ConversionContext): unknown {
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      ctx.refs.push(out);
      ctx.fragments.mark(ctx.file, value, 'schema', ctx);
    }
    if (key === 'x-nullable' && typeof value === 'boolean') put(out, 'nullable', value);
    else if (key === 'type' && value === 'file') binaryString(out);
    else if (key === 'discriminator' && typeof value === 'string') put(out, key, { propertyName: value });
    else if (SUBSCHEMA_MAPS.has(key) && isObject(value)) put(out, key, convertSchemaMap(value, child(site, key), ctx));
    else if (SUBSCHEMA_LISTS.has(key) && Array.isArray(value)) put(out, key, value.map((item, i) => convertSchema(item, child(site, key, i), ctx)));
    else if (SUBSCHEMAS.has(key)) put(out, key, Array.isArray(value) ? value.map((item, i) => convertSchema(item, child(site, key, i), ctx)) : convertSchema(value, child(site, key), ctx));
    else if (!(key === 'format' && out['format'] === 'binary')) put(out, key, value);
  }
  return out;
}

export function convertSchemaMap(schemas: Json, site: Site, ctx: ConversionContext): Json {
  const out: Json = {};
  for (const [name, schema] of Object.entries(schemas)) put(out, name, convertSchema(schema, child(site, name), ctx));
  return out;
}

/** Swagger's `type: file`: a file's bytes, which OpenAPI 3.0 writes as a string in binary format. */
export function binaryString(out: Json): void {
  put(out, 'type', 'string');
  put(out, 'format', 'binary');
}
