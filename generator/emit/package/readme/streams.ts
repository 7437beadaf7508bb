/** The README's `Streams` section, for an API with server-sent events (`text/event-stream` responses). */
import type { ApiIR } from '../../../ir/types.js';
import { streamsEvents } from '../../../ir/success-response.js';
import { exampleInvocation } from '../../example.js';
import { methodPath } from '../signature.js';
import { blocks, code, codeBlock, heading } from '../markdown.js';

export function streams(api: ApiIR): string | undefined {
  const streaming = api.operations.filter(streamsEvents);
  const first = streaming[0];
  if (first === undefined) return undefined;
  return blocks(
    heading(2, 'Streams'),
    `${streaming.map((op) => code(methodPath(op))).join(', ')} ${streaming.length === 1 ? 'answers' : 'answer'} with server-sent events. Such a method resolves to a ${code('Stream')} as soon as the response headers are in (retries and the timeout end there); ${code('for await')} then gives each event's data as it arrives, parsed as JSON when the spec types it (a JSON stream ends at the data ${code('[DONE]')}), as text otherwise:`,
    codeBlock('ts', [`const stream = await ${exampleInvocation(api, first)};`, 'for await (const data of stream) {', '  console.log(data);', '}'].join('\n')),
    `${code('stream.events()')} gives the events whole instead: ${code('{ event, data, id, retry }')}, with the data as text, for streams whose events differ by name or to resume from the last ${code('id')}. A stream is read once. Breaking out of the loop cancels the response, as does aborting the ${code('signal')} given to the call (the loop then throws ${code('APIUserAbortError')}); a connection that breaks mid-stream throws ${code('APIConnectionError')}, and data that is not the JSON it should be, ${code('ResponseParseError')}.`,
  );
}
