/** `PagePromise`: the first page when awaited; every page and every item on demand, for each pagination style. */
import { describe, expect, it } from 'vitest';
import { APIError, paginate, type BuiltRequest, type Pagination } from '../../generator/runtime/index.js';
import { nextLink } from '../../generator/runtime/next-page.js';
import { serverPerTest } from './helpers/per-test.js';
import type { Step } from './helpers/server.js';
import { IDEMPOTENT, TestClient, TOKEN } from './helpers/test-client.js';

const servers = serverPerTest();

const LIST: BuiltRequest = { method: 'GET', path: '/zones', query: { per_page: 2 }, headers: {}, body: undefined };

async function listing(steps: Step[], pagination: Pagination, built: BuiltRequest = LIST) {
  const server = await servers.start(steps);
  const client = new TestClient({ apiToken: TOKEN, baseURL: server.url, logLevel: 'off', maxRetries: 0 });
  return { server, pages: () => paginate<unknown, unknown>(client, built, undefined, IDEMPOTENT, pagination) };
}

const page = (items: unknown[], extra: object = {}): Step => ({ status: 200, body: { result: items, ...extra } });

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const seen: T[] = [];
  for await (const item of iterable) seen.push(item);
  return seen;
}

describe('page numbers', () => {
  const style: Pagination = { style: 'page', param: 'page', items: ['result'], totalPages: ['result_info', 'total_pages'] };

  it('awaits to the first page only', async () => {
    const { server, pages } = await listing([page([1, 2], { result_info: { total_pages: 3 } })], style);
    await expect(pages()).resolves.toEqual({ result: [1, 2], result_info: { total_pages: 3 } });
    expect(server.requests.map((r) => r.url)).toEqual(['/zones?per_page=2']);
  });

  it('goes through every item, counting pages from 1 and keeping the other query parameters, up to total_pages', async () => {
    const info = { result_info: { total_pages: 3 } };
    const { server, pages } = await listing([page([1, 2], info), page([3, 4], info), page([5], info), page([6])], style);
    expect(await collect(pages())).toEqual([1, 2, 3, 4, 5]);
    expect(server.requests.map((r) => r.url)).toEqual(['/zones?per_page=2', '/zones?per_page=2&page=2', '/zones?per_page=2&page=3']);
  });

  it('stops at the first empty page when the API does not say how many there are', async () => {
    const { server, pages } = await listing([page(['a']), page(['b']), page([])], { style: 'page', param: 'page', items: ['result'] });
    expect(await collect(pages())).toEqual(['a', 'b']);
    expect(server.requests).toHaveLength(3);
  });

  it('starts from the page the caller asked for', async () => {
    const { server, pages } = await listing([page(['c']), page([])], { style: 'page', param: 'page', items: ['result'] }, { ...LIST, query: { page: 4 } });
    expect(await collect(pages())).toEqual(['c']);
    expect(server.requests.map((r) => r.url)).toEqual(['/zones?page=4', '/zones?page=5']);
  });

  it('gives the pages themselves, fetching the next one only when asked', async () => {
    const { server, pages } = await listing([page([1]), page([2]), page([])], { style: 'page', param: 'page', items: ['result'] });
    for await (const first of pages().pages()) {
      expect(first).toEqual({ result: [1] });
      break;
    }
    expect(server.requests).toHaveLength(1);
  });

  it('rejects the iteration with the error of a failing page', async () => {
    const { pages } = await listing([page([1]), { status: 404, body: { errors: [{ code: 7, message: 'gone' }] } }], { style: 'page', param: 'page', items: ['result'] });
    const seen: unknown[] = [];
    const iterate = async () => {
      for await (const item of pages()) seen.push(item);
    };
    await expect(iterate()).rejects.toBeInstanceOf(APIError);
    expect(seen).toEqual([1]);
  });
});

