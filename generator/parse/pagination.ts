/**
 * `x-sdk-pagination` on an operation, and `x-sdk.pagination` rules for a whole API → `PaginationIR`. The
 * form is checked as it is read; an operation's own paths are checked against its success response by
 * `checkPaginationPaths`, and rules are matched by `applyPaginationRules`, once every model is known.
 */
import { arrayProperties, schemaAt } from '../ir/schema-at.js';
import type { OperationIR, PaginationIR, ParameterIR, SchemaIR } from '../ir/types.js';
import { responseStream, successResponse } from '../ir/success-response.js';
import { asObject, joinAt, locationOf, report, type At, type ParseContext } from './context.js';

const STYLES = ['page', 'offset', 'cursor', 'link', 'next'] as const;
type Style = (typeof STYLES)[number];
const DEFAULT_PARAM: Partial<Record<Style, string>> = { page: 'page', offset: 'offset', cursor: 'cursor' };
/** Styles where a URL leads to the next page: a rule's `param` only says which operations it fits. */
const URL_STYLES: ReadonlySet<Style> = new Set(['link', 'next']);
type Lookup = (key: string) => SchemaIR | undefined;
/**
 * `items: '*'`: the one array property of the response body, whatever its name (GitHub's lists wrap
 * theirs in `workflow_runs`, `repositories`…): resolved for each operation, so one rule fits them all.
 */
const ONLY_ARRAY: readonly string[] = Object.freeze(['*']);
const KEYS = new Set(['style', 'param', 'items', 'nextCursor', 'totalPages', 'nextURL']);

/** `x-sdk-pagination` on an operation: its form, and its `param` among the operation's query parameters. */
export function parsePagination(ctx: ParseContext, at: At, value: unknown, parameters: readonly ParameterIR[]): PaginationIR | undefined {
  if (value === undefined) return undefined;
  const pagination = parseForm(ctx, at, value, 'x-sdk-pagination');
  if (pagination?.param === undefined || URL_STYLES.has(pagination.style) || hasQueryParam(parameters, pagination.param)) return pagination;
  const query = parameters.filter((p) => p.in === 'query').map((p) => p.name);
  return invalid(ctx, joinAt(at, 'param'), `"${pagination.param}" is not a query parameter of this operation (it has ${query.length ? query.join(', ') : 'none'}), so no page after the first could be asked for`);
}

/**
 * `x-sdk.pagination`: rules written once for a whole API (`[{ style: page, items: result, … }]`). A GET
 * operation without its own `x-sdk-pagination` takes the first rule that fits it (see `applyPaginationRules`).
 */
export function parsePaginationRules(ctx: ParseContext, doc: Record<string, unknown>): PaginationIR[] {
  const value = asObject(doc['x-sdk'])?.['pagination'];
  if (value === undefined) return [];
  const at = { file: ctx.spec.entry, pointer: '/x-sdk/pagination' };
  if (!Array.isArray(value)) return invalid(ctx, at, "x-sdk.pagination must be a list of rules, each written like an operation's x-sdk-pagination") ?? [];
  return value.flatMap((rule, i) => parseForm(ctx, joinAt(at, String(i)), rule, 'a rule of x-sdk.pagination') ?? []);
}

/**
 * What a pagination says, checked on its own. `param` defaults to the style's usual name; for `link` and
 * `next`, where a URL leads, it is optional and only says which operations a rule fits.
 */
function parseForm(ctx: ParseContext, at: At, value: unknown, what: string): PaginationIR | undefined {
  const raw = asObject(value);
  if (!raw) return invalid(ctx, at, `${what} must be a mapping with a style (${STYLES.join(', ')})`);
  for (const key of Object.keys(raw).filter((k) => !KEYS.has(k))) {
    report(ctx, joinAt(at, key), 'pagination-unknown-key', `${what} has no "${key}"; it takes ${[...KEYS].join(', ')}`, 'warning');
  }
  const style = raw['style'] as Style;
  if (!STYLES.includes(style)) return invalid(ctx, joinAt(at, 'style'), `style must be one of ${STYLES.join(', ')}, got ${JSON.stringify(style) ?? 'nothing'}`);
  const param = raw['param'] ?? DEFAULT_PARAM[style];
  if (param !== undefined && typeof param !== 'string') return invalid(ctx, joinAt(at, 'param'), `param is the name of a query parameter, got ${JSON.stringify(param)}`);
  const [items, nextCursor, totalPages, nextURL] = (['items', 'nextCursor', 'totalPages', 'nextURL'] as const).map((key) => propertyPath(ctx, joinAt(at, key), raw[key]));
  if (items === null || nextCursor === null || totalPages === null || nextURL === null) return undefined;
  if (style === 'cursor' && !nextCursor?.length) return invalid(ctx, at, 'a cursor style needs nextCursor: where in the response the next page\'s cursor is (for example "result_info.cursor")');
  if (style === 'next' && !nextURL?.length) return invalid(ctx, at, 'a next style needs nextURL: where in the response the next page\'s URL is (for example "nextLink")');
  return {
    style,
    ...(param !== undefined ? { param } : {}),
    items: items ?? [],
    ...(style === 'cursor' ? { nextCursor } : {}),
    ...(style === 'page' && totalPages?.length ? { totalPages } : {}),
    ...(style === 'next' ? { nextURL } : {}),
    origin: locationOf(ctx, at),
  };
}

