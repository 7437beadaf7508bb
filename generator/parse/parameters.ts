/**
 * Parameter Object (OpenAPI 3.1 §4.8.12): path-level and operation-level parameters merged, the
 * operation's winning for the same `name` + `in` (§4.8.9.1).
 */
import { entryDocument } from '../load/load-spec.js';
import type { ListDelimiter, ParameterIR, ParameterLocation, QueryDelimiter, SchemaIR } from '../ir/types.js';
import { marksOpenEnum } from '../util/open-enum.js';
import { asObject, asString, deref, joinAt, locationOf, report, type At, type ParseContext } from './context.js';
import { ignoredHeaderReason, signedWithSigV4, signerHeaderReason } from '../util/ignored-headers.js';
import { isHttpToken } from '../util/http-token.js';
import { isJsonMediaType } from '../util/json-media.js';
import { pickMediaAt, type MediaAt } from './media.js';
import { openedEnum, parseSchema } from './schema.js';
import { checkExample } from './example-fits.js';
import { checkQueryKeyClash, type RawParameter } from './query-key-clash.js';

const LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

export function parseParameters(ctx: ParseContext, pathItemAt: At, pathItem: Record<string, unknown>, opAt: At, op: Record<string, unknown>, defaultPositional: (name: string) => boolean): ParameterIR[] {
  const merged = new Map<string, ParameterIR>();
  const raws = new Map<string, RawParameter>();
  const doc = entryDocument(ctx.spec);
  const signed = signedWithSigV4(op['security'] ?? doc['security'], asObject(doc['components'])?.['securitySchemes']);
  for (const [at, list] of [[pathItemAt, pathItem['parameters']], [opAt, op['parameters']]] as const) {
    if (!Array.isArray(list)) continue;
    list.forEach((value, i) => {
      const { at: here, value: resolved } = deref(ctx, joinAt(joinAt(at, 'parameters'), i), value);
      const raw = asObject(resolved);
      const param = raw && parseParameter(ctx, here, raw, defaultPositional, signed);
      if (!param) return;
      merged.set(`${param.in} ${param.name}`, param);
      raws.set(`${param.in} ${param.name}`, { at: here, raw });
    });
  }
  checkQueryKeyClash(ctx, [...raws.values()]);
  return [...merged.values()];
}

/** `raw` is the Parameter Object at `here`, `$ref` followed; `signed`: the operation may be signed with SigV4, whose signer writes some headers itself. */
function parseParameter(ctx: ParseContext, here: At, raw: Record<string, unknown>, defaultPositional: (name: string) => boolean, signed: boolean): ParameterIR | undefined {
  const name = asString(raw['name']);
  if (name === undefined) return undefined;
  const querystring = raw['in'] === 'querystring';
  const location = querystring ? 'query' : (raw['in'] as ParameterLocation);
  if (!LOCATIONS.includes(location)) return undefined;
  // Validation reports a header name HTTP cannot carry; with --lenient the parameter is left out.
  if (location === 'header' && !isHttpToken(name)) return undefined;
  const ignored = location === 'header' ? ignoredHeaderReason(name) : undefined;
  if (ignored !== undefined) return headerIgnored(ctx, here, name, `${ignored} (a caller may still send one with the headers request option)`);
  const signerWrites = location === 'header' && signed ? signerHeaderReason(name) : undefined;
  if (signerWrites !== undefined) return headerIgnored(ctx, here, name, signerWrites);
  const positionalFlag = raw['x-sdk-positional'];
  // `content` instead of `schema` (§4.8.12.1): the value is written in that media type.
  const media = raw['schema'] === undefined ? pickMediaAt(ctx, joinAt(here, 'content'), raw['content']) : undefined;
  if (querystring && !isFormMedia(media)) return querystringNotSent(ctx, here, media);
  const schemaAt = joinAt(media ? media.at : here, 'schema');
  const schema = media ? media.media['schema'] : raw['schema'];
  return {
    name,
    in: location,
    // A path parameter is always required (§4.8.12.2); a spec that forgets to say so still means it.
    required: location === 'path' || raw['required'] === true,
    schema: opened(raw, parseSchema(ctx, schemaAt, schema)),
    json: (media !== undefined && isJsonMediaType(media.type)) || undefined,
    description: asString(raw['description']),
    deprecated: raw['deprecated'] === true || undefined,
    example: parameterExample(ctx, here, raw, deref(ctx, schemaAt, schema).value),
    positional: location === 'path' && (typeof positionalFlag === 'boolean' ? positionalFlag : defaultPositional(name)),
    argName: name,
    // A querystring's form fields are the query's keys: what an exploded `form` parameter sends, the default.
    querySerialization: location === 'query' && !media ? querySerialization(raw) : undefined,
    pathStyle: location === 'path' && !media ? pathStyle(raw) : undefined,
    listDelimiter: (location === 'path' || location === 'header') && !media ? listDelimiter(raw) : undefined,
    explode: (location === 'header' && raw['explode'] === true) || undefined,
    allowReserved: (location === 'query' && !media && raw['allowReserved'] === true) || undefined,
    origin: locationOf(ctx, here),
  };
}

