/**
 * A scratch project that installs the packed tarball the way a user would (`npm install <tarball>`,
 * offline: the package has no dependencies to fetch), then runs and type-checks code against it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { npm } from '../../../generator/build/pack.js';
import { tscOutput, type Compiler } from '../../helpers/tsc.js';

const execFileAsync = promisify(execFile);

/** Creates `dir` with a `package.json` and installs `tarball` into its `node_modules`. */
export function installConsumer(dir: string, tarball: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '0.0.0', private: true }, null, 2));
  npm(['install', '--offline', '--no-package-lock', '--ignore-scripts', tarball], dir);
}

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node …args` in `dir` with a minimal environment (PATH, HOME and `env`), without blocking this
 * process: a test's server must keep answering while it runs. A child still running after `timeoutMs` is
 * killed and reported as failed.
 */
export async function runNode(dir: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 30_000): Promise<Ran> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [...args], { cwd: dir, env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...env }, timeout: timeoutMs });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}

/** `tsc -p config` in `dir` with the repository's TypeScript (or `compiler`, an older one); its diagnostics, `''` when clean. */
export function typeCheck(dir: string, config: string, compiler?: Compiler): string {
  return tscOutput(config, ['--pretty', 'false'], dir, compiler);
}

export function writeFiles(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}
