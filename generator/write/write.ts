/**
 * The write step, the only one that changes the disk. The new package is written into a sibling
 * folder and swapped in with renames, so a failure at any point leaves the old output as it was.
 * What belongs to the user (`src/lib/`), to the build (`node_modules/`, `dist/`) and to the release flow
 * (`CHANGELOG.md`) is carried over. Only a package this generator wrote, or a folder holding nothing but
 * what is carried over, is ever replaced; the same goes for the siblings it writes through.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { LAYOUT } from '../emit/package/layout.js';
import { GENERATED_HEADER } from '../print/print.js';

/** Paths inside the output folder that the generator never writes, deletes or checks. */
export const PRESERVED = ['src/lib', 'node_modules', 'dist', LAYOUT.changelog] as const;

/** Every generated package's entry; its header marks a folder as this generator's. */
const ENTRY = 'src/index.ts';

/** The output folder cannot be written (a file stands there, no permission, a read-only disk); nothing was changed. */
export class OutputError extends Error {}

/** `keep`: files the folder must not hold, since replacing it would delete them (the spec's). */
export function writePackage(outDir: string, files: ReadonlyMap<string, string>, keep: readonly string[] = []): void {
  const { next, previous } = siblings(outDir);
  assertWritable(outDir, keep);
  try {
    takeBackFromStoppedSwap(outDir);
  } catch (error) {
    // Unlike below, `.next` may still hold the user's files: it stays.
    throw writeFailed(outDir, error);
  }
  try {
    rmSync(next, { recursive: true, force: true });
    rmSync(previous, { recursive: true, force: true });
    for (const [path, text] of entryFirst(files)) {
      makeDirs(dirname(join(next, path)));
      writeFileSync(join(next, path), text);
    }
  } catch (error) {
    // Nothing of the output was touched yet: only the half-written sibling is left to remove.
    removeQuietly(next);
    throw writeFailed(outDir, error);
  }
  swapIn(outDir, next, previous);
  rmSync(previous, { recursive: true, force: true });
}

/** The folders the write uses beside the output: the package being written, and the old one being replaced. */
function siblings(outDir: string): { next: string; previous: string } {
  // Named from the absolute path: `generated/` would put them inside the folder itself.
  return { next: `${resolve(outDir)}.next`, previous: `${resolve(outDir)}.previous` };
}

/** Everything the write would delete is the generator's own: the output folder and the siblings it uses. */
export function assertWritable(outDir: string, keep: readonly string[]): void {
  assertReplaceable(outDir, keep);
  for (const sibling of Object.values(siblings(outDir))) assertLeftover(outDir, sibling);
}

/**
 * A run stopped during its swap (Ctrl-C, a crash) may have moved the old package to `.previous` and the
 * user's `src/lib/` and the build's folders into `.next`; both are deleted next, so first they go back.
 */
function takeBackFromStoppedSwap(outDir: string): void {
  const { next, previous } = siblings(outDir);
  if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
  if (!existsSync(outDir)) return;
  for (const path of PRESERVED) {
    if (!existsSync(join(next, path)) || existsSync(join(outDir, path))) continue;
    makeDirs(dirname(join(outDir, path)));
    renameSync(join(next, path), join(outDir, path));
  }
}

function writeFailed(outDir: string, error: unknown): OutputError {
  return new OutputError(`cannot write the package to ${outDir} (it is written beside the folder, then swapped in): ${(error as Error).message}; nothing was written`, { cause: error });
}

/**
 * Carries the preserved paths over and swaps the new package in. A rename the system refuses half-way
 * (Windows, while a file is open) is undone: the old folder and what it carried are put back as they were.
 */
function swapIn(outDir: string, next: string, previous: string): void {
  const hadOutput = existsSync(outDir);
  const moved: string[] = [];
  try {
    carryOver(outDir, next, moved);
    if (hadOutput) renameSync(outDir, previous);
    try {
      renameSync(next, outDir);
    } catch (error) {
      if (hadOutput) renameSync(previous, outDir);
      throw error;
    }
  } catch (error) {
    for (const path of moved) renameSync(join(next, path), join(outDir, path));
    removeQuietly(next);
    throw writeFailed(outDir, error);
  }
}

