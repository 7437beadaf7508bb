/**
 * Whether two schemas are the same text, and so is everything their `$ref`s reach: then comparing them
 * reports nothing, and the walk can skip them. A spec change touches few schemas, but each shared schema
 * is compared once per operation that uses it; without this, reviewing GitHub's spec against itself spent
 * 12 s walking identical trees.
 */
import type { LoadedSpec } from '../../load/load-spec.js';
import { child, deref, type Node } from '../walk/node.js';
import { isObject } from '../../util/json.js';
import { perDocumentPair } from './pair-memo.js';

/** Per pair of documents: node pair → known result. */
const known = perDocumentPair<boolean>();

export function sameClosure(base: LoadedSpec, revision: LoadedSpec, b: Node, r: Node): boolean {
  const memo = known(base, revision);
  const visited = new Set<string>();
  const same = compare({ base, revision, memo, visited }, b, r);
  // A `true` holds for every pair visited on the way (each was needed for it); a `false` only for the first.
  if (same) for (const key of visited) memo.set(key, true);
  else memo.set(keyOf(b, r), false);
  return same;
}

interface Walk {
  readonly base: LoadedSpec;
  readonly revision: LoadedSpec;
  readonly memo: Map<string, boolean>;
  readonly visited: Set<string>;
}

function keyOf(b: Node, r: Node): string {
  return `${b.file}#${b.pointer}|${r.file}#${r.pointer}`;
}

function compare(w: Walk, b: Node, r: Node): boolean {
  const key = keyOf(b, r);
  const memo = w.memo.get(key);
  if (memo !== undefined) return memo;
  // A pair met again on the way is a cycle: it is the same so far, and the rest of the walk decides.
  if (w.visited.has(key)) return true;
  w.visited.add(key);
  if (JSON.stringify(b.value) !== JSON.stringify(r.value)) return false;
  return refPaths(b.value).every((path) => compare(w, deref(w.base, child(b, ...path)), deref(w.revision, child(r, ...path))));
}

/** Where the `$ref`s are inside a value: the path to each object holding one. */
function refPaths(value: unknown, path: readonly (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value)) value.forEach((item, i) => refPaths(item, [...path, i], out));
  else if (isObject(value)) {
    if (typeof value['$ref'] === 'string') out.push([...path]);
    for (const [k, v] of Object.entries(value)) if (k !== '$ref') refPaths(v, [...path, k], out);
  }
  return out;
}
