/**
 * Reading a generated README's (or resource page's) method sections and their argument tables, and the
 * type-level assertions that check each row against the generated declarations when compiled.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked, type Tokens } from 'marked';

export interface Row {
  readonly name: string;
  readonly type: string;
  readonly required: string;
}

export interface MethodDocs {
  readonly path: string;
  /** The arguments before `params` (or `options`), as the signature line names them. */
  readonly positional: number;
  readonly paramsType: string | undefined;
  readonly rows: readonly Row[];
  /** The section says the body's fields go in `params` as one of several sets: the rows are the parameters only. */
  readonly bodyChoice: boolean;
}

/** The text inside a code span, as CommonMark reads it (one space each side stripped when both are there). */
function codeSpanText(cell: string): string {
  const match = /^(`+)([\s\S]*)\1$/.exec(cell.trim());
  if (!match) throw new Error(`not a code span: ${cell}`);
  const inner = match[2]!;
  return inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '' ? inner.slice(1, -1) : inner;
}

/**
 * The name a Name cell stands for: the cell's text, or, for a name a cell cannot show as written (a line
 * break or another control character, a space at both ends, a backslash before a pipe), the string literal it
 * is quoted as.
 */
function nameIn(text: string): string {
  const single = /^'([\s\S]*)'$/.exec(text)?.[1];
  // The declarations' literals are JSON, in single quotes (`\'` for a quote, `"` bare) unless the name holds more of those.
  const json = single === undefined ? text : `"${single.replace(/\\([\s\S])|"/g, (all, escaped?: string) => (escaped === undefined ? '\\"' : escaped === "'" ? "'" : all))}"`;
  if (!/^"[\s\S]*"$/.test(json)) return text;
  let value: string;
  try {
    value = JSON.parse(json) as string;
  } catch {
    return text; // quotes the name itself holds, not a literal
  }
  return /[\u0000-\u001f\u2028\u2029]|^ [\s\S]* $|\\\|/.test(value) ? value : text;
}

/** A method's signature line: `client.a.b(x: string, params: P, options?: RequestOptions): APIPromise<R>`. */
const SIGNATURE = /(?<![^\n])`(client\.[\w$.]+)\((.*)\): (?:APIPromise|PagePromise)/;

// Line starts and ends as Markdown has them, after and before `\n` only: with the `m` flag, `^` and `$` would
// also match at U+2028 and U+2029, which a description may hold and which end no Markdown line.
const START = '(?<![^\\n])';
const END = '(?![^\\n])';

/** The Markdown without its fenced code blocks, whose lines (`# a comment`) are no headings. */
function withoutCodeBlocks(markdown: string): string {
  // A backtick fence's info string holds no backtick (CommonMark §4.5): "```a`" opens no block.
  return markdown.replace(new RegExp(`${START} {0,3}(\`{3,}(?![^\\n]*\`)|~{3,})[^\\n]*\\n[\\s\\S]*?${START} {0,3}\\1[\`~]*[ \\t]*${END}`, 'g'), '');
}

/**
 * Each method section of a README (its methods' headings at `level`): its signature and the rows of its
 * table, as a Markdown parser reads them.
 */
export function methodDocs(markdown: string, level = 4): MethodDocs[] {
  return withoutCodeBlocks(markdown)
    .split(new RegExp(`${START}${'#'.repeat(level)} `))
    .slice(1)
    .map((section) => section.split(new RegExp(`${START}#{1,${level - 1}} `))[0]!)
    // A heading of that level with no method under it (a spec description's, in the intro) is no method's.
    .filter((section) => SIGNATURE.test(section))
    .map((section) => {
      const signature = SIGNATURE.exec(section)!;
      const args = signature[2]!.split(/, (?=[\w$]+\??: )/);
      const params = args.find((a) => /^params\??: /.test(a));
      const tables = marked.lexer(section).filter((t): t is Tokens.Table => t.type === 'table' && t.header.map((h: Tokens.TableCell) => h.text).join() === 'Name,In,Type,Required,Description');
      if (tables.length > 1) throw new Error(`more than one table of arguments in:\n${section}`);
      const rows = (tables[0]?.rows ?? []).map((cells) => {
        if (cells.length !== 5) throw new Error(`a row of ${cells.length} cells in:\n${section}`);
        return { name: nameIn(codeSpanText(cells[0]!.text)), type: codeSpanText(cells[2]!.text), required: cells[3]!.text };
      });
      const bodyChoice = /^The body's fields go in `params`/m.test(section);
      return { path: signature[1]!, positional: args.findIndex((a) => /^(params|options)\??: /.test(a)), paramsType: params?.replace(/^params\??: /, ''), rows, bodyChoice };
    });
}

/** `Same`, both ways assignable; `Args`, a method's first overload's arguments (the one the README shows). */
const HELPERS = [
  'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
  'type Args<F> = F extends { (...a: infer A): unknown; (...a: infer _B): unknown } ? A : never;',
].join('\n');

/** A property name as TypeScript keys it: `0` is a number. */
const keyLiteral = (name: string): string => (/^(0|[1-9][0-9]*)$/.test(name) ? name : JSON.stringify(name));

/** Type-level assertions for one method's rows; each line compiles only when the README is right. */
function assertions(method: MethodDocs, i: number): string[] {
  const fn = `typeof ${method.path.replace(/^client/, 'client')}`;
  const lines = method.rows.slice(0, method.positional).map((row, j) => `export const p${i}_${j}: Same<Args<${fn}>[${j}], ${row.type}> = true;`);
  const next = `Exclude<Args<${fn}>[${method.positional}], undefined>`;
  lines.push(`export const a${i}: Same<${next}, ${method.paramsType ?? 'RequestOptions'}> = true;`);
  const members = method.rows.slice(method.positional);
  if (method.paramsType === undefined) return [...lines, `export const n${i}: ${members.length} = 0;`];
  const P = method.paramsType;
  const keys = members.map((m) => keyLiteral(m.name)).join(' | ') || 'never';
  // A body of several sets puts its fields beside the rows: `params` holds at least the rows' keys.
  lines.push(method.bodyChoice ? `export const k${i}: [${keys}] extends [keyof ${P}] ? true : false = true;` : `export const k${i}: Same<keyof ${P}, ${keys}> = true;`);
  members.forEach((m, j) => {
    const key = keyLiteral(m.name);
    lines.push(`export const m${i}_${j}: Same<Exclude<${P}[${key}], undefined>, Exclude<${m.type}, undefined>> = true;`);
    lines.push(`export const r${i}_${j}: {} extends Pick<${P}, ${key}> ? 'no' : 'yes' = ${JSON.stringify(m.required)};`);
  });
  return lines;
}

/** TypeScript's own names a generated type may use. */
const GLOBALS = new Set(['Array', 'ReadonlyArray', 'Exclude', 'Omit', 'Object', 'Record', 'Partial', 'Date', 'Blob', 'File', 'Uint8Array', 'ArrayBuffer', 'ReadableStream', 'Response', 'Promise']);

/**
 * Every exported name a row's type or a signature mentions, imported from the package: a global's name
 * too where the package exports one of that name (a model `File` is the package's, not the DOM's).
 */
function imports(methods: readonly MethodDocs[], client: string, from: string, exported: ReadonlySet<string>): string {
  const names = new Set<string>([client, 'RequestOptions']);
  const types = methods.flatMap((m) => [m.paramsType ?? '', ...m.rows.map((r) => r.type)]);
  // Capitalised words (or `_`-led, a name made of an id that starts with a digit: `_9PostParams`) outside string
  // literals and property keys (an enum's `'JSON'`, a field `{ Name: string }` are no types to import), and not
  // after a dot (`Order.Item` imports `Order`).
  const bare = (text: string): string => text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, '').replace(/[\w$]+\??:/g, '');
  const words = types.flatMap((text) => [...bare(text).matchAll(/(?<![\w$.])(?:[A-Z]|_+[A-Z0-9])[\w$]*/g)].map((m) => m[0]));
  for (const name of words) if (!GLOBALS.has(name) || exported.has(name)) names.add(name);
  return `import { ${[...names].map((n) => (n === client ? n : `type ${n}`)).join(', ')} } from '${from}';`;
}

