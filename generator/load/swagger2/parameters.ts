/**
 * Swagger 2.0 parameters into OpenAPI 3.0: a query, path, header or cookie parameter keeps its place
 * and gets a `schema` made of its own type fields; the `body` parameter becomes the operation's
 * `requestBody`, one entry per media type it consumes; `formData` parameters together become one
 * form `requestBody` (multipart when one is a file or the operation consumes only multipart).
 */
import { splitRef } from '../refs.js';
import { child, type Site } from './moves.js';
import { binaryString, convertSchema } from './schema.js';
import { movedChild, put, refHolder, reportProblem, type ConversionContext, type Json } from './context.js';
import { isObject } from '../../util/json.js';

/**
 * The fields of a non-body parameter, a header or an items object that describe its value; AutoRest's
 * `x-ms-enum` too, which says whether the `enum` beside it is open, at any depth of `items`.
 */
const VALUE_FIELDS = new Set([
  'type', 'format', 'items', 'enum', 'default', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum',
  'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'multipleOf', 'x-ms-enum',
]);

/** A parameter's value fields as a Schema Object (`items` recursively; `collectionFormat` is the caller's). */
export function valueSchema(node: Json, site: Site, ctx: ConversionContext): Json {
  const schema: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (!VALUE_FIELDS.has(key)) continue;
    if (key === 'type' && value === 'file') binaryString(schema);
    else if (key === 'items' && isObject(value)) put(schema, key, value['$ref'] === undefined ? valueSchema(value, child(site, key), ctx) : convertSchema(value, child(site, key), ctx));
    else if (!(key === 'format' && schema['format'] === 'binary')) put(schema, key, value);
  }
  return schema;
}

/** The rest of a parameter (name, description, flags, extensions) as OpenAPI 3.0 writes it. */
const KEPT_FIELDS = new Set(['name', 'in', 'description', 'required', 'deprecated', 'allowEmptyValue']);

/** The values Swagger 2.0 allows for `collectionFormat`. */
const COLLECTION_FORMATS: readonly string[] = ['csv', 'ssv', 'tsv', 'pipes', 'multi'];

/** A parameter's `collectionFormat`; `csv`, the default, when it names none Swagger 2.0 has (`checkCollectionFormat` says so). */
function collectionFormatOf(param: Json): string {
  const format = param['collectionFormat'];
  return typeof format === 'string' && COLLECTION_FORMATS.includes(format) ? format : 'csv';
}

/**
 * A `collectionFormat` Swagger 2.0 does not have is a located warning: a list so declared is read as `csv`.
 * So is `multi` on a header or path parameter, which Swagger 2.0 allows only where a key can repeat (a
 * query or a form): a header or path value is one text, joined by commas.
 */
function checkCollectionFormat(param: Json, site: Site, ctx: ConversionContext): void {
  const format = param['collectionFormat'];
  if (format === 'multi' && (param['in'] === 'header' || param['in'] === 'path')) {
    const message = `collectionFormat "multi" is only for query and formData parameters, whose key can repeat; a ${param['in']} parameter's list is one value: read as csv, the default`;
    reportProblem(ctx, child(site, 'collectionFormat'), 'swagger2-collection-format', message, 'warning');
    return;
  }
  if (format === undefined || (typeof format === 'string' && COLLECTION_FORMATS.includes(format))) return;
  const message = `collectionFormat ${JSON.stringify(format)} is not one Swagger 2.0 has (${COLLECTION_FORMATS.join(', ')}): read as csv, the default`;
  reportProblem(ctx, child(site, 'collectionFormat'), 'swagger2-collection-format', message, 'warning');
}

/** Swagger's `collectionFormat` as 3.0's `style` and `explode` (`csv`, the default, is each location's default style unexploded). */
function arrayStyle(param: Json): Json {
  if (param['type'] !== 'array') return {};
  const format = collectionFormatOf(param);
  if (param['in'] !== 'query') return format === 'csv' ? {} : { 'x-collectionFormat': format };
  const styles: Record<string, Json> = {
    csv: { style: 'form', explode: false },
    multi: { style: 'form', explode: true },
    ssv: { style: 'spaceDelimited', explode: false },
    pipes: { style: 'pipeDelimited', explode: false },
  };
  return styles[format] ?? { style: 'form', explode: false, 'x-collectionFormat': format };
}

