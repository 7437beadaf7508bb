/**
 * Generation time and peak memory on Cloudflare's published API specs (shared/real-specs/) and GitHub's
 * REST spec (the devDependency `@octokit/openapi`), the scale a generator must handle. Prints figures; not
 * a test. Run: npx tsx bench/generate-real-specs.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';

const SPECS = resolve('../shared/real-specs');
const TSX = resolve('node_modules/tsx/dist/cli.mjs');
const GITHUB = resolve('node_modules/@octokit/openapi/generated/api.github.com.json');

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

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** Operations under `paths` (GitHub's spec also has webhooks, which are not client methods). */
function countOperations(spec: string): number {
  const doc = parse(readFileSync(spec, 'utf8')) as { paths?: Record<string, Record<string, unknown>> };
  return Object.values(doc.paths ?? {}).reduce((n, item) => n + Object.keys(item).filter((k) => METHODS.has(k)).length, 0);
}

const work = mkdtempSync(join(tmpdir(), 'real-specs-'));
try {
  console.log('spec                               operations  time (s)  peak RSS (MB)  files  warnings');
  const specs = readdirSync(SPECS)
    .filter((n) => n.endsWith('.gz'))
    .sort()
    .map((name) => {
      const spec = join(work, name.replace(/\.gz$/, ''));
      writeFileSync(spec, gunzipSync(readFileSync(join(SPECS, name))));
      return { name, spec };
    });
  specs.push({ name: 'github api.github.com.json', spec: GITHUB });
  for (const { name, spec } of specs) {
    const operations = countOperations(spec);
    const run = generate(spec, join(work, `out-${specs.findIndex((s) => s.spec === spec)}`));
    console.log(`${name.padEnd(36)} ${String(operations).padStart(9)} ${run.seconds.toFixed(1).padStart(9)} ${run.peakMB.toFixed(0).padStart(14)} ${String(run.files).padStart(6)} ${String(run.warnings).padStart(9)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
