/** Prints the oasdiff score: `npx tsx test/diff/oasdiff/print-score.ts`. */
import { readManifest, readRules } from './fixtures.js';
import { score, summary } from './score.js';

console.log(summary(score(readManifest(), readRules())));
