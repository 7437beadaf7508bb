// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Methods of list operations (`x-sdk-pagination` in the spec) return a `PagePromise`: awaiting it gives the
 * first page, as any method does; `for await` goes through the items of every page, fetching each page only
 * when the previous one is used up; `pages()` goes through the pages themselves.
 */
import { APIPromise } from './api-promise.js';
import type { BaseClient } from './client.js';
import { itemsOf, nextRequest } from './next-page.js';
import type { BuiltRequest, OperationPolicy } from './request.js';
import type { RequestOptions } from './request-options.js';

/**
 * How an operation's pages follow each other. `items` (and `nextCursor`, `totalPages`) are property names
 * leading from the response body to a value; an empty `items` means the body is the array.
 * - `page`: the query parameter `param` counts pages from 1; the last page is empty, or number `totalPages`;
 * - `offset`: `param` counts items from 0; the last page is empty;
 * - `cursor`: `param` takes the `nextCursor` of the page before; the last page has none (or repeats it);
 * - `link`: the next page is the response's `Link` header `rel="next"` (RFC 8288), on the same origin;
 * - `next`: the next page is the URL at `nextURL` in the page (Azure's `nextLink`), on the same origin.
 */
export type Pagination =
  | { readonly style: 'page'; readonly param: string; readonly items: readonly string[]; readonly totalPages?: readonly string[] }
  | { readonly style: 'offset'; readonly param: string; readonly items: readonly string[] }
  | { readonly style: 'cursor'; readonly param: string; readonly items: readonly string[]; readonly nextCursor: readonly string[] }
  | { readonly style: 'link'; readonly items: readonly string[] }
  | { readonly style: 'next'; readonly items: readonly string[]; readonly nextURL: readonly string[] };

type FetchPage<Page> = (built: BuiltRequest, options: RequestOptions | undefined) => APIPromise<Page>;

/** An `APIPromise` of the first page that can also walk through every page (`pages()`) or item (`for await`). */
export class PagePromise<Page, Item> extends APIPromise<Page> implements AsyncIterable<Item> {
  readonly #first: APIPromise<Page>;
  readonly #fetchPage: FetchPage<Page>;
  readonly #built: BuiltRequest;
  readonly #options: RequestOptions | undefined;
  readonly #pagination: Pagination;
  readonly #baseURL: string;

  /** `baseURL`: where a relative path is sent, to resolve a `Link` against when the response has no URL. */
  constructor(
    fetchPage: FetchPage<Page>,
    built: BuiltRequest,
    options: RequestOptions | undefined,
    pagination: Pagination,
    baseURL: string,
    first = fetchPage(built, options),
  ) {
    super(observed(first.asResponse().then((response) => ({ response, parse: () => first.then((page) => page) }))));
    this.#first = first;
    this.#fetchPage = fetchPage;
    this.#built = built;
    this.#options = options;
    this.#pagination = pagination;
    this.#baseURL = baseURL;
  }

  /** Every page, the first one included; the next page is requested only when asked for. */
  async *pages(): AsyncGenerator<Page, void, undefined> {
    let built = this.#built;
    let options = this.#options;
    let current = this.#first;
    for (;;) {
      const { data, response } = await current.withResponse();
      yield data;
      const next = nextRequest(this.#pagination, { built, options, page: data, response, baseURL: this.#baseURL });
      if (next === undefined) return;
      [built, options] = next;
      current = this.#fetchPage(built, options);
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages()) yield* itemsOf<Item>(page, this.#pagination.items);
  }
}

/**
 * The same promise, marked as observed: a caller who only iterates never reads this one, and its failure
 * reaches them through `pages()` instead of as an unhandled rejection.
 */
function observed<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/** What a generated list method returns: the first page's request, sent now, and the way to the next ones. */
export function paginate<Page, Item>(
  client: BaseClient,
  built: BuiltRequest,
  options: RequestOptions | undefined,
  policy: OperationPolicy,
  pagination: Pagination,
): PagePromise<Page, Item> {
  return new PagePromise<Page, Item>((request, requestOptions) => client.request<Page>(request, requestOptions, policy), built, options, pagination, client.baseURL);
}
