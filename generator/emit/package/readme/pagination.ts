/** The README's `Pagination` section, for an API with list operations (`x-sdk-pagination`). */
import type { ApiIR } from '../../../ir/types.js';
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
    lists.map((op) => `- ${code(methodPath(op))} (items: ${code(itemTypeName(op))}): ${describeNextPage(op.pagination!)}.`).join('\n'),
  );
}
