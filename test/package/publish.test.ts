/**
 * `release --publish` against an npm registry on loopback (`helpers/registry.ts`), with the real npm:
 * the package published is the one built and checked, installs from the registry and loads; a registry
 * that refuses (a version already published, a token without the right) ends the release with npm's
 * reason and exit 1, not a crash. The token is never written to disk.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack } from '../../generator/build/pack.js';
import { runNode } from './helpers/consumer.js';
import { REPO, TSX } from './helpers/paths.js';
import { startRegistry, type LoopbackRegistry } from './helpers/registry.js';

const execFileAsync = promisify(execFile);
const TOKEN = 'npm_loopbackToken0123456789';
let root: string;
let registry: LoopbackRegistry;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'sdk-publish-test-'));
  registry = await startRegistry(TOKEN);
});
afterAll(async () => {
  await registry.close();
  rmSync(root, { recursive: true, force: true });
});

/** A copy of the repository's spec (version 0.1.0) in its own folder, as a project of its own. */
function project(name: string): string {
  const dir = join(root, name);
  cpSync(join(REPO, 'spec'), join(dir, 'spec'), { recursive: true });
  return dir;
}

/** `npm run release -- <bump> --publish` in `dir`, with `token` as NPM_TOKEN and the loopback registry. */
function releaseIn(dir: string, bump: string, token: string) {
  const args = [TSX, join(REPO, 'generator/build/release.ts'), bump, '--publish', '--spec', join(dir, 'spec/openapi.yaml'), '--out', join(dir, 'generated')];
  // Its temporary files (the npmrc naming the token among them) go inside the project, where the test looks.
  const temporary = join(dir, 'tmp');
  mkdirSync(temporary, { recursive: true });
  // Generation, the build and two checkers: on a loaded machine longer than a consumer script's 30 s.
  return runNode(dir, args, { NPM_TOKEN: token, npm_config_registry: registry.url, TMPDIR: temporary }, 170_000);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const puts = (): string[] => registry.requests.filter((r) => r.line.startsWith('PUT ')).map((r) => `${r.line} ${r.authorization}`);

describe('npm run release -- --publish, to a registry on loopback', () => {
  it('publishes the package it built and checked, which installs from the registry and loads', async () => {
    const dir = project('first');
    const { code, stdout, stderr } = await releaseIn(dir, 'minor', TOKEN);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.trimEnd().split('\n').slice(-2)).toEqual([expect.stringMatching(/^npm publish --dry-run: cloudflare-realtimekit@0\.2\.0, /), 'published.']);
    expect(puts()).toEqual([`PUT /cloudflare-realtimekit Bearer ${TOKEN}`]);
    // What the registry holds is, byte for byte, what packing the built folder gives.
    const packed = pack(join(dir, 'generated'), join(root, 'packed'));
    expect(registry.tarball('cloudflare-realtimekit-0.2.0.tgz')?.equals(readFileSync(packed.tarball))).toBe(true);

    const consumer = join(root, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '0.0.0', private: true }));
    // Not npm's synchronous helper: the registry answering it runs in this process.
    await execFileAsync('npm', ['install', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', '--registry', registry.url, 'cloudflare-realtimekit@0.2.0'], { cwd: consumer });
    const loaded = await runNode(consumer, ['-e', "const m = require('cloudflare-realtimekit'); console.log(typeof m.Cloudflare, require('cloudflare-realtimekit/package.json').version)"]);
    expect(loaded).toEqual({ code: 0, stdout: 'function 0.2.0\n', stderr: '' });

    // No file the release left, its temporary ones included, holds the token.
    const holding = filesUnder(dir).filter((file) => readFileSync(file).includes(TOKEN));
    expect(holding).toEqual([]);
  }, 240_000);

  it('stops with exit 1 and npm\'s reason, before publishing, when the version is already published', async () => {
    const { code, stdout, stderr } = await releaseIn(project('again'), 'minor', TOKEN);
    expect([code, stderr]).toEqual([1, '']);
    // npm's dry run reads the registry first, so the release stops before it would publish.
    expect(stdout).toMatch(/^npm publish --dry-run failed: .*You cannot publish over the previously published versions: 0\.2\.0\.$/m);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('the release stopped; nothing was published.');
    expect(puts()).toHaveLength(1);
  }, 200_000);

  it('stops with exit 1 and npm\'s reason when the registry refuses the token; `current` then publishes that version', async () => {
    const dir = project('refused');
    const refused = await releaseIn(dir, 'major', 'npm_notTheRightToken');
    expect([refused.code, refused.stderr]).toEqual([1, '']);
    expect(refused.stdout).toMatch(/^npm publish failed: 401 Unauthorized - PUT http:\/\/127\.0\.0\.1:\d+\/cloudflare-realtimekit - unauthorized: this token cannot publish$/m);
    expect(refused.stdout.trimEnd().split('\n').at(-1)).toBe(
      'nothing was published; the version, the package and its changelog entry are left as they are: once the cause is fixed, `release current --publish` publishes 1.0.0.',
    );
    const [spec, changelog] = [readFileSync(join(dir, 'spec/openapi.yaml'), 'utf8'), readFileSync(join(dir, 'generated/CHANGELOG.md'), 'utf8')];

    const again = await releaseIn(dir, 'current', TOKEN);
    expect([again.code, again.stderr]).toEqual([0, '']);
    expect(again.stdout).toContain(`version 1.0.0, as ${join(dir, 'spec/openapi.yaml')} declares it\n`);
    expect(again.stdout).toContain('CHANGELOG.md kept: its entry for 1.0.0 stands\n');
    expect(again.stdout.trimEnd().split('\n').at(-1)).toBe('published.');
    expect(registry.tarball('cloudflare-realtimekit-1.0.0.tgz')).toBeDefined();
    expect([readFileSync(join(dir, 'spec/openapi.yaml'), 'utf8'), readFileSync(join(dir, 'generated/CHANGELOG.md'), 'utf8')]).toEqual([spec, changelog]);
  }, 300_000);
});
