/**
 * `npm pack`, as users' installs will see the package: npm picks the files (`files`, plus package.json,
 * README and LICENSE), fixes every mtime and owner, and gzips. Lifecycle scripts are ignored.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Packed {
  /** Absolute path of the tarball. */
  readonly tarball: string;
  /** Paths inside the package, sorted. */
  readonly files: readonly string[];
  readonly integrity: string;
}

interface NpmPackEntry {
  readonly filename: string;
  readonly integrity: string;
  readonly files: readonly { readonly path: string }[];
}

export function pack(packageDir: string, destination: string): Packed {
  mkdirSync(destination, { recursive: true });
  const out = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', resolve(destination)], packageDir);
  const [entry] = JSON.parse(out) as NpmPackEntry[];
  if (!entry) throw new Error(`npm pack printed no result for ${packageDir}`);
  const files = entry.files.map((f) => f.path).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { tarball: join(resolve(destination), entry.filename), files, integrity: entry.integrity };
}

/** Runs npm quietly (no update check, audit or funding notes) and returns its standard output. */
export function npm(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  return execFileSync('npm', [...args, '--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=error'], {
    cwd,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}
