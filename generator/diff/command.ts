/**
 * The `diff` command: reads both sides (a file, or a git revision and path, multi-file specs included),
 * reviews the change and prints it as Markdown or JSON. All reading goes through `io`; the review itself
 * is pure. Exit codes: 0 fine, 1 breaking without the version bump it needs, 2 input error.
 */
import type { ReadFile } from '../load/load-spec.js';
import { DIFF_USAGE, parseDiffArgs } from './args.js';
import { readSide, type GitShow } from './read-side.js';
import { renderJson } from './render/json.js';
import { renderMarkdown } from './render/markdown.js';
import { review } from './review.js';

export interface DiffIO {
  readonly readFile: ReadFile;
  /** The file at a git revision; defaults to running `git show`. */
  readonly gitShow?: GitShow | undefined;
  /** Whether git knows a revision; defaults to `git rev-parse`, or yes beside an injected `gitShow`. */
  readonly hasRevision?: ((revision: string) => boolean) | undefined;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export async function runDiff(args: string[], io: DiffIO): Promise<number> {
  const parsed = parseDiffArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`diff: ${parsed}\n${DIFF_USAGE}\n`);
    return 2;
  }
  const git = io.gitShow ? { gitShow: io.gitShow, hasRevision: io.hasRevision ?? (() => true) } : await import('./git-show.js');
  const base = readSide('base', parsed.base, io.readFile, git.gitShow, git.hasRevision, parsed.overlays);
  const revision = readSide('revision', parsed.revision, io.readFile, git.gitShow, git.hasRevision, parsed.overlays);
  for (const side of [base, revision]) if (typeof side === 'string') io.stderr(`diff: ${side}`);
  if (typeof base === 'string' || typeof revision === 'string') return 2;
  const result = await review(base, revision, { base: parsed.base, revision: parsed.revision });
  io.stdout(parsed.format === 'json' ? renderJson(result) : renderMarkdown(result));
  return result.exitCode;
}
