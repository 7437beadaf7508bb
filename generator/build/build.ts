/**
 * The package build: `dist/esm` and `dist/cjs` compiled from `src/`, each with declarations, a nested
 * `package.json` marking `dist/cjs` as CommonJS, `dist/browser` for browser bundlers, and
 * `dist/provenance.json`. It refuses to build a
 * package that differs from what the spec generates, so the provenance it records is true.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { LAYOUT } from '../emit/package/layout.js';
import { BuildError } from './build-error.js';
import { writeBrowserBuild } from './browser-build.js';
import { findDrift } from '../write/check.js';
import { compile } from './compile.js';
import { generateFromSpec, generatorIdentity, type FromSpec } from './from-spec.js';
import { provenance, type Provenance, type ProvenanceInput } from './provenance.js';
import { generateCommand } from '../util/generate-command.js';

/**
 * Checks `packageDir` against the spec, then builds it. Returns the provenance it recorded. A caller
 * that has just generated the package passes that generation, so both steps see the same inputs.
 */
export async function buildPackage(specPath: string, packageDir: string, from?: FromSpec, overlays: readonly string[] = []): Promise<Provenance> {
  const { generated, specFiles, overlayFiles } = from ?? (await generateFromSpec(specPath, overlays));
  const drift = findDrift(packageDir, generated.files);
  if (drift.length > 0) {
    const lines = drift.map((d) => `${join(packageDir, d.path)}: ${d.problem}`);
    const regenerate = generateCommand({ spec: specPath, overlays, out: packageDir });
    throw new BuildError([...lines, `${packageDir}/ is not what the spec generates: run \`${regenerate}\` first.`]);
  }
  return buildGenerated(packageDir, generated.api.package, specFiles, overlayFiles);
}

/** Builds `packageDir`, generated from `specFiles` (and `overlayFiles`) as `pkg`, recording where it came from: this generator and TypeScript. */
export function buildGenerated(packageDir: string, pkg: ProvenanceInput['package'], specFiles: ProvenanceInput['specFiles'], overlayFiles: ProvenanceInput['overlayFiles'] = []): Provenance {
  const record = provenance({ package: pkg, generator: generatorIdentity(), specFiles, overlayFiles, typescriptVersion: ts.version });
  writeDist(packageDir, record);
  return record;
}

/** Replaces `dist/` with a fresh build of `packageDir/src`. Throws `BuildError` on any compile problem. */
export function writeDist(packageDir: string, record: Provenance): void {
  rmSync(join(packageDir, 'dist'), { recursive: true, force: true });
  for (const format of ['esm', 'cjs'] as const) {
    const problems = compile(packageDir, format);
    if (problems.length > 0) throw new BuildError(problems);
  }
  writeBrowserBuild(packageDir);
  // Inside dist/cjs `.js` means CommonJS; bundlers read `sideEffects` from the nearest package.json.
  writeJson(join(packageDir, LAYOUT.cjs, 'package.json'), { type: 'commonjs', sideEffects: false });
  writeJson(join(packageDir, LAYOUT.provenance), record);
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}
