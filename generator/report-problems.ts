/** How the commands report a spec they refuse: every problem located, then a summary nearest the prompt. */
import { formatDiagnostic, type Diagnostic } from './diagnostics.js';
import { isDegradable } from './pipeline.js';
import type { CommandIO } from './command.js';
import { plural } from './util/plural.js';

/**
 * Warnings of one kind past this many are counted, not printed: a published spec repeats one slip on
 * every operation (VTEX's catalog declares a `Content-Type` header parameter 162 times), and a wall of
 * the same line hides the one warning of another kind. `--all-warnings` prints every one.
 */
const SHOWN_PER_CODE = 5;

/** The warnings, each located, but only the first few of each kind unless `every`; then how many of each were left out. */
export function printWarnings(warnings: readonly Diagnostic[], io: CommandIO, every: boolean): void {
  const counts = new Map<string, number>();
  for (const warning of warnings) {
    const count = (counts.get(warning.code) ?? 0) + 1;
    counts.set(warning.code, count);
    if (every || count <= SHOWN_PER_CODE) io.stderr(`${formatDiagnostic(warning)}\n`);
  }
  if (every) return;
  for (const [code, count] of counts) {
    if (count > SHOWN_PER_CODE) io.stderr(`... and ${plural(count - SHOWN_PER_CODE, 'more warning')} [${code}] like these (--all-warnings prints every one)\n`);
  }
}

/**
 * Prints the warnings found so far, then the errors, nearest the summary where a terminal leaves the
 * eye; the exit code of a spec error. `outcome`: what `--lenient` would let the command do. Every error
 * is printed; the warnings as `printWarnings` prints them.
 */
export function reportProblems(errors: readonly Diagnostic[], warnings: readonly Diagnostic[], io: CommandIO, allWarnings: boolean, outcome = 'the package is generated'): number {
  printWarnings(warnings, io, allWarnings);
  for (const error of errors) io.stderr(`${formatDiagnostic(error)}\n`);
  const alsoWarnings = warnings.length === 0 ? '' : ` (and ${plural(warnings.length, 'warning')})`;
  io.stderr(`${plural(errors.length, 'problem')} in the spec${alsoWarnings}; nothing was written.${lenientHint(errors, outcome)}\n`);
  return 1;
}

/** Said when every error is a defect of published specs that `--lenient` reads one sensible way. */
function lenientHint(errors: readonly Diagnostic[], outcome: string): string {
  if (!errors.every(isDegradable)) return '';
  const each = errors.length === 1 ? 'it' : 'each';
  return ` With --lenient, ${each} becomes a warning with the reading the README gives ("More defects of published specs"), and ${outcome}.`;
}
