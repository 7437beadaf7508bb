/**
 * RFC 9535 JSONPath queries, the language an OpenAPI Overlay's `target` is written in: `$.info`,
 * `$.paths['/zones/{zone_id}'].get`, `$.paths.*.*[?@.operationId == 'zones-0-get']`, `$..parameters[0]`.
 * Every selector and segment of the RFC is read: names, wildcards, indexes, slices, filters with
 * comparisons, `&&`, `||`, `!`, existence tests and the five functions (`length`, `count`, `match`,
 * `search`, `value`). Each node found comes with its location, so an overlay can change it in place and a
 * diagnostic can say where. A query the RFC does not allow is a `JsonPathError` naming the character.
 */
import { isObject } from '../../util/json.js';

/** A node the query selected: its value and where it stands, from the root (names and array indexes). */
export interface FoundNode {
  readonly value: unknown;
  readonly location: readonly (string | number)[];
}

export class JsonPathError extends Error {
  /** `index`: where in the query, counting from 0. */
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

/** The nodes `query` selects in `root`, in the order the RFC gives them. */
export function queryNodes(root: unknown, query: string): FoundNode[] {
  const parsed = new Parser(query).query();
  return evaluate(parsed.segments, [{ value: root, location: [] }], root);
}

type Selector =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'wildcard' }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'slice'; readonly start?: number | undefined; readonly end?: number | undefined; readonly step?: number | undefined }
  | { readonly kind: 'filter'; readonly test: Expr };

interface Segment {
  readonly descendant: boolean;
  readonly selectors: readonly Selector[];
}

interface Query {
  readonly absolute: boolean;
  readonly segments: readonly Segment[];
}

type Comparable = { readonly kind: 'literal'; readonly value: unknown } | { readonly kind: 'query'; readonly query: Query } | FunctionCall;
interface FunctionCall {
  readonly kind: 'function';
  readonly name: string;
  readonly args: readonly (Comparable | Expr)[];
}
type Expr =
  | { readonly kind: 'or' | 'and'; readonly parts: readonly Expr[] }
  | { readonly kind: 'not'; readonly expr: Expr }
  | { readonly kind: 'compare'; readonly op: string; readonly left: Comparable; readonly right: Comparable }
  | { readonly kind: 'exists'; readonly query: Query }
  | { readonly kind: 'test'; readonly call: FunctionCall };

/** Nothing: what a singular query that selects no node gives in a comparison (RFC 9535 2.3.5.2.2). */
const NOTHING: unique symbol = Symbol('nothing');

function evaluate(segments: readonly Segment[], start: FoundNode[], root: unknown): FoundNode[] {
  let nodes = start;
  for (const segment of segments) {
    nodes = nodes.flatMap((node) => (segment.descendant ? descendants(node) : [node]).flatMap((n) => segment.selectors.flatMap((s) => select(s, n, root))));
  }
  return nodes;
}

/**
 * The node and every node below it, each before its children (document order). A loop, not recursion:
 * `$..*` over a spec the size of Cloudflare's visits millions of nodes.
 */
function descendants(node: FoundNode): FoundNode[] {
  const out: FoundNode[] = [];
  const pending: FoundNode[] = [node];
  while (pending.length > 0) {
    const next = pending.pop()!;
    out.push(next);
    const below = children(next);
    for (let i = below.length - 1; i >= 0; i--) pending.push(below[i]!);
  }
  return out;
}

function children(node: FoundNode): FoundNode[] {
  const { value, location } = node;
  if (Array.isArray(value)) return value.map((v, i) => ({ value: v, location: [...location, i] }));
  if (isObject(value)) return Object.entries(value).map(([k, v]) => ({ value: v, location: [...location, k] }));
  return [];
}

function select(selector: Selector, node: FoundNode, root: unknown): FoundNode[] {
  const { value, location } = node;
  switch (selector.kind) {
    case 'name':
      return isObject(value) && Object.hasOwn(value, selector.name) ? [{ value: value[selector.name], location: [...location, selector.name] }] : [];
    case 'wildcard':
      return children(node);
    case 'index': {
      if (!Array.isArray(value)) return [];
      const i = selector.index < 0 ? value.length + selector.index : selector.index;
      return i >= 0 && i < value.length ? [{ value: value[i], location: [...location, i] }] : [];
    }
    case 'slice':
      return Array.isArray(value) ? sliceIndexes(value.length, selector).map((i) => ({ value: value[i], location: [...location, i] })) : [];
    case 'filter':
      return children(node).filter((child) => test(selector.test, child.value, root));
  }
}

