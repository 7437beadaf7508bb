/**
 * A schema's or a parameter's own example of a single value that its schema refuses (velopayments' phone
 * numbers: example `11235555555`, pattern `^\+[1-9]\d{1,14}$`; GitHub's digest, shorter than its
 * `minLength`). The example calls send the spec's example as written (which side is the slip is the
 * author's to say), and a server that checks refuses it: said, located at the example, as a linter would.
 * An example of another type is said too: the example calls make up a value instead. So is a `default`
 * the schema refuses, which the documentation shows as the server's. Objects and lists are the response
 * checks' business, not the generator's.
 */
import { asEcmaPattern } from '../util/foreign-pattern.js';
import { patternMatcher } from '../util/pattern-matcher.js';
import type { Constraints } from '../ir/types.js';
import { constraintsOf, ownExampleAt } from './constraints.js';
import { joinAt, report, type At, type ParseContext } from './context.js';

type Raw = Readonly<Record<string, unknown>>;
type Scalar = string | number | boolean;

const MAX_SHOWN = 60;

/** What a problem does to the example calls, which take a spec's example where its type allows. */
const EXAMPLE_CALLS = { type: 'example calls make up a value instead', enum: 'example calls use one of them instead', constraint: 'example calls send it as written' } as const;

interface Problem {
  readonly text: string;
  readonly kind: keyof typeof EXAMPLE_CALLS;
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
  if (problem !== undefined) report(ctx, at, 'example-invalid', `example ${shown(value as Scalar)} ${problem.text}: ${EXAMPLE_CALLS[problem.kind]}`, 'warning');
}

/** What the schema refuses in a single value; objects and lists are left alone. */
function problemOf(value: unknown, schema: Raw): Problem | undefined {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  return wrongType(value, schema) ?? notInEnum(value, schema) ?? brokenConstraint(value, schema);
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

function wrongType(value: Scalar, schema: Raw): Problem | undefined {
  const types = (Array.isArray(schema['type']) ? schema['type'] : [schema['type']]).filter((t): t is string => typeof t === 'string');
  if (types.length === 0 || types.some((t) => TYPE_OF[t]?.(value) ?? true)) return undefined;
  return { text: `is not of its type \`${types.join(' | ')}\``, kind: 'type' };
}

function notInEnum(value: Scalar, schema: Raw): Problem | undefined {
  const values = schema['enum'];
  return Array.isArray(values) && !values.includes(value) ? { text: 'is not one of its `enum` values', kind: 'enum' } : undefined;
}

/** The first constraint the value breaks, of those of its type. */
function brokenConstraint(value: Scalar, schema: Raw): Problem | undefined {
  const text = typeof value === 'string' ? brokenText(value, constraintsOf(schema) ?? {}) : typeof value === 'number' ? brokenBound(value, constraintsOf(schema) ?? {}) : undefined;
  return text === undefined ? undefined : { text, kind: 'constraint' };
}

function brokenText(value: string, c: Constraints): string | undefined {
  const length = [...value].length;
  if (c.minLength !== undefined && length < c.minLength) return `is shorter than its \`minLength\` of ${c.minLength}`;
  if (c.maxLength !== undefined && length > c.maxLength) return `is longer than its \`maxLength\` of ${c.maxLength}`;
  const matcher = c.pattern === undefined ? undefined : patternMatcher(asEcmaPattern(c.pattern));
  return matcher !== undefined && !matcher.test(value) ? `does not match its \`pattern\` ${JSON.stringify(c.pattern)}` : undefined;
}

function brokenBound(value: number, c: Constraints): string | undefined {
  if (c.minimum !== undefined && value < c.minimum) return `is below its \`minimum\` of ${c.minimum}`;
  if (c.exclusiveMinimum !== undefined && value <= c.exclusiveMinimum) return `is not above its \`exclusiveMinimum\` of ${c.exclusiveMinimum}`;
  if (c.maximum !== undefined && value > c.maximum) return `is above its \`maximum\` of ${c.maximum}`;
  if (c.exclusiveMaximum !== undefined && value >= c.exclusiveMaximum) return `is not below its \`exclusiveMaximum\` of ${c.exclusiveMaximum}`;
  return undefined;
}
