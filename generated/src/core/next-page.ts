// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Where the page after this one is: the request that asks for it, by the operation's pagination style,
 * or `undefined` when this page is the last.
 */
import { SDKError } from './errors.js';
import type { Pagination } from './pagination.js';
import type { BuiltRequest } from './request.js';
import type { RequestOptions } from './request-options.js';
import { ABSOLUTE_URL } from './url.js';

/** The next page's request, and the options to send it with. */
export type Next = [BuiltRequest, RequestOptions | undefined];

/** A page just received, and the request that asked for it. */
export interface Received {
  readonly built: BuiltRequest;
  readonly options: RequestOptions | undefined;
  readonly page: unknown;
  readonly response: Response;
  readonly baseURL: string;
}

/** The request of the page after this one, or `undefined` when it is the last. */
export function nextRequest(pagination: Pagination, received: Received): Next | undefined {
  if (pagination.style === 'link') return follow(received, nextLink(received.response.headers.get('link')));
  if (pagination.style === 'next') {
    const target = valueAt(received.page, pagination.nextURL);
    return follow(received, typeof target === 'string' && target !== '' ? target : undefined);
  }
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
export function itemsOf<Item>(page: unknown, path: readonly string[]): Item[] {
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
 * The next page's URL (a `Link` header's, or one in the page), resolved against the URL the page came from,
 * fetched with GET (a list asked for by POST, as Azure's are, continues by GET). Its query replaces the
 * builder's (it carries the page). A target on another origin is refused: the credentials would follow it;
 * one equal to this page's URL ends the walk, which would otherwise fetch it forever.
 */
function follow({ built, options, response, baseURL }: Received, target: string | undefined): Next | undefined {
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
  if (response.url && url?.href === response.url) return undefined;
  return [{ ...built, method: 'GET', path: url?.href ?? target, query: {}, body: undefined, contentType: undefined }, options];
}

/** The `rel="next"` target of a `Link` header (RFC 8288 §3): `<url>; rel="next", <url>; rel="last"`. */
export function nextLink(header: string | null): string | undefined {
  for (const [, target, params] of (header ?? '').matchAll(/<([^>]*)>([^<]*)/g)) {
    if (/;\s*rel\s*=\s*"?(?:[^";,]*\s)?next(?:\s[^";,]*)?"?\s*(?:[;,]|$)/i.test(params!)) return target;
  }
  return undefined;
}
