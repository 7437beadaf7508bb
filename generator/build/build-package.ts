#!/usr/bin/env node
/**
 * `npm run build:package [-- --spec spec/openapi.yaml --overlay FILE… --out generated]`: builds the generated package
 * into `<out>/dist/` (ESM and CommonJS with declarations, and provenance). Exit 0 built, 1 not built.
 */
import { BuildError } from './build-error.js';
import { buildPackage } from './build.js';
import { BUILD_USAGE, parseBuildArgs } from './flags.js';

async function main(argv: readonly string[]): Promise<number> {
  if (argv.some((arg) => arg === '--help' || arg === '-h')) {
    process.stdout.write(`${BUILD_USAGE}\n`);
    return 0;
  }
  const args = parseBuildArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`build-package: ${args}\n${BUILD_USAGE}\n`);
    return 2;
  }
  try {
    const record = await buildPackage(args.spec, args.out, undefined, args.overlays);
    process.stdout.write(`built ${record.package.name}@${record.package.version} in ${args.out}/dist/ (spec sha256 ${record.spec.sha256})\n`);
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
