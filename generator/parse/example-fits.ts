/**
 * A schema's or a parameter's own example of a single value that its schema refuses (velopayments' phone
 * numbers: example `11235555555`, pattern `^\+[1-9]\d{1,14}$`; GitHub's digest, shorter than its
 * `minLength`). A server that checks refuses it, so the example calls make up a value the schema takes
 * (which side is the slip is the author's to say): said, located at the example, as a linter would.
 * An example of another type is said too: the example calls send the value it writes in the schema's
 * type (`"174"` for an integer: 174) where that fits, else make one up. So is a `default`
 * the schema refuses, which the documentation shows as the server's. Objects and lists are the response
 * checks' business, not the generator's.
 */
import { brokenConstraint, coercedTo, isScalar, type Scalar } from '../ir/scalar-value.js';
import { brokenFormat, madeUpForFormat } from '../ir/string-format.js';
import { constraintsOf, ownExampleAt } from './constraints.js';
import { joinAt, report, typeList, type At, type ParseContext } from './context.js';

type Raw = Readonly<Record<string, unknown>>;

const MAX_SHOWN = 60;

/** What a problem does to the example calls, which take a spec's example where its type allows. */
const EXAMPLE_CALLS = {
  type: 'example calls make up a value instead',
  enum: 'example calls use one of them instead',
  constraint: 'example calls make up a value instead',
  format: 'example calls make up a value instead',
  written: 'example calls send it as written',
} as const;

interface Problem {
  readonly text: string;
  readonly kind: keyof typeof EXAMPLE_CALLS;
  /** What the example calls send instead, where it is not what `kind` says: the value the author meant. */
  readonly sent?: Scalar;
}

/**
 * Checks the example `raw` gives itself (`example`, 3.1's `examples`, Swagger tooling's `x-example`), and
 * its `default` (Cloudflare's `default: "true"` on a boolean, shown in the documentation as written),
 * against `schema`: its own, or the one its `$ref` names.
 */
export function checkOwnValues(ctx: ParseContext, at: At, raw: Raw, schema: Raw = raw): void {
  const example = ownExampleAt(raw);
  if (example !== undefined) checkExample(ctx, example.path.reduce(joinAt, at), example.value, schema);
  const problem = raw['default'] === undefined ? undefined : problemOf(raw['default'], schema);
  if (problem !== undefined) report(ctx, joinAt(at, 'default'), 'default-invalid', `default ${shown(raw['default'] as Scalar)} ${problem.text}`, 'warning');
}

/** Checks `value`, the example at `at`, against `schema`. */
export function checkExample(ctx: ParseContext, at: At, value: unknown, schema: Raw): void {
  const problem = problemOf(value, schema);
  if (problem === undefined) return;
  const calls = problem.sent === undefined ? EXAMPLE_CALLS[problem.kind] : `example calls send ${shown(problem.sent)} instead`;
  report(ctx, at, 'example-invalid', `example ${shown(value as Scalar)} ${problem.text}: ${calls}`, 'warning');
}

/** What the schema refuses in a single value; objects and lists are left alone. */
function problemOf(value: unknown, schema: Raw): Problem | undefined {
  if (!isScalar(value)) return undefined;
  return wrongType(value, schema) ?? notInEnum(value, schema) ?? formatProblem(value, schema) ?? constraintProblem(value, schema);
}

/** The value as JSON, a long one cut (a whole document given as a boolean's example). */
function shown(value: Scalar): string {
  const json = JSON.stringify(value);
  return json.length > MAX_SHOWN ? `${json.slice(0, MAX_SHOWN)}…` : json;
}

const TYPE_OF: Readonly<Record<string, (value: Scalar) => boolean>> = {
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number',
  integer: (v) => Number.isInteger(v),
  boolean: (v) => typeof v === 'boolean',
  null: () => false,
};

/**
 * An example of another type is read as the value of the schema's type it writes (`"174"` for an
 * integer: 174, `coercedTo`) where that value fits the schema, as the example calls do; else they use
 * an enum value, or make one up.
 */
function wrongType(value: Scalar, schema: Raw): Problem | undefined {
  const types = typeList(schema);
  if (types.length === 0 || types.some((t) => TYPE_OF[t]?.(value) ?? true)) return undefined;
  const text = `is not of its type \`${types.join(' | ')}\``;
  const sent = types.map((t) => coercedTo(t, value)).find((v) => v !== undefined && notInEnum(v, schema) === undefined && constraintProblem(v, schema) === undefined);
  return sent !== undefined ? { text, kind: 'type', sent } : { text, kind: Array.isArray(schema['enum']) ? 'enum' : 'type' };
}

function notInEnum(value: Scalar, schema: Raw): Problem | undefined {
  const values = schema['enum'];
  return Array.isArray(values) && !values.includes(value) ? { text: 'is not one of its `enum` values', kind: 'enum' } : undefined;
}

/**
 * A string that does not read as its `format`: a server parses a date or a `uuid`, and refuses what it
 * cannot read, so the example calls make one up. Beside a `pattern` it matches, which spells out what the
 * server takes (`^\d{4}-\d\d-\d\d \d\d:\d\d$` beside `date-time`), they send it as written.
 * Not the empty string, which specs write for "none" (`brokenFormat`) and the example calls never send.
 */
function formatProblem(value: Scalar, schema: Raw): Problem | undefined {
  if (typeof value !== 'string' || typeof schema['format'] !== 'string') return undefined;
  const text = brokenFormat(value, schema['format']);
  if (text === undefined) return undefined;
  const pattern = typeof schema['pattern'] === 'string' ? schema['pattern'] : undefined;
  if (madeUpForFormat(value, schema['format'], pattern)) return { text, kind: 'format' };
  return { text, kind: constraintProblem(value, schema) === undefined ? 'written' : 'constraint' };
}

/** The first constraint the value breaks, of those of its type. */
function constraintProblem(value: Scalar, schema: Raw): Problem | undefined {
  const text = brokenConstraint(value, constraintsOf(schema) ?? {});
  return text === undefined ? undefined : { text, kind: 'constraint' };
}
