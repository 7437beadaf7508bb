/**
 * The write step, the only one that changes the disk. The new package is written into a sibling
 * folder and swapped in with renames, so a failure at any point leaves the old output as it was.
 * What belongs to the user (`src/lib/`), to the build (`node_modules/`, `dist/`) and to the release flow
 * (`CHANGELOG.md`) is carried over.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LAYOUT } from '../emit/package/layout.js';

/** Paths inside the output folder that the generator never writes, deletes or checks. */
export const PRESERVED = ['src/lib', 'node_modules', 'dist', LAYOUT.changelog] as const;

/** The output folder cannot be written (a file stands there, no permission, a read-only disk); nothing was changed. */
export class OutputError extends Error {}

export function writePackage(outDir: string, files: ReadonlyMap<string, string>): void {
  const next = `${outDir}.next`;
  const previous = `${outDir}.previous`;
  // The swap renames whatever stands at outDir away and deletes it: a file there is the user's, not an old package.
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new OutputError(`cannot write the package to ${outDir}: a file stands there, not a folder; nothing was written`);
  try {
    rmSync(next, { recursive: true, force: true });
    rmSync(previous, { recursive: true, force: true });
    for (const [path, text] of files) {
      makeDirs(dirname(join(next, path)));
      writeFileSync(join(next, path), text);
    }
  } catch (error) {
    // Nothing of the output was touched yet: only the half-written sibling is left to remove.
    removeQuietly(next);
    throw new OutputError(`cannot write the package to ${outDir} (it is written beside the folder, then swapped in): ${(error as Error).message}; nothing was written`, { cause: error });
  }
  carryOver(outDir, next);
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(next, outDir);
  rmSync(previous, { recursive: true, force: true });
}

function carryOver(from: string, to: string): void {
  for (const path of PRESERVED) {
    const source = join(from, path);
    if (!existsSync(source)) continue;
    makeDirs(dirname(join(to, path)));
    renameSync(source, join(to, path));
  }
  makeDirs(join(to, 'src/lib'));
}

/** Removes what may be there; a path that cannot even be looked at (under a file) holds nothing to remove. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // ENOTDIR and the like: nothing was made there.
  }
}

/**
 * `mkdir -p`, one level at a time: Node's recursive mkdir spins forever where a folder refuses new
 * entries with ENOENT (as `/proc` does) instead of failing.
 */
function makeDirs(dir: string): void {
  if (existsSync(dir)) return;
  makeDirs(dirname(dir));
  mkdirSync(dir);
}
