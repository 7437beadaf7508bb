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

/** A fenced code block that no line of `body` can close early. */
export function codeBlock(language: string, body: string): string {
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  return `${fence}${language}\n${body.replace(/\s+$/, '')}\n${fence}`;
}

/** A heading: one line, whatever the spec's summary holds. */
export function heading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${oneLine(text)}`;
}

/** A GitHub-flavoured table; cells are made single-line and their pipes escaped. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A spec description as a paragraph; `undefined` when there is none. */
export function prose(text: string | undefined): string | undefined {
  const trimmed = text?.replace(/\r\n?/g, '\n').trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
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

function cell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|');
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
