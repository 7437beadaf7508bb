/**
 * Made-up strings and numbers that the schema accepts, not only by type: `per_page: 5` where the minimum
 * is 5, `'2019-12-27T18:11:19.117Z'` for a date-time, as the official SDK's docs write them. A server that
 * validates (most do) would refuse `per_page: 0` or `since: 'since'`, and a user who copies the example
 * meets a 400 before anything else. A `pattern` is met where `stringMatching` can read it.
 */
import { brokenConstraint } from '../ir/scalar-value.js';
import type { Primitive, SchemaIR } from '../ir/types.js';
import { formatShape, readsAsFormat } from '../ir/string-format.js';
import { asEcmaPattern } from '../util/foreign-pattern.js';
import { sharedString } from '../util/regex/side-by-side.js';
import { matcherOf, stringMatching } from './pattern-example.js';

/**
 * A value of each common `format` (JSON Schema 2020-12 §7.3, OpenAPI's registry): documentation
 * addresses (RFC 2606's example.com, RFC 5737's and RFC 3849's address blocks), the official docs' dates.
 */
const FORMATTED: Readonly<Record<string, string>> = {
  'date-time': '2019-12-27T18:11:19.117Z',
  date: '2019-12-27',
  time: '18:11:19.117Z',
  duration: 'P1D',
  uuid: '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
  uri: 'https://example.com',
  url: 'https://example.com',
  'uri-reference': 'https://example.com',
  iri: 'https://example.com',
  'iri-reference': 'https://example.com',
  email: 'user@example.com',
  'idn-email': 'user@example.com',
  hostname: 'example.com',
  'idn-hostname': 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  // Base64 of "example".
  byte: 'ZXhhbXBsZQ==',
  // Numbers sent as text (Google's and Kubernetes' int64 fields).
  int32: '0',
  int64: '0',
  uint64: '0',
  decimal: '0',
};

/**
 * A string for the field `name`: a value of its format, else its name, stretched or cut to its length
 * limits; under a `pattern`, the first of those it matches, else one made from the pattern. `inParameter`:
 * it goes in a path, a query, a header or a cookie, where no control character is made up.
 */
export function madeUpString(schema: SchemaIR, name: string, inParameter = true): string {
  const { minLength, maxLength, pattern } = schema.constraints ?? {};
  const formatted = schema.format === undefined ? undefined : FORMATTED[schema.format];
  const plain = formatted ?? withinLength(name === '' ? 'string' : name, minLength, maxLength);
  const matcher = pattern === undefined ? undefined : matcherOf(pattern);
  if (matcher === undefined || matcher.test(plain)) return plain;
  const made = stringMatching(pattern!);
  // Too short for a `minLength` (`^[0-9]*$` gives ''): each open quantifier repeated up to it.
  const stretched = minLength === undefined ? undefined : leastStretched(pattern!, minLength, maxLength);
  // A pattern open at its end (`^ssh-(rsa|dss|ed25519) `) takes the name after what it asks: `'ssh-rsa key'`;
  // not after a closing delimiter (`-----END CERTIFICATE-----`), which ends what it asks, nor where it is anchored there.
  const withName = made === undefined || CLOSING_DELIMITER.test(made) || anchoredAtEnd(pattern!) ? [] : [`${made}${plain}`];
  const fromPattern = [withName, made ?? [], stretched ?? []].flat();
  // A documentation value the pattern takes reads better than one made from it: `'2019-12-27'` for
  // `^\d{4}-\d{2}-\d{2}$`, not `'0000-00-00'`; `'example.com'` for a hostname's pattern.
  const candidates = [...formattedUnder(schema.format, formatted, pattern!, made), ...READABLE_UNDER_PATTERN, ...fromPattern];
  const fits = (text: string) => matcher.test(text) && fitsLength(text, minLength, maxLength) && !(inParameter && CONTROL.test(text));
  // One the format reads too, where there is one: a server may check both.
  return candidates.find((text) => fits(text) && readsAsFormat(text, schema.format)) ?? candidates.find(fits) ?? plain;
}

/**
 * The format's value made to meet a pattern it misses: in upper case (loket.nl's `uuid` under
 * `[0-9A-F]`), with the pattern's string after it (optimade's `uri` under `.+/v[0-1](\.[0-9]+)*\/?$`:
 * `'https://example.com/a/v0'`), else the shortest string both take.
 */
function formattedUnder(format: string | undefined, formatted: string | undefined, pattern: string, made: string | undefined): string[] {
  if (formatted === undefined) return [];
  const after = made === undefined ? [] : URL_LIKE.test(formatted) ? [`${formatted}/${made}`] : [`${formatted}${made}`];
  const shape = formatShape(format);
  const shared = shape === undefined ? undefined : sharedString(shape.pattern, asEcmaPattern(pattern));
  return [formatted.toUpperCase(), ...after, ...(typeof shared === 'string' ? [shared] : [])];
}

/** A value with a scheme and an authority, which a path may follow. */
const URL_LIKE = /^[a-z]+:\/\/[^/]+$/;

/**
 * The pattern's string with its open quantifiers repeated as few times as reach `min`: every one of them
 * repeats, so repeating each `min` times overshoots a `maxLength` where there are several (FSx's NID,
 * `^([0-9\[\]\-]*\.){3}([0-9\[\]\-]*)@tcp$` between 11 and 43 characters: `'0.0.0.0@tcp'`).
 */
