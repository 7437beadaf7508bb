#!/usr/bin/env node
/**
 * `npx tsx bench/cold-import.ts [--runs 15]`: how long importing the package takes in a fresh Node
 * process, ours (generated from the spec with the current runtime, built to `dist/` in a scratch folder)
 * versus the official `cloudflare` package, as ES module (`import`) and as CommonJS (`require`). Each run
 * is a new `node` process that times only the import, so Node's own start-up is left out. Runs alternate
 * between the two packages; the median is printed, and the ratio (goal: at most 0.1).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildFreshPackage } from './runtime-overhead.js';
import { flag, median } from './cli-stats.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const GOAL = 0.1;

type Format = 'esm' | 'cjs';

const TIMERS: Record<Format, string> = {
  esm: 'const t = performance.now(); await import(process.argv[1]); console.log(performance.now() - t);',
  cjs: 'const t = performance.now(); require(process.argv[1]); console.log(performance.now() - t);',
};

/** Milliseconds one fresh process takes to import `target`. */
function importMillis(format: Format, target: string): number {
  const args = format === 'esm' ? ['--input-type=module', '-e', TIMERS.esm, target] : ['-e', TIMERS.cjs, target];
  return Number(execFileSync(process.execPath, args, { cwd: REPO, encoding: 'utf8' }).trim());
}


async function main(): Promise<void> {
  const runs = flag('runs', 15);
  const built = await buildFreshPackage();
  try {
    const targets: Record<Format, { ours: string; theirs: string }> = {
      esm: { ours: pathToFileURL(join(built.dir, 'dist/esm/index.js')).href, theirs: 'cloudflare' },
      cjs: { ours: join(built.dir, 'dist/cjs/index.js'), theirs: 'cloudflare' },
    };
    const theirsVersion = (JSON.parse(readFileSync(join(REPO, 'node_modules/cloudflare/package.json'), 'utf8')) as { version: string }).version;
    console.log(`cold import in a fresh node ${process.version} process, median of ${runs} runs (node start-up excluded)`);
    for (const format of ['esm', 'cjs'] as const) {
      const samples = { ours: [] as number[], theirs: [] as number[] };
      importMillis(format, targets[format].ours); // the first run also warms the disk cache
      importMillis(format, targets[format].theirs);
      for (let run = 0; run < runs; run++) {
        samples.ours.push(importMillis(format, targets[format].ours));
        samples.theirs.push(importMillis(format, targets[format].theirs));
      }
      const [ours, theirs] = [median(samples.ours), median(samples.theirs)];
      const how = format === 'esm' ? 'import' : 'require';
      console.log(`${how.padEnd(8)} ours ${ours.toFixed(1).padStart(6)} ms   theirs (cloudflare@${theirsVersion}) ${theirs.toFixed(1).padStart(6)} ms   ratio ${(ours / theirs).toFixed(3)} (goal <= ${GOAL})`);
    }
  } finally {
    built.remove();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