describe('a first page that fails', () => {
  it('rejects a caller who only iterates, and nothing else is left rejected unhandled', async () => {
    const { pages } = await listing([{ status: 404, body: { errors: [{ code: 7, message: 'no zones' }] } }], { style: 'page', param: 'page', items: ['result'] });
    await expect(collect(pages())).rejects.toThrow('404 no zones (code 7)');
    // An unhandled rejection would surface on this turn of the event loop and fail the run.
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
});

describe('offsets', () => {
  it('moves the offset by the number of items received', async () => {
    const { server, pages } = await listing([page([1, 2]), page([3]), page([])], { style: 'offset', param: 'offset', items: ['result'] });
    expect(await collect(pages())).toEqual([1, 2, 3]);
    expect(server.requests.map((r) => r.url)).toEqual(['/zones?per_page=2', '/zones?per_page=2&offset=2', '/zones?per_page=2&offset=3']);
  });
});

describe('cursors', () => {
  const style: Pagination = { style: 'cursor', param: 'cursor', items: ['result'], nextCursor: ['result_info', 'cursor'] };

  it('sends the cursor of each page to get the next, and stops on a page without one', async () => {
    const { server, pages } = await listing([page([1], { result_info: { cursor: 'c 2' } }), page([2], { result_info: { cursor: 'c3' } }), page([3], { result_info: { cursor: '' } })], style);
    expect(await collect(pages())).toEqual([1, 2, 3]);
    expect(server.requests.map((r) => r.url)).toEqual(['/zones?per_page=2', '/zones?per_page=2&cursor=c%202', '/zones?per_page=2&cursor=c3']);
  });

  it('stops when the cursor does not move, instead of fetching the same page forever', async () => {
    const { server, pages } = await listing([page([1], { result_info: { cursor: 'same' } })], style);
    expect(await collect(pages())).toEqual([1, 1]);
    expect(server.requests).toHaveLength(2);
  });
});

describe('next-page URLs in the body (Azure\'s nextLink)', () => {
  const style: Pagination = { style: 'next', items: ['value'], nextURL: ['@odata.nextLink'] };
  const linked = (items: unknown[], next?: string): Step => ({ status: 200, body: { value: items, ...(next === undefined ? {} : { '@odata.nextLink': next }) } });

  it('follows the URL, with the query it carries, through an empty page, until a page has none', async () => {
    const { server, pages } = await listing([linked([1, 2], '/zones?skiptoken=a'), linked([], '/zones?skiptoken=b'), linked([3])], style);
    expect(await collect(pages())).toEqual([1, 2, 3]);
    expect(server.requests.map((r) => r.url)).toEqual(['/zones?per_page=2', '/zones?skiptoken=a', '/zones?skiptoken=b']);
  });

  it('continues a list asked for by POST with GETs, without the body', async () => {
    const search: BuiltRequest = { method: 'POST', path: '/zones/search', query: {}, headers: {}, body: { name: 'x' } };
    const { server, pages } = await listing([linked([1], '/zones/search?page=2'), linked([2], '')], style, search);
    expect(await collect(pages())).toEqual([1, 2]);
    expect(server.requests.map((r) => [r.method, r.url, r.body])).toEqual([['POST', '/zones/search', '{"name":"x"}'], ['GET', '/zones/search?page=2', '']]);
  });

  it('stops at a next URL that is this page\'s own, which would be fetched forever', async () => {
    const { server, pages } = await listing([linked([1], '/zones?skiptoken=a'), linked([2], '/zones?skiptoken=a')], style);
    expect(await collect(pages())).toEqual([1, 2]);
    expect(server.requests).toHaveLength(2);
  });

  it('refuses a next page on another origin, where the credentials would follow', async () => {
    const { server, pages } = await listing([linked([1], 'https://elsewhere.example.test/zones?page=2')], style);
    await expect(collect(pages())).rejects.toThrow(/^The next page \(https:\/\/elsewhere\.example\.test\/zones\?page=2\) is on another origin/);
    expect(server.requests).toHaveLength(1);
  });
});

describe('Link headers', () => {
  const style: Pagination = { style: 'link', items: [] };
  const linked = (items: unknown[], link?: string): Step => ({ status: 200, body: items, headers: link ? { link } : {} });

  it('follows rel="next", resolved against the response URL, with the query it carries', async () => {
    const { server, pages } = await listing([linked([1, 2], '</zones?per_page=2&page=2>; rel="next", </zones?per_page=2&page=3>; rel="last"'), linked([3], '</zones?page=1>; rel="first"')], style);
    expect(await collect(pages())).toEqual([1, 2, 3]);
    expect(server.requests.map((r) => r.url)).toEqual(['/zones?per_page=2', '/zones?per_page=2&page=2']);
  });

  it('refuses a next page on another origin, where the credentials would follow', async () => {
    const { server, pages } = await listing([linked([1], '<https://elsewhere.example.test/zones?page=2>; rel="next"')], style);
    await expect(collect(pages())).rejects.toThrow(/^The next page \(https:\/\/elsewhere\.example\.test\/zones\?page=2\) is on another origin than http:\/\/127\.0\.0\.1:\d+;/);
    expect(server.requests).toHaveLength(1);
  });

  it('judges the origin by the base URL when a custom fetch gives responses without a URL', async () => {
    const sent: string[] = [];
    const answers = [
      new Response('[1]', { headers: { 'content-type': 'application/json', link: '</zones?page=2>; rel="next"' } }),
      new Response('[2]', { headers: { 'content-type': 'application/json', link: '<https://elsewhere.example.test/zones?page=3>; rel="next"' } }),
    ];
    const fetch = async (url: string) => (sent.push(url), answers.shift()!);
    const client = new TestClient({ apiToken: TOKEN, baseURL: 'https://api.example.test/v4', logLevel: 'off', maxRetries: 0, fetch });
    const seen: unknown[] = [];
    const iterate = async () => {
      for await (const item of paginate(client, LIST, undefined, IDEMPOTENT, style)) seen.push(item);
    };
    await expect(iterate()).rejects.toThrow(/is on another origin than https:\/\/api\.example\.test;/);
    expect([seen, sent]).toEqual([[1, 2], ['https://api.example.test/v4/zones?per_page=2', 'https://api.example.test/zones?page=2']]);
  });

  it.each([
    ['<https://a.test/x?page=2>; rel="next"', 'https://a.test/x?page=2'],
    ['<https://a.test/1>; rel="prev", <https://a.test/3>; rel=next', 'https://a.test/3'],
    ['<https://a.test/3>; title="x"; rel="last next"', 'https://a.test/3'],
    ['<https://a.test/3>; rel="nextish"', undefined],
    ['<https://a.test/3>; rel="last"', undefined],
    [null, undefined],
  ])('reads the next target of %j', (header, want) => {
    expect(nextLink(header)).toBe(want);
  });
});
