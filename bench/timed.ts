/** Running a Node script in a fresh process and measuring it, for the benchmarks that compare whole tools. */
import { spawnSync } from 'node:child_process';

export interface Timed {
  readonly seconds: number;
  /** The child's peak resident set, as GNU time reports it. */
  readonly peakMB: number;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function timedNode(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Timed {
  const started = process.hrtime.bigint();
  const child = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', process.execPath, ...args], { ...options, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 900_000 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakMB = Number(/PEAK_KB=(\d+)/.exec(child.stderr)?.[1] ?? 0) / 1024;
  return { seconds, peakMB, status: child.status, stdout: child.stdout, stderr: child.stderr.replace(/^PEAK_KB=\d+\n?/m, '') };
}
