/**
 * A freshly built and packed package in a temporary folder: generated in memory from the spec, written,
 * built and packed exactly as the build command does. Each test file gets its own, so files can run in
 * parallel without sharing `generated/dist/`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGenerated } from '../../../generator/build/build.js';
import { generateFromSpec } from '../../../generator/build/from-spec.js';
import { pack, type Packed } from '../../../generator/build/pack.js';
import type { Provenance } from '../../../generator/build/provenance.js';
import type { Generated } from '../../../generator/pipeline.js';
import { writePackage } from '../../../generator/write/write.js';
import { SPEC } from './paths.js';

export interface PreparedPackage {
  /** The temporary folder holding everything below; `cleanup()` removes it. */
  readonly root: string;
  /** The package folder (what `generated/` is in the repository). */
  readonly dir: string;
  readonly packed: Packed;
  readonly generated: Generated;
  readonly provenance: Provenance;
  cleanup(): void;
}

export async function preparePackage(label: string): Promise<PreparedPackage> {
  const root = mkdtempSync(join(tmpdir(), `sdk-${label}-`));
  const cleanup = (): void => rmSync(root, { recursive: true, force: true });
  try {
    const dir = join(root, 'package');
    const { generated, specFiles } = await generateFromSpec(SPEC);
    writePackage(dir, generated.files);
    const record = buildGenerated(dir, generated.api.package, specFiles);
    const packed = pack(dir, join(root, 'pack'));
    return { root, dir, packed, generated, provenance: record, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** Only the generated sources, written to a temporary folder, for code that builds them itself. */
export async function generatePackage(label: string): Promise<{ root: string; dir: string; cleanup(): void }> {
  const root = mkdtempSync(join(tmpdir(), `sdk-${label}-`));
  const dir = join(root, 'package');
  writePackage(dir, (await generateFromSpec(SPEC)).generated.files);
  return { root, dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
