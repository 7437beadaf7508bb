#!/usr/bin/env node
/**
 * `npm run release -- <auto|major|minor|patch|x.y.z|current> [--since <rev:path>] [--publish] [--spec spec/openapi.yaml] [--overlay FILE]... [--out generated]`
 *
 * Reviews the spec against the one the current version was released from (`--since`, else found in
 * git), bumps `x-sdk.package.version` where it is declared, in the spec or the overlay that sets it
 * (`auto`: by what the review says the changes need; a
 * smaller bump asked by name fails), regenerates, writes the release's entry in `CHANGELOG.md`, builds,
 * checks the packed package with publint and Are the Types Wrong, and runs `npm publish --dry-run`.
 * Without `--publish` it stops there (exit 0). `--publish` needs `NPM_TOKEN`; without it the command
 * changes nothing and exits 1.
 */
import { parseReleaseArgs, RELEASE_USAGE } from './flags.js';
import { release } from './release-steps.js';

async function main(argv: readonly string[]): Promise<number> {
  if (argv.some((arg) => arg === '--help' || arg === '-h')) {
    process.stdout.write(`${RELEASE_USAGE}\n`);
    return 0;
  }
  const args = parseReleaseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`release: ${args}\n${RELEASE_USAGE}\n`);
    return 2;
  }
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  const { bump, spec: specPath, overlays, out: outDir, since, publish } = args;
  return release({ bump, specPath, overlays, outDir, since, publish, env: process.env, log });
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
