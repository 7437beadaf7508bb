/** How the commands report a spec they refuse: every problem located, then a summary nearest the prompt. */
import { formatDiagnostic, type Diagnostic } from './diagnostics.js';
import { isDegradable } from './pipeline.js';
import type { CommandIO } from './command.js';
import { plural } from './util/plural.js';

/**
 * Prints the warnings found so far, then the errors, nearest the summary where a terminal leaves the
 * eye; the exit code of a spec error. `outcome`: what `--lenient` would let the command do.
 */
export function reportProblems(errors: readonly Diagnostic[], warnings: readonly Diagnostic[], io: CommandIO, outcome = 'the package is generated'): number {
  for (const d of [...warnings, ...errors]) io.stderr(`${formatDiagnostic(d)}\n`);
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
