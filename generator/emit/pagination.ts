/**
 * What a paginated method adds: the item type its `for await` yields, and the runtime's `Pagination`
 * literal it passes to `paginate`.
 */
import { schemaAt } from '../ir/schema-at.js';
import type { OperationIR, PaginationIR, SchemaIR } from '../ir/types.js';
import { successResponse } from '../ir/success-response.js';
import { stringLiteral } from './literals.js';
import { code } from './package/markdown.js';
import { renderType } from './render-type.js';
import type { TypeScope } from './scope.js';

/**
 * The type of one item. A named model or a simple type is written as such; an inline object is reached
 * from the response type (`NonNullable<R['result']>[number]`), which names it exactly without repeating it.
 */
export function itemTypeOf(op: OperationIR, pagination: PaginationIR, responseType: string, scope: TypeScope): string {
  const body = successResponse(op)?.schema;
  const found = body && schemaAt(body, pagination.items, (key) => scope.model(key)?.schema);
  if (found?.schema.kind !== 'array') return 'unknown';
  const item = found.schema.items;
  if (isNamedOrSimple(item) || found.throughUnion) return renderType(item, scope);
  const container = pagination.items.reduce((type, name) => `NonNullable<${type}>[${stringLiteral(name)}]`, responseType);
  return `NonNullable<${container}>[number]`;
}

function isNamedOrSimple(schema: SchemaIR): boolean {
  return schema.kind !== 'object' && schema.kind !== 'array' && schema.kind !== 'union' && schema.kind !== 'intersection';
}

/** How the next page is found, as a sentence: for the method's JSDoc and the README. */
export function describeNextPage(pagination: PaginationIR): string {
  const path = (names: readonly string[]) => code(names.join('.'));
  const param = `The ${code(pagination.param ?? '')} query parameter`;
  switch (pagination.style) {
    case 'page':
      return `${param} counts pages from 1, up to the first empty page${pagination.totalPages ? ` or ${path(pagination.totalPages)}` : ''}`;
    case 'offset':
      return `${param} moves on by the number of items received, up to the first empty page`;
    case 'cursor':
      return `${param} takes the page's ${path(pagination.nextCursor ?? [])}, until a page has none or the same one`;
    case 'link':
      return `The response's ${code('Link')} header ${code('rel="next"')} gives the next page, on the same origin only`;
    case 'next':
      return `The page's ${path(pagination.nextURL ?? [])} is the URL of the next page, on the same origin only, until a page has none`;
  }
}

/** The runtime `Pagination` value, every spec string through `stringLiteral`. */
export function paginationLiteral(pagination: PaginationIR): string {
  const path = (names: readonly string[]) => `[${names.map(stringLiteral).join(', ')}]`;
  const fields = [`style: ${stringLiteral(pagination.style)}`];
  // A link or next style needs no parameter: a URL leads (a rule's `param` only says which operations it fits).
  if (pagination.param !== undefined && pagination.style !== 'link' && pagination.style !== 'next') fields.push(`param: ${stringLiteral(pagination.param)}`);
  fields.push(`items: ${path(pagination.items)}`);
  if (pagination.nextCursor) fields.push(`nextCursor: ${path(pagination.nextCursor)}`);
  if (pagination.totalPages) fields.push(`totalPages: ${path(pagination.totalPages)}`);
  if (pagination.nextURL) fields.push(`nextURL: ${path(pagination.nextURL)}`);
  return `{ ${fields.join(', ')} }`;
}
