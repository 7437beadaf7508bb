/** The README's `Pagination` section, for an API with list operations (`x-sdk-pagination`). */
import type { ApiIR, OperationIR } from '../../../ir/types.js';
import { itemTypeName } from '../../../normalize/names.js';
import { exampleInvocation } from '../../example.js';
import { describeNextPage } from '../../pagination.js';
import { methodPath } from '../signature.js';
import { blocks, code, codeBlock, heading } from '../markdown.js';

export function pagination(api: ApiIR): string | undefined {
  const lists = api.operations.filter((op) => op.pagination);
  const first = lists[0];
  if (first === undefined) return undefined;
  return blocks(
    heading(2, 'Pagination'),
    `Methods of list operations return a ${code('PagePromise')}. Awaiting it gives the first page, as any method does; ${code('for await')} goes through the items of every page, requesting the next page only when the one before is used up, so breaking out of the loop stops the requests:`,
    codeBlock('ts', [`for await (const item of ${exampleInvocation(api, first)}) {`, '  console.log(item);', '}'].join('\n')),
    `${code('.pages()')} goes through the pages themselves, each the method's response type. Each page is a request of its own, with its retries and timeout; a failing page rejects the loop with its error.`,
    'How each list finds its next page:',
    byWayToNextPage(lists).map(([how, ops]) => `- ${how}: ${ops.map((op) => code(methodPath(op))).join(', ')}.`).join('\n'),
    `Each method's items have a type of their own, named after the method: ${code(itemTypeName(first))} for ${code(methodPath(first))}.`,
  );
}

/** List operations grouped by how they page, in the order each way is first met. */
function byWayToNextPage(lists: readonly OperationIR[]): [string, OperationIR[]][] {
  const groups = new Map<string, OperationIR[]>();
  for (const op of lists) {
    const how = describeNextPage(op.pagination!);
    groups.set(how, [...(groups.get(how) ?? []), op]);
  }
  return [...groups];
}

