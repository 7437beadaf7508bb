/** The README's `Methods` section: every operation with its signature, HTTP call, example and retry policy. */
import type { ApiIR, OperationIR } from '../../../ir/types.js';
import { itemTypeName } from '../../../normalize/names.js';
import { exampleUse } from '../../example.js';
import { documentedErrors, errorLine } from '../../error-responses.js';
import { responseBody } from '../../response-body.js';
import { describeRetryPolicy } from '../../../runtime/retry-policy.js';
import { operationPolicy } from '../../resource-class.js';
import { defaultMaxRetries } from '../../client-file.js';
import { credentialsNote, scopesNote } from '../../credential-options.js';
import { responseTypeOf } from '../../operation-types.js';
import { blocks, code, codeBlock, heading, prose } from '../markdown.js';
import { httpLine } from '../../operation-path.js';
import { methodPath, methodSignature, operationsByResource } from '../signature.js';
import { parametersTable } from './parameters.js';

export function methods(api: ApiIR): string {
  const groups = operationsByResource(api).map((group) =>
    blocks(heading(3, `${group.className} (${code(['client', ...group.path].join('.'))})`), ...group.operations.map((op) => method(api, op))),
  );
  return blocks(
    heading(2, 'Methods'),
    'Every method takes its path parameters first, then a `params` object (path, query and header parameters and the body fields, by their names in the API), then per-request `options`. It returns an `APIPromise` of the parsed response.',
    UNDECLARED,
    ...groups,
  );
}

/** What happens to a member of `params` the spec does not declare: what the request builders do with it. */
const UNDECLARED =
  'A member of `params` that the spec does not declare (a parameter the API gained after this package was generated, passed with `// @ts-expect-error`) is sent as given: with the body fields when the method takes them in `params`, otherwise in the query string. The `query` and `headers` options send anything else.';

function method(api: ApiIR, op: OperationIR): string {
  return blocks(
    heading(4, op.summary ?? methodPath(op)),
    code(methodSignature(api, op)),
    `${code(httpLine(op))}${op.deprecated ? ' — **deprecated**' : ''}`,
    prose(op.description, 4),
    parametersTable(api, op),
    codeBlock('ts', exampleUse(api, op)),
    [`Resolves to ${code(responseTypeOf(op))}${resolvesNote(op)}.`, describeRetryPolicy(operationPolicy(api, op), defaultMaxRetries(api)), scopesNote(api, op, code), credentialsNote(api, op)].filter(Boolean).join(' '),
    errorsNote(api, op),
  );
}

/** The error responses the spec documents, one line each, with the class the call rejects with. */
function errorsNote(api: ApiIR, op: OperationIR): string | undefined {
  const errors = documentedErrors(api, op);
  if (errors.length === 0) return undefined;
  return ['Errors the spec documents:', ...errors.map((e) => `- ${errorLine(`${e.status} (${code(e.className)})`, e, code)}`)].join('\n');
}

/** What the value a method resolves to gives, where it is more than the parsed body. */
function resolvesNote(op: OperationIR): string {
  const body = responseBody(op);
  if (body === 'raw') return `, the raw ${code('Response')} with its body unread: read it with ${code('blob()')}, ${code('arrayBuffer()')} or as the stream ${code('body')}`;
  if (body === 'stream') return ` once the response headers are in; ${code('for await')} gives each event's data as it arrives (see Streams)`;
  return op.pagination ? `, the first page; ${code('for await')} gives every ${code(itemTypeName(op))} of every page (see Pagination)` : '';
}
