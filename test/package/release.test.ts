/**
 * The release command's dry run on a copy of the spec: version bumped in the copy's spec, package
 * regenerated, its changelog started (the copy has no git history), built, checks passed, `npm publish --dry-run` run, a clear stop without a token.
 * Publishing for real without a token changes nothing.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { release } from '../../generator/build/release-steps.js';
import { specVersion } from '../../generator/build/version.js';
import { runNode } from './helpers/consumer.js';
import { REPO, TSX } from './helpers/paths.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sdk-release-test-'));
  cpSync(join(REPO, 'spec'), join(root, 'spec'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const specCopy = (): string => join(root, 'spec', 'openapi.yaml');
const bumped = (version: string): string => {
  const [major, minor] = version.split('.');
  return `${major}.${Number(minor) + 1}.0`;
};

describe('npm run release (dry run, no NPM_TOKEN)', () => {
  it('bumps, regenerates, builds, checks, dry-runs the publish and stops with exit 0', async () => {
    const before = specVersion(readFileSync(specCopy(), 'utf8'))!;
    const args = [TSX, join(REPO, 'generator/build/release.ts'), 'minor', '--spec', specCopy(), '--out', join(root, 'generated')];
    // The run generates, builds, packs and runs two checkers: on a loaded machine that takes longer than
    // the 30 s a consumer's script gets, so the child has the test's own budget.
    const { code, stdout, stderr } = await runNode(root, args, { NPM_TOKEN: '' }, 140_000);
    expect([code, stderr]).toEqual([0, '']);
    const next = bumped(before);
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      `version ${before} -> ${next} in ${specCopy()}`,
      `regenerated ${join(root, 'generated')}/`,
      'CHANGELOG.md starts: no earlier release to compare with',
      `built ${join(root, 'generated')}/dist/`,
      'publint and Are the Types Wrong: no problems',
      expect.stringMatching(new RegExp(`^npm publish --dry-run: cloudflare-realtimekit@${next.replace(/\./g, '\\.')}, \\d+ files, \\d+ bytes packed$`)),
      'dry run done; NPM_TOKEN is not set, so nothing was published. A real release needs NPM_TOKEN and --publish.',
    ]);
    expect(specVersion(readFileSync(specCopy(), 'utf8'))).toBe(next);
    expect(JSON.parse(readFileSync(join(root, 'generated', 'package.json'), 'utf8')).version).toBe(next);
    expect(JSON.parse(readFileSync(join(root, 'generated', 'dist', 'provenance.json'), 'utf8')).package.version).toBe(next);
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: join(root, 'generated'), encoding: 'utf8' })) as { files: { path: string }[] }[];
    expect(packed!.files.map((f) => f.path)).toContain('CHANGELOG.md');
    expect(readFileSync(join(root, 'generated', 'CHANGELOG.md'), 'utf8')).toBe(`# Changelog\n\n## ${next}\n\nFirst entry: there is no earlier release to compare with.\n`);
  }, 150_000);

});

describe('npm run release -- --publish', () => {
  it('without NPM_TOKEN says so, exits 1 and changes nothing', async () => {
    const spec = readFileSync(specCopy(), 'utf8');
    const lines: string[] = [];
    const code = await release({ bump: 'patch', specPath: specCopy(), outDir: join(root, 'unused'), publish: true, env: { NPM_TOKEN: ' ' }, log: (l) => lines.push(l) });
    expect([code, lines]).toEqual([1, ['NPM_TOKEN is not set: publishing needs an npm token (an automation or granular access token). Nothing was changed.']]);
    expect(readFileSync(specCopy(), 'utf8')).toBe(spec);
  });

  it('names a mistyped flag, with the usage, exit 2, and leaves the spec as it was', async () => {
    const spec = readFileSync(specCopy(), 'utf8');
    const args = [TSX, join(REPO, 'generator/build/release.ts'), 'minor', '--spce', specCopy()];
    const { code, stdout, stderr } = await runNode(root, args, { NPM_TOKEN: '' });
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^release: unknown option --spce \(did you mean --spec\?\)\nusage: release </);
    expect(readFileSync(specCopy(), 'utf8')).toBe(spec);
  });

  it('stops on a bad version request before touching the spec', async () => {
    const spec = readFileSync(specCopy(), 'utf8');
    const lines: string[] = [];
    const code = await release({ bump: 'huge', specPath: specCopy(), outDir: join(root, 'unused'), publish: false, env: {}, log: (l) => lines.push(l) });
    expect(code).toBe(1);
    expect(lines.at(-1)).toBe('the release stopped; nothing was published.');
    expect(readFileSync(specCopy(), 'utf8')).toBe(spec);
  });

  it("stops before touching the spec when the package cannot be written where asked (the spec's own folder)", async () => {
    const spec = readFileSync(specCopy(), 'utf8');
    const lines: string[] = [];
    const outDir = join(root, 'spec');
    const code = await release({ bump: 'patch', specPath: specCopy(), since: specCopy(), outDir, publish: false, env: {}, log: (l) => lines.push(l) });
    expect([code, lines]).toEqual([1, [`cannot write the package to ${outDir}: it holds ${specCopy()}, and the package replaces the whole folder; nothing was written`, 'the release stopped; nothing was published.']]);
    expect(readFileSync(specCopy(), 'utf8')).toBe(spec);
  });
});
