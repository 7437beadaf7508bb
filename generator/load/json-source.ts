/**
 * The fast path for JSON specs: one pass over the text gives the value and the line and column of every
 * node, exactly as `parseYamlSource` would, without building YAML's syntax tree (for GitHub's 13 MB spec,
 * 0.6 GB of memory and most of the load time). Anything it does not accept (a syntax error, a duplicate
 * key, a control character in a string) gives `undefined`, and the YAML parser, whose errors are located,
 * takes over; values nested too deep are refused here, located, as that parser would exhaust the stack.
 */
import { joinPointer } from '../util/pointer.js';
import { MAX_NESTING, NodeProblem, TOO_DEEP_MESSAGE, type ParseResult, type Position } from './yaml-source.js';

/** Whether a text is worth trying as JSON: a spec in JSON is an object. */
export function looksLikeJson(text: string): boolean {
  return /^\s*\{/.test(text);
}

/**
 * The value and positions of a plain JSON text, a located error for one nested too deep (the YAML parser,
 * given it, would exhaust the stack and then the memory), or `undefined` for one that is not plain JSON.
 */
export function parseJsonSource(file: string, text: string): ParseResult | undefined {
  const scanner = new JsonScanner(text);
  try {
    const value = scanner.document();
    return { ok: true, source: { file, value, positions: scanner.positions } };
  } catch (error) {
    if (error instanceof NodeProblem) return { ok: false, diagnostics: [error.diagnostic(file)] };
    if (error instanceof NotJson) return undefined;
    throw error;
  }
}

class NotJson extends Error {}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS: ReadonlyMap<string, boolean | null> = new Map([['true', true], ['false', false], ['null', null]]);

class JsonScanner {
  readonly positions = new Map<string, Position>();
  private at = 0;
  private depth = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  document(): unknown {
    const value = this.value('');
    this.skipSpace();
    if (this.at !== this.text.length) throw new NotJson();
    return value;
  }

  private value(pointer: string): unknown {
    this.skipSpace();
    if (!this.positions.has(pointer)) this.positions.set(pointer, this.position());
    const c = this.text[this.at];
    if (c === '{' || c === '[') return this.collection(c, pointer);
    if (c === '"') return this.string();
    return this.scalar();
  }

  private collection(c: '{' | '[', pointer: string): unknown {
    if (this.depth >= MAX_NESTING) throw new NodeProblem('nesting-too-deep', TOO_DEEP_MESSAGE, pointer, this.positions.get(pointer)!);
    this.depth++;
    const value = c === '{' ? this.object(pointer) : this.array(pointer);
    this.depth--;
    return value;
  }

  private object(pointer: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.at++;
    if (this.next() === '}') return this.take(out);
    for (;;) {
      if (this.next() !== '"') throw new NotJson();
      const keyAt = this.position();
      const key = this.string();
      if (Object.hasOwn(out, key)) throw new NotJson();
      if (this.next() !== ':') throw new NotJson();
      this.at++;
      const child = joinPointer(pointer, key);
      this.positions.set(child, keyAt);
      const value = this.value(child);
      // A key named "__proto__" must stay a plain key: defined, not assigned (which sets the prototype).
      if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      else out[key] = value;
      const after = this.next();
      this.at++;
      if (after === '}') return out;
      if (after !== ',') throw new NotJson();
    }
  }

  private array(pointer: string): unknown[] {
    const out: unknown[] = [];
    this.at++;
    if (this.next() === ']') return this.take(out);
    for (;;) {
      out.push(this.value(joinPointer(pointer, out.length)));
      const after = this.next();
      this.at++;
      if (after === ']') return out;
      if (after !== ',') throw new NotJson();
    }
  }

  private string(): string {
    const start = this.at;
    let escaped = false;
    for (let i = start + 1; i < this.text.length; i++) {
      const code = this.text.charCodeAt(i);
      if (code < 0x20) throw new NotJson();
      if (code === 0x5c) {
        escaped = true;
        i++;
      } else if (code === 0x22) {
        this.at = i + 1;
        return escaped ? parseEscaped(this.text.slice(start, i + 1)) : this.text.slice(start + 1, i);
      }
    }
    throw new NotJson();
  }

  private scalar(): unknown {
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.at;
    const number = NUMBER.exec(this.text);
    if (number === null) throw new NotJson();
    this.at += number[0].length;
    return Number(number[0]);
  }

  /** The next character that is not white space, not consumed. */
  private next(): string | undefined {
    this.skipSpace();
    return this.text[this.at];
  }

  /** Consumes the closing bracket of an empty object or array. */
  private take<T>(value: T): T {
    this.at++;
    return value;
  }

  private skipSpace(): void {
    for (;;) {
      const c = this.text.charCodeAt(this.at);
      if (c === 0x0a) {
        this.line++;
        this.lineStart = this.at + 1;
      } else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return;
      this.at++;
    }
  }

  private position(): Position {
    return { line: this.line, column: this.at - this.lineStart + 1 };
  }
}

/** A JSON string literal with escapes; an invalid escape is not JSON. */
function parseEscaped(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    throw new NotJson();
  }
}
