/**
 * The spec, loaded from disk and generated in memory, for the build and release commands. Spec errors
 * become one `Error` whose message lists every problem, as the generator's own command reports them.
 */
import { readFileSync } from 'node:fs';
import { formatDiagnostic, SpecError } from '../diagnostics.js';
import { readFromDisk, readRuntimeSources } from '../io/fs-read.js';
import { loadSpec, type LoadedSpec } from '../load/load-spec.js';
import { generateInMemory, type Generated } from '../pipeline.js';
import { BuildError } from './build-error.js';
import type { SpecFile } from './provenance.js';

export interface FromSpec {
  readonly spec: LoadedSpec;
  readonly generated: Generated;
  /** The bytes of every file the spec is made of, entry first: what provenance hashes. */
  readonly specFiles: readonly SpecFile[];
  /** The bytes of the overlays applied to it, in order. */
  readonly overlayFiles: readonly SpecFile[];
}

export async function generateFromSpec(specPath: string, overlays: readonly string[] = []): Promise<FromSpec> {
  const loaded = loadSpec(specPath, readFromDisk, { overlays });
  if (!loaded.ok) throw new BuildError(loaded.diagnostics.map(formatDiagnostic));
  try {
    const generated = await generateInMemory(loaded.spec, readRuntimeSources());
    const specFiles = [...loaded.spec.sources.keys()].map((path) => ({ path, bytes: readFileSync(path) }));
    const overlayFiles = overlays.map((path) => ({ path, bytes: readFileSync(path) }));
    return { spec: loaded.spec, generated, specFiles, overlayFiles };
  } catch (error) {
    if (error instanceof SpecError) throw new BuildError(error.diagnostics.map(formatDiagnostic));
    throw error;
  }
}

/** The generator's own name and version, from the repository's `package.json`. */
export function generatorIdentity(): { name: string; version: string } {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { name: manifest.name, version: manifest.version };
}
