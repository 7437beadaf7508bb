/** The command line's side of reading a spec at a git revision: `git show <revision>:./<path>`. */
import { execFileSync } from 'node:child_process';

export function gitShow(revision: string, path: string): string | undefined {
  const relative = path.startsWith('/') || path.startsWith('./') || path.startsWith('../') ? path : `./${path}`;
  try {
    return execFileSync('git', ['show', `${revision}:${relative}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}
