/** The command line's side of reading a spec at a git revision: `git show <revision>:./<path>`. */
import { execFileSync } from 'node:child_process';

/** `path` at `revision`, the path relative to `cwd` (the process's own by default). */
export function gitShow(revision: string, path: string, cwd?: string): string | undefined {
  const relative = path.startsWith('/') || path.startsWith('./') || path.startsWith('../') ? path : `./${path}`;
  try {
    return execFileSync('git', ['show', `${revision}:${relative}`], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** Whether git knows `revision` as a commit here: a shallow clone knows only the branch it fetched. */
export function hasRevision(revision: string, cwd?: string): boolean {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], { cwd, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
