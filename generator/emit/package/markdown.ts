/**
 * The one way spec text reaches Markdown. Code spans and fences grow longer than any backtick run in
 * their content, table cells cannot break out of their row, headings stay on one line. Descriptions are
 * CommonMark already (OpenAPI 3.1 §4.3), so prose passes through as written.
 */

/** `` `text` ``, with a longer fence when the text holds backticks. */
export function code(text: string): string {
  const fence = '`'.repeat(longestRun(text, '`') + 1);
  const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
  return `${fence}${padded}${fence}`;
}

/**
 * A sentence the generator wrote, quoting names in backticks (``member `id` removed``): each quoted part a
 * code span, the rest with backslashes, backticks and `<` escaped, so what the spec put in it (a property
 * name, an enum value in a compiler message) can neither open a code span or an HTML element nor close
 * one early (an empty name is a space in code). One line; in a table, escape its pipes too.
 */
export function quotedText(text: string): string {
  return oneLine(text)
    .split(/`([^`]*)`/)
    .map((part, i) => (i % 2 === 1 ? code(part || ' ') : part.replace(/[\\`<]/g, (c) => `\\${c}`)))
    .join('');
}

/** A fenced code block that no line of `body` can close early. */
export function codeBlock(language: string, body: string): string {
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  return `${fence}${language}\n${body.replace(/\s+$/, '')}\n${fence}`;
}

/** A heading: one line, whatever the spec's summary holds. */
export function heading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${oneLine(text)}`;
}

/**
 * Plain text (an OpenAPI `summary`, which unlike a description is not CommonMark) as Markdown that shows
 * it as written, on one line: each character that could start inline markup, an entity or a heading's
 * closing `#`s is backslash-escaped (CommonMark §2.4), so `*a*`, `<!--` and `&amp;` read as typed. Not
 * for table cells, which escape their pipes themselves.
 */
export function plainText(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>&~|#!]/g, '\\$&');
}

/** A GitHub-flavoured table; cells are made single-line and their pipes escaped. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * A spec description as Markdown blocks; `undefined` when there is none. A code fence, an HTML comment or
 * a `<pre>` it leaves open is closed at its end: CommonMark would run it on to the end of the document,
 * swallowing every section after it. Its headings go below `under`, the level of the section holding it.
 */
export function prose(text: string | undefined, under: number): string | undefined {
  const trimmed = text?.replace(/\r\n?/g, '\n').trim();
  if (trimmed === undefined || trimmed === '') return undefined;
  const lines = nestedHeadings(atxHeadings(tildeInfoWithoutBackticks(trimmed.split('\n'))), under);
  const closer = openBlockCloser(lines);
  return [...lines, ...(closer === undefined ? [] : [closer])].join('\n');
}

/**
 * The description's headings moved below the section it sits in (a `####` in a method's description
 * read as another method, in the outline and the table of contents code hosts build), their order kept:
 * the highest becomes `under + 1`, the rest follow it, none deeper than 6. Lines in code fences are code.
 */