/** RFC 9535 2.3.4.2.2: the indexes a slice selects, in its step's direction. */
function sliceIndexes(length: number, { start, end, step = 1 }: { start?: number | undefined; end?: number | undefined; step?: number | undefined }): number[] {
  if (step === 0) return [];
  const normal = (i: number) => (i >= 0 ? i : length + i);
  const out: number[] = [];
  if (step > 0) {
    const [lower, upper] = [Math.min(Math.max(normal(start ?? 0), 0), length), Math.min(Math.max(normal(end ?? length), 0), length)];
    for (let i = lower; i < upper; i += step) out.push(i);
  } else {
    const [upper, lower] = [Math.min(Math.max(normal(start ?? length - 1), -1), length - 1), Math.min(Math.max(normal(end ?? -length - 1), -1), length - 1)];
    for (let i = upper; lower < i; i += step) out.push(i);
  }
  return out;
}

function test(expr: Expr, current: unknown, root: unknown): boolean {
  switch (expr.kind) {
    case 'or':
      return expr.parts.some((p) => test(p, current, root));
    case 'and':
      return expr.parts.every((p) => test(p, current, root));
    case 'not':
      return !test(expr.expr, current, root);
    case 'exists':
      return run(expr.query, current, root).length > 0;
    case 'test': {
      const result = call(expr.call, current, root);
      return Array.isArray(result) ? result.length > 0 : result === true;
    }
    case 'compare':
      return compare(expr.op, operand(expr.left, current, root), operand(expr.right, current, root));
  }
}

function run(query: Query, current: unknown, root: unknown): FoundNode[] {
  const start = query.absolute ? root : current;
  return evaluate(query.segments, [{ value: start, location: [] }], root);
}

/** A comparison's operand: a value, or Nothing. */
function operand(c: Comparable, current: unknown, root: unknown): unknown {
  if (c.kind === 'literal') return c.value;
  if (c.kind === 'query') {
    const nodes = run(c.query, current, root);
    return nodes.length === 1 ? nodes[0]!.value : NOTHING;
  }
  const result = call(c, current, root);
  return Array.isArray(result) ? NOTHING : result;
}

/** A function's result: a value, Nothing, a logical result (boolean), or for a query argument, its nodes. */
function call(f: FunctionCall, current: unknown, root: unknown): unknown {
  const arg = (i: number): unknown => {
    const a = f.args[i]!;
    return a.kind === 'literal' || a.kind === 'query' || a.kind === 'function' ? operand(a, current, root) : test(a, current, root);
  };
  const nodes = (i: number): FoundNode[] => {
    const a = f.args[i]!;
    return a.kind === 'query' ? run(a.query, current, root) : [];
  };
  switch (f.name) {
    case 'length': {
      const v = arg(0);
      if (typeof v === 'string') return [...v].length;
      if (Array.isArray(v)) return v.length;
      return isObject(v) ? Object.keys(v).length : NOTHING;
    }
    case 'count':
      return nodes(0).length;
    case 'value': {
      const found = nodes(0);
      return found.length === 1 ? found[0]!.value : NOTHING;
    }
    case 'match':
    case 'search': {
      const [text, pattern] = [arg(0), arg(1)];
      if (typeof text !== 'string' || typeof pattern !== 'string') return false;
      const regex = iRegexp(pattern, f.name === 'match');
      return regex !== undefined && regex.test(text);
    }
    default:
      return NOTHING;
  }
}

/** An I-Regexp (RFC 9485) as JavaScript runs it; `.` matches any character but a line break in both. */
function iRegexp(pattern: string, whole: boolean): RegExp | undefined {
  try {
    return new RegExp(whole ? `^(?:${pattern})$` : pattern, 'u');
  } catch {
    return undefined;
  }
}

function compare(op: string, a: unknown, b: unknown): boolean {
  switch (op) {
    case '==':
      return equal(a, b);
    case '!=':
      return !equal(a, b);
    case '<':
      return less(a, b);
    case '>':
      return less(b, a);
    case '<=':
      return less(a, b) || equal(a, b);
    default:
      return less(b, a) || equal(a, b);
  }
}

function equal(a: unknown, b: unknown): boolean {
  if (a === NOTHING || b === NOTHING) return a === b;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && equal(a[k], b[k]));
  }
  return a === b;
}

