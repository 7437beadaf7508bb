/**
 * A recursive-descent reader of RFC 9535's grammar (section 2 and its ABNF, appendix A): segments and
 * selectors, then filter expressions with their comparisons, tests and function calls.
 */
import { FUNCTIONS, JsonPathError, singular, type Comparable, type Expr, type FunctionCall, type Query, type Segment, type Selector } from './model.js';
import { Scanner } from './scanner.js';

export class Parser extends Scanner {
  query(): Query {
    // A query is Unicode text (RFC 9535 2.1): a surrogate typed alone, not as an escape, is no character.
    const lone = /\p{Cs}/u.exec(this.text);
    if (lone) throw new JsonPathError(`a lone surrogate (U+${lone[0].charCodeAt(0).toString(16).toUpperCase()}) is no character: a query is Unicode text`, lone.index);
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
    const name = this.ahead(/^[A-Za-z_\u0080-\u{10FFFF}][\w\u0080-\u{10FFFF}]*/u);
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
    const leftAt = this.at;
    const left = this.comparable();
    this.blank();
    const op = this.ahead(/^(==|!=|<=|>=|<|>)/);
    if (op === undefined) return this.asTest(left);
    this.at += op.length;
    this.blank();
    const rightAt = this.at;
    const right = this.comparable();
    for (const side of [left, right]) if (side.kind === 'query' && !singular(side.query)) this.fail('a comparison takes a query that selects at most one node (names and indexes only)');
    for (const [side, at] of [[left, leftAt], [right, rightAt]] as const) {
      if (side.kind === 'function' && FUNCTIONS[side.name]!.result === 'logical') this.fail(`${side.name}() gives a logical result, which no comparison takes: test it alone (\`?${side.name}(…)\`, \`?!${side.name}(…)\`)`, at);
    }
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
    if (c.kind === 'function' && FUNCTIONS[c.name]!.result === 'logical') return { kind: 'test', call: c };
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
    const number = this.ahead(/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/);
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
    const name = this.ahead(/^[a-z][a-z0-9_]*(?=\()/);
    if (name !== undefined) return this.functionCall(name);
    return this.fail('expected a value: a query (`@…`, `$…`), a string, a number, true, false, null or a function');
  }

  private functionCall(name: string): FunctionCall {
    const signature = FUNCTIONS[name];
    if (signature === undefined) this.fail(`unknown function ${name}() (known: ${Object.keys(FUNCTIONS).join(', ')})`);
    this.at += name.length + 1;
    const args: (Comparable | Expr)[] = [];
    const starts: number[] = [];
    const next = () => {
      this.blank();
      starts.push(this.at);
      args.push(this.argument());
    };
    this.blank();
    if (this.peek() !== ')') {
      next();
      while (this.consume(',')) next();
    }
    this.blank();
    this.expect(')', 'expected `)` after the arguments');
    const arity = signature.params.length;
    if (args.length !== arity) this.fail(`${name}() takes ${arity} argument${arity === 1 ? '' : 's'}, got ${args.length}`);
    signature.params.forEach((type, i) => {
      const problem = type === 'nodes' ? notNodes(args[i]!) : notValue(args[i]!);
      if (problem !== undefined) this.fail(`${arity === 1 ? 'the argument' : `argument ${i + 1}`} of ${name}() ${problem}`, starts[i]);
    });
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
}

/**
 * Why `arg` cannot stand for a value (RFC 9535 2.4.3): only a literal, a query that selects at most one node,
 * or a function that gives a value can.
 */
function notValue(arg: Comparable | Expr): string | undefined {
  if (arg.kind === 'literal') return undefined;
  if (arg.kind === 'query') return singular(arg.query) ? undefined : 'must be a value: a query there selects at most one node (names and indexes only)';
  if (arg.kind === 'function') return FUNCTIONS[arg.name]!.result === 'value' ? undefined : `must be a value, and ${arg.name}() gives a logical result (true or false)`;
  return 'must be a value (a literal, a query that selects at most one node, or a function that gives one), not a logical expression';
}

/** Why `arg` cannot stand for nodes (RFC 9535 2.4.3): only a query can. */
function notNodes(arg: Comparable | Expr): string | undefined {
  return arg.kind === 'query' ? undefined : 'must be a query (`@…` or `$…`), whose nodes it reads';
}
