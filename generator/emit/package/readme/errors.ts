/** The README's `Errors` section: which class is thrown when, and how to catch them. */
import type { ApiIR } from '../../../ir/types.js';
import { blocks, code, codeBlock, heading, table } from '../markdown.js';
import { firstOperation } from './intro.js';
import { exampleCall } from '../../example.js';
import { ERROR_CLASS_BY_STATUS } from '../../error-responses.js';

const STATUS_CLASSES: readonly [string, string][] = [
  ...Object.entries(ERROR_CLASS_BY_STATUS),
  ['>= 500', 'InternalServerError'],
  ['other error status', 'APIError'],
  ['no response (connection failed)', 'APIConnectionError'],
  ['no response within `timeout`', 'APIConnectionTimeoutError'],
  ['cancelled through `signal`', 'APIUserAbortError'],
];

export function errors(api: ApiIR): string {
  const op = firstOperation(api);
  return blocks(
    heading(2, 'Errors'),
    `A failed call rejects with a subclass of ${code('APIError')} (itself an ${code('SDKError')}). It carries ${code('status')}, ${code('headers')} and ${code('error')} (the parsed body, or its text when it is not JSON). Every class is a named export and a static property of ${code(api.client.name)}.`,
    table(['Cause', 'Class'], STATUS_CLASSES.map(([cause, name]) => [cause, code(name)])),
    op ? codeBlock('ts', catching(api, op)) : undefined,
    `A success response whose body is not valid JSON rejects with ${code('ResponseParseError')}. An invalid path parameter (empty, ${code('.')}, ${code('..')}, not a string, a number or a list of them) throws before anything is sent. A request ${code('fetch')} refuses to send (a line break in a header's value, a ${code('baseURL')} without its scheme) rejects with an ${code('SDKError')} naming the header or the URL, and is not retried.`,
  );
}

function catching(api: ApiIR, op: NonNullable<ReturnType<typeof firstOperation>>): string {
  const call = exampleCall(api, op).replace(/^const response = /, '').replace(/;$/, '');
  return [
    'try {',
    `  ${call.split('\n').join('\n  ')};`,
    '} catch (error) {',
    `  if (error instanceof ${api.client.name}.NotFoundError) console.log('not found');`,
    `  else if (error instanceof ${api.client.name}.APIError) console.log(error.status, error.error);`,
    '  else throw error;',
    '}',
  ].join('\n');
}
