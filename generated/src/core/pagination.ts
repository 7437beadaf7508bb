// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Methods of list operations (`x-sdk-pagination` in the spec) return a `PagePromise`: awaiting it gives the
 * first page, as any method does; `for await` goes through the items of every page, fetching each page only
 * when the previous one is used up; `pages()` goes through the pages themselves.
 */
import { APIPromise } from './api-promise.js';
import type { BaseClient } from './client.js';
import { SDKError } from './errors.js';
import type { BuiltRequest, OperationPolicy } from './request.js';
import type { RequestOptions } from './request-options.js';

/**
 * How an operation's pages follow each other. `items` (and `nextCursor`, `totalPages`) are property names
 * leading from the response body to a value; an empty `items` means the body is the array.
 * - `page`: the query parameter `param` counts pages from 1; the last page is empty, or number `totalPages`;
 * - `offset`: `param` counts items from 0; the last page is empty;
 * - `cursor`: `param` takes the `nextCursor` of the page before; the last page has none (or repeats it);
 * - `link`: the next page is the response's `Link` header `rel="next"` (RFC 8288), on the same origin.
 */
export type Pagination =
  | { readonly style: 'page'; readonly param: string; readonly items: readonly string[]; readonly totalPages?: readonly string[] }
  | { readonly style: 'offset'; readonly param: string; readonly items: readonly string[] }
  | { readonly style: 'cursor'; readonly param: string; readonly items: readonly string[]; readonly nextCursor: readonly string[] }
  | { readonly style: 'link'; readonly items: readonly string[] };

const ABSOLUTE_URL = /^[a-z][a-z\d+.-]*:/i;

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

type Next = [BuiltRequest, RequestOptions | undefined];

/** A page just received, and the request that asked for it. */
interface Received {
  readonly built: BuiltRequest;
  readonly options: RequestOptions | undefined;
  readonly page: unknown;
  readonly response: Response;
  readonly baseURL: string;
}

/** The request of the page after this one, or `undefined` when it is the last. */
function nextRequest(pagination: Pagination, received: Received): Next | undefined {
  if (pagination.style === 'link') return followLink(received);
  const { built, options, page } = received;
  const count = itemsOf(page, pagination.items).length;
  if (count === 0) return undefined;
  const current = paramOf(built, options, pagination.param);
  switch (pagination.style) {
    case 'page': {
      const number = Number(current ?? 1);
      const total = valueAt(page, pagination.totalPages ?? []);
      if (pagination.totalPages && typeof total === 'number' && number >= total) return undefined;
      return withParam(built, options, pagination.param, number + 1);
    }
    case 'offset':
      return withParam(built, options, pagination.param, Number(current ?? 0) + count);
    case 'cursor': {
      const cursor = valueAt(page, pagination.nextCursor);
      // A cursor that does not move would fetch the same page forever.
      if ((typeof cursor !== 'string' && typeof cursor !== 'number') || cursor === '' || String(cursor) === String(current)) return undefined;
      return withParam(built, options, pagination.param, cursor);
    }
  }
}

/** The items of a page: the array at `path`, or none when the page has no array there. */
function itemsOf<Item>(page: unknown, path: readonly string[]): Item[] {
  const items = valueAt(page, path);
  return Array.isArray(items) ? (items as Item[]) : [];
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((at, name) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[name] : undefined), value);
}

/** The caller's own value wins on the first page: `options.query` is merged over the builder's query. */
function paramOf(built: BuiltRequest, options: RequestOptions | undefined, param: string): unknown {
  return options?.query?.[param] ?? built.query[param];
}

function withParam(built: BuiltRequest, options: RequestOptions | undefined, param: string, value: unknown): Next {
  const query = options?.query && param in options.query ? { ...options.query, [param]: value } : options?.query;
  return [{ ...built, query: { ...built.query, [param]: value } }, options && { ...options, query }];
}

/**
 * The `Link: <…>; rel="next"` target, resolved against the URL the page came from. Its query replaces the
 * builder's (it carries the page). A target on another origin is refused: the credentials would follow it.
 */
function followLink({ built, options, response, baseURL }: Received): Next | undefined {
  const target = nextLink(response.headers.get('link'));
  if (target === undefined) return undefined;
  // A response made by a custom `fetch` may have no URL: the request went to the path, or under the base URL.
  const from = response.url || (ABSOLUTE_URL.test(built.path) ? built.path : baseURL);
  let origin: string | undefined;
  let url: URL | undefined;
  try {
    origin = new URL(from).origin;
    url = new URL(target, from);
  } catch {
    // A relative base URL (`/api` in a browser): nothing to resolve against; only a relative target may go.
  }
  if (url === undefined ? ABSOLUTE_URL.test(target) : url.origin !== origin) {
    throw new SDKError(`The next page (${target}) is on another origin than ${origin ?? from}; it is not followed, so the credentials stay where they were sent.`);
  }
  return [{ ...built, path: url?.href ?? target, query: {} }, options];
}

/** The `rel="next"` target of a `Link` header (RFC 8288 §3): `<url>; rel="next", <url>; rel="last"`. */
export function nextLink(header: string | null): string | undefined {
  for (const [, target, params] of (header ?? '').matchAll(/<([^>]*)>([^<]*)/g)) {
    if (/;\s*rel\s*=\s*"?(?:[^";,]*\s)?next(?:\s[^";,]*)?"?\s*(?:[;,]|$)/i.test(params!)) return target;
  }
  return undefined;
}
