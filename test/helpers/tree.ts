/** Test helpers for folders: a scratch copy of the spec, a hash of a whole tree, a command runner. */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
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

/**
 * Generates the package of the spec file `spec` in a scratch folder, failing with the CLI's output when
 * generation does, and imports its entry point; `stderr` holds the warnings.
 */
export async function generateFromSpec<Module>(spec: string, prefix: string): Promise<{ out: string; module: Module; stderr: string }> {
  const out = join(scratchDir(prefix), 'generated');
  const result = await run('generate', '--spec', spec, '--out', out);
  if (result.code !== 0) throw new Error(`generation failed (exit ${result.code}):\n${result.stderr}`);
  return { out, stderr: result.stderr, module: (await import(pathToFileURL(join(out, 'src/index.ts')).href)) as Module };
}

/**
 * Writes `doc` as a spec in a scratch folder, then generates and imports its package (`generateFromSpec`);
 * `spec` is the file written, for checks that read the spec (the wire checks).
 */
export async function generateAndImport<Module>(doc: object, prefix: string): Promise<{ out: string; module: Module; stderr: string; spec: string }> {
  const spec = join(scratchDir(prefix), 'openapi.yaml');
  writeFileSync(spec, stringify(doc));
  return { ...(await generateFromSpec<Module>(spec, prefix)), spec };
}
