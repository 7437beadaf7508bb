/**
 * How long a spec review takes at the scale of real APIs, side by side with `openapi-diff` (npm, 0.24.1),
 * the breaking-change checker published on npm, run on the same two documents. Ours compares the wire
 * and also generates both TypeScript APIs and compares them; openapi-diff compares the wire only. Prints
 * time, peak memory and each outcome; not a test.
 *
 * Run: npx tsx bench/review-real-specs.ts
 * The pairs: GitHub's REST spec against itself with three edits to shared schemas (`simple-user.login`
 * becomes an integer, `simple-user.id` optional, `repository.name` at most 10 characters), GitHub
 * Enterprise Server 3.17 against 3.18 (a real release: webhooks under `x-webhooks`, a schema added with
 * another's title), 3.18 against 3.19 (a schema added with the name another had from its title), and
 * Cloudflare's published 2023 spec against its 2024 one (shared/real-specs/).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { timedNode } from './timed.js';
import { unpackCloudflarePair } from './cloudflare-specs.js';

const GITHUB = resolve('node_modules/@octokit/openapi/generated/api.github.com.json');
const GHES = (version: string) => resolve(`node_modules/@octokit/openapi/generated/ghes-${version}.json`);

function ours(base: string, revision: string): string {
  const r = timedNode([resolve('node_modules/tsx/dist/cli.mjs'), resolve('generator/cli.ts'), 'diff', base, revision]);
  const verdict = /### Spec review: ([^\n]*)/.exec(r.stdout)?.[1] ?? `failed (exit ${r.status})`;
  return `${r.seconds.toFixed(1)} s, ${r.peakMB.toFixed(0)} MB, exit ${r.status}: ${verdict.slice(0, 140)}`;
}

function openapiDiff(base: string, revision: string): string {
  const r = timedNode([resolve('node_modules/openapi-diff/bin/openapi-diff'), base, revision]);
  const output = r.stdout + r.stderr;
  const summary = output.includes('Breaking changes found') ? 'breaking changes found' : output.includes('No breaking changes') ? 'no breaking changes' : `failed (exit ${r.status}): ${lastLine(output)}`;
  return `${r.seconds.toFixed(1)} s, ${r.peakMB.toFixed(0)} MB, ${summary}`;
}

function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return (lines.find((l) => /heap out of memory|Error/.test(l)) ?? lines.at(-1) ?? '').trim().slice(0, 100);
}

/** GitHub's spec with three edits to schemas that hundreds of operations share. */
function editedGithub(dir: string): string {
  const doc = JSON.parse(readFileSync(GITHUB, 'utf8'));
  const schemas = doc.components.schemas;
  schemas['simple-user'].properties.login.type = 'integer';
  schemas['simple-user'].required = schemas['simple-user'].required.filter((n: string) => n !== 'id');
  schemas.repository.properties.name.maxLength = 10;
  const file = join(dir, 'github-edited.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

const work = mkdtempSync(join(tmpdir(), 'review-bench-'));
try {
  const cloudflare = unpackCloudflarePair(work);
  const pairs: [string, string, string][] = [
    ['GitHub, three edits to shared schemas', GITHUB, editedGithub(work)],
    ['GitHub Enterprise Server 3.17 -> 3.18', GHES('3.17'), GHES('3.18')],
    ['GitHub Enterprise Server 3.18 -> 3.19', GHES('3.18'), GHES('3.19')],
    ['Cloudflare 2023-08 -> 2024-08', ...cloudflare],
  ];
  for (const [name, base, revision] of pairs) {
    console.log(name);
    console.log(`  ours          ${ours(base, revision)}`);
    console.log(`  openapi-diff  ${openapiDiff(base, revision)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