/** The parameter's example: its own, the first of its named ones, or Swagger tooling's; checked against its schema. */
function parameterExample(ctx: ParseContext, here: At, raw: Record<string, unknown>, schema: unknown): unknown {
  const named = raw['example'] === undefined ? firstExample(ctx, here, raw['examples']) : undefined;
  const key = raw['example'] !== undefined ? 'example' : named !== undefined ? 'examples' : 'x-example';
  const example = raw['example'] ?? named ?? raw['x-example'];
  const schemaRaw = asObject(schema);
  if (example !== undefined && schemaRaw !== undefined) checkExample(ctx, joinAt(here, key), example, schemaRaw);
  return example;
}

/**
 * A header parameter the client cannot take (`IGNORED_HEADER_PARAMETERS`), or one the SigV4 signer
 * writes (`SIGNER_HEADER_PARAMETERS`), is left out. Kept, a `Content-Type` made the caller repeat what
 * the client knows, and a value without the boundary the client writes for `multipart/form-data` (or an
 * example's placeholder) broke the body.
 */
function headerIgnored(ctx: ParseContext, at: At, name: string, reason: string): undefined {
  const message = `the header parameter ${name} is ignored, ${reason}`;
  report(ctx, at, 'header-param-ignored', message, 'warning');
  return undefined;
}

/** A path parameter's `label` or `matrix` style, exploded or not (not by default, §4.8.12.4); none for `simple`. */
function pathStyle(raw: Record<string, unknown>): ParameterIR['pathStyle'] {
  const style = raw['style'];
  return style === 'label' || style === 'matrix' ? { style, explode: raw['explode'] === true } : undefined;
}

/** Swagger 2's list formats other than `csv` that a header or path parameter may have (`multi` is the query's and the form's). */
const COLLECTION_DELIMITERS: Readonly<Record<string, ListDelimiter>> = { ssv: ' ', pipes: '|', tsv: '\t' };

/**
 * A header or path list's delimiter other than the comma: Swagger 2's `collectionFormat`, which the
 * conversion keeps beside the parameter (`x-collectionFormat`), as OpenAPI 3's `simple` style, the only
 * one of these locations it can be, joins with commas. A path parameter of another style keeps that style.
 */
function listDelimiter(raw: Record<string, unknown>): ListDelimiter | undefined {
  const format = raw['x-collectionFormat'];
  if (typeof format !== 'string' || !Object.hasOwn(COLLECTION_DELIMITERS, format)) return undefined;
  return raw['style'] === undefined || raw['style'] === 'simple' ? COLLECTION_DELIMITERS[format] : undefined;
}

/** The parameter's schema, opened by the parameter's own `x-ms-enum` beside it (see `marksOpenEnum`). */
function opened(raw: Record<string, unknown>, schema: SchemaIR): SchemaIR {
  return marksOpenEnum(raw) ? openedEnum(schema) : schema;
}

/**
 * OpenAPI 3.2's `querystring` parameter is the whole query string, one value in the media type of its
 * `content`. As form fields (`application/x-www-form-urlencoded`) it is an object whose fields are the
 * query's keys, sent as an exploded `form` query parameter is; JSON as the query string itself is not.
 */
function isFormMedia(media: MediaAt | undefined): boolean {
  return media !== undefined && /^application\/x-www-form-urlencoded\b/i.test(media.type);
}

function querystringNotSent(ctx: ParseContext, at: At, media: MediaAt | undefined): undefined {
  const message = `the querystring parameter is written as ${media ? media.type : 'no media type'}; only application/x-www-form-urlencoded can be sent, so it is left out of the client`;
  report(ctx, at, 'querystring-not-sent', message, 'warning');
  return undefined;
}

const DELIMITERS: Readonly<Record<string, QueryDelimiter>> = { form: ',', spaceDelimited: ' ', pipeDelimited: '|' };

/**
 * `style` and `explode` (§4.8.12.4; `form` and exploded by default) where they change what the client
 * sends: a query parameter's, or a form field's Encoding Object's (§4.8.15, which writes them the same way).
 */
export function querySerialization(raw: Record<string, unknown>): ParameterIR['querySerialization'] {
  const style = typeof raw['style'] === 'string' ? raw['style'] : 'form';
  if (style === 'deepObject') return 'deepObject';
  const explode = typeof raw['explode'] === 'boolean' ? raw['explode'] : style === 'form';
  const delimiter = Object.hasOwn(DELIMITERS, style) ? DELIMITERS[style] : undefined;
  if (explode || delimiter === undefined) return undefined;
  // A Swagger 2 `tsv` list, converted to an unexploded form with its format kept beside it.
  return { delimiter: delimiter === ',' && raw['x-collectionFormat'] === 'tsv' ? '\t' : delimiter };
}

export function firstExample(ctx: ParseContext, at: At, examples: unknown): unknown {
  const map = asObject(examples);
  if (!map) return undefined;
  const first = Object.keys(map).sort()[0];
  // An Example Object may be a `$ref` to `#/components/examples/…`, as GitHub's are.
  const example = first === undefined ? undefined : asObject(deref(ctx, joinAt(joinAt(at, 'examples'), first), map[first]).value);
  // 3.2 writes the value as data (`dataValue`) beside its serialized form; `value` is the older field.
  return example?.['dataValue'] ?? example?.['value'];
}
