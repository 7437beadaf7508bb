/** `$ref` strings: splitting, file resolution and lookup across the loaded files. */
import { posix } from 'node:path';
import { getAtPointer } from '../util/pointer.js';
import type { LoadedSpec } from './load-spec.js';

export interface RefTarget {
  readonly file: string;
  readonly pointer: string;
}

/** `other.yaml#/a/b` → `{ file: 'other.yaml', pointer: '/a/b' }`; a local ref has `file: ''`. */
export function splitRef(ref: string): { file: string; pointer: string } {
  const hash = ref.indexOf('#');
  const file = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash + 1);
  return { file, pointer: decodeURIComponent(fragment) };
}

/** A ref's file is relative to the file that holds the ref (POSIX paths: specs are portable). */
export function resolveFilePath(fromFile: string, refFile: string): string {
  if (refFile === '') return fromFile;
  return posix.normalize(posix.join(posix.dirname(fromFile), refFile));
}

export function refTarget(fromFile: string, ref: string): RefTarget {
  const { file, pointer } = splitRef(ref);
  return { file: resolveFilePath(fromFile, file), pointer };
}

/** The value a ref points at, or `undefined` when the file or the pointer leads nowhere. */
export function lookup(spec: LoadedSpec, target: RefTarget): unknown {
  const source = spec.sources.get(target.file);
  if (!source) return undefined;
  return getAtPointer(source.value, target.pointer);
}
