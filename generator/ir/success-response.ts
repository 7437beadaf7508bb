/** Which response a method resolves to: shared by parse (pagination paths), plan and emit. */
import type { OperationIR, ResponseIR } from './types.js';

/** The operation's successful response: the lowest 2XX code with content, else the lowest 2XX. */
export function successResponse(op: OperationIR): ResponseIR | undefined {
  const ok = op.responses.filter((r) => /^2(\d\d|XX)$/i.test(r.status));
  return ok.find((r) => r.schema !== undefined) ?? ok[0];
}

/** `text/event-stream`, parameters allowed: server-sent events. */
export function isEventStreamMediaType(type: string): boolean {
  return /^text\/event-stream\b/i.test(type);
}

/** Whether the method's success body is a stream of server-sent events, read as they arrive. */
export function streamsEvents(op: OperationIR): boolean {
  const type = successResponse(op)?.contentType;
  return type !== undefined && isEventStreamMediaType(type);
}
