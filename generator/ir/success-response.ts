/** Which response a method resolves to: shared by parse (pagination paths), plan and emit. */
import type { OperationIR, ResponseIR } from './types.js';

/** The operation's successful response: the lowest 2XX code with content, else the lowest 2XX. */
export function successResponse(op: OperationIR): ResponseIR | undefined {
  const ok = op.responses.filter((r) => /^2(\d\d|XX)$/i.test(r.status));
  return ok.find((r) => r.schema !== undefined) ?? ok[0];
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
