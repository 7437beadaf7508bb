/**
 * Provenance of a build: which spec (the SHA-256 of each of its files, as bytes) and which generator
 * produced the package. It lives in `dist/`, outside the generated sources, so a generator release never
 * changes a golden file; it holds no time and no absolute path, so rebuilding gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';

export interface SpecFile {
  /** The path as the spec loader named it (the entry, or resolved from a `$ref`). */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export interface ProvenanceInput {
  readonly package: { readonly name: string; readonly version: string };
  readonly generator: { readonly name: string; readonly version: string };
  /** The entry file first, then every file its `$ref`s reach. */
  readonly specFiles: readonly SpecFile[];
  /** The OpenAPI Overlays applied to the entry, in order (`--overlay`): they shape the package as much. */
  readonly overlayFiles?: readonly SpecFile[] | undefined;
  readonly typescriptVersion: string;
}

export interface Provenance {
  readonly package: { readonly name: string; readonly version: string };
  readonly generator: { readonly name: string; readonly version: string };
  readonly spec: {
    readonly entry: string;
    readonly sha256: string;
    readonly files: Readonly<Record<string, string>>;
    /** Present when overlays were applied: each, relative to the entry's folder, with its SHA-256, in order. */
    readonly overlays?: readonly { readonly file: string; readonly sha256: string }[];
  };
  readonly build: { readonly typescript: string };
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function provenance(input: ProvenanceInput): Provenance {
  const [entry] = input.specFiles;
  if (!entry) throw new Error('provenance needs at least the spec entry file');
  const base = posix.dirname(toPosix(entry.path));
  const name = (file: SpecFile): string => posix.relative(base, toPosix(file.path));
  const files = [...input.specFiles].sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
  return {
    package: { name: input.package.name, version: input.package.version },
    generator: { name: input.generator.name, version: input.generator.version },
    spec: {
      entry: name(entry),
      sha256: sha256(entry.bytes),
      files: Object.fromEntries(files.map((f) => [name(f), sha256(f.bytes)])),
      ...(input.overlayFiles?.length ? { overlays: input.overlayFiles.map((f) => ({ file: name(f), sha256: sha256(f.bytes) })) } : {}),
    },
    build: { typescript: input.typescriptVersion },
  };
}

function toPosix(path: string): string {
  return path.split('\\').join('/');
}
