/**
 * The README's `Methods` section: every operation with its signature, HTTP call, arguments, example,
 * retry policy and errors; or, when they would not fit in a README, a list of resources and a page for each.
 */
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
import { blocks, code, codeBlock, heading, plainText, prose } from '../markdown.js';
import { httpLine } from '../../operation-path.js';
import { methodPath, methodSignature, operationsByResource } from '../signature.js';
import { parametersTable } from './parameters.js';
import { LAYOUT } from '../layout.js';
import { pagePaths } from '../page-paths.js';
import { renderWithin } from '../render-within.js';
import { grouped, plural } from '../../../util/plural.js';

/** The section's opening: what every method takes and returns. */
const TAKES =
  'Every method takes its path parameters first, then a `params` object (path, query and header parameters and the body fields, by their names in the API), then per-request `options`. It returns an `APIPromise` of the parsed response.';

/** What happens to a member of `params` the spec does not declare: what the request builders do with it. */
const UNDECLARED =
  'A member of `params` that the spec does not declare (a parameter the API gained after this package was generated, passed with `// @ts-expect-error`) is sent as given: with the body fields when the method takes them in `params`, otherwise in the query string. The `query` and `headers` options send anything else.';

/**
 * Every method in the README, under its resource; undefined once their text passes `budget` characters,
 * where they go on pages instead. Stopping there spares a large API rendering all its methods twice.
 */
export function methods(api: ApiIR, budget = Infinity): string | undefined {
  const groups = operationsByResource(api);
  const documented = renderWithin(groups.flatMap((g) => g.operations), (op) => method(api, op, 4), budget);
  if (documented === undefined) return undefined;
  let next = 0;
  const sections = groups.map((g) => blocks(heading(3, resourceTitle(g)), ...documented.slice(next, (next += g.operations.length))));
  return blocks(heading(2, 'Methods'), TAKES, UNDECLARED, ...sections);
}

/**
 * The README's `Methods` section when every method would not fit in it: a list of the resources, each
 * linking to its page (`methodPages`), which documents its methods as the README would.
 */
export function methodsIndex(api: ApiIR): string {
  const groups = operationsByResource(api);
  const paths = pagePaths(groups, LAYOUT.docs);
  const count = groups.reduce((n, g) => n + g.operations.length, 0);
  const entries = groups.map((g, i) => `- [${code(['client', ...g.path].join('.'))}](${paths[i]}): ${plural(g.operations.length, 'method', grouped)}`);
  return blocks(heading(2, 'Methods'), `The API has ${plural(count, 'method', grouped)} in ${plural(groups.length, 'resource', grouped)}; each resource's page documents its methods (what each takes, an example, retries and errors).`, TAKES, UNDECLARED, entries.join('\n'));
}

/** One page per resource: its methods, documented as the README documents them when they fit there. */
export function methodPages(api: ApiIR): Map<string, string> {
  const groups = operationsByResource(api);
  const paths = pagePaths(groups, LAYOUT.docs);
  const intro = `Part of the ${code(api.package.name)} package; its [README](../README.md) has the client's options, errors, retries and timeouts.`;
  return new Map(groups.map((g, i) => [paths[i]!, `${blocks(heading(1, resourceTitle(g)), intro, ...g.operations.map((op) => method(api, op, 2)))}\n`]));
}

function resourceTitle(group: { readonly path: readonly string[]; readonly className: string }): string {
  return `${group.className} (${code(['client', ...group.path].join('.'))})`;
}

/** A method's documentation, under a heading of `level`. */
function method(api: ApiIR, op: OperationIR, level: number): string {
  return blocks(
    heading(level, plainText(op.summary ?? methodPath(op))),
    code(methodSignature(api, op)),
    `${code(httpLine(op))}${op.deprecated ? ' — **deprecated**' : ''}`,
    prose(op.description, level),
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
  if (op.unwrap) return `, the ${code(op.unwrap.field)} of the response body (${code('.asResponse()')} gives the whole response)`;
  return op.pagination ? `, the first page; ${code('for await')} gives every ${code(itemTypeName(op))} of every page (see Pagination)` : '';
}
