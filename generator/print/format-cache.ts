/**
 * prettier's answers kept on disk between runs. Formatting is most of a large spec's generation time,
 * and a spec change touches few of the pieces formatted (a file, a chunk of the models, a README
 * section): the others are read back instead. The key is the SHA-256 of prettier's version, the options,
 * the parser and the text, so an answer is only reused for the same question. An entry starts with the
 * SHA-256 of its answer, and one that does not match it is formatted again: a damaged cache costs time,
 * never a wrong file. The cache is only ever a shortcut: a folder that cannot be read or written leaves
 * generation as it was.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as prettier from 'prettier';
import type { Formatter, Parser } from './format-pool.js';

/** Entries no run has read or written for this long are removed. */
export const CACHE_MAX_AGE_MS = 14 * 24 * 3600 * 1000;
/** Removing old entries walks the whole folder, so it happens at most this often. */
const PRUNE_EVERY_MS = 24 * 3600 * 1000;
const PRUNE_MARK = 'last-pruned';

export interface CacheStats {
  hits: number;
  misses: number;
}

export interface CachedFormatter extends Formatter {
  readonly stats: CacheStats;
}

/**
 * Where the generator keeps the cache when run in `cwd`: `SDKGEN_CACHE_DIR` when set, else
 * `node_modules/.cache/openapi-ts-sdkgen/format` when `cwd` has a `node_modules` folder (the convention
 * of bundlers and linters), else nowhere.
 */
export function defaultCacheDir(cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  const chosen = env['SDKGEN_CACHE_DIR']?.trim();
  if (chosen) return chosen;
  const modules = join(cwd, 'node_modules');
  return existsSync(modules) ? join(modules, '.cache', 'openapi-ts-sdkgen', 'format') : undefined;
}

/** `inner`, answering from `dir` what it answered before for the same text, parser and options. */
export function cachedFormatter(inner: Formatter, dir: string, options: prettier.Options): CachedFormatter {
  const salt = JSON.stringify([prettier.version, options]);
  const writes: Promise<void>[] = [];
  const stats: CacheStats = { hits: 0, misses: 0 };
  return {
    workers: inner.workers,
    stats,
    async format(text: string, parser: Parser) {
      const path = entryPath(dir, sha256(`${salt}\u0000${parser}\u0000${text}`));
      const kept = await readEntry(path);
      if (kept !== undefined) {
        stats.hits++;
        return kept;
      }
      stats.misses++;
      const formatted = await inner.format(text, parser);
      writes.push(writeEntry(path, formatted));
      return formatted;
    },
    async close() {
      await Promise.all([inner.close(), ...writes]);
      await pruneIfDue(dir, Date.now());
    },
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function entryPath(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), key.slice(2));
}

/** The answer kept at `path`, when there is one whose checksum holds; reading it marks it used. */
async function readEntry(path: string): Promise<string | undefined> {
  const content = await readFile(path, 'utf8').catch(() => undefined);
  if (content === undefined) return undefined;
  const newline = content.indexOf('\n');
  const text = content.slice(newline + 1);
  if (newline !== 64 || content.slice(0, 64) !== sha256(text)) return undefined;
  const now = new Date();
  await utimes(path, now, now).catch(() => undefined);
  return text;
}

/** Written under a name of its own, then renamed: a reader never sees half an entry, even from another process. */
async function writeEntry(path: string, text: string): Promise<void> {
  const scratch = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(scratch, `${sha256(text)}\n${text}`);
    await rename(scratch, path);
  } catch {
    await rm(scratch, { force: true }).catch(() => undefined);
  }
}

/** Removes entries unused for `CACHE_MAX_AGE_MS`, when the last such sweep is a day old or more. */
export async function pruneIfDue(dir: string, now: number): Promise<void> {
  const mark = join(dir, PRUNE_MARK);
  const last = await stat(mark).then((s) => s.mtimeMs, () => undefined);
  if (last !== undefined && now - last < PRUNE_EVERY_MS) return;
  if (!(await mkdir(dir, { recursive: true }).then(() => true, () => false))) return;
  await writeFile(mark, '').catch(() => undefined);
  for (const shard of await readdir(dir).catch(() => [] as string[])) {
    if (shard === PRUNE_MARK) continue;
    const shardDir = join(dir, shard);
    for (const name of await readdir(shardDir).catch(() => [] as string[])) {
      const path = join(shardDir, name);
      const used = await stat(path).then((s) => s.mtimeMs, () => now);
      if (now - used > CACHE_MAX_AGE_MS) await rm(path, { force: true }).catch(() => undefined);
    }
  }
}
