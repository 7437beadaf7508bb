/**
 * The print step: statement structures → text, by the structure printer of one in-memory ts-morph
 * project (no file system, no source files: `print-statements.ts`), then prettier with a pinned inline
 * config, so the output never depends on a config file on disk.
 */
import { Project, type StatementStructures } from 'ts-morph';
import type * as prettier from 'prettier';
import type { EmittedUnit } from '../emit/units.js';
import { fenceRoles } from '../emit/package/markdown.js';
import { importsFor } from '../plan/imports.js';
import type { Plan } from '../plan/plan.js';
import { inProcessFormatter, type Formatter } from './format-pool.js';
import { printStatements, type PrintedStatements } from './print-statements.js';
import { showControlCharacters } from '../util/control-characters.js';

/** Marks every file the generator owns; `check` and humans both rely on it. */
export const GENERATED_HEADER = '// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.\n';

export const PRETTIER_OPTIONS: prettier.Options = {
  printWidth: 110,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: true,
  quoteProps: 'as-needed',
  trailingComma: 'all',
  bracketSpacing: true,
  arrowParens: 'always',
  endOfLine: 'lf',
  // Markdown tables wider than a line are written compact, not padded: a long description padded every
  // row of its table (1 MB of spaces in Cloudflare's docs), and one edit re-padded the whole table in a diff.
  proseWrap: 'never',
};

/** Formats with `formatter` (see `format-pool.ts`); the caller closes it. */
export async function printUnits(units: readonly EmittedUnit[], plan: Plan, formatter: Formatter = IN_PROCESS, chunkChars = CHUNK_CHARS): Promise<Map<string, string>> {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const formatted: Promise<[string, string]>[] = [];
  for (const unit of units) {
    const statements: StatementStructures[] = [...importsFor(unit.path, unit.uses, plan.symbols), ...unit.statements];
    const chunks = statementChunks(printStatements(project, statements), chunkChars);
    chunks[0] = GENERATED_HEADER + '\n' + chunks[0];
    // Not awaited here: with workers, the next file is printed while this one is formatted.
    const texts = Promise.all(chunks.map((chunk) => formatter.format(chunk, 'typescript')));
    formatted.push(texts.then((parts) => [unit.path, parts.join('\n')]));
  }
  return new Map(await Promise.all(formatted));
}

/**
 * About how much TypeScript one prettier call gets. A large API's models file is megabytes (GitHub's:
 * 1.9 MB, 5 s of prettier in one call that every other file waited behind); in pieces it spreads over
 * the workers.
 */
export const CHUNK_CHARS = 64_000;

/**
 * The file's text cut into runs of whole top-level statements of about `size` characters, each cut where
 * a blank line follows a statement. prettier formats top-level statements one by one and keeps one blank
 * line where the text had one, so the pieces formatted apart and joined by a newline (each ends with one)
 * are the file formatted whole.
 */
export function statementChunks({ text, ends }: PrintedStatements, size: number): string[] {
  const chunks: string[] = [];
  let start = 0;
  for (const end of ends.slice(0, -1)) {
    if (end - start >= size && /^\n[ \t]*\n/.test(text.slice(end, end + 64))) {
      chunks.push(text.slice(start, end + 1));
      start = end + 1;
    }
  }
  chunks.push(text.slice(start));
  return chunks;
}

const IN_PROCESS = inProcessFormatter(PRETTIER_OPTIONS);

export function formatOther(text: string, parser: 'json' | 'markdown', formatter: Formatter = IN_PROCESS): Promise<string> {
  // Every Markdown file (README, api.md) is written through here: spec text in it shows its control characters.
  return parser === 'markdown' ? formatMarkdown(showControlCharacters(text), formatter) : formatter.format(text, parser);
}

/**
 * Markdown, one section at a time (a heading outside a code fence starts one). prettier's tree of a whole
 * 1 MB README took 0.3 GB; sections take half that and spread over the workers. The text is the same:
 * nothing prettier does with `proseWrap: 'never'` (tables, lists, paragraphs, code blocks) crosses a heading.
 */
async function formatMarkdown(text: string, formatter: Formatter): Promise<string> {
  const sections = await Promise.all(markdownSections(text).map((section) => formatter.format(section, 'markdown')));
  return `${sections.map((s) => s.replace(/\n+$/, '')).filter((s) => s !== '').join('\n\n')}\n`;
}

/** The text cut before each heading line that is not inside a fenced code block. */
export function markdownSections(text: string): string[] {
  const sections: string[][] = [[]];
  const lines = text.split('\n');
  const roles = fenceRoles(lines);
  lines.forEach((line, i) => {
    if (roles[i] === 'text' && /^#{1,6}(\s|$)/.test(line) && sections.at(-1)!.length > 0) sections.push([]);
    sections.at(-1)!.push(line);
  });
  return sections.map((section) => section.join('\n'));
}
