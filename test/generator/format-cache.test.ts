/**
 * The format cache answers a text it has formatted before without prettier, only for the same parser and
 * options, never with a damaged entry, never stops a generation it cannot serve, and forgets what no run
 * has used for two weeks. A generation from the command line gives the same files with and without it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_MAX_AGE_MS, cachedFormatter, defaultCacheDir, pruneIfDue } from '../../generator/print/format-cache.js';
import { inProcessFormatter, type Formatter, type Parser } from '../../generator/print/format-pool.js';
import { PRETTIER_OPTIONS } from '../../generator/print/print.js';

const scratch = mkdtempSync(join(tmpdir(), 'format-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let dirs = 0;
const freshDir = (): string => join(scratch, `cache${dirs++}`);

/** prettier in process, counting the texts it was asked to format. */
function countingFormatter(): Formatter & { calls: string[] } {
  const inner = inProcessFormatter(PRETTIER_OPTIONS);
  const calls: string[] = [];
  return { workers: 0, calls, close: inner.close, format: (text: string, parser: Parser) => (calls.push(text), inner.format(text, parser)) };
}

/** Every entry file in the cache folder (not the prune mark). */
function entries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== 'last-pruned')
    .map((e) => join(e.parentPath, e.name));
}

describe('cachedFormatter', () => {
  it('answers a text formatted before, by this or an earlier run, without prettier', async () => {
    const dir = freshDir();
    const first = countingFormatter();
    const one = cachedFormatter(first, dir, PRETTIER_OPTIONS);
    expect(await one.format('let a=[1,2]', 'typescript')).toBe('let a = [1, 2];\n');
    await one.close();
    const second = countingFormatter();
    const two = cachedFormatter(second, dir, PRETTIER_OPTIONS);
    expect(await two.format('let a=[1,2]', 'typescript')).toBe('let a = [1, 2];\n');
    await two.close();
    expect([first.calls, second.calls, one.stats, two.stats]).toEqual([['let a=[1,2]'], [], { hits: 0, misses: 1 }, { hits: 1, misses: 0 }]);
    expect(entries(dir)).toHaveLength(1);
  });

  it('asks prettier again for another parser or other options', async () => {
    const dir = freshDir();
    const inner = countingFormatter();
    const tabs = { ...PRETTIER_OPTIONS, useTabs: true };
    const json = cachedFormatter(inner, dir, PRETTIER_OPTIONS);
    await json.format('[1,2]', 'json');
    await json.format('[1,2]', 'typescript');
    await cachedFormatter(inner, dir, tabs).format('[1,2]', 'json');
    await json.close();
    expect(inner.calls).toHaveLength(3);
    expect(entries(dir)).toHaveLength(3);
  });

  it('formats again, and repairs the entry, when an entry does not match its checksum', async () => {
    const dir = freshDir();
    const seed = cachedFormatter(countingFormatter(), dir, PRETTIER_OPTIONS);
    await seed.format('let a=1', 'typescript');
    await seed.close();
    const [entry] = entries(dir);
    writeFileSync(entry!, readFileSync(entry!, 'utf8').replace('let a = 1;', 'let a = 2;'));
    const inner = countingFormatter();
    const again = cachedFormatter(inner, dir, PRETTIER_OPTIONS);
    expect(await again.format('let a=1', 'typescript')).toBe('let a = 1;\n');
    await again.close();
    expect(inner.calls).toEqual(['let a=1']);
    expect(readFileSync(entry!, 'utf8')).toMatch(/^[0-9a-f]{64}\nlet a = 1;\n$/);
  });

  it('still formats when the folder cannot be made (a file stands in its way)', async () => {
    const blocker = join(scratch, 'a-file');
    writeFileSync(blocker, '');
    const cached = cachedFormatter(countingFormatter(), join(blocker, 'cache'), PRETTIER_OPTIONS);
    expect(await cached.format('let a=1', 'typescript')).toBe('let a = 1;\n');
    await expect(cached.close()).resolves.toBeUndefined();
  });

  it("passes prettier's errors through and keeps nothing for them", async () => {
    const dir = freshDir();
    const cached = cachedFormatter(countingFormatter(), dir, PRETTIER_OPTIONS);
    await expect(cached.format('const = ;', 'typescript')).rejects.toThrow(/expected/);
    await cached.close();
    expect(entries(dir)).toEqual([]);
  });
});

