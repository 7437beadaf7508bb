/** `$ref` strings: splitting, file resolution and lookup across the loaded files. */
import { posix } from 'node:path';
import { getAtPointer } from '../util/pointer.js';
import type { LoadedSpec } from './load-spec.js';

export interface RefTarget {
  readonly file: string;
  readonly pointer: string;
}

/**
 * `other.yaml#/a/b` → `{ file: 'other.yaml', pointer: '/a/b' }`; a local ref has `file: ''`. A `$ref` is a
 * URI reference (RFC 3986), so both parts are percent-decoded (`sp%20ace.yaml` names `sp ace.yaml`); a
 * part with a malformed escape is kept as written, and `refProblem` names it.
 */
export function splitRef(ref: string): { file: string; pointer: string } {
  const hash = ref.indexOf('#');
  const file = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash + 1);
  return { file: percentDecoded(file) ?? file, pointer: percentDecoded(fragment) ?? fragment };
}

function percentDecoded(text: string): string | undefined {
  try {
    return text.includes('%') ? decodeURIComponent(text) : text;
  } catch {
    return undefined;
  }
}

/**
 * Why a `$ref` string cannot be followed as written, or `undefined` when it can: a malformed
 * percent-escape, or a `~` in its JSON pointer that is not `~0` or `~1` (RFC 6901 §3).
 */
export function refProblem(ref: string): string | undefined {
  const hash = ref.indexOf('#');
  for (const part of hash === -1 ? [ref] : [ref.slice(0, hash), ref.slice(hash + 1)]) {
    if (percentDecoded(part) === undefined) return `${malformedEscape(part)}; with --lenient, it leads nowhere`;
  }
  const badTilde = hash === -1 ? undefined : /~[^01]|~$/.exec(percentDecoded(ref.slice(hash + 1))!)?.[0];
  if (badTilde !== undefined) return `has ${badTilde} in its JSON pointer, which is no escape (~0 stands for ~ and ~1 for /); with --lenient, it is read as written`;
  return undefined;
}

/** Whether the file part of a `$ref` has a malformed percent-escape: such a ref names no file to read. */
export function namesNoFile(ref: string): boolean {
  const hash = ref.indexOf('#');
  return percentDecoded(hash === -1 ? ref : ref.slice(0, hash)) === undefined;
}

function malformedEscape(part: string): string {
  const loose = /%(?![0-9a-f]{2}).{0,2}/i.exec(part)?.[0];
  if (loose === undefined) return 'has percent-escapes that spell no UTF-8 text';
  return `has a malformed percent-escape (${loose}): % begins an escape of two hex digits (%25 stands for % itself)`;
}

/**
 * A ref's file is relative to the file that holds the ref (POSIX paths: specs are portable); an
 * absolute one (`/schemas/pet.yaml`) stands for itself, as an absolute-path reference does in a URI.
 */
export function resolveFilePath(fromFile: string, refFile: string): string {
  if (refFile === '') return fromFile;
  if (posix.isAbsolute(refFile)) return posix.normalize(refFile);
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
