/** Which response a method resolves to: shared by parse (pagination paths), plan and emit. */
import type { OperationIR, ResponseIR } from './types.js';

/** The operation's successful response: the lowest 2XX code with content, else the lowest 2XX. */
export function successResponse(op: OperationIR): ResponseIR | undefined {
  const ok = op.responses.filter((r) => /^2(\d\d|XX)$/i.test(r.status));
  return ok.find((r) => r.schema !== undefined) ?? ok[0];
}