/**
 * AutoRest's `x-ms-pageable` (Azure's specs): the page's `nextLinkName` property is the next page's URL,
 * the items are at `itemName` (default `value`). Each is one property name, dots included
 * (`@odata.nextLink`). A `nextLinkName` of `null` means a single page: nothing to walk.
 */
export function parseMsPageable(ctx: ParseContext, at: At, value: unknown): PaginationIR | undefined {
  const raw = asObject(value);
  const next = raw?.['nextLinkName'];
  if (typeof next !== 'string' || next === '') return undefined;
  const items = typeof raw!['itemName'] === 'string' && raw!['itemName'] !== '' ? raw!['itemName'] : 'value';
  return { style: 'next', items: [items], nextURL: [next], borrowed: true, origin: locationOf(ctx, at) };
}

function hasQueryParam(parameters: readonly ParameterIR[], name: string): boolean {
  return parameters.some((p) => p.in === 'query' && p.name === name);
}

/** Operations without their own pagination take the first rule whose parameter and paths they have. */
export function applyPaginationRules(rules: readonly PaginationIR[], operations: readonly OperationIR[], lookup: Lookup): OperationIR[] {
  if (rules.length === 0) return [...operations];
  return operations.map((op) => {
    if (op.pagination || op.method !== 'GET') return op;
    const fitting = rules.map((r) => withItemsFound(r, op, lookup)).find((r) => (r.param === undefined || hasQueryParam(op.parameters, r.param)) && pathProblems(r, op, lookup).length === 0);
    return fitting ? { ...op, pagination: fitting } : op;
  });
}

/** `items: '*'` made the name of the body's one array property, when it has exactly one. */
function withItemsFound(pagination: PaginationIR, op: OperationIR, lookup: Lookup): PaginationIR {
  if (pagination.items !== ONLY_ARRAY) return pagination;
  const body = successResponse(op)?.schema;
  const arrays = body ? arrayProperties(body, lookup) : [];
  return arrays.length === 1 ? { ...pagination, items: arrays } : pagination;
}

function invalid(ctx: ParseContext, at: At, message: string): undefined {
  report(ctx, at, 'pagination-invalid', message);
  return undefined;
}

/**
 * A dotted path (`result_info.cursor`) or a list of property names (for names that hold a dot);
 * `undefined` when absent, `null` when malformed (and reported).
 */
function propertyPath(ctx: ParseContext, at: At, value: unknown): readonly string[] | undefined | null {
  if (value === undefined || value === '') return undefined;
  if (value === '*' && at.pointer.endsWith('/items')) return ONLY_ARRAY;
  if (typeof value === 'string') return value.split('.');
  if (Array.isArray(value) && value.every((name) => typeof name === 'string')) return value as string[];
  invalid(ctx, at, `expected a dotted path such as "result_info.cursor", or a list of property names, got ${JSON.stringify(value)}`);
  return null;
}

/**
 * Each operation's own pagination against its success response: every path problem is a located error.
 * A borrowed one (`x-ms-pageable`) that does not fit is left out with a located warning instead: the spec
 * was not written for this generator, and its methods still work a page at a time.
 */
export function checkPaginationPaths(ctx: ParseContext, operations: readonly OperationIR[], lookup: Lookup): OperationIR[] {
  return operations.map((declared) => {
    if (!declared.pagination) return declared;
    const op = { ...declared, pagination: withItemsFound(declared.pagination, declared, lookup) };
    const at = { file: op.pagination.origin.file, pointer: op.pagination.origin.pointer };
    const problems = pathProblems(op.pagination, op, lookup);
    if (op.pagination.borrowed && problems.length > 0) {
      report(ctx, at, 'pagination-not-applied', `the method returns single pages: ${problems.map(([, message]) => message).join('; ')}`, 'warning');
      return { ...op, pagination: undefined };
    }
    for (const [key, message] of problems) report(ctx, key ? joinAt(at, key) : at, 'pagination-path', message);
    return op;
  });
}

/**
 * What is wrong with a pagination's paths in an operation's success response, as [key, message]: `items`
 * must lead to an array (or to an untyped value), `nextCursor`, `totalPages` and `nextURL` to something.
 */
function pathProblems(pagination: PaginationIR, op: OperationIR, lookup: Lookup): [string, string][] {
  const body = successResponse(op)?.schema;
  if (responseStream(op)) return [['', `the success response is a stream (${successResponse(op)!.contentType}): its items are read as they arrive, not paged`]];
  if (!body) return [['', 'the operation has no 2XX response with a body, so there are no items to page through']];
  const problems: [string, string][] = [];
  if (pagination.items === ONLY_ARRAY) {
    const arrays = arrayProperties(body, lookup);
    return [['items', `items: "*" needs exactly one array property in the success response, which has ${arrays.length === 0 ? 'none' : arrays.map((name) => `"${name}"`).join(', ')}`]];
  }
  const items = schemaAt(body, pagination.items, lookup)?.schema;
  if (items?.kind !== 'array' && items?.kind !== 'unknown') {
    const where = pagination.items.length ? `"${pagination.items.join('.')}"` : 'the response body itself';
    problems.push(['items', `items: ${where} ${items ? `is ${items.kind}, not an array` : 'is not in the success response'}`]);
  }
  for (const key of ['nextCursor', 'totalPages', 'nextURL'] as const) {
    const path = pagination[key];
    if (path && !schemaAt(body, path, lookup)) problems.push([key, `${key}: "${path.join('.')}" is not in the success response`]);
  }
  return problems;
}
