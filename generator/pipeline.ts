/**
 * The generator, one pure step per line: loaded spec → validate → parse → normalize → plan → emit →
 * print. Only the command line reads and writes files; everything here is a function of its inputs.
 */
import { errorsIn, SpecError, warningsIn, type Diagnostic } from './diagnostics.js';
import { emitUnit } from './emit/units.js';
import { packageFiles } from './emit/package-files.js';
import type { ApiIR } from './ir/types.js';
import type { LoadedSpec } from './load/load-spec.js';
import { normalize } from './normalize/normalize.js';
import { parseApi } from './parse/parse.js';
import { SCHEMA_KEYWORD_KIND, SCHEMA_REF_KIND } from './parse/schema-keywords.js';
import { REQUEST_BODY_CONTENT_MISSING } from './parse/operation.js';
import { plan } from './plan/plan.js';
import { cachedFormatter, type CacheStats } from './print/format-cache.js';
import { createFormatter, type Formatter } from './print/format-pool.js';
import { PRETTIER_OPTIONS, printUnits } from './print/print.js';
import { validate } from './validate/validate.js';
import { PATH_NOT_ABSOLUTE } from './validate/check-paths.js';
import { runtimeFiles } from './emit/runtime-files.js';

export interface Generated {
  /** Path inside the package → content. */
  readonly files: ReadonlyMap<string, string>;
  readonly api: ApiIR;
  readonly warnings: readonly Diagnostic[];
  /** How the format cache answered, when one was used: texts it held, texts prettier formatted. */
  readonly formatCache?: CacheStats;
}

export interface BuildOptions {
  /**
   * Real specs carry defects (Cloudflare's published one has `$ref`s to nothing). Lenient mode turns
   * such a defect into a located warning and an `unknown` type instead of stopping.
   */
  readonly lenient?: boolean;
  /** A folder where prettier's answers are kept between runs (see `print/format-cache.ts`); none: no cache. */
  readonly formatCache?: string | undefined;
  /**
   * `false`: the texts as emitted, not run through prettier. For callers that compare two generations
   * made the same way (the spec review): formatting is most of the time on a large spec, and it changes
   * no declaration.
   */
  readonly format?: boolean;
}

/**
 * Problems a lenient build degrades instead of refusing: each has one sensible reading (a path parameter
 * is required whatever it says, and one no parameter declares is a string; an operation without responses
 * answers nothing the client reads; a document without paths has no operations; an operationId used
 * before names the later operation no more than a missing one would; a parameter in no place a request
 * has, or a path parameter in no placeholder, is not sent, unless it names one but for case; `parameters`
 * that are not a list declare none; an apiKey without `in` goes in a header, one without `name` is not sent; an `info.version` or `info.title` that YAML read as a number is read as
 * its digits; a schema keyword holding the wrong kind of value is read as absent, and a schema's
 * `$ref` to a parameter or another component that is no schema reads its fields as the schema's; a request body
 * without `content` is not sent; a response under a key that is no status code is left out; a path without its leading `/` gets
 * one; an operation under an upper-case method is left out; of a parameter listed twice, the last is read).
 */
const DEGRADABLE = new Set(['ref-missing', 'path-query-string', 'path-param-required', 'path-param-undeclared', 'responses-missing', 'paths-missing', 'operation-id-duplicate', 'parameter-in-invalid', 'path-param-unused', 'parameters-not-list', 'parameter-name-invalid', 'security-scheme-name-invalid', 'security-scheme-in-invalid', 'info-not-string', SCHEMA_KEYWORD_KIND, SCHEMA_REF_KIND, REQUEST_BODY_CONTENT_MISSING, 'response-status-invalid', PATH_NOT_ABSOLUTE, 'path-item-method-case', 'parameter-duplicate']);

function degraded(diagnostics: readonly Diagnostic[], options: BuildOptions): Diagnostic[] {
  return diagnostics.map((d) => (options.lenient && DEGRADABLE.has(d.code) ? { ...d, severity: 'warning' as const } : d));
}

/** The IR of a spec, or a `SpecError` carrying every problem found. */
export function buildApi(spec: LoadedSpec, options: BuildOptions = {}): { api: ApiIR; warnings: readonly Diagnostic[] } {
  const problems = degraded(validate(spec), options);
  if (errorsIn(problems).length > 0) throw new SpecError(errorsIn(problems), warningsIn(problems));
  const parsed = parseApi(spec);
  const { api } = parsed;
  const diagnostics = degraded(parsed.diagnostics, options);
  if (errorsIn(diagnostics).length > 0) throw new SpecError(errorsIn(diagnostics), [...problems, ...warningsIn(diagnostics)]);
  return { api: normalize(api), warnings: [...problems, ...diagnostics] };
}

/** Leaves each text as emitted. */
const UNFORMATTED: Formatter = { workers: 0, format: async (text) => text, close: async () => {} };

/**
 * Generates the package in memory. `runtime` holds the runtime's sources (file name → text), copied
 * verbatim into `src/core/`; callers that only compare the API surface may pass none.
 */
export async function generateInMemory(spec: LoadedSpec, runtime: ReadonlyMap<string, string> = new Map(), options: BuildOptions = {}): Promise<Generated> {
  const { api, warnings } = buildApi(spec, options);
  const planned = plan(api);
  const emitted = planned.units.map((unit) => emitUnit(api, planned, unit));
  const pool = options.format === false ? UNFORMATTED : createFormatter(planned.units.length, PRETTIER_OPTIONS);
  const cached = options.formatCache === undefined ? undefined : cachedFormatter(pool, options.formatCache, PRETTIER_OPTIONS);
  const formatter = cached ?? pool;
  try {
    // The package files first: the README and api.md are the largest texts, best started early.
    const [packaged, printed] = await Promise.all([packageFiles(api, runtime, formatter), printUnits(emitted, planned, formatter)]);
    const files = new Map([...printed, ...runtimeFiles(runtime), ...packaged]);
    const sorted = new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return { files: sorted, api, warnings, ...(cached && { formatCache: { ...cached.stats } }) };
  } finally {
    await formatter.close();
  }
}
