/**
 * The write step, the only one that changes the disk. The new package is written into a sibling
 * folder and swapped in with renames, so a failure at any point leaves the old output as it was.
 * What belongs to the user (`src/lib/`), to the build (`node_modules/`, `dist/`) and to the release flow
 * (`CHANGELOG.md`) is carried over.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LAYOUT } from '../emit/package/layout.js';

/** Paths inside the output folder that the generator never writes, deletes or checks. */
export const PRESERVED = ['src/lib', 'node_modules', 'dist', LAYOUT.changelog] as const;

export function writePackage(outDir: string, files: ReadonlyMap<string, string>): void {
  const next = `${outDir}.next`;
  const previous = `${outDir}.previous`;
  rmSync(next, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
  try {
    for (const [path, text] of files) {
      mkdirSync(dirname(join(next, path)), { recursive: true });
      writeFileSync(join(next, path), text);
    }
  } catch (error) {
    // Nothing of the output was touched yet: only the half-written sibling is left to remove.
    rmSync(next, { recursive: true, force: true });
    throw error;
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
    mkdirSync(dirname(join(to, path)), { recursive: true });
    renameSync(source, join(to, path));
  }
  mkdirSync(join(to, 'src/lib'), { recursive: true });
}
