/**
 * The slips in where a spec puts a body's media type, as the generator reads them. Parsing reads them
 * (`body-media.ts`), validation warns about them, and the spec review reads them the same way, so fixing
 * a slip reviews as what it is for the client: no change.
 */

/**
 * Short names written where a media type belongs, and the media type each means. An empty key is a media
 * type left blank (spoonacular's spec has ten): read as JSON, the type a body without one is sent in,
 * rather than sending an object as text.
 */
const SHORT_NAMES: Readonly<Record<string, string>> = { '': 'application/json', json: 'application/json', xml: 'application/xml', text: 'text/plain' };

/** The media type a `content` key without a `/` plainly means (`json`), or `undefined` for other keys. */
export function mediaTypeMeant(key: string): string | undefined {
  const name = key.toLowerCase();
  return Object.hasOwn(SHORT_NAMES, name) ? SHORT_NAMES[name] : undefined;
}

/**
 * The keys of a `content` map by the media type each is read as: a key with a `/` as itself, a short name
 * as what `read` says it means (`json`: `application/json`), any other key as itself. A key written as the
 * media type itself wins over a short name for it, wherever each stands.
 */
export function keysByMediaType(keys: Iterable<string>, read: (shortName: string) => string | undefined): Map<string, string> {
  const keyOf = new Map<string, string>();
  for (const key of keys) {
    const type = key.includes('/') ? key : (read(key) ?? key);
    if (!keyOf.has(type) || type === key) keyOf.set(type, key);
  }
  return keyOf;
}

/** Whether a response's `$ref` led to a component schema, where a Response Object belongs. */
export function isSchemaPointer(pointer: string): boolean {
  return pointer.startsWith('/components/schemas/');
}
