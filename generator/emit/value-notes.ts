/**
 * What a schema says of its values beyond their type, as a line of documentation: its format, bounds,
 * lengths and pattern (`At most 32 characters.`), and its default and example as `@default` and
 * `@example` tags, which editors show on hover. The client does not check them (the server does); a
 * reader learns them where they type the value. Given a `lookup`, a `$ref` says those of the schema it
 * names (Cloudflare's `per_page: {$ref: …_per_page}`, whose bounds and default are on the named schema),
 * as its description does (`through-refs.ts`): an editor shows a field's own comment, not its type's.
 */
import { firstThroughRefs } from '../ir/through-refs.js';
import type { Constraints, EnumValueDoc, SchemaIR } from '../ir/types.js';
import type { DocTag } from './jsdoc.js';
import { code } from './package/markdown.js';

/** A default or example longer than this is left to the spec: a tag of a whole object would bury the description. */
const MAX_VALUE_LENGTH = 120;

type Lookup = (key: string) => SchemaIR | undefined;

/** Without a lookup, a `$ref` says nothing: the declaration of the model it names says it. */
const ownOnly: Lookup = () => undefined;

export function valueNote(schema: SchemaIR, lookup: Lookup = ownOnly): string | undefined {
  return firstThroughRefs(schema, lookup, (at) => {
    const shown = at.kind === 'ref' && at.constraints !== undefined ? withRefConstraints(at, lookup) : at;
    const sentences = [...ownSentences(shown), ...itemSentences(shown)];
    return sentences.length > 0 ? sentences.join(' ') : undefined;
  });
}

/**
 * A `$ref` with constraints of its own (an `allOf` part beside it that adds only a `pattern`, see
 * `carriedConstraints`): the schema it names, with those added. Which constraints apply depends on the
 * named schema's kind; one not found (no lookup) takes them all.
 */
function withRefConstraints(ref: SchemaIR, lookup: Lookup): SchemaIR {
  const named = firstThroughRefs(ref, lookup, (at) => (at.kind === 'ref' ? undefined : at)) ?? { kind: 'unknown', origin: ref.origin };
  return { ...named, constraints: { ...named.constraints, ...ref.constraints } };
}

/**
 * The values the spec names or explains, one per line (``- `active`: The account number is active.``), as
 * the official SDKs' comments list what each status means; through `$ref`s, as `valueNote`, and for a list
 * of them, its items' (a `statuses` filter takes the values a `status` does).
 */
export function enumValueList(schema: SchemaIR, lookup: Lookup = ownOnly): string | undefined {
  return valueDocsOf(schema, lookup)?.map((doc) => `- ${valueText(doc)}`).join('\n');
}