export function convertParameter(param: Json, site: Site, ctx: ConversionContext): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(param)) {
    if (KEPT_FIELDS.has(key) || key.startsWith('x-')) put(out, key === 'x-example' ? 'example' : key, value);
  }
  checkCollectionFormat(param, site, ctx);
  for (const [key, value] of Object.entries(arrayStyle(param))) put(out, key, value);
  if (param['schema'] !== undefined) put(out, 'schema', convertSchema(param['schema'], child(site, 'schema'), ctx));
  else put(out, 'schema', valueSchema(param, movedChild(ctx, site, ['schema'], site), ctx));
  return out;
}

export type ParameterKind = 'body' | 'formData' | 'other';

/** What a parameter is, looking through its `$ref`. */
export function parameterKind(param: unknown, ctx: ConversionContext): ParameterKind {
  const resolved = resolveParameter(param, ctx).node;
  const location = isObject(resolved) ? resolved['in'] : undefined;
  return location === 'body' ? 'body' : location === 'formData' ? 'formData' : 'other';
}

/** A parameter, or the one its `$ref` leads to, with its pointer when that is in the same file. */
export function resolveParameter(param: unknown, ctx: ConversionContext): { node: unknown; from?: string } {
  if (!isObject(param) || typeof param['$ref'] !== 'string') return { node: param };
  const node = ctx.fragments.peek(ctx.file, param['$ref']);
  const { file, pointer } = splitRef(param['$ref']);
  return file === '' ? { node, from: pointer } : { node };
}

/** A body parameter as a Request Body Object. */
export function bodyRequest(param: Json, site: Site, ctx: ConversionContext, consumes: readonly string[]): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(param)) {
    if (key === 'description' || key === 'required' || key.startsWith('x-')) put(out, key, value);
  }
  const content: Json = {};
  for (const type of consumes) {
    put(content, type, { schema: convertSchema(param['schema'], movedChild(ctx, site, ['content', type, 'schema'], child(site, 'schema')), ctx) });
  }
  put(out, 'content', content);
  return out;
}

/** `formData` parameters, each with the site it was written at, as one form Request Body Object. */
export function formRequest(fields: readonly { param: Json; from: Site }[], site: Site, ctx: ConversionContext, consumes: readonly string[]): Json {
  const hasFile = fields.some(({ param }) => param['type'] === 'file');
  // By essence: `multipart/form-data; boundary=hello` is multipart too (the client writes its own boundary).
  const essences = consumes.map((c) => c.split(';')[0]!.trim().toLowerCase());
  const type = hasFile || (essences.includes('multipart/form-data') && !essences.includes('application/x-www-form-urlencoded')) ? 'multipart/form-data' : 'application/x-www-form-urlencoded';
  const schemaSite = child(site, 'content', type, 'schema');
  const properties: Json = {};
  for (const { param, from } of fields) {
    checkCollectionFormat(param, from, ctx);
    const name = String(param['name']);
    const property = valueSchema(param, movedChild(ctx, schemaSite, ['properties', name], from), ctx);
    if (typeof param['description'] === 'string') put(property, 'description', param['description']);
    put(properties, name, property);
  }
  const required = fields.filter(({ param }) => param['required'] === true).map(({ param }) => String(param['name']));
  const schema: Json = { type: 'object', properties };
  if (required.length > 0) put(schema, 'required', required);
  const media: Json = { schema };
  const encoding = formEncoding(fields.map(({ param }) => param), type === 'multipart/form-data');
  if (Object.keys(encoding).length > 0) put(media, 'encoding', encoding);
  const out: Json = { content: { [type]: media } };
  if (required.length > 0) put(out, 'required', true);
  return out;
}

/**
 * The Encoding Object of each list field of a form, from its `collectionFormat`: `csv` (the default) and
 * the other delimited formats are one value, unexploded; `multi` repeats the key, the form's own default,
 * so it needs none. Swagger 2 says so of multipart forms too, where OpenAPI 3.0 ignores `style` and
 * `explode`: there the format is kept beside them (`x-collectionFormat`), which the parser honours.
 */
function formEncoding(params: readonly Json[], multipart: boolean): Json {
  const encoding: Json = {};
  for (const param of params) {
    const style = arrayStyle({ ...param, in: 'query' });
    if (style['explode'] !== false) continue;
    const format = collectionFormatOf(param);
    put(encoding, String(param['name']), multipart ? { ...style, 'x-collectionFormat': format } : style);
  }
  return encoding;
}

/** A parameter that stays a parameter: a local `$ref` is kept (rewritten later), anything else converted. */
export function keptParameter(param: unknown, site: Site, ctx: ConversionContext): unknown {
  if (isObject(param) && typeof param['$ref'] === 'string') return refHolder(ctx, param['$ref'], 'parameter');
  return isObject(param) ? convertParameter(param, site, ctx) : param;
}
