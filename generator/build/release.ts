#!/usr/bin/env node
/**
 * `npm run release -- <major|minor|patch|x.y.z> [--publish] [--spec spec/openapi.yaml] [--out generated]`
 *
 * Bumps `x-sdk.package.version` in the spec, regenerates, builds, checks the packed package with
 * publint and Are the Types Wrong, and runs `npm publish --dry-run`. Without `--publish` it stops there
 * (exit 0). `--publish` needs `NPM_TOKEN`; without it the command changes nothing and exits 1.
 */
import { parseFlags } from './flags.js';
import { release } from './release-steps.js';

const USAGE = 'usage: release <major|minor|patch|x.y.z> [--publish] [--spec spec/openapi.yaml] [--out generated]';

async function main(argv: readonly string[]): Promise<number> {
  const [bump, ...rest] = argv;
  const publish = rest.includes('--publish');
  const flags = parseFlags(rest.filter((a) => a !== '--publish'), { spec: 'spec/openapi.yaml', out: 'generated' });
  if (bump === undefined || bump.startsWith('--') || !flags) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  return release({ bump, specPath: flags.spec, outDir: flags.out, publish, env: process.env, log });
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
