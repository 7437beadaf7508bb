/** Walking a parsed JSON or YAML value by JSON pointer. */
import { joinPointer, unescapeToken } from './pointer.js';

/**
 * Calls `onKey` for every key of every mapping in `node`, with the pointer of the mapping that holds it;
 * the walk goes into the key's value unless `onKey` returns `false`.
 */
export function walkKeys(node: unknown, pointer: string, onKey: (pointer: string, key: string, value: unknown) => boolean | void): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walkKeys(item, joinPointer(pointer, i), onKey));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (onKey(pointer, key, value) !== false) walkKeys(value, joinPointer(pointer, key), onKey);
  }
}

/**
 * Calls `onRef` for every `$ref` string in `node`, with the pointer of the object holding it; not in the
 * values examples and schemas give as data (`isLiteralValue`), where a `$ref` key is a field like any other.
 */
export function walkRefs(node: unknown, pointer: string, onRef: (pointer: string, ref: string) => void): void {
  walkKeys(node, pointer, (at, key, value) => {
    if (isLiteralValue(at, key, value)) return false;
    if (key !== '$ref' || typeof value !== 'string') return true;
    onRef(at, value);
    return false;
  });
}

/**
 * Maps whose keys are names the spec chose (a property called `example`, an example called `value`), not
 * the keywords of the object holding them.
 */
const NAMED = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'schemas', 'examples', 'responses', 'parameters', 'headers', 'requestBodies', 'securitySchemes', 'links', 'callbacks', 'pathItems', 'webhooks', 'paths', 'content', 'encoding', 'mapping', 'variables']);

/**
 * Whether `key`, held by the object at `holder`, gives data rather than spec (OpenAPI 3.1 §4.8.19: an
 * Example Object's `value` is an "embedded literal example"): a schema's or media type's `example`,
 * `default`, `const` and `enum`, 3.1's list of schema `examples`, an Example Object's `value` and 3.2's
 * `dataValue`, Swagger 2's response `examples` by media type.
 */
function isLiteralValue(holder: string, key: string, value: unknown): boolean {
  if (!LITERAL_KEYS.has(key)) return false;
  const parent = lastToken(holder);
  if (NAMED.has(parent.token)) return false;
  if (key === 'examples') return Array.isArray(value) || lastToken(holder.slice(0, parent.at)).token === 'responses';
  if (key === 'value' || key === 'dataValue') return lastToken(holder.slice(0, parent.at)).token === 'examples';
  return true;
}

const LITERAL_KEYS = new Set(['example', 'default', 'const', 'enum', 'examples', 'value', 'dataValue']);

/** The last token of a pointer, unescaped, and where its `/` is. */
function lastToken(pointer: string): { token: string; at: number } {
  const at = pointer.lastIndexOf('/');
  return { token: at === -1 ? '' : unescapeToken(pointer.slice(at + 1)), at: Math.max(at, 0) };
}
