/** The README's `Streams` section, for an API with streamed responses: server-sent events, JSON Lines. */
import type { ApiIR, OperationIR } from '../../../ir/types.js';
import { responseStream, type StreamKind } from '../../../ir/success-response.js';
import { exampleUse } from '../../example.js';
import { methodPath } from '../signature.js';
import { blocks, code, codeBlock, heading } from '../markdown.js';

const ANSWERS: Readonly<Record<StreamKind, [one: string, several: string]>> = {
  events: ['answers with server-sent events', 'answer with server-sent events'],
  'json-lines': ['answers with JSON Lines, one value per line', 'answer with JSON Lines, one value per line'],
};

export function streams(api: ApiIR): string | undefined {
  const streaming = api.operations.filter((op) => responseStream(op) !== undefined);
  const first = streaming[0];
  if (first === undefined) return undefined;
  const kinds = (['events', 'json-lines'] as const).map((kind) => [kind, streaming.filter((op) => responseStream(op) === kind)] as const).filter(([, ops]) => ops.length > 0);
  return blocks(
    heading(2, 'Streams'),
    kinds.map(([kind, ops]) => `${list(ops)} ${ANSWERS[kind][ops.length === 1 ? 0 : 1]}.`).join(' '),
    `Such a method resolves to a ${code('Stream')} as soon as the response headers are in (retries and the timeout end there); ${code('for await')} then gives each item as it arrives: an event's data, parsed as JSON when the spec types it (a JSON event stream ends at the data ${code('[DONE]')}), as text otherwise; or a line's JSON value:`,
    codeBlock('ts', exampleUse(api, first)),
    kinds.some(([kind]) => kind === 'events') && `${code('stream.events()')} gives server-sent events whole instead: ${code('{ event, data, id, retry }')}, with the data as text, for streams whose events differ by name. To resume after a broken connection, call again with the last ${code('id')} in the ${code('Last-Event-ID')} header: ${code("{ headers: { 'Last-Event-ID': id } }")} as the call's options.`,
    `A stream is read once. Breaking out of the loop cancels the response, as does aborting the ${code('signal')} given to the call (the loop then throws ${code('APIUserAbortError')}); a connection that breaks mid-stream throws ${code('APIConnectionError')}, and data that is not the JSON it should be, ${code('ResponseParseError')}.`,
  );
}

function list(ops: readonly OperationIR[]): string {
  return ops.map((op) => code(methodPath(op))).join(', ');
}