function nestedHeadings(lines: readonly string[], under: number): string[] {
  const levels = headingLevels(lines);
  const highest = Math.min(...levels.filter((level) => level > 0));
  const shift = Math.max(0, under + 1 - highest);
  if (shift === 0 || !Number.isFinite(highest)) return [...lines];
  return lines.map((line, i) => (levels[i]! > 0 ? line.replace(/^ {0,3}#{1,6}/, '#'.repeat(Math.min(6, levels[i]! + shift))) : line));
}

/**
 * A tilde fence's info string without its backticks. Prettier writes every fence with backticks, and a
 * backtick fence's info string may hold none (CommonMark §4.5): `~~~ a`b` would come out as no fence, and its
 * closing line would open one that swallows the rest of the README. The info string names a language; no
 * reader sees it.
 */
function tildeInfoWithoutBackticks(lines: readonly string[]): string[] {
  const roles = fenceRoles(lines);
  return lines.map((line, i) => (roles[i]!.startsWith('~') ? line.replace(/`/g, '') : line));
}

/**
 * Setext headings (a paragraph underlined with `=` or `-`, CommonMark §4.3) rewritten as ATX ones, which
 * `nestedHeadings` moves: `Title` over `=====` becomes `# Title`. Only a paragraph of its own counts: in a
 * list item, a quote or an HTML block the underline stays as written, and so does one in a fence.
 */
function atxHeadings(lines: readonly string[]): string[] {
  const out: string[] = [];
  let block: Block = 'none';
  for (const line of lines) {
    if (typeof block === 'object' && 'paragraph' in block && SETEXT_UNDERLINE.test(line)) {
      const text = out.splice(out.length - block.paragraph).map((l) => l.trim()).join(' ');
      out.push(`${line.trim().startsWith('=') ? '#' : '##'} ${text}`);
      block = 'none';
    } else {
      block = blockAfter(block, line);
      out.push(line);
    }
  }
  return out;
}

/**
 * The block a line leaves open, just enough of CommonMark's block structure to find paragraphs: `none`
 * after a blank line, a heading or a thematic break; `other` for a list item, a quote, an indented code
 * block or an HTML block that ends at a blank line.
 */
type Block = { paragraph: number } | { fence: string } | { until: string } | 'none' | 'other';

const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const ENDS_BLOCK = /^ {0,3}(#{1,6}([ \t]|$)|([-*_][ \t]*){3,}$)/;
const STARTS_CONTAINER = /^ {0,3}(>|[-+*]([ \t]|$)|\d{1,9}[.)]([ \t]|$)|<)/;

function blockAfter(block: Block, line: string): Block {
  if (typeof block === 'object' && 'fence' in block) return closesFence(line, block.fence) ? 'none' : block;
  if (typeof block === 'object' && 'until' in block) return line.toLowerCase().includes(block.until) ? 'none' : block;
  if (line.trim() === '' || ENDS_BLOCK.test(line)) return 'none';
  const fence = fenceOpenedBy(line);
  if (fence) return { fence };
  const html = htmlBlockOpenedBy(line.replace(/^ {0,3}/, ''));
  if (html) return html;
  if (typeof block === 'object') return STARTS_CONTAINER.test(line) ? 'other' : { paragraph: block.paragraph + 1 };
  return block === 'other' || STARTS_CONTAINER.test(line) || /^ {4}/.test(line) ? 'other' : { paragraph: 1 };
}

/** Each line's ATX heading level (CommonMark §4.2), 0 for a line that is none or is inside a fence. */
function headingLevels(lines: readonly string[]): number[] {
  const roles = fenceRoles(lines);
  return lines.map((line, i) => (roles[i] === 'text' ? (/^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(line)?.[1]?.length ?? 0) : 0));
}

/**
 * Each line's place among code fences: the fence it opens (its backticks or tildes), `code` inside one
 * (its closing line included), `text` elsewhere.
 */
export function fenceRoles(lines: readonly string[]): string[] {
  let fence: string | undefined;
  return lines.map((line) => {
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
      return 'code';
    }
    fence = fenceOpenedBy(line);
    return fence ?? 'text';
  });
}

/** HTML blocks that CommonMark ends only at a marker (§4.6, kinds 1 to 5), by what opens them. */
const HTML_BLOCKS: readonly (readonly [RegExp, string])[] = [
  [/^<(script|pre|style|textarea)(\s|>|$)/i, ''],
  [/^<!--/, '-->'],
  [/^<\?/, '?>'],
  [/^<![A-Za-z]/, '>'],
  [/^<!\[CDATA\[/, ']]>'],
];

/** The marker that ends the HTML block `line` opens, unless the line ends it too. */
function htmlBlockOpenedBy(line: string): { until: string } | undefined {
  for (const [start, marker] of HTML_BLOCKS) {
    const opener = start.exec(line);
    if (!opener) continue;
    const until = marker || `</${opener[1]!.toLowerCase()}>`;
    return line.slice(opener[0].length).toLowerCase().includes(until) ? undefined : { until };
  }
  return undefined;
}

/** The fence a line opens (CommonMark §4.5: three or more backticks or tildes; backticks with no backtick after them). */
export function fenceOpenedBy(line: string): string | undefined {
  return /^ {0,3}(`{3,}(?!.*`)|~{3,})/.exec(line)?.[1];
}

/** Whether a line closes `fence`: a run of the same character, as long or longer, with nothing after it. */
export function closesFence(line: string, fence: string): boolean {
  const run = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line)?.[1];
  return run !== undefined && run[0] === fence[0] && run.length >= fence.length;
}

/** What closes the fence or HTML block still open after `lines`, if one is. */
function openBlockCloser(lines: readonly string[]): string | undefined {
  let open: { fence: string } | { until: string } | undefined;
  for (const line of lines) {
    if (open && 'fence' in open) {
      if (closesFence(line, open.fence)) open = undefined;
    } else if (open) {
      if (line.toLowerCase().includes(open.until)) open = undefined;
    } else {
      const fence = fenceOpenedBy(line);
      open = fence ? { fence } : htmlBlockOpenedBy(line.replace(/^ {0,3}/, ''));
    }
  }
  if (!open) return undefined;
  return 'fence' in open ? open.fence : open.until;
}

/** The first sentence of a description, on one line, for lists and table cells. */
export function firstSentence(text: string | undefined): string {
  const flat = oneLine(text ?? '');
  const end = flat.search(/[.!?](\s|$)/);
  return end === -1 ? flat : flat.slice(0, end + 1);
}

/** Joins blocks with blank lines, dropping absent ones. */
export function blocks(...parts: readonly (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n\n');
}

/**
 * A table cell's text: line breaks, which would end the row, become spaces, and pipes are escaped. Other
 * whitespace is kept as written (a tab, a no-break space), so a code span in the cell shows its text unchanged.
 */
function cell(text: string): string {
  // A pipe after an odd run of backslashes is escaped already; after an even one (`\\|`: a backslash, then
  // a pipe), it would end the cell (GitHub, prettier and marked agree), so it gets a backslash of its own.
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim().replace(/(\\*)\|/g, (pipe, backslashes: string) => (backslashes.length % 2 === 0 ? `${backslashes}\\|` : pipe));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}
