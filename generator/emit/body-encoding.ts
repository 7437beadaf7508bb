/**
 * How a request body travels, from its media type: JSON (the runtime stringifies it), multipart form data
 * (file uploads), a URL-encoded form, or anything else, sent as given bytes or text (`octet-stream`,
 * `text/plain`, `application/x-ndjson`, scripts).
 */
import type { OperationIR, SchemaIR } from '../ir/types.js';

export type BodyEncoding = 'json' | 'multipart' | 'form' | 'raw';

export function bodyEncoding(op: OperationIR): BodyEncoding {
  const type = op.requestBody?.contentType.split(';')[0]!.trim().toLowerCase() ?? 'application/json';
  if (/^application\/(.+\+)?json$|^text\/json$|^\*\/\*$/.test(type)) return 'json';
  if (type === 'multipart/form-data') return 'multipart';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  return 'raw';
}

/** The runtime function that encodes a body, and its media type; `undefined` for JSON. */
export function bodyEncoder(op: OperationIR): { readonly encode?: 'encodeMultipart' | 'encodeForm'; readonly contentType: string } | undefined {
  const encoding = bodyEncoding(op);
  const contentType = op.requestBody?.contentType.split(';')[0]!.trim() ?? '';
  if (encoding === 'json') return undefined;
  if (encoding === 'multipart') return { encode: 'encodeMultipart', contentType };
  if (encoding === 'form') return { encode: 'encodeForm', contentType };
  return { contentType };
}

/** A multipart field's schema with its `format: binary` strings (alone or in arrays) as `binary`. */
export function withUploads(schema: SchemaIR): SchemaIR {
  if (schema.kind === 'string' && schema.format === 'binary') return { ...schema, kind: 'binary' };
  if (schema.kind === 'array') return { ...schema, items: withUploads(schema.items) };
  return schema;
}
