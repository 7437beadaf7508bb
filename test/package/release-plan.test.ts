/**
 * What a release will be before it changes anything: the spec it was last released from, found in a
 * real git repository (or named with `--since`), the bump the review says the changes need (`auto`),
 * a bump asked by name that is too small, and the changelog entry.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BuildError } from '../../generator/build/build-error.js';
import { planRelease } from '../../generator/build/release-plan.js';
import { withVersionAt } from '../../generator/build/version.js';
import { changelogEntry, withEntry } from '../../generator/diff/changelog.js';
import type { Review } from '../../generator/diff/review.js';
import { minimalDoc, specText } from '../helpers/spec.js';

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } } } } } };
const get = (operationId: string, responses: object = ok) => ({ get: { operationId, tags: ['things'], responses } });
const spec = (version: string, paths: Record<string, object>) => specText(minimalDoc({ 'x-sdk': { package: { name: 'things', version } }, paths }));
const ONE = { '/things/{id}': { ...get('getThing'), parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] } };
const TWO = { ...ONE, '/things': get('listThings') };

let repo: string;
afterEach(() => rmSync(repo, { recursive: true, force: true }));

/** A git repository whose spec goes through `texts` in turn, one commit each. */
function repository(...texts: string[]): string {
  repo = mkdtempSync(join(tmpdir(), 'sdk-release-plan-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, stdio: 'ignore' });
  git('init', '-q');
  texts.forEach((text, i) => {
    writeFileSync(join(repo, 'openapi.yaml'), text);
    git('add', 'openapi.yaml');
    git('commit', '-qm', `step ${i}`);
  });
  return join(repo, 'openapi.yaml');
}

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => (error instanceof BuildError ? error.problems.join('\n') : error));

describe('the released spec, found in git', () => {
  it('is the commit that set the current version: later commits with the same version are the changes to release', async () => {
    // 1.1.0 released with one operation; a second committed since, not released yet.
    const specPath = repository(spec('1.0.0', {}), spec('1.1.0', ONE), spec('1.1.0', TWO));
    const plan = await planRelease({ bump: 'auto', specPath });
    expect(plan.comparedWith).toMatch(/^1\.1\.0 \(git [0-9a-f]{7}\)$/);
    expect([plan.from, plan.to]).toEqual(['1.1.0', '1.2.0']);
    expect(plan.entry).toContain('## 1.2.0');
    expect(plan.entry).toContain('\n- `Things.listThings`: added\n');
    expect(plan.entry).toMatch(/^## 1\.2\.0\n\nCompared with 1\.1\.0 \(git [0-9a-f]{7}\): \d+ additions to the TypeScript API\.\n\n### Additions\n\n/);
    expect(plan.entry).not.toContain('### Breaking changes');
  });

  it('asks a major bump of auto for a breaking change, and refuses a smaller bump asked by name', async () => {
    const specPath = repository(spec('2.0.0', TWO));
    writeFileSync(specPath, spec('2.0.0', { '/things': get('listThings') }));
    expect((await planRelease({ bump: 'auto', specPath })).to).toBe('3.0.0');
    expect(await failure(planRelease({ bump: 'minor', specPath }))).toMatch(/^the changes since 2\.0\.0 \(git [0-9a-f]{7}\) need a major bump \(\d+ breaking TypeScript changes\); 2\.0\.0 -> 2\.1\.0 is not enough: ask for major or auto$/);
    expect((await planRelease({ bump: 'major', specPath })).entry).toMatch(/### Breaking changes\n\n(- .*\n)*- `Things\.getThing`: removed: code that uses it no longer compiles\n/);
  });

  it('leaves auto nothing to do when nothing changed', async () => {
    const specPath = repository(spec('1.0.0', ONE));
    expect(await failure(planRelease({ bump: 'auto', specPath }))).toMatch(/^nothing to release since 1\.0\.0 \(git [0-9a-f]{7}\): nothing changed$/);
  });

  it('is missing outside git: auto needs --since, a named bump starts the changelog', async () => {
    repo = mkdtempSync(join(tmpdir(), 'sdk-release-plan-'));
    const specPath = join(repo, 'openapi.yaml');
    writeFileSync(specPath, spec('0.1.0', ONE));
    expect(await failure(planRelease({ bump: 'auto', specPath }))).toContain('`auto` needs the released spec to compare with');
    const plan = await planRelease({ bump: 'patch', specPath });
    expect([plan.to, plan.comparedWith, plan.entry]).toEqual(['0.1.1', undefined, '## 0.1.1\n\nFirst entry: there is no earlier release to compare with.\n']);
  });

  it('can be named with --since, as a file', async () => {
    repo = mkdtempSync(join(tmpdir(), 'sdk-release-plan-'));
    const [specPath, released] = [join(repo, 'openapi.yaml'), join(repo, 'released.yaml')];
    writeFileSync(released, spec('0.3.0', TWO));
    writeFileSync(specPath, spec('0.3.0', ONE));
    // Below 1.0.0 a breaking change bumps the minor version.
    const plan = await planRelease({ bump: 'auto', specPath, since: released });
    expect([plan.to, plan.comparedWith]).toEqual(['0.4.0', released]);
  });
});

describe('a spec whose SDK settings live in an overlay', () => {
  const vendor = (paths: Record<string, object>) => specText(minimalDoc({ paths }));
  const sdkOverlay = (version: string) =>
    `overlay: 1.1.0\ninfo: { title: SDK settings, version: '1' }\nactions:\n  - target: $\n    update:\n      x-sdk:\n        package: { name: things, version: "${version}" }  # bumped by release\n`;

  it('finds the version in the overlay, the release in its git history, and bumps it there', async () => {
    repo = mkdtempSync(join(tmpdir(), 'sdk-release-plan-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, stdio: 'ignore' });
    const [specPath, overlay] = [join(repo, 'openapi.yaml'), join(repo, 'sdk.overlay.yaml')];
    git('init', '-q');
    writeFileSync(specPath, vendor(ONE));
    writeFileSync(overlay, sdkOverlay('1.0.0'));
    git('add', '.');
    git('commit', '-qm', 'release 1.0.0');
    // The vendor's next spec, with an operation more; the overlay is unchanged.
    writeFileSync(specPath, vendor(TWO));
    git('commit', '-qam', 'vendor update');
    const plan = await planRelease({ bump: 'auto', specPath, overlays: [overlay] });
    expect(plan.declared).toEqual({ file: overlay, path: ['actions', '0', 'update', 'x-sdk', 'package', 'version'], version: '1.0.0' });
    expect([plan.from, plan.to]).toEqual(['1.0.0', '1.1.0']);
    expect(plan.comparedWith).toMatch(/^1\.0\.0 \(git [0-9a-f]{7}\)$/);
    expect(plan.entry).toContain('\n- `Things.listThings`: added\n');
    const text = readFileSync(overlay, 'utf8');
    expect(withVersionAt(text, plan.declared.path, plan.to)).toBe(text.replace('"1.0.0"', '"1.1.0"'));
  });

  it('says so when neither the spec nor an overlay declares a version', async () => {
    repo = mkdtempSync(join(tmpdir(), 'sdk-release-plan-'));
    const specPath = join(repo, 'openapi.yaml');
    writeFileSync(specPath, vendor(ONE));
    expect(await failure(planRelease({ bump: 'patch', specPath }))).toBe(`${specPath}: no x-sdk.package.version to bump; add one`);
  });
});

describe('the changelog entry', () => {
  it('lists the spec changes no TypeScript change comes from: an operation now sent without credentials', async () => {
    repo = mkdtempSync(join(tmpdir(), 'sdk-release-plan-'));
    const [specPath, released] = [join(repo, 'openapi.yaml'), join(repo, 'released.yaml')];
    const secured = (security?: object[]) => specText(minimalDoc({
      'x-sdk': { package: { name: 'things', version: '1.0.0' } },
      components: { securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
      security: [{ token: [] }],
      paths: { '/a': get('getA'), '/b': { get: { ...get('getB').get, ...(security ? { security } : {}) } } },
    }));
    writeFileSync(released, secured());
    writeFileSync(specPath, secured([]));
    const plan = await planRelease({ bump: 'auto', specPath, since: released });
    expect(plan.to).toBe('1.0.1');
    expect(plan.entry).toContain('### Other changes in the spec\n\n- `GET /b` security: authentication no longer required');
  });
});

describe('CHANGELOG.md', () => {
  it('keeps spec text inside its code spans (a backtick in an enum value) and adds no HTML', () => {
    const change = { symbol: 'Status', change: 'changed', impact: 'compatible', before: "'a`b'", after: "'<x>'", why: 'type <b>widened</b>', roles: [], causes: [] };
    const review = { base: '1.0.0', bump: { reason: 'r' }, typescript: { ok: true, changes: [change], filesChanged: [] }, spec: [] } as unknown as Review;
    expect(changelogEntry('1.0.1', review)).toBe("## 1.0.1\n\nCompared with 1.0.0: r.\n\n### Other changes\n\n- `Status`: type \\<b>widened\\</b> (``'a`b'`` → `'<x>'`)\n");
  });

  it('lists the wire verdicts when the TypeScript API could not be compared, the values they quote as code', () => {
    const change = (verdict: string, message: string) => ({ verdict, operation: 'GET /things', subject: 'response', message, rule: 'r' });
    const review = { base: '1.0.0', bump: { reason: 'r' }, typescript: { ok: false, reason: 'no' }, spec: [change('breaking', 'enum value `a<b>` removed'), change('not-breaking', 'described')] } as unknown as Review;
    expect(changelogEntry('2.0.0', review)).toBe(
      '## 2.0.0\n\nCompared with 1.0.0: r.\n\n### Breaking on the wire\n\n- `GET /things` response: enum value `a<b>` removed\n\n### Other changes\n\n- `GET /things` response: described\n',
    );
  });

  it('gets the newest entry first, after the title and any preamble, and the same entry once however often it is written', () => {
    const first = withEntry(undefined, '1.0.0', '## 1.0.0\n\nFirst.\n');
    expect(first).toBe('# Changelog\n\n## 1.0.0\n\nFirst.\n');
    const withPreamble = first.replace('# Changelog\n\n', '# Changelog\n\nAll notable changes.\n\n');
    const second = withEntry(withPreamble, '1.1.0', '## 1.1.0\n\nSecond.\n');
    expect(second).toBe('# Changelog\n\nAll notable changes.\n\n## 1.1.0\n\nSecond.\n\n## 1.0.0\n\nFirst.\n');
    expect(withEntry(second, '1.1.0', '## 1.1.0\n\nSecond, again.\n')).toBe(second.replace('Second.', 'Second, again.'));
  });
});
