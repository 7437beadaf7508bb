/**
 * Diagnostics: every problem the generator reports points at the spec (file, line, column and JSON
 * pointer), so a user can jump straight to it.
 */
export interface SourceLocation {
  /** The spec file, as the user named it (relative paths stay relative: no absolute path leaks). */
  readonly file: string;
  /** RFC 6901 JSON pointer inside that file, `''` for the document root. */
  readonly pointer: string;
  /** 1-based line, 0 when unknown. */
  readonly line: number;
  /** 1-based column, 0 when unknown. */
  readonly column: number;
}

export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  /** A stable identifier of the kind of problem, for tests and for suppressing. */
  readonly code: string;
  readonly message: string;
  readonly location: SourceLocation;
}

/**
 * Thrown by the pipeline when a step found errors; carries all of them, not only the first, and the
 * warnings found before it stopped (a user fixing the errors should not meet those only afterwards).
 */
export class SpecError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  readonly warnings: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[], warnings: readonly Diagnostic[] = []) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'SpecError';
    this.diagnostics = diagnostics;
    this.warnings = warnings;
  }
}

/**
 * `spec/openapi.yaml:12:5 error [ref-missing] #/paths/~1a/get: message` — the shape editors link. A place
 * not known is left out (`spec/openapi.yaml error …`): `:0:0` would send an editor to a line that is not there.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const { pointer } = d.location;
  return `${placeOf(d.location)} ${d.severity} [${d.code}] #${pointer}: ${d.message}`;
}

/** `file:line:column`, shorter where the line or column is not known. */
export function placeOf({ file, line, column }: SourceLocation): string {
  if (line === 0) return file;
  return column === 0 ? `${file}:${line}` : `${file}:${line}:${column}`;
}

export function errorsIn(diagnostics: readonly Diagnostic[]): readonly Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}

export function warningsIn(diagnostics: readonly Diagnostic[]): readonly Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'warning');
}
