/**
 * Generation time and peak memory on Cloudflare's published API specs (shared/real-specs/), the scale a
 * generator must handle. Prints figures; not a test. Run: npx tsx bench/generate-real-specs.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SPECS = resolve('../shared/real-specs');
const TSX = resolve('node_modules/tsx/dist/cli.mjs');

interface Run {
  readonly seconds: number;
  readonly peakMB: number;
  readonly files: number;
  readonly warnings: number;
}

function generate(spec: string, out: string): Run {
  const started = process.hrtime.bigint();
  // GNU time reports the child's peak resident set; the generator runs in a fresh process each time.
  const child = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', process.execPath, TSX, 'generator/cli.ts', 'generate', '--lenient', '--spec', spec, '--out', out], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (child.status !== 0) throw new Error(`generation failed for ${spec}:\n${child.stderr}`);
  const stderr = child.stderr;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakKB = Number(/PEAK_KB=(\d+)/.exec(stderr)?.[1] ?? 0);
  const files = readdirSync(out, { recursive: true }).length;
  return { seconds, peakMB: peakKB / 1024, files, warnings: (stderr.match(/ warning \[/g) ?? []).length };
}

const work = mkdtempSync(join(tmpdir(), 'real-specs-'));
try {
  console.log('spec                               operations  time (s)  peak RSS (MB)  files  warnings');
  for (const name of readdirSync(SPECS).filter((n) => n.endsWith('.gz')).sort()) {
    const spec = join(work, name.replace(/\.gz$/, ''));
    writeFileSync(spec, gunzipSync(readFileSync(join(SPECS, name))));
    const operations = (readFileSync(spec, 'utf8').match(/"?operationId"?\s*:/g) ?? []).length;
    const run = generate(spec, join(work, `out-${name}`));
    console.log(`${name.padEnd(36)} ${String(operations).padStart(9)} ${run.seconds.toFixed(1).padStart(9)} ${run.peakMB.toFixed(0).padStart(14)} ${String(run.files).padStart(6)} ${String(run.warnings).padStart(9)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
