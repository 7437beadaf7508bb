/** Walking a parsed JSON or YAML value by JSON pointer. */
import { joinPointer } from './pointer.js';

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

/** Calls `onRef` for every `$ref` string in `node`, with the pointer of the object holding it. */
export function walkRefs(node: unknown, pointer: string, onRef: (pointer: string, ref: string) => void): void {
  walkKeys(node, pointer, (at, key, value) => {
    if (key !== '$ref' || typeof value !== 'string') return true;
    onRef(at, value);
    return false;
  });
}
