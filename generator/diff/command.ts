/**
 * The `diff` command: reads both sides (a file, or a git revision and path, multi-file specs included),
 * reviews the change and prints it as Markdown or JSON. All reading goes through `io`; the review itself
 * is pure. Exit codes: 0 fine, 1 breaking without the version bump it needs, 2 input error.
 */
import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import { loadSpec, type LoadedSpec, type ReadFile } from '../load/load-spec.js';
import { checkDocument } from '../validate/check-document.js';
import { DIFF_USAGE, parseDiffArgs, splitRevision } from './args.js';
import { renderJson } from './render/json.js';
import { renderMarkdown } from './render/markdown.js';
import { review } from './review.js';

export interface DiffIO {
  readonly readFile: ReadFile;
  /** The file at a git revision; defaults to running `git show`. */
  readonly gitShow?: ((revision: string, path: string) => string | undefined) | undefined;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export async function runDiff(args: string[], io: DiffIO): Promise<number> {
  const parsed = parseDiffArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`diff: ${parsed}\n${DIFF_USAGE}\n`);
    return 2;
  }
  const gitShow = io.gitShow ?? (await import('./git-show.js')).gitShow;
  const base = readSide('base', parsed.base, io, gitShow);
  const revision = readSide('revision', parsed.revision, io, gitShow);
  for (const side of [base, revision]) if (typeof side === 'string') io.stderr(side);
  if (typeof base === 'string' || typeof revision === 'string') return 2;
  const result = await review(base, revision, { base: parsed.base, revision: parsed.revision });
  io.stdout(parsed.format === 'json' ? renderJson(result) : renderMarkdown(result));
  return result.exitCode;
}

/** The loaded side, or a message naming the side and where it could not be read. */
function readSide(name: string, arg: string, io: DiffIO, gitShow: (revision: string, path: string) => string | undefined): LoadedSpec | string {
  const git = io.readFile(arg) === undefined ? splitRevision(arg) : undefined;
  const read: ReadFile = git ? (file) => gitShow(git.revision, file) : io.readFile;
  const where = git ? ` at git revision ${git.revision}` : '';
  const loaded = loadSpec(git ? git.path : arg, read);
  if (!loaded.ok) return unreadable(name, arg, where, loaded.diagnostics);
  const frame = checkDocument(loaded.spec).filter((d) => d.code.startsWith('not-openapi'));
  return frame.length > 0 ? unreadable(name, arg, where, frame) : loaded.spec;
}

function unreadable(name: string, arg: string, where: string, diagnostics: readonly Diagnostic[]): string {
  return `diff: the ${name} (${arg}) cannot be read${where}:\n${diagnostics.map((d) => `  ${formatDiagnostic(d)}\n`).join('')}`;
}