describe('pruneIfDue', () => {
  it('removes entries unused for two weeks, at most once a day', async () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'ab'), { recursive: true });
    const [old, fresh, later] = ['ab/old', 'ab/fresh', 'ab/later'].map((name) => join(dir, name));
    const now = Date.now();
    for (const path of [old!, fresh!]) writeFileSync(path, 'x');
    const weeksAgo = new Date(now - CACHE_MAX_AGE_MS - 60_000);
    utimesSync(old!, weeksAgo, weeksAgo);
    await pruneIfDue(dir, now);
    expect(entries(dir).sort()).toEqual([fresh]);
    writeFileSync(later!, 'x');
    utimesSync(later!, weeksAgo, weeksAgo);
    await pruneIfDue(dir, now + 3600_000);
    expect(entries(dir).sort()).toEqual([fresh, later]);
    await pruneIfDue(dir, now + 25 * 3600_000);
    expect(entries(dir).sort()).toEqual([fresh]);
  });
});

describe('defaultCacheDir', () => {
  it('is SDKGEN_CACHE_DIR when set, else under node_modules/.cache when there is a node_modules, else none', () => {
    const bare = join(scratch, 'bare');
    mkdirSync(bare, { recursive: true });
    expect(defaultCacheDir(process.cwd(), { SDKGEN_CACHE_DIR: '/x/y' })).toBe('/x/y');
    expect(defaultCacheDir(process.cwd(), {})).toBe(join(process.cwd(), 'node_modules', '.cache', 'openapi-ts-sdkgen', 'format'));
    expect(defaultCacheDir(bare, { SDKGEN_CACHE_DIR: ' ' })).toBeUndefined();
  });
});

describe('generate from the command line', () => {
  const generate = (out: string, env: NodeJS.ProcessEnv, ...flags: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'generator/cli.ts', 'generate', ...flags, '--spec', 'test/fixtures/edge/openapi.yaml', '--out', out], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  const filesOf = (out: string): Record<string, string> =>
    Object.fromEntries(readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name).slice(out.length), readFileSync(join(e.parentPath, e.name), 'utf8')]));

  it('writes the same package from the cache as without it, and --no-cache leaves the cache alone', () => {
    const dir = freshDir();
    const outs = ['first', 'cached', 'uncached'].map((name) => join(scratch, name));
    const first = generate(outs[0]!, { SDKGEN_CACHE_DIR: dir });
    expect(first.status).toBe(0);
    const kept = entries(dir).length;
    const stamps = entries(dir).map((path) => statSync(path).mtimeMs);
    expect(kept).toBeGreaterThan(10);
    expect(first.stdout).toContain(`(0 of ${kept} formatted texts from the cache)`);
    const second = generate(outs[1]!, { SDKGEN_CACHE_DIR: dir });
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(`(${kept} of ${kept} formatted texts from the cache)`);
    expect(entries(dir)).toHaveLength(kept);
    const uncached = generate(outs[2]!, { SDKGEN_CACHE_DIR: join(scratch, 'never') }, '--no-cache');
    expect(uncached.status).toBe(0);
    expect(uncached.stdout).not.toContain('from the cache');
    expect(() => statSync(join(scratch, 'never'))).toThrow(/ENOENT/);
    expect(filesOf(outs[1]!)).toEqual(filesOf(outs[0]!));
    expect(filesOf(outs[2]!)).toEqual(filesOf(outs[0]!));
    expect(entries(dir).map((path) => statSync(path).mtimeMs).some((t, i) => t > stamps[i]!)).toBe(true);
  }, 120_000);
});
