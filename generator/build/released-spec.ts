/**
 * The spec the package's current version was released from: what a release compares the spec with, for
 * its changelog entry and its `auto` bump. Given (`--since`: a file, or `revision:path`), else found in
 * git: among the newest commits that touch the file declaring the version (the spec, or the overlay that
 * sets it) and all declare the current version, the oldest, which is the release that set that version.
 * The spec and its overlays are read as they were at that commit.
 */
import { execFileSync } from 'node:child_process';
import { basename, dirname, relative } from 'node:path';
import { readFromDisk } from '../io/fs-read.js';
import { loadSpec, type LoadedSpec } from '../load/load-spec.js';
import { gitShow } from '../diff/git-show.js';
import { readSide } from '../diff/read-side.js';
import { versionAt } from './version.js';
import type { VersionSource } from './version-source.js';

export interface ReleasedSpec {
  readonly spec: LoadedSpec;
  /** How the changelog names it: `1.2.0 (git 3f2a9c1)`, or what `--since` said. */
  readonly label: string;
}

/** The commits that touch `file` (in `dir`), newest first; none outside a repository. */
function gitLog(dir: string, file: string): string[] {
  try {
    return execFileSync('git', ['log', '--format=%H', '--', file], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/** The released spec; `undefined` when git has none (a first release); a message when it cannot be read. */
export function releasedSpec(specPath: string, current: VersionSource, since: string | undefined, overlays: readonly string[] = []): ReleasedSpec | undefined | string {
  const { version } = current;
  if (since !== undefined) {
    const side = readSide('released spec', since, readFromDisk, gitShow, undefined, overlays);
    return typeof side === 'string' ? side : { spec: side, label: since };
  }
  const revision = releaseCommit(dirname(current.file), basename(current.file), current);
  if (revision === undefined) return undefined;
  const dir = dirname(specPath);
  const loaded = loadSpec(specPath, (file) => gitShow(revision, relative(dir, file), dir), { overlays });
  return loaded.ok ? { spec: loaded.spec, label: `${version} (git ${revision.slice(0, 7)})` } : `the spec released as ${version} (git ${revision}) cannot be read`;
}

function releaseCommit(dir: string, file: string, current: VersionSource): string | undefined {
  let release: string | undefined;
  for (const commit of gitLog(dir, file)) {
    const text = gitShow(commit, file, dir);
    if (text === undefined || versionAt(text, current.path) !== current.version) break;
    release = commit;
  }
  return release;
}
