/** Building request URLs and query strings. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildURL, checkRequestURL, deepObjectQuery, delimitedQuery, explodedQuery, mergeQuery, reservedQuery, stringifyQuery, type QueryParams } from '../../generator/runtime/url.js';

describe('stringifyQuery', () => {
  it.each<[string, QueryParams, string]>([
    ['nothing', {}, ''],
    ['scalars', { a: 1, b: 'x', c: true }, 'a=1&b=x&c=true'],
    ['undefined is dropped', { a: undefined, b: 1 }, 'b=1'],
    ['null is sent empty', { a: null }, 'a='],
    ['arrays repeat the key', { ids: ['x', 'y'] }, 'ids=x&ids=y'],
    ['nested objects use dots', { filter: { name: 'n', tags: ['t'] } }, 'filter.name=n&filter.tags=t'],
    ['dates are ISO strings', { since: new Date('2025-01-02T03:04:05Z') }, 'since=2025-01-02T03%3A04%3A05.000Z'],
    ['RFC 3986 encoding', { q: "a b&c=d/é!'()*" }, 'q=a%20b%26c%3Dd%2F%C3%A9%21%27%28%29%2A'],
    ['encoded keys', { 'a b': 1 }, 'a%20b=1'],
  ])('%s', (_name, query, want) => {
    expect(stringifyQuery(query)).toBe(want);
  });
});

describe('deepObjectQuery', () => {
  it.each<[string, unknown, Record<string, unknown>]>([
    ['brackets each key', { name: 'n', size: 2 }, { 'filter[name]': 'n', 'filter[size]': 2 }],
    ['brackets nested keys again', { owner: { id: 7 } }, { 'filter[owner][id]': 7 }],
    ['indexes a list inside', { tags: ['a', 'b'] }, { 'filter[tags][0]': 'a', 'filter[tags][1]': 'b' }],
    ["indexes a list, and brackets its objects' keys (Stripe's `expand`, `lines`)", [{ amount: 1 }, 'x'], { 'filter[0][amount]': 1, 'filter[1]': 'x' }],
    ['sends nothing for an empty list', [], {}],
    ['keeps the name for a value that is not an object', 'x', { filter: 'x' }],
    ['keeps undefined, which the query drops', undefined, { filter: undefined }],
  ])('%s', (_name, value, want) => {
    expect(deepObjectQuery('filter', value)).toEqual(want);
  });

  it('sends what OpenAPI shows for deepObject, brackets encoded', () => {
    expect(stringifyQuery(deepObjectQuery('filter', { name: 'n', owner: { id: 7 } }))).toBe('filter%5Bname%5D=n&filter%5Bowner%5D%5Bid%5D=7');
  });

  it('keeps a key named __proto__ a plain key', () => {
    const keys = deepObjectQuery('__proto__', { polluted: true });
    expect(Object.keys(keys)).toEqual(['__proto__[polluted]']);
    expect(Object.keys(deepObjectQuery('__proto__', 'x'))).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('explodedQuery', () => {
  it.each<[string, unknown, Record<string, unknown>]>([
    ['spreads an object', { start: 1, end: { at: 2 } }, { start: 1, end: { at: 2 } }],
    ['keeps the name for a list, which repeats the key', ['a', 'b'], { q: ['a', 'b'] }],
    ['keeps the name for a date', new Date(0), { q: new Date(0) }],
    ['keeps the name for a scalar, and for undefined', undefined, { q: undefined }],
  ])('%s', (_name, value, want) => {
    expect(explodedQuery('q', value)).toEqual(want);
  });

  it('does not change the prototype of what it returns, whatever the keys', () => {
    const spread = explodedQuery('q', JSON.parse('{"__proto__": {"polluted": true}, "a": 1}'));
    expect(Object.keys(spread)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(spread)).toBe(Object.prototype);
    expect(buildURL('https://api.test', '/x', [spread])).toBe('https://api.test/x?__proto__.polluted=true&a=1');
  });
});

describe('mergeQuery', () => {
  const sent = (...parts: Record<string, unknown>[]): string => buildURL('https://api.test', '/x', [mergeQuery(...parts)]).replace('https://api.test/x?', '');

  it.each<[string, Record<string, unknown>[], string]>([
    ['repeats a key two parts send, its values in their order', [{ amount: 1, a: 'x' }, { amount: 2 }], 'amount=1&amount=2&a=x'],
    ['adds a scalar to a list of that key, and a list to a scalar', [{ id: ['a', 'b'] }, { id: 'c' }, { id: ['d'] }], 'id=a&id=b&id=c&id=d'],
    ['keeps a null, which is sent empty', [{ q: null }, { q: 'v' }], 'q=&q=v'],
    ['lets undefined take no place', [{ q: undefined }, { q: 'v' }, { q: undefined }], 'q=v'],
    ['keeps an object of one part whole, its keys dotted', [{ f: { a: 1 } }, { f: 2 }], 'f.a=1&f=2'],
    ['sends a key once when only one part has it', [{ a: 1 }, { b: 2 }], 'a=1&b=2'],
  ])('%s', (_name, parts, want) => {
    expect(sent(...parts)).toBe(want);
  });

  it('keeps a key named __proto__ a key', () => {
    const merged = mergeQuery(JSON.parse('{"__proto__": "a"}'), JSON.parse('{"__proto__": "b"}'));
    expect(Object.keys(merged)).toEqual(['__proto__']);
    expect(buildURL('https://api.test', '/x', [merged])).toBe('https://api.test/x?__proto__=a&__proto__=b');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('delimitedQuery', () => {
  it.each<[string, unknown, ',' | ' ' | '|' | '\t', string]>([
    ['joins the items by the delimiter, left as it is', ['a', 'b'], ',', 'q=a,b'],
    ['encodes each item, the delimiter inside one too', ['a,b', 'c d'], ',', 'q=a%2Cb,c%20d'],
    ['sends a space delimiter as %20', [1, 2], ' ', 'q=1%202'],
    ['keeps pipes', ['a', 'b'], '|', 'q=a|b'],
    ["sends a tab delimiter (Swagger 2's tsv) as %09", ['a', 'b'], '\t', 'q=a%09b'],
    ['writes dates in ISO 8601 and null empty, and leaves undefined out', [new Date('2025-01-02T00:00:00Z'), null, undefined, 'x'], ',', 'q=2025-01-02T00%3A00%3A00.000Z,,x'],
    ['sends an empty list as an empty value', [], ',', 'q='],
    ['sends an object as its keys and values in turn, leaving undefined ones out', { R: 100, G: undefined, B: 'a,b' }, ',', 'q=R,100,B,a%2Cb'],
    ['sends a value that is not a list as usual', 'a,b', ',', 'q=a%2Cb'],
  ])('%s', (_name, value, delimiter, want) => {
    expect(stringifyQuery({ q: delimitedQuery(value, delimiter) })).toBe(want);
  });

  it('survives the merging of query layers into a URL', () => {
    expect(buildURL('https://api.test', '/x', [{ q: delimitedQuery(['a', 'b'], ',') }, { page: 2 }])).toBe('https://api.test/x?q=a,b&page=2');
  });
});

describe('buildURL', () => {
  it.each<[string, string, string, Array<QueryParams | undefined>, string]>([
    ['joins base and path', 'https://h/v4', '/a', [], 'https://h/v4/a'],
    ['no double slash', 'https://h/v4/', '/a', [], 'https://h/v4/a'],
    ['adds a missing slash', 'https://h/v4', 'a', [], 'https://h/v4/a'],
    ['absolute path wins', 'https://h/v4', 'https://other/x', [], 'https://other/x'],
    ['later query layers win', 'https://h', '/a', [{ a: '1', b: '1' }, { b: '2' }], 'https://h/a?a=1&b=2'],
    ['undefined in a layer leaves an earlier value alone', 'https://h', '/a', [{ a: '1', b: '1' }, { b: undefined }], 'https://h/a?a=1&b=1'],
    ['keeps a query in the path', 'https://h', '/a?x=1', [{ y: '2' }], 'https://h/a?x=1&y=2'],
    ['a layer overrides the path query', 'https://h', '/a?x=1', [{ x: '2' }], 'https://h/a?x=2'],
    ['undefined layers', 'https://h', '/a', [undefined, {}], 'https://h/a'],
    ['keeps a query in the base URL, after the path', 'https://h/v1?api-version=2', '/a', [{ y: '2' }], 'https://h/v1/a?api-version=2&y=2'],
    ['a base URL with a query and a trailing slash', 'https://h/v1/?k=1', '/a', [], 'https://h/v1/a?k=1'],
    ['the base query first, then the path query, then the layers', 'https://h?k=1', '/a?x=1', [{ k: '3' }], 'https://h/a?k=3&x=1'],
    ['an empty path keeps the base URL and its query', 'https://h/v1?k=1', '', [], 'https://h/v1?k=1'],
  ])('%s', (_name, base, path, layers, want) => {
    expect(buildURL(base, path, layers)).toBe(want);
  });

  it("keeps a query API key that the operation's own optional parameter of that name left undefined", () => {
    const [credential, defaultQuery, operation] = [{ key: 'secret' }, { lang: 'en' }, { key: undefined, lang: undefined, page: 2 }];
    expect(buildURL('https://h', '/a', [credential, defaultQuery, operation])).toBe('https://h/a?key=secret&lang=en&page=2');
    expect(buildURL('https://h', '/a', [credential, defaultQuery, { ...operation, key: 'given' }])).toBe('https://h/a?key=given&lang=en&page=2');
  });

  it("removes a key the call's own query option sets to undefined, even a credential", () => {
    expect(buildURL('https://h', '/a', [{ key: 'secret', a: '1' }], { key: undefined })).toBe('https://h/a?a=1');
    expect(buildURL('https://h', '/a', [{ a: '1' }], { a: '2', b: null })).toBe('https://h/a?a=2&b=');
  });
});

describe('reservedQuery (allowReserved)', () => {
  it.each<[string, unknown, string]>([
    ['keeps reserved characters and %XX triples, encodes the rest and a lone %', "/a:b?c=[d]@e!$&'()*+,;=%2F é%", "q=/a:b?c=[d]@e!$&'()*+,;=%2F%20%C3%A9%25"],
    ['encodes a #', 'a#b', 'q=a%23b'],
    ['writes dates in ISO 8601 and null empty, leaves undefined out', [new Date('2025-01-02T00:00:00Z'), null, undefined], 'q=2025-01-02T00:00:00.000Z&q='],
    ['reaches the values of nested objects, whose keys are encoded as usual', { 'a b': { c: 'x/y' } }, 'q.a%20b.c=x/y'],
  ])('%s', (_name, value, want) => {
    expect(stringifyQuery({ q: reservedQuery(value) })).toBe(want);
  });

  it('joins a delimited list of reserved-kept items', () => {
    expect(stringifyQuery({ q: delimitedQuery(['a/b', 'c d'], ',', true) })).toBe('q=a/b,c%20d');
    expect(stringifyQuery({ q: delimitedQuery('x/y', ',', true) })).toBe('q=x/y');
  });
});

describe('checkRequestURL (after fetch failed with a TypeError)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each(['https://api.test/v4/x', 'http://127.0.0.1:8787/x?q=1'])('lets %s through: the failure was the network', (url) => {
    expect(() => checkRequestURL(url)).not.toThrow();
  });

  it.each([
    ['a base URL without its scheme', 'api.test/v4/x'],
    ['a host and port taken for a scheme', 'localhost:8787/x'],
    ['a relative URL where there is no page', '/v4/x'],
  ])('refuses %s, naming the URL', (_name, url) => {
    expect(() => checkRequestURL(url)).toThrow(`Cannot request ${JSON.stringify(url)}: it is not an http:// or https:// URL`);
  });

  it("resolves a relative URL against the page, as a browser's fetch does", () => {
    vi.stubGlobal('location', { href: 'https://app.test/page' });
    expect(() => checkRequestURL('/v4/x')).not.toThrow();
  });
});
