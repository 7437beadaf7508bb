/** Reading inputs from disk: the spec's files and the runtime's sources. The command line's side of I/O. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadFile } from '../load/load-spec.js';

export const readFromDisk: ReadFile = (file) => {
  try {
    return statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
};

const RUNTIME_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'runtime');

/** The runtime's `.ts` sources by file name (no tests, no config), in a stable order. */
export function readRuntimeSources(dir: string = RUNTIME_DIR): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  const names = readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts') && !n.endsWith('.d.ts')).sort();
  return new Map(names.map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
}