function leastStretched(pattern: string, min: number, max: number | undefined): string | undefined {
  for (let times = 1; times <= Math.min(min, MAX_STRETCH); times++) {
    const text = stringMatching(pattern, times);
    if (text !== undefined && fitsLength(text, min, max)) return text;
  }
  return undefined;
}

/** The most an open quantifier is repeated to reach a `minLength`: `stringMatching` gives nothing past 160 characters anyway. */
const MAX_STRETCH = 80;

/** Whether the pattern ends with `$` (its own, not an escaped dollar sign), in any dialect `asEcmaPattern` reads. */
function anchoredAtEnd(pattern: string): boolean {
  return /(?:^|[^\\])(?:\\\\)*\$$/.test(asEcmaPattern(pattern));
}

/** A run of one punctuation mark, or a closing bracket, at the end: a PEM's `-----`, `==`, `]`. */
const CLOSING_DELIMITER = /(?:([^\p{L}\p{N}\s])\1+|[)\]}>])$/u;

/**
 * A line break or a tab would end a header's value: a parameter's example does not make one up. A body's
 * field may hold one (AWS WorkLink's certificates, whose pattern asks for a line break after each line).
 */
const CONTROL = /[\u0000-\u001f\u007f]/;

function fitsLength(text: string, min = 0, max = Infinity): boolean {
  const length = [...text].length;
  return length >= min && length <= max;
}

/**
 * The documentation values that say what they are wherever a pattern takes them; a duration's `P1D` or a
 * number's `0` would read as an offer id's value where `^[A-Z0-9]*$` took it.
 */
const READABLE_UNDER_PATTERN = ['date-time', 'date', 'uuid', 'uri', 'email', 'hostname', 'ipv4', 'ipv6'].map((format) => FORMATTED[format]!);

/** The text repeated up to `min` characters, or cut to `max` (by code points, as JSON Schema counts them). */
function withinLength(text: string, min = 0, max = Infinity): string {
  const chars = [...text];
  if (chars.length === 0) return text;
  const wanted = Math.min(Math.max(chars.length, min), max);
  if (wanted === chars.length) return text;
  const long = wanted > chars.length ? Array.from({ length: Math.ceil(wanted / chars.length) }, () => chars).flat() : chars;
  return long.slice(0, wanted).join('');
}

/**
 * A number the bounds allow: 0 when it may be, else the lowest allowed (a `per_page` of at least 5 gets
 * 5), else the highest; on the step of `multipleOf`, or of 1 for an integer. Bounds that allow nothing
 * (a spec's slip) get 0.
 */
export function madeUpNumber(schema: SchemaIR): number {
  const c = schema.constraints ?? {};
  const step = c.multipleOf !== undefined && c.multipleOf > 0 ? c.multipleOf : schema.kind === 'integer' ? 1 : undefined;
  const allowed = (n: number) =>
    Number.isFinite(n) &&
    (c.minimum === undefined || n >= c.minimum) &&
    (c.maximum === undefined || n <= c.maximum) &&
    (c.exclusiveMinimum === undefined || n > c.exclusiveMinimum) &&
    (c.exclusiveMaximum === undefined || n < c.exclusiveMaximum) &&
    (step === undefined || onStep(n, step));
  const candidates = [0, ...fromBelow(c.minimum, c.exclusiveMinimum, step), ...fromAbove(c.maximum, c.exclusiveMaximum, step)];
  return candidates.find(allowed) ?? 0;
}

/** The lowest values above the lower bound: on the step, or the bound itself (one past it when exclusive). */
function fromBelow(minimum: number | undefined, exclusive: number | undefined, step: number | undefined): number[] {
  const bound = Math.max(minimum ?? -Infinity, exclusive ?? -Infinity);
  if (!Number.isFinite(bound)) return [];
  if (step === undefined) return [bound, bound + 1, bound + 0.5];
  const first = tidy(Math.ceil(bound / step) * step);
  return [first, tidy(first + step)];
}

function fromAbove(maximum: number | undefined, exclusive: number | undefined, step: number | undefined): number[] {
  const bound = Math.min(maximum ?? Infinity, exclusive ?? Infinity);
  if (!Number.isFinite(bound)) return [];
  if (step === undefined) return [bound, bound - 1, bound - 0.5];
  const last = tidy(Math.floor(bound / step) * step);
  return [last, tidy(last - step)];
}

function onStep(n: number, step: number): boolean {
  const ratio = n / step;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

/** `0.1 * 3` is 0.30000000000000004: an example shows 0.3. */
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

/**
 * The first listed value of the `type` beside the enum that its constraints take, else the first
 * (Adyen's gender, `MALE`… beside `maxLength: 1`, takes none: see enum-outside-constraints.ts).
 */
export function listedValue(schema: SchemaIR & { readonly kind: 'enum' }): Primitive {
  const { constraints = {}, otherType = [] } = schema;
  const fits = schema.values.find((value) => !otherType.includes(value) && (value === null || brokenConstraint(value, constraints) === undefined));
  return fits ?? schema.values[0] ?? null;
}
