/**
 * Reading TypeScript type text at its top level: outside string literals and outside brackets (`<>`,
 * `()`, `{}`, `[]`; the `>` of a function type's `=>` closes none).
 */

/** Calls `visit` with each character outside quotes and the bracket depth before it; stops when it returns true. */
function scanTop(text: string, from: number, visit: (c: string, i: number, depth: number) => boolean | void): void {
  let depth = 0;
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (visit(c, i, depth)) return;
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('<({['.includes(c)) depth++;
    else if ('>)}]'.includes(c) && !(c === '>' && text[i - 1] === '=')) depth--;
  }
}

/** `text` split at each of `separators` at the top level, each part trimmed, empty parts dropped. */
export function splitTop(text: string, separators: string): string[] {
  const parts: string[] = [];
  let start = 0;
  scanTop(text, 0, (c, i, depth) => {
    if (depth !== 0 || !separators.includes(c)) return;
    parts.push(text.slice(start, i).trim());
    start = i + 1;
  });
  parts.push(text.slice(start).trim());
  return parts.filter((p) => p !== '');
}

/** Whether the bracket opening at `open` closes at the text's last character. */
export function enclosed(text: string, open: number): boolean {
  let closesAt = -1;
  scanTop(text, open, (c, i, depth) => {
    const closes = '>)}]'.includes(c) && !(c === '>' && text[i - 1] === '=') && depth === 1;
    if (closes) closesAt = i;
    return closes;
  });
  return closesAt === text.length - 1;
}
