/**
 * What a release will be, worked out before anything changes: the version it goes to, and its changelog
 * entry, from the review of the spec it was last released from (`released-spec.ts`) against the spec now.
 * `auto` takes the bump the review says the changes need; a bump asked by name that is smaller fails.
 */
import { formatDiagnostic } from '../diagnostics.js';
import { checkBump } from '../diff/bump.js';
import { changelogEntry } from '../diff/changelog.js';
import { review, type Review } from '../diff/review.js';
import { readFromDisk } from '../io/fs-read.js';
import { loadSpec } from '../load/load-spec.js';
import { BuildError } from './build-error.js';
import { releasedSpec } from './released-spec.js';
import { nextVersion } from './version.js';
import { versionSource, type VersionSource } from './version-source.js';

export interface ReleasePlan {
  readonly from: string;
  readonly to: string;
  /** The entry for `CHANGELOG.md`; none for a release of the `current` version, whose entry was written with it. */
  readonly entry?: string | undefined;
  /** What the new version was compared with, for the log: `1.2.0 (git 3f2a9c1)`. */
  readonly comparedWith?: string | undefined;
  /** Where the version is declared, to bump it there: the spec, or an overlay. */
  readonly declared: VersionSource;
}

export interface PlanOptions {
  /**
   * `major`, `minor`, `patch`, `auto` or an explicit version; `current` releases the version the spec
   * declares, as an earlier release left it (one whose publishing the registry refused).
   */
  readonly bump: string;
  readonly specPath: string;
  /** The released spec, as a file or `revision:path`; found in git when absent. */
  readonly since?: string | undefined;
  /** Overlays applied to the spec (`--overlay`), on both sides of the review. */
  readonly overlays?: readonly string[] | undefined;
}

export async function planRelease(options: PlanOptions): Promise<ReleasePlan> {
  const overlays = options.overlays ?? [];
  const current = loadSpec(options.specPath, readFromDisk, { overlays });
  if (!current.ok) throw new BuildError(current.diagnostics.map(formatDiagnostic));
  const declared = versionSource(current.spec, readFromDisk);
  if (typeof declared === 'string') throw new BuildError([declared]);
  const from = declared.version;
  if (options.bump === 'current') return { from, to: from, declared };
  // A bump asked by name is checked first: a typo fails at once, before the review's generation.
  const asked = options.bump === 'auto' ? undefined : attempt(() => nextVersion(from, options.bump));
  const released = releasedSpec(options.specPath, declared, options.since, overlays);
  if (typeof released === 'string') throw new BuildError([released]);
  const changes = released && (await review(released.spec, current.spec, { base: released.label, revision: options.specPath }));
  const to = asked ?? autoVersion(from, changes);
  if (changes) checkEnough(from, to, changes);
  return { from, to, entry: changelogEntry(to, changes), comparedWith: released?.label, declared };
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
