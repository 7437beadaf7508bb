/**
 * Whether a string reads as its `format`, for the formats a server parses rather than merely notes: a
 * date it cannot read, it refuses (train-travel's trip id `4f4e4e1-c824-…`, one digit short of a `uuid`;
 * GitHub's commit date written with its quotes, `"\"2007-10-29T02:42:39…\""`). Other formats
 * (`password`, `int64`, a vendor's own) say nothing here.
 */

/** RFC 3339 §5.6's `date-time`, `full-date` and `full-time`, as JSON Schema reads them (`T`, a zone). */
const DATE_TIME = /^\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(?:\.\d+)?(?:[Zz]|[+-]\d\d:\d\d)$/;
const DATE = /^\d{4}-\d\d-\d\d$/;
const TIME = /^\d\d:\d\d:\d\d(?:\.\d+)?(?:[Zz]|[+-]\d\d:\d\d)$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** One `@` between a local part and a domain, no space: RFC 5321 allows a domain without a dot (`user@localhost`). */
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/**
 * A calendar date that exists (`2019-02-30` does not): `Date` rolls it over, so its parts are compared.
 * Set by `setUTCFullYear`, which reads year 1 as year 1 (`Date.UTC` reads it as 1901: .NET's zero date).
 */
function realDate(text: string): boolean {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An IPv6 address as the WHATWG URL parser reads one in brackets, and nothing but one. */
function ipv6(text: string): boolean {
  return /^[0-9a-f:.]+$/i.test(text) && URL.canParse(`http://[${text}]/`);
}

const READS_AS: Readonly<Record<string, { readonly test: (value: string) => boolean; readonly name: string }>> = {
  'date-time': { test: (v) => DATE_TIME.test(v) && realDate(v), name: 'an RFC 3339 `date-time`' },
  date: { test: (v) => DATE.test(v) && realDate(v), name: 'an RFC 3339 `date`' },
  time: { test: (v) => TIME.test(v), name: 'an RFC 3339 `time`' },
  uuid: { test: (v) => UUID.test(v), name: 'a `uuid`' },
  email: { test: (v) => EMAIL.test(v), name: 'an `email` address' },
  // A URI has a scheme (RFC 3986 §3): `hello-world.github.io` is a `uri-reference` at most.
  uri: { test: (v) => /^[a-z][a-z0-9+.-]*:/i.test(v) && URL.canParse(v), name: 'an absolute `uri`' },
  ipv4: { test: (v) => IPV4.test(v), name: 'an `ipv4` address' },
  ipv6: { test: ipv6, name: 'an `ipv6` address' },
};

/** RFC 4648's base64, padded: what a server decodes a `byte` string as. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Each format above, and `byte`, as a pattern of the whole value: the regular part of its test (whether a
 * date exists aside), for telling whether a `pattern` beside the format takes any of its values.
 */
const SHAPES: Readonly<Record<string, RegExp>> = { 'date-time': DATE_TIME, date: DATE, time: TIME, uuid: UUID, email: EMAIL, ipv4: IPV4, byte: BASE64 };

/** The format's values as an ECMA-262 pattern, with what to call them, where the format has such a shape. */
export function formatShape(format: string | undefined): { readonly pattern: string; readonly name: string } | undefined {
  if (format === undefined || !Object.hasOwn(SHAPES, format)) return undefined;
  return { pattern: SHAPES[format]!.source, name: READS_AS[format]?.name ?? 'base64 (`byte`)' };
}

/**
 * Whether an example value the generator makes up reads as its format: `brokenFormat`'s test, and
 * base64 for `byte` (a spec's own `byte` examples are not held to it: they are sent as written).
 */
export function readsAsFormat(value: string, format: string | undefined): boolean {
  return brokenFormat(value, format) === undefined && (format !== 'byte' || BASE64.test(value));
}

/**
 * How a string fails to read as its format (`does not read as a \`uuid\``), or `undefined`. Not the
 * empty string, which specs write for "none" (GitHub's deployment URLs default to it).
 */
export function brokenFormat(value: string, format: string | undefined): string | undefined {
  const reading = format === undefined || value === '' ? undefined : READS_AS[format];
  return reading === undefined || reading.test(value) ? undefined : `does not read as ${reading.name}`;
}

/**
 * Whether the example calls make up a value for the spec's example `value`: its format cannot read it,
 * and no `pattern` beside the format spells out what the server takes (then the example is sent as
 * written, as any example that breaks a constraint is). `example-invalid` says which, from here too.
 */
export function madeUpForFormat(value: string, format: string | undefined, pattern: string | undefined): boolean {
  return pattern === undefined && brokenFormat(value, format) !== undefined;
}
