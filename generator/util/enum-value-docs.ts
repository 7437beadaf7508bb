/**
 * What a spec says of each value of an enum, in the extensions the tools that wrote it use: AutoRest's
 * `x-ms-enum: {values: [{value, name, description}]}` (1,198 enums of APIs.guru's Azure specs),
 * `x-enum-descriptions` beside the enum (openapi-generator's, Increase's 862), and the names
 * `x-enum-varnames` and NSwag's `x-enumNames` give integer values (`0` is `Any`). The generated
 * documentation lists them, as the official SDKs' comments list what each status means.
 */
import type { EnumValueDoc, Primitive } from '../ir/types.js';

type Raw = Readonly<Record<string, unknown>>;

/** Each listed value with a name or a description the spec gives it, in the enum's order; none when it gives none. */
export function enumValueDocs(raw: Raw, values: readonly unknown[]): EnumValueDoc[] | undefined {
  const descriptions = textList(raw['x-enum-descriptions']);
  const names = textList(raw['x-enum-varnames'] ?? raw['x-enumNames']);
  const autoRest = autoRestValues(raw['x-ms-enum']);
  const seen = new Set<Primitive>();
  const docs = values.flatMap((value, i): EnumValueDoc[] => {
    if (!isListed(value) || seen.has(value)) return [];
    seen.add(value);
    const doc = valueDoc(value, names[i] ?? autoRest.get(value)?.name, descriptions[i] ?? autoRest.get(value)?.description);
    return doc === undefined ? [] : [doc];
  });
  return docs.length > 0 ? docs : undefined;
}

/** The value with its name and its description, each on one line; none when neither tells anything. */
export function valueDoc(value: Exclude<Primitive, null>, rawName: string | undefined, rawDescription: string | undefined): EnumValueDoc | undefined {
  const description = oneLine(rawDescription);
  const name = oneLine(rawName);
  // AutoRest names most values as they are spelled (`notConfigured`): said again, the name adds nothing.
  const telling = name !== undefined && name.toLowerCase() !== String(value).toLowerCase() ? name : undefined;
  if (description === undefined && telling === undefined) return undefined;
  return { value, ...(telling === undefined ? {} : { name: telling }), ...(description === undefined ? {} : { description }) };
}

function isListed(value: unknown): value is Exclude<Primitive, null> {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** A list of texts, by position; what is not a text is no entry. */
function textList(value: unknown): (string | undefined)[] {
  return Array.isArray(value) ? value.map((entry) => (typeof entry === 'string' ? entry : undefined)) : [];
}

function autoRestValues(extension: unknown): Map<unknown, { name?: string; description?: string }> {
  const values = typeof extension === 'object' && extension !== null ? (extension as Raw)['values'] : undefined;
  if (!Array.isArray(values)) return new Map();
  const entries = values.flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { value, name, description } = entry as Raw;
    return [[value, { name: typeof name === 'string' ? name : undefined, description: typeof description === 'string' ? description : undefined }] as const];
  });
  return new Map(entries);
}

/** The text on one line, as an item of a list shows it; blank is none. */
function oneLine(text: string | undefined): string | undefined {
  const line = text?.replace(/\s+/g, ' ').trim();
  return line === undefined || line === '' ? undefined : line;
}
