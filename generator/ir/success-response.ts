/** Which response a method resolves to: shared by parse (pagination paths), plan and emit. */
import type { OperationIR, ResponseIR, SchemaIR } from './types.js';
import { isJsonMediaType } from '../util/json-media.js';

/**
 * The operation's successful response: the lowest 2XX code with content, else the lowest 2XX. With no
 * 2XX declared, `default`: it then describes every response, the successful ones included (specs that
 * list only `default` mean their one answer).
 */
export function successResponse(op: OperationIR): ResponseIR | undefined {
  const ok = op.responses.filter((r) => /^2(\d\d|XX)$/i.test(r.status));
  if (ok.length === 0) return op.responses.find((r) => r.status === 'default');
  return ok.find((r) => r.schema !== undefined) ?? ok[0];
}

/** A media type whose body is read as JSON; the wildcard type too (the server decides, JSON by default). */
export function readsAsJson(type: string): boolean {
  return isJsonMediaType(type) || type.trim() === '*/*';
}

/**
 * What the method resolves to, typed: the success response's schema, widened by the other 2XX responses
 * the server may send instead (GitHub's 201 with an invitation, or 204 when there is nothing to invite):
 * each other JSON body is a branch of a union, a text body a `string`, and one without a body makes it
 * nullable (the runtime resolves to `null` then). Paged and non-JSON bodies keep the one schema.
 */
export function successSchema(op: OperationIR): SchemaIR | undefined {
  const chosen = successResponse(op);
  const schema = chosen?.schema;
  if (!schema || op.pagination || !isJSON(chosen.contentType)) return schema;
  const others = op.responses.filter((r) => r !== chosen && /^2(\d\d|XX)$/i.test(r.status));
  const variants = [schema];
  for (const other of others.filter((r) => r.contentType !== undefined)) {
    const variant: SchemaIR = isJSON(other.contentType) ? (other.schema ?? { kind: 'unknown', origin: other.origin }) : { kind: 'string', origin: other.origin };
    if (!variants.some((v) => sameShape(v, variant))) variants.push(variant);
  }
  const nullable = others.some((r) => r.contentType === undefined);
  const widened: SchemaIR = variants.length === 1 ? schema : { kind: 'union', variants, origin: schema.origin };
  return nullable ? { ...widened, nullable: true } : widened;
}

function isJSON(contentType: string | undefined): boolean {
  return contentType === undefined || readsAsJson(contentType);
}

const DOCUMENTATION = new Set(['origin', 'description', 'example', 'constraints', 'default']);

/** Two schemas that would be written as one type: the same but for where they stand and what they say. */
function sameShape(a: SchemaIR, b: SchemaIR): boolean {
  const shape = (s: SchemaIR) => JSON.stringify(s, (key, value: unknown) => (DOCUMENTATION.has(key) ? undefined : value));
  return shape(a) === shape(b);
}

/**
 * How a streamed success body arrives: `events`, server-sent events (`text/event-stream`); `json-lines`,
 * one JSON value per line (JSON Lines, NDJSON, and RFC 7464's JSON text sequences, whose records start
 * with a RS). Either is read item by item as it arrives.
 */
export type StreamKind = 'events' | 'json-lines';

export function streamKindOf(mediaType: string): StreamKind | undefined {
  if (/^text\/event-stream\b/i.test(mediaType)) return 'events';
  if (/^application\/(x-)?(ndjson|jsonl|jsonlines|json-seq)\b/i.test(mediaType)) return 'json-lines';
  return undefined;
}

/** How the method's success body streams, if it does. */
export function responseStream(op: OperationIR): StreamKind | undefined {
  const type = successResponse(op)?.contentType;
  return type === undefined ? undefined : streamKindOf(type);
}
