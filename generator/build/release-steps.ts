/**
 * The release flow: work out the version and the changelog entry (`release-plan.ts`), bump the version
 * in the spec, regenerate, write the entry, build, run publint and Are the Types Wrong on the packed
 * tarball, then `npm publish --dry-run`. Only `--publish` with `NPM_TOKEN` goes
 * further and publishes; without a token the flow says so and stops before changing anything.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertWritable, OutputError, writePackage } from '../write/write.js';
import { BuildError } from './build-error.js';
import { buildPackage } from './build.js';
import { attwProblems, publintProblems } from './checks.js';
import { generateFromSpec } from './from-spec.js';
import { npm, pack } from './pack.js';
import { withVersionAt } from './version.js';
import { planRelease, type PlanOptions, type ReleasePlan } from './release-plan.js';
import { withEntry } from '../diff/changelog.js';
import { LAYOUT } from '../emit/package/layout.js';

export interface ReleaseOptions extends PlanOptions {
  readonly outDir: string;
  /** Publish for real after the dry run; needs `NPM_TOKEN`. */
  readonly publish: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly log: (line: string) => void;
}

/** Runs the flow; resolves to the exit code. Problems the user can fix are logged, not thrown. */
export async function release(options: ReleaseOptions): Promise<number> {
  const { log } = options;
  const token = options.env['NPM_TOKEN']?.trim();
  if (options.publish && !token) {
    log('NPM_TOKEN is not set: publishing needs an npm token (an automation or granular access token). Nothing was changed.');
    return 1;
  }
  let plan: ReleasePlan;
  try {
    plan = await planRelease(options);
    const overlays = options.overlays ?? [];
    // Before the version changes: a release that cannot write its package leaves the spec as it was.
    assertWritable(options.outDir, [options.specPath, ...overlays]);
    declareVersion(plan, log);
    const generation = await generateFromSpec(options.specPath, overlays);
    writePackage(options.outDir, generation.generated.files, [...generation.specFiles, ...generation.overlayFiles].map((f) => f.path));
    log(`regenerated ${options.outDir}/`);
    writeChangelog(options.outDir, plan, log);
    await buildPackage(options.specPath, options.outDir, generation, overlays);
    log(`built ${options.outDir}/dist/`);
    const problems = await ecosystemProblems(options.outDir);
    if (problems.length > 0) return fail(log, problems, 'the package has problems; nothing was published.');
    log('publint and Are the Types Wrong: no problems');
    log(dryRun(options.outDir));
  } catch (error) {
    if (error instanceof BuildError) return fail(log, error.problems, 'the release stopped; nothing was published.');
    if (error instanceof OutputError) return fail(log, [error.message], 'the release stopped; nothing was published.');
    throw error;
  }
  if (!options.publish) {
    log(token ? 'dry run done; nothing was published. Run again with --publish to publish.' : 'dry run done; NPM_TOKEN is not set, so nothing was published. A real release needs NPM_TOKEN and --publish.');
    return 0;
  }
  const refused = publishWithToken(options.outDir, options.env);
  if (refused !== undefined) return fail(log, [refused], `nothing was published; the version, the package and its changelog entry are left as they are: once the cause is fixed, \`release current --publish\` publishes ${plan.to}.`);
  log('published.');
  return 0;
}

/** Writes the release's version where it is declared; a release of the `current` version keeps it. */
function declareVersion(plan: ReleasePlan, log: (line: string) => void): void {
  const { file, path } = plan.declared;
  if (plan.to === plan.from) return log(`version ${plan.to}, as ${file} declares it`);
  writeFileSync(file, withVersionAt(readFileSync(file, 'utf8'), path, plan.to));
  log(`version ${plan.from} -> ${plan.to} in ${file}`);
}

/** The package's changelog with the release's entry first; the generator never writes or checks it. */
function writeChangelog(outDir: string, plan: ReleasePlan, log: (line: string) => void): void {
  if (plan.entry === undefined) return log(`${LAYOUT.changelog} kept: its entry for ${plan.to} stands`);
  const path = join(outDir, LAYOUT.changelog);
  writeFileSync(path, withEntry(existsSync(path) ? readFileSync(path, 'utf8') : undefined, plan.to, plan.entry));
  log(`${LAYOUT.changelog} ${plan.comparedWith ? `compared with ${plan.comparedWith}` : 'starts: no earlier release to compare with'}`);
}

async function ecosystemProblems(packageDir: string): Promise<string[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'sdk-release-'));
  try {
    const packed = pack(packageDir, scratch);
    return [...(await publintProblems(packageDir)), ...attwProblems(packed.tarball)];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function dryRun(packageDir: string): string {
  // npm 11 prints `{ "<name>": { id, entryCount, size, … } }`.
  let output: string;
  try {
    output = npm(['publish', '--dry-run', '--json', '--ignore-scripts'], packageDir);
  } catch (error) {
    throw new BuildError([`npm publish --dry-run failed: ${npmReason(error)}`]);
  }
  const printed = JSON.parse(output) as Record<string, { id: string; entryCount: number; size: number }>;
  const result = Object.values(printed)[0];
  if (!result) throw new BuildError(['npm publish --dry-run printed no result']);
  return `npm publish --dry-run: ${result.id}, ${result.entryCount} files, ${result.size} bytes packed`;
}

/**
 * Publishes; npm's reason when it or the registry refuses (a token without the right, a version already
 * published), undefined when published. The token stays in the environment: the temporary npmrc names
 * the variable, npm expands it.
 */
function publishWithToken(packageDir: string, env: NodeJS.ProcessEnv): string | undefined {
  const scratch = mkdtempSync(join(tmpdir(), 'sdk-publish-'));
  try {
    const registry = new URL(env['npm_config_registry'] ?? 'https://registry.npmjs.org/');
    writeFileSync(join(scratch, '.npmrc'), `//${registry.host}${registry.pathname}:_authToken=\${NPM_TOKEN}\n`);
    npm(['publish', '--ignore-scripts', '--userconfig', join(scratch, '.npmrc')], packageDir, env);
    return undefined;
  } catch (error) {
    return `npm publish failed: ${npmReason(error)}`;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** What npm said when a command failed: its error lines, without their prefix, its error code and the path of its log. */
function npmReason(error: unknown): string {
  const stderr = String((error as { stderr?: unknown }).stderr ?? '');
  const said = stderr
    .split('\n')
    .map((line) => line.replace(/^npm (error|ERR!)\s*/, '').trim())
    .filter((line) => line !== '' && !/^code E[A-Z0-9]+$/.test(line) && !line.startsWith('A complete log of this run'));
  return said.length > 0 ? said.join(' ') : error instanceof Error ? error.message : String(error);
}

function fail(log: (line: string) => void, problems: readonly string[], summary: string): number {
  for (const p of problems) log(p);
  log(summary);
  return 1;
}
