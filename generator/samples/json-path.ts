/**
 * RFC 9535 normalized paths (`$['paths']['/pets/{id}']['get']`), the selectors an OpenAPI Overlay's
 * `target` is written in, from the RFC 6901 pointers the generator locates everything by.
 */
import { splitPointer } from '../util/pointer.js';

/** The normalized path that selects the node `pointer` names: one name selector per reference token. */
export function normalizedPath(pointer: string): string {
  return `$${splitPointer(pointer)
    .map((token) => `[${nameSelector(token)}]`)
    .join('')}`;
}

/**
 * `'it\'s'`: a name in single quotes, escaped as a normalized path escapes it (RFC 9535, 2.7): the quote
 * and the backslash with a backslash, the five control characters with a short form by theirs, any other
 * below U+0020 as `\u00XX` (lower-case hex); every other character as itself.
 */
function nameSelector(name: string): string {
  return `'${name.replace(/[\u0000-\u001f'\\]/g, escapeOne)}'`;
}

const SHORT: Readonly<Record<string, string>> = { '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', "'": "\\'", '\\': '\\\\' };

function escapeOne(c: string): string {
  return SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
