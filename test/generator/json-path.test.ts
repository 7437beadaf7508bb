/**
 * RFC 9535 JSONPath, as overlay targets use it: the RFC's own examples (its store document, section
 * 1.5 and the selector tables of 2.3 to 2.5) give the nodes, in order, with their locations.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JsonPathError, queryNodes } from '../../generator/load/overlay/json-path.js';
import { normalizedPath } from '../../generator/samples/json-path.js';

const store = {
  store: {
    book: [
      { category: 'reference', author: 'Nigel Rees', title: 'Sayings of the Century', price: 8.95 },
      { category: 'fiction', author: 'Evelyn Waugh', title: 'Sword of Honour', price: 12.99 },
      { category: 'fiction', author: 'Herman Melville', title: 'Moby Dick', isbn: '0-553-21311-3', price: 8.99 },
      { category: 'fiction', author: 'J. R. R. Tolkien', title: 'The Lord of the Rings', isbn: '0-395-19395-8', price: 22.99 },
    ],
    bicycle: { color: 'red', price: 399 },
  },
};

interface ComplianceCase {
  name: string;
  selector: string;
  document?: unknown;
  result?: unknown[];
  result_paths?: string[];
  results?: unknown[][];
  results_paths?: string[][];
  invalid_selector?: boolean;
}

/** The RFC 9535 normalized path of a location: `$['a'][0]`. */
const pathOf = (location: readonly (string | number)[]) =>
  `$${location.map((step) => (typeof step === 'number' ? `[${step}]` : normalizedPath(`/${step.replace(/~/g, '~0').replace(/\//g, '~1')}`).slice(1))).join('')}`;

const values = (query: string, root: unknown = store) => queryNodes(root, query).map((n) => n.value);
const locations = (query: string, root: unknown = store) => queryNodes(root, query).map((n) => n.location.join('/'));

describe('JSONPath queries (RFC 9535)', () => {
  it('selects by name, wildcard, index and slice, in document order', () => {
    expect(values('$.store.book[*].author')).toEqual(['Nigel Rees', 'Evelyn Waugh', 'Herman Melville', 'J. R. R. Tolkien']);
    expect(values('$..author')).toHaveLength(4);
    expect(locations('$.store.*')).toEqual(['store/book', 'store/bicycle']);
    expect(values('$..book[2].author')).toEqual(['Herman Melville']);
    expect(values('$..book[-1].title')).toEqual(['The Lord of the Rings']);
    expect(values('$..book[:2].title')).toEqual(['Sayings of the Century', 'Sword of Honour']);
    expect(values("$['store']['bicycle']['color']")).toEqual(['red']);
    expect(values('$["store"].bicycle["color", \'price\']')).toEqual(['red', 399]);
    expect(values('$..book[0,1].price')).toEqual([8.95, 12.99]);
    expect(values('$[1:5:2]', [0, 1, 2, 3, 4, 5])).toEqual([1, 3]);
    expect(values('$[5:1:-2]', [0, 1, 2, 3, 4, 5])).toEqual([5, 3]);
    expect(values('$[::-1]', [0, 1, 2])).toEqual([2, 1, 0]);
    expect(values('$.nothing.here')).toEqual([]);
  });

  it('filters by comparison, existence, logic and functions', () => {
    expect(values('$..book[?@.isbn].title')).toEqual(['Moby Dick', 'The Lord of the Rings']);
    expect(values('$..book[?@.price<10].title')).toEqual(['Sayings of the Century', 'Moby Dick']);
    expect(values("$.store.book[?(@.category == 'fiction' && @.price > 20)].title")).toEqual(['The Lord of the Rings']);
    expect(values("$.store.book[?@.category != 'fiction' || !@.isbn].price")).toEqual([8.95, 12.99]);
    expect(values('$..book[?@.price == $.store.bicycle.price]')).toEqual([]);
    expect(values("$..book[?match(@.author, 'J.*')].title")).toEqual(['The Lord of the Rings']);
    expect(values("$..book[?search(@.title, 'of the')].price")).toEqual([8.95, 22.99]);
    expect(values('$..book[?length(@.title) == 9].title')).toEqual(['Moby Dick']);
    expect(values('$.store[?count(@.*) == 2]')).toEqual([{ color: 'red', price: 399 }]);
    expect(values('$[?@.a == null]', [{ a: null }, { b: 1 }])).toEqual([{ a: null }]);
    // Nothing equals Nothing: a missing member compares equal to another missing one.
    expect(values('$[?@.x == @.y]', [{ a: 1 }, { x: 1 }])).toEqual([{ a: 1 }]);
    // value() gives arrays and objects as they are, compared member by member: never Nothing.
    const pairs = [{ a: [1], b: [2] }, { a: [1], b: [1] }, { a: { k: 1 }, b: { k: 1 } }];
    expect(values('$[?value(@.a) == value(@.b)]', pairs)).toEqual(pairs.slice(1));
    expect(values('$[?value(@.a) == value(@.missing)]', pairs)).toEqual([]);
  });

  // `(a+)+$` against thirty-three `a`s and a `!` backtracks for minutes in JavaScript's RegExp (2^32 ways to split
  // the `a`s); the timeout makes that a failure rather than a wait.
  it('runs match() and search() in time linear in the text, whatever the pattern nests', { timeout: 10_000 }, () => {
    const texts = [`${'a'.repeat(33)}!`, 'a'.repeat(33), `x${'a'.repeat(5)}`];
    expect(values("$[?match(@, '(a+)+$')]", texts)).toEqual([texts[1]]);
  });

  it('matches what nested quantifiers describe', () => {
    const texts = [`${'a'.repeat(10)}!`, 'a'.repeat(10), `x${'a'.repeat(5)}`];
    expect(values("$[?search(@, '(a+)+$')]", texts)).toEqual(texts.slice(1));
    expect(values("$[?match(@, '(a|a)*')]", texts)).toEqual([texts[1]]);
    expect(values("$[?search(@, '(a|aa)+b')]", [`${'a'.repeat(20)}!`, 'xaab', 'b'])).toEqual(['xaab']);
  });

  it('reads an I-Regexp (RFC 9485) over code points, the whole text for match() and a part for search()', () => {
    const texts = ['\u2028', '\n', '\r', 'a😀b', 'ab', 'Éa', 'éA', 'xaby'];
    expect(values("$[?match(@, '.')]", texts)).toEqual(['\u2028']);
    expect(values("$[?match(@, 'a.b')]", texts)).toEqual(['a😀b']);
    expect(values("$[?match(@, 'a[😀-😎]b')]", texts)).toEqual(['a😀b']);
    expect(values("$[?match(@, 'a\\\\u{1F600}b')]", texts)).toEqual(['a😀b']);
    expect(values("$[?match(@, '\\\\p{Lu}\\\\P{Lu}')]", texts)).toEqual(['Éa']);
    expect(values("$[?match(@, 'a.*')]", texts)).toEqual(['a😀b', 'ab']);
    expect(values("$[?search(@, 'ab')]", texts)).toEqual(['ab', 'xaby']);
    expect(values("$[?search(@, '^ab')]", texts)).toEqual(['ab']);
    expect(values("$[?search(@, 'b$')]", texts)).toEqual(['a😀b', 'ab']);
  });

  // The JSONPath Compliance Test Suite, as the npm package `jsonpath-rfc9535` ships it, every case: a valid query
  // selects the nodes given, in order (or those of one of the orders allowed), at the normalized paths given; a
  // query the RFC refuses is a JsonPathError located in the query.
  const suite = JSON.parse(readFileSync('node_modules/jsonpath-rfc9535/src/__tests__/jsonpath-compliance-test-suite/cts.json', 'utf8')) as { tests: ComplianceCase[] };
  it('runs every case of the compliance suite', () => {
    expect(suite.tests).toHaveLength(687);
  });
  for (const t of suite.tests) {
    it(`agrees with the compliance suite: ${t.name}`, () => {
      if (t.invalid_selector) {
        const error = (() => {
          try {
            queryNodes(t.document, t.selector);
          } catch (e) {
            return e;
          }
          return undefined;
        })();
        expect(error, `${t.selector} is refused`).toBeInstanceOf(JsonPathError);
        expect((error as JsonPathError).index).toBeGreaterThanOrEqual(0);
        expect((error as JsonPathError).index).toBeLessThanOrEqual(t.selector.length);
        return;
      }
      const found = queryNodes(t.document, t.selector);
      const got = { values: found.map((n) => n.value), paths: found.map((n) => pathOf(n.location)) };
      const allowed = t.results ? t.results.map((values, i) => ({ values, paths: t.results_paths![i]! })) : [{ values: t.result!, paths: t.result_paths! }];
      expect(allowed).toContainEqual(got);
    });
  }

  it('counts a pattern it does not run as no match, and says which and why', () => {
    const unrun: string[] = [];
    const run = (query: string) => queryNodes(['aa', 'ab'], query, (pattern, reason) => unrun.push(`${pattern}: ${reason}`)).map((n) => n.value);
    expect(run("$[?match(@, '(a)\\\\1')]")).toEqual([]);
    expect(run("$[?search(@, 'a(?=b)')]")).toEqual([]);
    expect(run("$[?match(@, 'a{5000}')]")).toEqual([]);
    expect(run("$[?match(@, '(')]")).toEqual([]);
    expect(unrun).toEqual([
      ...Array(2).fill('(a)\\1: it uses a lookaround, a backreference, a word boundary or a count above 1000, which the generator does not run'),
      ...Array(2).fill('a(?=b): it uses a lookaround, a backreference, a word boundary or a count above 1000, which the generator does not run'),
      ...Array(2).fill('a{5000}: it uses a lookaround, a backreference, a word boundary or a count above 1000, which the generator does not run'),
      ...Array(2).fill('(: not a regular expression (Invalid regular expression: /(/u: Unterminated group)'),
    ]);
  });

  it('finds an operation as overlays target it, with the location to change it at', () => {
    const spec = { paths: { '/zones/{zone_id}': { get: { operationId: 'zones-0-get' }, parameters: [] }, '/a': { post: { operationId: 'a' } } } };
    const found = queryNodes(spec, "$.paths.*[?@.operationId == 'zones-0-get']");
    expect(found.map((n) => n.location)).toEqual([['paths', '/zones/{zone_id}', 'get']]);
    expect(locations("$.paths['/zones/{zone_id}'].get")).toEqual([]);
    expect(queryNodes(spec, "$.paths['/zones/{zone_id}'].get").map((n) => n.location)).toEqual([['paths', '/zones/{zone_id}', 'get']]);
    expect(queryNodes(spec, '$').map((n) => n.location)).toEqual([[]]);
  });

  it('walks a document the size of a real spec with `..`', () => {
    const wide = { paths: { big: Array.from({ length: 300_000 }, (_, i) => ({ name: `p${i}` })) } };
    const found = queryNodes(wide, "$..[?@.name == 'p299999']");
    expect(found.map((n) => n.location)).toEqual([['paths', 'big', 299_999]]);
    expect(queryNodes(wide, '$..*')).toHaveLength(2 + 300_000 * 2);
  });

  it('refuses a query the RFC does not allow, naming the character', () => {
    const failure = (query: string) => {
      try {
        queryNodes(store, query);
      } catch (error) {
        if (error instanceof JsonPathError) return `${error.index}: ${error.message}`;
        throw error;
      }
      return 'accepted';
    };
    expect(failure('store.book')).toBe('0: a query starts with `$`, the root');
    expect(failure("$.paths./zones")).toMatch(/^8: expected a name or `\*` after `\.`/);
    expect(failure("$['unclosed")).toMatch(/^11: the string is not closed/);
    expect(failure('$[?@.a == 1')).toMatch(/^11: expected `,` or `]`/);
    expect(failure('$[?@..a == 1]')).toMatch(/a comparison takes a query that selects at most one node/);
    expect(failure('$[?nope(@.a)]')).toMatch(/unknown function nope\(\)/);
    expect(failure('$[?length(@.a, 1) == 1]')).toMatch(/length\(\) takes 1 argument, got 2/);
    expect(failure('$[?count(1) > 2]')).toBe('9: the argument of count() must be a query (`@…` or `$…`), whose nodes it reads');
    expect(failure('$[?count(value(@.a)) > 2]')).toMatch(/^9: the argument of count\(\) must be a query/);
    expect(failure('$[?length(@.*) < 3]')).toMatch(/^10: the argument of length\(\) must be a value: a query there selects at most one node/);
    expect(failure("$[?length(match(@.a, 'x')) == 1]")).toBe('10: the argument of length() must be a value, and match() gives a logical result (true or false)');
    expect(failure('$[?length(@.a == 1) == 1]')).toMatch(/^10: the argument of length\(\) must be a value \(.*\), not a logical expression/);
    expect(failure("$[?match(@.a, 'x') == true]")).toBe('3: match() gives a logical result, which no comparison takes: test it alone (`?match(…)`, `?!match(…)`)');
    expect(failure("$[?1 != search(@.a, 'x')]")).toMatch(/^8: search\(\) gives a logical result, which no comparison takes/);
    expect(failure("$[?match(@.a, @..b)]")).toMatch(/^14: argument 2 of match\(\) must be a value/);
    expect(failure('$.a]')).toMatch(/^3: unexpected "]"/);
    // A surrogate typed alone (a JavaScript string may hold one) is no character; a pair is one.
    expect(failure("$['a\uD800']")).toBe('4: a lone surrogate (U+D800) is no character: a query is Unicode text');
    expect(failure('$.b\uDC00')).toMatch(/^3: a lone surrogate \(U\+DC00\)/);
    expect(queryNodes({ '\u{1F600}': 1 }, "$['\u{1F600}']").map((n) => n.value)).toEqual([1]);
  });
});
