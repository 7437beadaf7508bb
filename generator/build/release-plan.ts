/**
 * What a release will be, worked out before anything changes: the version it goes to, and its changelog
 * entry, from the review of the spec it was last released from (`released-spec.ts`) against the spec now.
 * `auto` takes the bump the review says the changes need; a bump asked by name that is smaller fails.
 */
import { readFileSync } from 'node:fs';
import { formatDiagnostic } from '../diagnostics.js';
import { checkBump } from '../diff/bump.js';
import { changelogEntry } from '../diff/changelog.js';
import { review, type Review } from '../diff/review.js';
import { readFromDisk } from '../io/fs-read.js';
import { loadSpec } from '../load/load-spec.js';
import { BuildError } from './build-error.js';
import { releasedSpec } from './released-spec.js';
import { nextVersion, specVersion } from './version.js';

export interface ReleasePlan {
  readonly from: string;
  readonly to: string;
  /** The entry for `CHANGELOG.md`. */
  readonly entry: string;
  /** What the new version was compared with, for the log: `1.2.0 (git 3f2a9c1)`. */
  readonly comparedWith?: string | undefined;
}

export interface PlanOptions {
  /** `major`, `minor`, `patch`, `auto` or an explicit version. */
  readonly bump: string;
  readonly specPath: string;
  /** The released spec, as a file or `revision:path`; found in git when absent. */
  readonly since?: string | undefined;
}

export async function planRelease(options: PlanOptions): Promise<ReleasePlan> {
  const from = specVersion(readFileSync(options.specPath, 'utf8'));
  if (from === undefined) throw new BuildError([`${options.specPath}: no x-sdk.package.version to bump; add one`]);
  // A bump asked by name is checked first: a typo fails at once, before the review's generation.
  const asked = options.bump === 'auto' ? undefined : attempt(() => nextVersion(from, options.bump));
  const released = releasedSpec(options.specPath, from, options.since);
  if (typeof released === 'string') throw new BuildError([released]);
  const current = loadSpec(options.specPath, readFromDisk);
  if (!current.ok) throw new BuildError(current.diagnostics.map(formatDiagnostic));
  const changes = released && (await review(released.spec, current.spec, { base: released.label, revision: options.specPath }));
  const to = asked ?? autoVersion(from, changes);
  if (changes) checkEnough(from, to, changes);
  return { from, to, entry: changelogEntry(to, changes), comparedWith: released?.label };
}

function autoVersion(from: string, changes: Review | undefined): string {
  if (!changes) throw new BuildError(['`auto` needs the released spec to compare with, and git has none for this spec: pass --since <revision>:<path>, or name the bump (major, minor, patch or a version)']);
  const { required, reason } = changes.bump;
  if (required === 'none') throw new BuildError([`nothing to release since ${changes.base}: ${reason}`]);
  return attempt(() => nextVersion(from, required));
}

function checkEnough(from: string, to: string, changes: Review): void {
  const check = checkBump(changes.typescript, changes.spec, from, to);
  if (!check.ok) throw new BuildError([`the changes since ${changes.base} need a ${check.required} bump (${check.reason}); ${from} -> ${to} is not enough: ask for ${check.required} or auto`]);
}

function attempt(next: () => string): string {
  try {
    return next();
  } catch (error) {
    throw new BuildError([(error as Error).message]);
  }
}