/** A file's header and body that compile only when every row of every method's table is right. */
export function tableChecks(methods: readonly MethodDocs[], client: string, from = './src/index.js', exported: ReadonlySet<string> = new Set()): { header: string; body: string } {
  return { header: `${imports(methods, client, from, exported)}\ndeclare const client: ${client};\n${HELPERS}`, body: methods.flatMap(assertions).join('\n') };
}

/**
 * The checks of every table a generated package's docs hold (its README's, and its resource pages' when
 * it has them), as a module to compile inside its `src/`; `rows` counts the rows checked.
 */
export function packageTableChecks(out: string): { text: string; methods: number; rows: number } {
  const readme = readFileSync(join(out, 'README.md'), 'utf8');
  // The README's pages, not api.md's (in `docs/api/`).
  const pages = existsSync(join(out, 'docs')) ? readdirSync(join(out, 'docs')).filter((name) => name.endsWith('.md')).map((name) => readFileSync(join(out, 'docs', name), 'utf8')) : [];
  const methods = [...methodDocs(readme), ...pages.flatMap((page) => methodDocs(page, 2))];
  const client = /export class (\w+) extends \w+Core\b/.exec(readFileSync(join(out, 'src/client.ts'), 'utf8'))?.[1] ?? 'never';
  // The types the package's entry exports (`type File,`), so a model named like a global is imported.
  const exported = new Set([...readFileSync(join(out, 'src/index.ts'), 'utf8').matchAll(/\btype (\w+)/g)].map((m) => m[1]!));
  const { header, body } = tableChecks(methods, client, './index.js', exported);
  return { text: `${header}\n${body}\nexport {};\n`, methods: methods.length, rows: methods.reduce((n, m) => n + m.rows.length, 0) };
}
