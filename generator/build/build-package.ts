#!/usr/bin/env node
/**
 * `npm run build:package [-- --spec spec/openapi.yaml --overlay FILE… --out generated]`: builds the generated package
 * into `<out>/dist/` (ESM and CommonJS with declarations, and provenance). Exit 0 built, 1 not built.
 */
import { BuildError } from './build-error.js';
import { buildPackage } from './build.js';
import { parseFlags } from './flags.js';
import { DEFAULT_OUT, specToRead } from '../util/generate-command.js';

async function main(argv: readonly string[]): Promise<number> {
  const flags = parseFlags(argv, { spec: '', out: DEFAULT_OUT, overlay: [] as readonly string[] });
  if (!flags) {
    process.stderr.write('usage: build-package [--spec spec/openapi.yaml] [--overlay FILE]... [--out generated]\n');
    return 2;
  }
  try {
    const spec = specToRead(flags.spec, flags.overlay);
    const record = await buildPackage(spec, flags.out, undefined, flags.overlay);
    process.stdout.write(`built ${record.package.name}@${record.package.version} in ${flags.out}/dist/ (spec sha256 ${record.spec.sha256})\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    process.stderr.write(`${error.message}\nnothing was built.\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
