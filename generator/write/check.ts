/**
 * `check`: compares the output folder with what the spec generates now. Reports every file that differs,
 * is missing, or should not be there; ignores only the preserved paths.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PRESERVED } from './write.js';

export interface Drift {
  readonly path: string;
  readonly problem: 'differs' | 'missing' | 'unexpected';
}

export function findDrift(outDir: string, files: ReadonlyMap<string, string>): Drift[] {
  const onDisk = existsSync(outDir) ? listFiles(outDir, outDir) : [];
  const drift: Drift[] = [];
  for (const [path, text] of files) {
    const full = join(outDir, path);
    if (!existsSync(full)) drift.push({ path, problem: 'missing' });
    else if (readFileSync(full, 'utf8') !== text) drift.push({ path, problem: 'differs' });
  }
  for (const path of onDisk) if (!files.has(path)) drift.push({ path, problem: 'unexpected' });
  return drift.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function listFiles(root: string, dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = join(dir, name);
    const rel = relative(root, full).split('\\').join('/');
    if (PRESERVED.some((p) => rel === p || rel.startsWith(`${p}/`))) return [];
    return statSync(full).isDirectory() ? listFiles(root, full) : [rel];
  });
}
