/** Test helpers for folders: a scratch copy of the spec, a hash of a whole tree, a command runner. */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { main } from '../../generator/command.js';

export function scratchDir(prefix = 'sdkgen-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A scratch folder holding a copy of `spec/`, so tests can edit the spec freely. */
export function scratchWithSpec(): { dir: string; spec: string; out: string } {
  const dir = scratchDir();
  cpSync('spec', join(dir, 'spec'), { recursive: true });
  return { dir, spec: join(dir, 'spec/openapi.yaml'), out: join(dir, 'generated') };
}

/** Path → SHA-256 of every file below `root`: compares trees byte for byte. */
export function treeHashes(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(root, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(root);
  return out;
}

export async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}
