/**
 * How a method reads its success body. JSON is parsed and text is returned as text, by the runtime from
 * the response's `Content-Type`. A binary body (an image, a PDF, an archive, `format: binary`) would lose
 * its bytes as text: such a method resolves to the raw `Response` instead, as the official SDK's do. An
 * event stream (`text/event-stream`) would be waited out to its end: it resolves to a `Stream` that reads
 * the events as they arrive.
 */
import type { OperationIR, SchemaIR } from '../ir/types.js';
import { readsAsJson, responseStream, successResponse } from '../ir/success-response.js';
import { isTextMediaType } from '../util/media-text.js';

export type ResponseBody = 'json' | 'text' | 'raw' | 'stream';

const MEDIA_TYPE = /^[\w.+*-]+\/[\w.+*-]+$/;

export function responseBody(op: OperationIR): ResponseBody {
  const response = successResponse(op);
  const type = response?.contentType?.toLowerCase();
  if (type === undefined) return 'json';
  if (responseStream(op)) return 'stream';
  // The bytes of a file, whatever type names it: `*/*` (what springdoc writes for every body), or JSON (a
  // Swagger 2 `type: file` converted): read as text, any byte that is not UTF-8 would be lost.
  const schema = response!.schema;
  if (response!.file || (schema?.kind === 'string' && schema.format === 'binary')) return 'raw';
  if (readsAsJson(type)) return 'json';
  // Not a media type at all (`string`, as some published specs write): the runtime decides, as it always has.
  if (!MEDIA_TYPE.test(essence(type))) return 'text';
  return isTextMediaType(essence(type)) ? 'text' : 'raw';
}

/** The media type without its parameters: `application/xml; charset=utf-8` is XML, `image/png; q=1` an image. */
function essence(type: string): string {
  return type.split(';')[0]!.trim();
}

/** `text/plain`, with or without parameters. */
const PLAIN_TEXT = /^text\/plain\s*(;|$)/;

/**
 * Whether the body arrives as text whatever its schema says: a text media type the runtime never parses
 * (XML, CSV, YAML, HTML). `text/plain` is left out: specs write it for JSON too (see `parsesTextAsJSON`).
 */
export function textOnly(op: OperationIR): boolean {
  const type = successResponse(op)?.contentType?.toLowerCase();
  return type !== undefined && responseBody(op) === 'text' && MEDIA_TYPE.test(essence(type)) && !PLAIN_TEXT.test(type);
}

/**
 * Whether a `text/plain` body is parsed when it is JSON: its schema is neither a string nor left open (an
 * object, a list, a number, a boolean). Specs write `text/plain` for JSON, and servers label it so; given
 * as text, the value would not be what its type says.
 */
export function parsesTextAsJSON(op: OperationIR, model: (key: string) => SchemaIR | undefined): boolean {
  const response = successResponse(op);
  const type = response?.contentType?.toLowerCase();
  const schema = response?.schema;
  return type !== undefined && PLAIN_TEXT.test(type) && responseBody(op) === 'text' && schema !== undefined && schema.kind !== 'unknown' && !isTextSchema(schema, model);
}

/** Whether a schema allows only strings (a string, an enum of strings, a model that is one). */
export function isTextSchema(schema: SchemaIR, model: (key: string) => SchemaIR | undefined, trail = new Set<string>()): boolean {
  if (schema.kind === 'string') return true;
  if (schema.kind === 'enum') return schema.values.every((v) => typeof v === 'string');
  if (schema.kind !== 'ref' || trail.has(schema.model)) return false;
  const target = model(schema.model);
  return target !== undefined && isTextSchema(target, model, trail.add(schema.model));
}

/** The `Accept` a request sends for a body that is not JSON (the runtime's default asks for JSON). */
export function acceptHeader(op: OperationIR): string | undefined {
  const type = successResponse(op)?.contentType;
  const declaresAccept = op.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'accept');
  if (responseStream(op) === 'events' && !declaresAccept) return 'text/event-stream';
  return type !== undefined && responseBody(op) !== 'json' && MEDIA_TYPE.test(essence(type.toLowerCase())) && !declaresAccept ? type : undefined;
}