function less(a: unknown, b: unknown): boolean {
  return (typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string') ? a < b : false;
}

const FUNCTIONS: Readonly<Record<string, number>> = { length: 1, count: 1, match: 2, search: 2, value: 1 };

/** A recursive-descent reader of the RFC's grammar (section 2 and its ABNF, appendix A). */
class Parser {
  private at = 0;

  constructor(private readonly text: string) {}

  query(): Query {
    this.expect('$', 'a query starts with `$`, the root');
    const segments = this.segments();
    if (this.at < this.text.length) this.fail(`unexpected ${JSON.stringify(this.text[this.at])}`);
    return { absolute: true, segments };
  }

  private segments(): Segment[] {
    const out: Segment[] = [];
    for (;;) {
      const before = this.at;
      this.blank();
      const segment = this.segment();
      if (!segment) {
        this.at = before;
        return out;
      }
      out.push(segment);
    }
  }

  private segment(): Segment | undefined {
    if (this.text.startsWith('..', this.at)) {
      this.at += 2;
      if (this.peek() === '[') return { descendant: true, selectors: this.bracketed() };
      return { descendant: true, selectors: [this.dotted()] };
    }
    if (this.peek() === '.') {
      this.at++;
      return { descendant: false, selectors: [this.dotted()] };
    }
    if (this.peek() === '[') return { descendant: false, selectors: this.bracketed() };
    return undefined;
  }

  /** After `.` or `..`: `*` or a member name shorthand. */
  private dotted(): Selector {
    if (this.peek() === '*') {
      this.at++;
      return { kind: 'wildcard' };
    }
    const name = /^[A-Za-z_\u0080-\u{10FFFF}][\w\u0080-\u{10FFFF}]*/u.exec(this.text.slice(this.at))?.[0];
    if (name === undefined) this.fail('expected a name or `*` after `.` (a name with other characters goes in brackets: `[\'/zones\']`)');
    this.at += name.length;
    return { kind: 'name', name };
  }

  private bracketed(): Selector[] {
    this.expect('[');
    const selectors = [this.selector()];
    for (;;) {
      this.blank();
      if (this.peek() === ']') {
        this.at++;
        return selectors;
      }
      this.expect(',', 'expected `,` or `]`');
      selectors.push(this.selector());
    }
  }

  private selector(): Selector {
    this.blank();
    const c = this.peek();
    if (c === "'" || c === '"') return { kind: 'name', name: this.string() };
    if (c === '*') {
      this.at++;
      return { kind: 'wildcard' };
    }
    if (c === '?') {
      this.at++;
      this.blank();
      return { kind: 'filter', test: this.or() };
    }
    const start = this.optionalInteger();
    this.blank();
    if (this.peek() !== ':') {
      if (start === undefined) this.fail('expected a selector: a quoted name, `*`, an index, a slice or `?` and a filter');
      return { kind: 'index', index: start };
    }
    this.at++;
    this.blank();
    const end = this.optionalInteger();
    this.blank();
    let step: number | undefined;
    if (this.peek() === ':') {
      this.at++;
      this.blank();
      step = this.optionalInteger();
    }
    return { kind: 'slice', start, end, step };
  }

  private optionalInteger(): number | undefined {
    const digits = /^(?:0|-?[1-9]\d*)/.exec(this.text.slice(this.at))?.[0];
    if (digits === undefined) return undefined;
    const value = Number(digits);
    if (!Number.isSafeInteger(value)) this.fail(`${digits} is outside the integers a query may hold`);
    this.at += digits.length;
    return value;
  }

  private or(): Expr {
    const parts = [this.and()];
    while (this.consume('||')) parts.push(this.and());
    return parts.length === 1 ? parts[0]! : { kind: 'or', parts };
  }

  private and(): Expr {
    const parts = [this.basic()];
    while (this.consume('&&')) parts.push(this.basic());
    return parts.length === 1 ? parts[0]! : { kind: 'and', parts };
  }

  private basic(): Expr {
    this.blank();
    if (this.peek() === '!' && this.text[this.at + 1] !== '=') {
      this.at++;
      this.blank();
      return { kind: 'not', expr: this.negatable() };
    }
    if (this.peek() === '(') return this.parenthesized();
    const left = this.comparable();
    this.blank();
    const op = /^(==|!=|<=|>=|<|>)/.exec(this.text.slice(this.at))?.[0];
    if (op === undefined) return this.asTest(left);
    this.at += op.length;
    const right = this.comparable();
    for (const side of [left, right]) if (side.kind === 'query' && !singular(side.query)) this.fail('a comparison takes a query that selects at most one node (names and indexes only)');
    return { kind: 'compare', op, left, right };
  }

  /** After `!`: a parenthesized expression or a test. */
  private negatable(): Expr {
    if (this.peek() === '(') return this.parenthesized();
    return this.asTest(this.comparable());
  }

  private parenthesized(): Expr {
    this.expect('(');
    const inner = this.or();
    this.blank();
    this.expect(')', 'expected `)`');
    return inner;
  }

  private asTest(c: Comparable): Expr {
    if (c.kind === 'query') return { kind: 'exists', query: c.query };
    if (c.kind === 'function' && (c.name === 'match' || c.name === 'search')) return { kind: 'test', call: c };
    return this.fail('expected a comparison (`==`, `!=`, `<`, `<=`, `>`, `>=`) or a test (a query, `match()` or `search()`)');
  }

  private comparable(): Comparable {
    this.blank();
    const c = this.peek();
    if (c === '@' || c === '$') {
      this.at++;
      return { kind: 'query', query: { absolute: c === '$', segments: this.segments() } };
    }
    if (c === "'" || c === '"') return { kind: 'literal', value: this.string() };
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(this.text.slice(this.at))?.[0];
    if (number !== undefined) {
      this.at += number.length;
      return { kind: 'literal', value: Number(number) };
    }
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.at) && !/[\w]/.test(this.text[this.at + word.length] ?? '')) {
        this.at += word.length;
        return { kind: 'literal', value };
      }
    }
    const name = /^[a-z][a-z0-9_]*(?=\()/.exec(this.text.slice(this.at))?.[0];
    if (name !== undefined) return this.functionCall(name);
    return this.fail('expected a value: a query (`@…`, `$…`), a string, a number, true, false, null or a function');
  }

  private functionCall(name: string): FunctionCall {
    const arity = FUNCTIONS[name];
    if (arity === undefined) this.fail(`unknown function ${name}() (known: ${Object.keys(FUNCTIONS).join(', ')})`);
    this.at += name.length + 1;
    const args: (Comparable | Expr)[] = [];
    this.blank();
    if (this.peek() !== ')') {
      args.push(this.argument());
      while (this.consume(',')) args.push(this.argument());
    }
    this.blank();
    this.expect(')', 'expected `)` after the arguments');
    if (args.length !== arity) this.fail(`${name}() takes ${arity} argument${arity === 1 ? '' : 's'}, got ${args.length}`);
    return { kind: 'function', name, args };
  }

  /** A function's argument: a value or query standing alone, else a logical expression. */
  private argument(): Comparable | Expr {
    const start = this.at;
    try {
      const value = this.comparable();
      this.blank();
      if (this.peek() === ',' || this.peek() === ')') return value;
    } catch (error) {
      if (!(error instanceof JsonPathError)) throw error;
    }
    this.at = start;
    return this.or();
  }

  /** A single-quoted or double-quoted string with the RFC's escapes. */
  private string(): string {
    const quote = this.text[this.at]!;
    let out = '';
    this.at++;
    for (;;) {
      const c = this.text[this.at];
      if (c === undefined) this.fail('the string is not closed');
      if (c === quote) {
        this.at++;
        return out;
      }
      if (c.charCodeAt(0) < 0x20) this.fail('a control character must be escaped in a string');
      if (c !== '\\') {
        out += c;
        this.at++;
        continue;
      }
      out += this.escape(quote);
    }
  }

  private escape(quote: string): string {
    const e = this.text[this.at + 1];
    const simple: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', '/': '/', '\\': '\\', [quote]: quote };
    if (e !== undefined && Object.hasOwn(simple, e)) {
      this.at += 2;
      return simple[e]!;
    }
    const hex = e === 'u' ? /^[0-9a-fA-F]{4}/.exec(this.text.slice(this.at + 2))?.[0] : undefined;
    if (hex === undefined) this.fail(`\\${e ?? ''} is not an escape a string may hold`);
    this.at += 6;
    return String.fromCharCode(parseInt(hex, 16));
  }

  private blank(): void {
    while (/[ \t\n\r]/.test(this.text[this.at] ?? '')) this.at++;
  }

  private peek(): string | undefined {
    return this.text[this.at];
  }

  private consume(token: string): boolean {
    this.blank();
    if (!this.text.startsWith(token, this.at)) return false;
    this.at += token.length;
    return true;
  }

  private expect(token: string, message = `expected \`${token}\``): void {
    if (!this.text.startsWith(token, this.at)) this.fail(message);
    this.at += token.length;
  }

  private fail(message: string): never {
    throw new JsonPathError(message, this.at);
  }
}

/** A query made of name and index selectors only, one per segment: it selects at most one node. */
function singular(query: Query): boolean {
  return query.segments.every((s) => !s.descendant && s.selectors.length === 1 && (s.selectors[0]!.kind === 'name' || s.selectors[0]!.kind === 'index'));
}
