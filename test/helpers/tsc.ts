/** The project's pinned TypeScript compiler, run on a project: what it prints, or '' when it compiles. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const TSC = resolve('node_modules/typescript/bin/tsc');

/** Everything tsc prints for `project` (a tsconfig file or a folder holding one); '' when it compiles. */
export function tscOutput(project: string, args: readonly string[] = [], cwd?: string): string {
  try {
    // Large generated packages (Cloudflare's, GitHub's) need more than the default heap.
    execFileSync(process.execPath, ['--max-old-space-size=4096', TSC, '-p', project, ...args], { encoding: 'utf8', cwd });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

/** tsc's first 20 lines for `project`: enough to read a failure, short enough for a test report. */
export function tscErrors(project: string, args: readonly string[] = []): string {
  return tscOutput(project, args).split('\n').slice(0, 20).join('\n');
}

/**
 * Compiles `body` as a user's file beside the generated package in `out` (after `header`, its imports):
 * tsc's errors as `TS2353 line 2`, lines counted from the first line of `body`; [] when it compiles.
 */
export function consumerErrors(out: string, header: string, body: string): string[] {
  writeFileSync(join(out, 'consumer.ts'), `${header}\n${body}\n`);
  writeFileSync(join(out, 'tsconfig.consumer.json'), JSON.stringify({ extends: './tsconfig.json', include: ['consumer.ts'] }));
  const offset = header.split('\n').length;
  return [...tscOutput(join(out, 'tsconfig.consumer.json')).matchAll(/consumer\.ts\((\d+),\d+\): error (TS\d+)/g)].map((m) => `${m[2]} line ${Number(m[1]) - offset}`);
}