/**
 * The swap renames whatever stands at `outDir` away and deletes it, so it must be a package this
 * generator wrote (its entry carries the generated header) or hold only what is carried over, and hold
 * neither the spec nor the folder the command runs in: generators that wipe the folder they are pointed
 * at have cost their users whole projects (`-o .`).
 */
function assertReplaceable(outDir: string, keep: readonly string[]): void {
  if (!existsSync(outDir)) return;
  const refuse = (why: string) => new OutputError(`cannot write the package to ${outDir}: ${why}; nothing was written`);
  if (!statSync(outDir).isDirectory()) throw refuse('a file stands there, not a folder');
  for (const path of [process.cwd(), ...keep]) {
    const inside = relative(resolve(outDir), resolve(path));
    if (inside === '' || (inside.split(sep)[0] !== '..' && !isAbsolute(inside))) {
      throw refuse(`it holds ${path === process.cwd() ? 'the folder this runs in' : path}, and the package replaces the whole folder`);
    }
  }
  const others = notOurs(outDir);
  if (others.length > 0) {
    throw refuse(`it holds files this generator did not write (${listed(others)}), and the package replaces the whole folder; choose a new or empty folder`);
  }
}

/**
 * The siblings are deleted before the write, so one found there must be what a run stopped half-way
 * left (a package being written, or the old one being replaced), never a user's own `generated.next`.
 */
function assertLeftover(outDir: string, sibling: string): void {
  if (!existsSync(sibling)) return;
  const refuse = (why: string) => new OutputError(`cannot write the package to ${outDir}: ${sibling} is in the way (${why}), and the write uses that name for itself; move it or remove it; nothing was written`);
  if (!statSync(sibling).isDirectory()) throw refuse('a file, not a folder a run of this generator left');
  const others = notOurs(sibling);
  if (others.length > 0) throw refuse(`it holds files this generator did not write: ${listed(others)}`);
}

/** What in `dir` replacing it would lose: nothing when this generator wrote it. */
function notOurs(dir: string): string[] {
  return isGeneratedPackage(dir) ? [] : notCarriedOver(dir);
}

function listed(paths: readonly string[]): string {
  return `${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ', …' : ''}`;
}

/** The entry file goes first, so a write stopped after any file leaves a folder known as the generator's. */
function entryFirst(files: ReadonlyMap<string, string>): [string, string][] {
  const entry = files.get(ENTRY);
  const rest = [...files].filter(([path]) => path !== ENTRY);
  return entry === undefined ? rest : [[ENTRY, entry], ...rest];
}

/** What in `root` the write would not carry over (`src/x.ts`, not `src/lib/`). */
function notCarriedOver(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir)).sort().flatMap((name) => {
    const path = dir === '' ? name : `${dir}/${name}`;
    if ((PRESERVED as readonly string[]).includes(path)) return [];
    const holdsPreserved = PRESERVED.some((p) => p.startsWith(`${path}/`));
    return holdsPreserved && statSync(join(root, path)).isDirectory() ? notCarriedOver(root, path) : [path];
  });
}

/** A package this generator wrote: its entry file starts with the header every generated file has. */
function isGeneratedPackage(dir: string): boolean {
  const entry = join(dir, ENTRY);
  return existsSync(entry) && readFileSync(entry, 'utf8').startsWith(GENERATED_HEADER);
}

/** `moved`: the paths it moved, each added as it goes, so a failure after any of them can put them back. */
function carryOver(from: string, to: string, moved: string[]): void {
  for (const path of PRESERVED) {
    const source = join(from, path);
    if (!existsSync(source)) continue;
    makeDirs(dirname(join(to, path)));
    renameSync(source, join(to, path));
    moved.push(path);
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
