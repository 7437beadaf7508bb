/** Code samples as a reader pastes them, compiled against a generated package's sources. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_TYPES } from '../package/helpers/paths.js';
import { tscErrors } from './tsc.js';

/** The sample with its import of the package (`import Client from 'pets'`, with its named class if any) from `path` instead. */
export function importingFrom(source: string, path: string): string {
  return source.replace(/^(import \w+(?:, \{ \w+ \})? from ).*;$/m, `$1${JSON.stringify(path)};`);
}

/** tsc's errors over `sources`, written into `packageDir/samples/` with Node's types beside the package's config; '' when they compile. */
export function compileSamples(packageDir: string, sources: readonly string[]): string {
  mkdirSync(join(packageDir, 'samples'));
  sources.forEach((source, i) => writeFileSync(join(packageDir, 'samples', `s${i}.mts`), importingFrom(source, '../src/index.js')));
  writeFileSync(join(packageDir, 'tsconfig.samples.json'), JSON.stringify({ extends: './tsconfig.json', compilerOptions: { types: ['node'], typeRoots: [NODE_TYPES] }, include: ['samples/*.mts'] }));
  return tscErrors(join(packageDir, 'tsconfig.samples.json'), ['--noEmit']);
}
