/**
 * Where the package's version is declared, so a release bumps it there: `x-sdk.package.version` in the
 * spec, or in the overlay that sets it (a spec you do not own keeps its SDK settings in an overlay). The
 * loader's trace says which file wrote the value the generator reads, and where in it.
 */
import { getAtPointer, splitPointer } from '../util/pointer.js';
import { locate } from '../load/locate.js';
import type { LoadedSpec } from '../load/load-spec.js';
import { versionAt } from './version.js';

export interface VersionSource {
  /** The file that declares it: the spec's entry, or an overlay. */
  readonly file: string;
  /** Where in that file: `x-sdk`, `package`, `version`, or `actions`, `0`, `update`, … in an overlay. */
  readonly path: readonly string[];
  readonly version: string;
}

const VERSION_POINTER = '/x-sdk/package/version';

/** Where the loaded spec's version comes from; a message when it declares none, or not as one scalar. */
export function versionSource(spec: LoadedSpec, read: (file: string) => string | undefined): VersionSource | string {
  const entry = spec.sources.get(spec.entry)!;
  const version = getAtPointer(entry.value, VERSION_POINTER);
  if (typeof version !== 'string') return `${spec.entry}: no x-sdk.package.version to bump; add one`;
  const at = locate(entry, VERSION_POINTER);
  const path = splitPointer(at.pointer);
  const text = read(at.file);
  if (text === undefined || versionAt(text, path) !== version) return `${at.file}: x-sdk.package.version ${version} is not written there as one value a release can bump (${at.pointer})`;
  return { file: at.file, path, version };
}
