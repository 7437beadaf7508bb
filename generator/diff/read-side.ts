/** Reading one side of a review: a spec file, or a git revision and path (multi-file specs included). */
import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import { loadSpec, type LoadedSpec, type ReadFile } from '../load/load-spec.js';
import { checkDocument } from '../validate/check-document.js';
import { splitRevision } from './args.js';

/** The text of a file at a git revision, or `undefined` when there is none. */
export type GitShow = (revision: string, path: string) => string | undefined;

/**
 * The loaded side, or a message naming the side and where it could not be read (one line, then one per
 * problem). `hasRevision`: whether git knows a revision, to tell a revision missing from a path missing.
 * `overlays` are read as the spec is: at its git revision, when it has one.
 */
export function readSide(name: string, arg: string, readFile: ReadFile, gitShow: GitShow, hasRevision: (revision: string) => boolean = () => true, overlays: readonly string[] = []): LoadedSpec | string {
  const git = readFile(arg) === undefined ? splitRevision(arg) : undefined;
  const read: ReadFile = git ? (file) => gitShow(git.revision, file) : readFile;
  const where = git ? ` at git revision ${git.revision}` : '';
  const loaded = loadSpec(git ? git.path : arg, read, { overlays });
  if (!loaded.ok && git && !hasRevision(git.revision)) {
    return `the ${name} (${arg}) cannot be read: git knows no revision ${git.revision} here (a shallow clone has only the branch it fetched: \`git fetch origin <branch>\`, or check out with fetch-depth: 0)\n`;
  }
  if (!loaded.ok) return unreadable(name, arg, where, loaded.diagnostics);
  const frame = checkDocument(loaded.spec).filter((d) => d.code.startsWith('not-openapi'));
  return frame.length > 0 ? unreadable(name, arg, where, frame) : loaded.spec;
}

function unreadable(name: string, arg: string, where: string, diagnostics: readonly Diagnostic[]): string {
  return `the ${name} (${arg}) cannot be read${where}:\n${diagnostics.map((d) => `  ${formatDiagnostic(d)}\n`).join('')}`;
}
