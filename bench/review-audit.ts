#!/usr/bin/env node
/**
 * How often the review's verdicts on changed TypeScript types agree with the compiler, on real releases.
 * The review asks TypeScript only about the changes the text comparison cannot explain; this asks it about
 * every changed type and member of the review's result, and prints where the two disagree: a change rated breaking that
 * TypeScript accepts in every direction its roles need (a false alarm), or one rated compatible that it
 * refuses (a missed break, the worse of the two). Prints figures; not a test.
 *
 * Run: npx tsx bench/review-audit.ts
 * The pairs: each GitHub Enterprise Server release in the devDependency `@octokit/openapi` against the next
 * (3.17, 3.18 and 3.19 in 23.0.2), and Cloudflare's published 2023 spec against its 2024 one
 * (shared/real-specs/).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compilerVerdicts } from '../generator/diff/ts/checked.js';
import type { TsChange } from '../generator/diff/ts/model.js';
import { compareSpecs } from '../generator/diff/ts/ts-diff.js';
import { readFromDisk } from '../generator/io/fs-read.js';
import { loadSpec, type LoadedSpec } from '../generator/load/load-spec.js';
import { unpackCloudflarePair } from './cloudflare-specs.js';

const GENERATED = resolve('node_modules/@octokit/openapi/generated');

function load(file: string): LoadedSpec {
  const loaded = loadSpec(file, readFromDisk, { lenient: true });
  if (!loaded.ok) throw new Error(`${file} cannot be read`);
  return loaded.spec;
}

interface Audit {
  readonly probed: number;
  readonly changed: number;
  readonly falseAlarms: TsChange[];
  readonly missed: (TsChange & { readonly refused: string })[];
}

async function audit(baseFile: string, revisionFile: string): Promise<Audit> {
  // The review's own comparison, the unexplained changes already checked: what is left to disagree on is the text's.
  const compared = await compareSpecs(load(baseFile), load(revisionFile));
  if (typeof compared === 'string') throw new Error(compared);
  const { before, after, renames, changes } = compared;
  const verdicts = compilerVerdicts(changes, before, after, renames, () => true);
  const falseAlarms = [...verdicts].filter(([row, v]) => v.refused === undefined && changes[row]!.impact === 'breaking').map(([row]) => changes[row]!);
  const missed = [...verdicts].flatMap(([row, v]) => (v.refused !== undefined && changes[row]!.impact !== 'breaking' ? [{ ...changes[row]!, refused: v.refused }] : []));
  return { probed: verdicts.size, changed: changes.filter((c) => c.change === 'changed').length, falseAlarms, missed };
}

/** The GHES releases in the package, each with the next. */
function ghesPairs(): [string, string, string][] {
  const versions = readdirSync(GENERATED)
    .flatMap((f) => /^ghes-(\d+\.\d+)\.json$/.exec(f)?.[1] ?? [])
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return versions.slice(1).map((to, i) => {
    const from = versions[i]!;
    return [`GitHub Enterprise Server ${from} -> ${to}`, join(GENERATED, `ghes-${from}.json`), join(GENERATED, `ghes-${to}.json`)];
  });
}

const work = mkdtempSync(join(tmpdir(), 'review-audit-'));
try {
  const cloudflare = unpackCloudflarePair(work);
  const pairs = [...ghesPairs(), ['Cloudflare 2023-08 -> 2024-08', ...cloudflare] as [string, string, string]];
  for (const [name, base, revision] of pairs) {
    const a = await audit(base, revision);
    console.log(`${name}: ${a.changed} changed symbols, ${a.probed} probed; the compiler disagrees on ${a.falseAlarms.length + a.missed.length}`);
    for (const c of a.falseAlarms.slice(0, 10)) console.log(`  rated breaking, TypeScript accepts: ${c.symbol} (${c.roles.join(', ')}): ${c.why}`);
    for (const c of a.missed.slice(0, 10)) console.log(`  rated ${c.impact}, TypeScript refuses: ${c.symbol} (${c.roles.join(', ')}): ${c.why}; ${c.refused}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
