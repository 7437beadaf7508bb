/**
 * Reading a query character by character: blanks, tokens, integers and quoted strings with the RFC's
 * escapes (RFC 9535 2.3.1.1). The grammar (parser.ts) builds on it; every refusal names where it is.
 */
import { JsonPathError } from './model.js';

export class Scanner {
  /** Where the next character is, counting from 0. */
  protected at = 0;

  constructor(protected readonly text: string) {}

  /** The text from here matched by `pattern` (anchored with `^`), without moving. */
  protected ahead(pattern: RegExp): string | undefined {
    return pattern.exec(this.text.slice(this.at))?.[0];
  }

  protected blank(): void {
    while (/[ \t\n\r]/.test(this.text[this.at] ?? '')) this.at++;
  }

  protected peek(): string | undefined {
    return this.text[this.at];
  }

  /** Past blanks, `token` if it is next: true when it was. */
  protected consume(token: string): boolean {
    this.blank();
    if (!this.text.startsWith(token, this.at)) return false;
    this.at += token.length;
    return true;
  }

  protected expect(token: string, message = `expected \`${token}\``): void {
    if (!this.text.startsWith(token, this.at)) this.fail(message);
    this.at += token.length;
  }

  /** A refusal at `at`, by default where the reading stands. */
  protected fail(message: string, at = this.at): never {
    throw new JsonPathError(message, at);
  }

  /** An index or a slice bound, if one is next. */
  protected optionalInteger(): number | undefined {
    const digits = this.ahead(/^(?:0|-?[1-9]\d*)/);
    if (digits === undefined) return undefined;
    const value = Number(digits);
    if (!Number.isSafeInteger(value)) this.fail(`${digits} is outside the integers a query may hold`);
    this.at += digits.length;
    return value;
  }

  /** A single-quoted or double-quoted string with the RFC's escapes. */
  protected string(): string {
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
    const start = this.at;
    const unit = parseInt(hex, 16);
    this.at += 6;
    if (unit < 0xd800 || unit > 0xdfff) return String.fromCharCode(unit);
    // A surrogate stands only in a pair, high then low, both escaped (RFC 9535 2.3.1.1): alone it is no character.
    const low = unit <= 0xdbff ? /^\\u(d[c-f][0-9a-f]{2})/i.exec(this.text.slice(this.at))?.[1] : undefined;
    if (low === undefined) {
      const pair = unit <= 0xdbff ? 'a high surrogate must be followed by an escaped low one (\\uDC00 to \\uDFFF)' : 'a low surrogate must follow an escaped high one (\\uD800 to \\uDBFF)';
      this.fail(`\\u${hex} is half a character: ${pair}`, start);
    }
    this.at += 6;
    return String.fromCharCode(unit, parseInt(low, 16));
  }
}
