/** The README's sections on retries, timeouts and raw responses. */
import type { ApiIR, OperationIR } from '../../../ir/types.js';
import { MAX_SERVER_DELAY_MS } from '../../../runtime/retry-delay.js';
import { defaultMaxRetries, defaultTimeout } from '../../client-file.js';
import { exampleArguments, exampleInvocation, invocationCode, type ExampleArguments } from '../../example.js';
import { optionsInPlaceOfParams, paramsArity } from '../../operation-types.js';
import { docsScope } from '../signature.js';
import { blocks, code, codeBlock, heading } from '../markdown.js';
import { firstOperation } from './intro.js';

export function retries(api: ApiIR): string {
  return blocks(
    heading(2, 'Retries'),
    `${retriesByDefault(defaultMaxRetries(api))}, after connection errors, timeouts, 408, 409, 429 and 5xx responses; a response header \`x-should-retry: true\` or \`false\` overrides the rule.`,
    `The wait is what the server asks for (\`retry-after-ms\`, else \`Retry-After\` in seconds or as a date), capped at ${MAX_SERVER_DELAY_MS / 1000} s, else an exponential backoff of min(0.5 s × 2^n, 8 s) with up to 25 % jitter.`,
    '**Safe retries.** An operation that is not idempotent (a POST that creates or kicks something) is not sent again after a failure that may have happened after the server did the work (a timeout, a connection lost after sending, a 5xx) unless the call carries an `idempotencyKey`. A connection refused before sending, 408, 409, 429 and 503 with `Retry-After` are retried: the server either did nothing or gave a definite answer. Each method\'s policy is written in its documentation above.',
    codeBlock('ts', `const client = new ${api.client.name}({ maxRetries: 0 }); // never retry\n\n${withOptions(api, '{ maxRetries: 5, idempotencyKey: crypto.randomUUID() }')}`),
    madeKeys(api),
  );
}

/** The operations whose spec declares an idempotency-key header: the client makes their keys. */
function madeKeys(api: ApiIR): string | undefined {
  const keyed = api.operations.filter((op) => op.idempotencyHeader && !op.idempotent);
  if (keyed.length === 0) return undefined;
  const headers = [...new Set(keyed.map((op) => `\`${op.idempotencyHeader}\``))].join(' or ');
  return `**Idempotency keys made by the client.** ${keyed.length === api.operations.filter((op) => !op.idempotent).length ? 'Every operation that is not idempotent' : `${keyed.length} operations that are not idempotent`} declare${keyed.length === 1 ? 's' : ''} an idempotency-key header (${headers}): when a call gives none, the client makes one (a random UUID) and sends it on every attempt, so these calls are retried like idempotent ones and the server can tell a retry from a new request. Give your own to make a retry of your own (after a crash, say) safe as well. Removing the header (\`headers: { '${keyed[0]!.idempotencyHeader}': null }\` in the request options) sends none, and the call is then retried as one that is not idempotent.`;
}

/** `A failed attempt is retried 2 times by default (3 attempts)`, or what the API's own default makes it. */
function retriesByDefault(count: number): string {
  if (count === 0) return 'A failed attempt is not retried by default (the API sets `maxRetries` to 0); with `maxRetries` set, it is retried';
  return `A failed attempt is retried ${count === 1 ? 'once' : `${count} times`} by default (${count + 1} attempts)`;
}

export function timeouts(api: ApiIR): string {
  return blocks(
    heading(2, 'Timeouts'),
    `Each attempt may take ${defaultTimeout(api) / 1000} seconds by default, for the response headers and again for the body. A timed-out attempt is retried as above; when none is left, the call rejects with \`APIConnectionTimeoutError\`.`,
    codeBlock('ts', `const client = new ${api.client.name}({ timeout: 20_000 }); // 20 s\n\n${withOptions(api, '{ timeout: 5_000 }')}`),
  );
}

export function rawResponses(api: ApiIR): string {
  const op = firstOperation(api);
  const call = op ? exampleInvocation(api, op) : undefined;
  return blocks(
    heading(2, 'Raw responses'),
    'Methods return an `APIPromise`: awaiting it gives the parsed body. `.asResponse()` gives the `Response` with its body unread; `.withResponse()` gives both. A 204 gives `null` and a body that is not JSON gives its text.',
    // A body handed over unread keeps its connection, and the listener on the caller's `signal`, until it ends.
    'Read a body taken with `.asResponse()`, or cancel it (`await response.body?.cancel()`): until then it holds its connection, and the listener the call put on your `signal`.',
    unwrapSaid(api),
    call ? codeBlock('ts', `const response = await ${call}.asResponse();\nconsole.log(response.headers.get('content-type'));\n\nconst { data, response: raw } = await ${call}.withResponse();\nconsole.log(raw.status, data);`) : undefined,
  );
}

/** Where methods resolve to one field of the body (`x-sdk.client.unwrap`), which and where the rest is. */
function unwrapSaid(api: ApiIR): string | undefined {
  const field = api.client.unwrap;
  if (field === undefined || !api.operations.some((op) => op.unwrap)) return undefined;
  return `A method whose response body has a ${code(field)} field resolves to that field alone, as its documentation says (a list that pages resolves to its first page, whole). \`.withResponse()\` gives the field and the \`Response\`; \`.asResponse()\` gives the \`Response\` with the whole body unread.`;
}

/** The first method called with per-request `options`, or a plain statement when the API has none. */
function withOptions(api: ApiIR, options: string): string {
  const op = firstOperation(api);
  if (!op) return '';
  const args = exampleArguments(api, op);
  const call = invocationCode(op, args, undefined, [...(skipsOptionalParams(api, op, args) ? ['{}'] : []), options]);
  return `// for one call:\nconst response = await ${call};`;
}

/**
 * Whether the example leaves out an optional `params` that the options cannot take the place of (a member
 * is named like a request option): an empty `{}` must then hold its place, or the options would be read,
 * and type-checked, as parameters.
 */
function skipsOptionalParams(api: ApiIR, op: OperationIR, args: ExampleArguments): boolean {
  const scope = docsScope(api);
  return args.members.length === 0 && paramsArity(op, scope) !== 'none' && !optionsInPlaceOfParams(op, scope);
}