/** The same on one line, for a table's cell: one sentence per value (`` `active`: The account is active. ``). */
export function enumValueSentences(schema: SchemaIR, lookup: Lookup = ownOnly): string | undefined {
  const docs = valueDocsOf(schema, lookup);
  if (docs === undefined) return undefined;
  const text = sentences(...docs.map(valueText));
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function valueDocsOf(schema: SchemaIR, lookup: Lookup): readonly EnumValueDoc[] | undefined {
  return firstThroughRefs(schema, lookup, (at) => (at.kind === 'enum' ? at.valueDocs : at.kind === 'array' ? valueDocsOf(at.items, lookup) : undefined));
}

/** ``\`0\` (Any): Any project.`` */
function valueText({ value, name, description }: EnumValueDoc): string {
  // A value with a line break or a tab is shown as JSON writes it: a code span holds one line.
  const shown = code(typeof value === 'string' && !/[\u0000-\u001f]/.test(value) ? value : JSON.stringify(value));
  const named = name === undefined ? shown : `${shown} (${name})`;
  return description === undefined ? named : `${named}: ${description}`;
}

/** Texts run together as sentences: `ID of the session` and `At most 32 characters.` with a full stop between. */
export function sentences(...texts: (string | undefined)[]): string {
  const present = texts.map((t) => t?.trim()).filter((t): t is string => t !== undefined && t !== '');
  return present.map((t, i) => (i < present.length - 1 && !/[.!?:]$/.test(t) ? `${t}.` : t)).join(' ');
}

/** `@default 20` and `@example "abc"`, as JSON; an example that is the default is not said twice. */
export function valueTags(schema: SchemaIR, lookup: Lookup = ownOnly): DocTag[] {
  const defaultText = firstThroughRefs(schema, lookup, (at) => jsonText(at.default));
  const exampleText = firstThroughRefs(schema, lookup, (at) => jsonText(at.example));
  return [
    ...(defaultText === undefined ? [] : [{ tagName: 'default', text: defaultText }]),
    ...(exampleText === undefined || exampleText === defaultText ? [] : [{ tagName: 'example', text: exampleText }]),
  ];
}

function jsonText(box: { readonly value: unknown } | undefined): string | undefined {
  const text = box === undefined ? undefined : JSON.stringify(box.value);
  if (text === undefined || text.length > MAX_VALUE_LENGTH) return undefined;
  // In JSON a `/` only stands in a string, where `\u002f` is the same character and opens or ends no comment.
  return text.replace(/\/(?=\*)|(?<=\*)\//g, '\\u002f');
}

/**
 * The kinds each group of keywords applies to (JSON Schema applies `maxLength` to strings only, so an
 * object's `uniqueItems`, a slip some specs make, says nothing); a schema of no single kind takes all.
 */
const APPLIES: Record<'text' | 'number' | 'list' | 'object', ReadonlySet<SchemaIR['kind']>> = {
  text: new Set(['string', 'enum', 'unknown', 'union', 'intersection']),
  number: new Set(['number', 'integer', 'enum', 'unknown', 'union', 'intersection']),
  list: new Set(['array', 'unknown', 'union', 'intersection']),
  object: new Set(['object', 'unknown', 'union', 'intersection']),
};

function ownSentences(schema: SchemaIR): string[] {
  const c: Constraints = schema.constraints ?? {};
  const format = schema.format !== undefined && schema.kind !== 'binary' ? `Format: ${code(schema.format)}.` : undefined;
  const applies = (group: keyof typeof APPLIES) => APPLIES[group].has(schema.kind);
  const text = applies('text') ? [lengthSentence(c), patternSentence(c)] : [];
  const number = applies('number') ? [boundsSentence(c), multipleSentence(c)] : [];
  const list = applies('list') ? [itemsSentence(c)] : [];
  const fields = applies('object') ? [range(c.minProperties, c.maxProperties, 'field')] : [];
  return [format, ...text, ...number, ...list, ...fields].filter((s): s is string => s !== undefined);
}

/**
 * An array of values that are neither models nor lists: what each item must be, said once for all
 * (`Each item: format `date-time`.`).
 */
function itemSentences(schema: SchemaIR): string[] {
  if (schema.kind !== 'array' || schema.items.kind === 'ref' || schema.items.kind === 'array') return [];
  const each = ownSentences(schema.items).map((s) => s.replace(/^Format: /, 'Format '));
  return each.length > 0 ? [`Each item: ${lowerFirst(each.join(' '))}`] : [];
}

function lengthSentence(c: Constraints): string | undefined {
  return range(c.minLength, c.maxLength, 'character');
}

function itemsSentence(c: Constraints): string | undefined {
  const count = range(c.minItems, c.maxItems, 'item');
  if (!c.uniqueItems) return count;
  return count === undefined ? 'No item twice.' : `${count.slice(0, -1)}, no item twice.`;
}

function range(min: number | undefined, max: number | undefined, unit: string): string | undefined {
  const units = (n: number) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (min !== undefined && max !== undefined) return min === max ? `Exactly ${units(max)}.` : `${min} to ${units(max)}.`;
  if (max !== undefined) return `At most ${units(max)}.`;
  return min !== undefined && min > 0 ? `At least ${units(min)}.` : undefined;
}

/** The tighter bound of each side, where 3.1 gives both kinds (`minimum: 1, exclusiveMinimum: 0` is at least 1). */
function boundsSentence(c: Constraints): string | undefined {
  const exclusiveLower = c.exclusiveMinimum !== undefined && (c.minimum === undefined || c.exclusiveMinimum >= c.minimum);
  const exclusiveUpper = c.exclusiveMaximum !== undefined && (c.maximum === undefined || c.exclusiveMaximum <= c.maximum);
  const lower = exclusiveLower ? `greater than ${c.exclusiveMinimum}` : c.minimum !== undefined ? `at least ${c.minimum}` : undefined;
  const upper = exclusiveUpper ? `less than ${c.exclusiveMaximum}` : c.maximum !== undefined ? `at most ${c.maximum}` : undefined;
  const both = [lower, upper].filter((s) => s !== undefined).join(' and ');
  return both === '' ? undefined : `${upperFirst(both)}.`;
}

function multipleSentence(c: Constraints): string | undefined {
  return c.multipleOf === undefined ? undefined : `A multiple of ${c.multipleOf}.`;
}

function patternSentence(c: Constraints): string | undefined {
  return c.pattern === undefined ? undefined : `Matches ${code(commentSafePattern(c.pattern))}.`;
}

/**
 * The same pattern, written so that a comment shows it whole: on one line, and without the `/*` or `*​/`
 * that would open or close a comment (the comment's own escaping would change what it matches). A regular
 * expression reads `\n` as the line break itself and `\x2f` as `/`, in a class or out of one.
 */
export function commentSafePattern(pattern: string): string {
  const escapes: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' };
  const units = pattern.match(/\\[\s\S]|[\s\S]/g) ?? [];
  const isSlash = (unit: string | undefined) => unit === '/' || unit === '\\/';
  return units
    .map((unit, i) => {
      const touchesStar = isSlash(unit) && (units[i - 1]?.endsWith('*') || units[i + 1] === '*');
      // `\` before a line break escapes it to itself.
      const lineBreak = escapes[unit.startsWith('\\') ? unit.slice(1) : unit];
      return touchesStar ? '\\x2f' : (lineBreak ?? unit);
    })
    .join('');
}

const upperFirst = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
const lowerFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? `${s.charAt(0).toLowerCase()}${s.slice(1)}` : s);
