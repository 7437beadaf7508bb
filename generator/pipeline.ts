/**
 * The generator, one pure step per line: loaded spec → validate → parse → normalize → plan → emit →
 * print. Only the command line reads and writes files; everything here is a function of its inputs.
 */
import { errorsIn, SpecError, warningsIn, type Diagnostic } from './diagnostics.js';
import { emitUnit } from './emit/units.js';
import { packageFiles } from './emit/package-files.js';
import { pagesWithoutRepository } from './emit/package/pages-link.js';
import type { ApiIR } from './ir/types.js';
import type { LoadedSpec } from './load/load-spec.js';
import { normalize } from './normalize/normalize.js';
import { parseApi } from './parse/parse.js';
import { plan } from './plan/plan.js';
import { cachedFormatter, type CacheStats } from './print/format-cache.js';
import { createFormatter, type Formatter } from './print/format-pool.js';
import { formattedExamples } from './print/examples.js';
import { PRETTIER_OPTIONS, printUnits } from './print/print.js';
import { validate } from './validate/validate.js';
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
 * Problems a lenient build degrades to warnings instead of refusing, each with the one sensible reading it
 * gets then (the parser reads them so in either mode; a strict build stops before it matters).
 */
const DEGRADABLE: ReadonlySet<string> = new Set([
  'ref-missing', // the ref leads nowhere: `unknown`
  'ref-invalid', // a malformed escape leads nowhere; a pointer's stray `~` is read as written
  'path-query-string', // its `key={name}` pairs are query parameters
  'path-param-required', // a path parameter is required whatever it says
  'path-param-undeclared', // a `{name}` no parameter declares is a string
  'responses-missing', // an operation without responses answers nothing the client reads
  'paths-missing', // a document without paths has no operations
  'operation-id-duplicate', // the later operation is named by its method and path
  'parameter-in-invalid', // a parameter in no place a request has is not sent
  'path-param-unused', // a path parameter in no placeholder fills one that differs only in case, else is not sent
  'parameters-not-list', // `parameters` that are not a list declare none
  'parameter-name-invalid', // a header HTTP cannot carry is not sent
  'parameter-duplicate', // of a parameter listed twice, the last is read
  'security-scheme-name-invalid', // an apiKey without a name HTTP can carry is not sent
  'security-scheme-in-invalid', // an apiKey without `in` goes in a header
  'info-not-string', // an `info.version` or `info.title` YAML read as a number is its digits
  'schema-keyword-kind', // a schema keyword holding the wrong kind of value is absent
  'schema-ref-kind', // a schema's `$ref` to a component that is no schema reads its fields as the schema's
  'request-body-content-missing', // a request body without `content` is not sent
  'response-status-invalid', // a response under a key that is no status code is left out
  'path-not-absolute', // a path without its leading `/` gets one
  'path-item-method-case', // an operation under an upper-case method is left out
  'swagger2-body-beside-form', // a Swagger 2.0 body parameter beside form parameters: the form fields when it consumes a form, else the body
]);

/** Whether `--lenient` reads this error as a warning and generates anyway. */
export function isDegradable(d: Diagnostic): boolean {
  return DEGRADABLE.has(d.code);
}

function degraded(diagnostics: readonly Diagnostic[], options: BuildOptions): Diagnostic[] {
  return diagnostics.map((d) => (options.lenient && isDegradable(d) ? { ...d, severity: 'warning' as const } : d));
}

/** The IR of a spec, or a `SpecError` carrying every problem found. */
export function buildApi(spec: LoadedSpec, options: BuildOptions = {}): { api: ApiIR; warnings: readonly Diagnostic[] } {
  const problems = degraded(validate(spec), options);
  if (errorsIn(problems).length > 0) throw validationFailed(spec, problems, options);
  const parsed = parseApi(spec);
  const { api } = parsed;
  const diagnostics = degraded(parsed.diagnostics, options);
  if (errorsIn(diagnostics).length > 0) throw new SpecError(errorsIn(diagnostics), [...problems, ...warningsIn(diagnostics)]);
  return { api: normalize(api), warnings: [...problems, ...diagnostics] };
}

/**
 * The error for a spec validation refused, with the parser's problems too when the parser can read it: a
 * user fixing a spec by hand then sees a misspelt schema keyword in the same run as an undeclared path
 * parameter, not only once that is fixed. The parser has a reading for each degradable error (it is how
 * `--lenient` builds), so what it reports then is a problem of its own, not an echo of one of them.
 */
function validationFailed(spec: LoadedSpec, problems: readonly Diagnostic[], options: BuildOptions): SpecError {
  const errors = errorsIn(problems);
  const parsed = errors.every(isDegradable) ? parsedBeside(spec, options) : [];
  return new SpecError([...errors, ...errorsIn(parsed)], [...warningsIn(problems), ...warningsIn(parsed)]);
}

/** The parser's problems, as extra news beside validation's errors: none if it fails, which is validation's to report. */
function parsedBeside(spec: LoadedSpec, options: BuildOptions): Diagnostic[] {
  try {
    return degraded(parseApi(spec).diagnostics, options);
  } catch {
    return [];
  }
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
  const pool = options.format === false ? UNFORMATTED : createFormatter(planned.units.length, PRETTIER_OPTIONS);
  const cached = options.formatCache === undefined ? undefined : cachedFormatter(pool, options.formatCache, PRETTIER_OPTIONS);
  const formatter = cached ?? pool;
  try {
    const example = await formattedExamples(api, formatter);
    const emitted = planned.units.map((unit) => emitUnit(api, planned, unit, example));
    // The package files first: the README and api.md are the largest texts, best started early.
    const [packaged, printed] = await Promise.all([packageFiles(api, runtime, formatter), printUnits(emitted, planned, formatter)]);
    const files = new Map([...printed, ...runtimeFiles(runtime), ...packaged]);
    const sorted = new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return { files: sorted, api, warnings: [...warnings, ...pagesWithoutRepository(spec, api, packaged)], ...(cached && { formatCache: { ...cached.stats } }) };
  } finally {
    await formatter.close();
  }
}
