/** Prints the rule reference table for docs/spec-diff.md. */
import { rulesTable } from './table.js';

console.log(rulesTable());
