/**
 * How a request body travels, from its media type: JSON (the runtime stringifies it), multipart form data
 * (file uploads), a URL-encoded form, JSON Lines (a list, one JSON value per line: NDJSON, JSON text
 * sequences), or anything else, sent as given bytes or text (`octet-stream`, `text/plain`, scripts).
 */
import { readsAsJson, streamKindOf } from '../ir/success-response.js';
import { isPlainJson } from '../util/json-media.js';
import type { OperationIR, SchemaIR } from '../ir/types.js';

export type BodyEncoding = 'json' | 'multipart' | 'form' | 'json-lines' | 'raw';

export function bodyEncoding(op: OperationIR): BodyEncoding {
  const type = mediaType(op).toLowerCase();
  if (readsAsJson(type) || type === 'text/json') return 'json';
  if (type === 'multipart/form-data') return 'multipart';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  // JSON text sequences (`application/json-seq`) too: a list, each record started by a RS (`encodeJSONSeq`).
  // A body whose schema is a file (`type: string, format: binary`: Cloudflare's Vectorize inserts take an
  // `.ndjson` file) is its lines already: sent as the bytes given, not as a list of JSON strings.
  if (streamKindOf(type) === 'json-lines') return isFile(op.requestBody?.schema) ? 'raw' : 'json-lines';
  return 'raw';
}

const isFile = (schema: SchemaIR | undefined): boolean => schema?.kind === 'string' && schema.format === 'binary';

const ENCODERS = { json: undefined, multipart: 'encodeMultipart', form: 'encodeForm', 'json-lines': 'encodeJSONLines', raw: undefined } as const;

/**
 * The function that encodes a body (none for raw bytes or text), and its media type; `undefined` for JSON
 * the runtime sends as `application/json`. JSON of another media type is stringified here and keeps its
 * name: servers refuse a JSON Patch, a merge patch or a registry manifest sent as plain `application/json`.
 */
export function bodyEncoder(op: OperationIR): { readonly encode?: 'encodeMultipart' | 'encodeForm' | 'encodeJSONLines' | 'encodeJSONSeq' | 'JSON.stringify'; readonly contentType: string } | undefined {
  const encoding = bodyEncoding(op);
  if (encoding === 'json') return isPlainJson(mediaType(op)) || mediaType(op) === '*/*' ? undefined : { encode: 'JSON.stringify', contentType: mediaType(op) };
  const encode = encoding === 'json-lines' && /json-seq$/.test(mediaType(op).toLowerCase()) ? 'encodeJSONSeq' : ENCODERS[encoding];
  return encode === undefined ? { contentType: mediaType(op) } : { encode, contentType: mediaType(op) };
}

/** The body's media type without parameters (`multipart/form-data; charset=…` → `multipart/form-data`). */
function mediaType(op: OperationIR): string {
  return op.requestBody?.contentType.split(';')[0]!.trim() ?? 'application/json';
}

/** A multipart field's schema with its `format: binary` strings (alone or in arrays) as `binary`. */
export function withUploads(schema: SchemaIR): SchemaIR {
  if (schema.kind === 'string' && schema.format === 'binary') return { ...schema, kind: 'binary' };
  if (schema.kind === 'array') return { ...schema, items: withUploads(schema.items), prefixItems: schema.prefixItems?.map(withUploads) };
  return schema;
}
