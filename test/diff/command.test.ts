/**
 * The `diff` command end to end, with injected reads: files, git revisions, multi-file specs, the input
 * errors (exit 2, naming the side and the location), both formats, and the exit code of the bump check.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runDiff } from '../../generator/diff/command.js';
import { gitShow, hasRevision } from '../../generator/diff/git-show.js';
import { COMMENT_MARKER } from '../../generator/diff/render/markdown.js';
import { minimalDoc } from '../helpers/spec.js';

const fixture = (name: string) => readFileSync(`test/diff/fixtures/active-session/${name}.yaml`, 'utf8');

async function run(args: string[], files: Record<string, string>, git: Record<string, Record<string, string>> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runDiff(args, {
    readFile: (f) => files[f],
    gitShow: (rev, path) => git[rev]?.[path],
    hasRevision: (rev) => rev in git,
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
  });
  return { code, stdout, stderr };
}

/** A two-file spec: the entry refers to a schema in another file. */
const multi = (idType: string) => ({
  'api/openapi.yaml': stringify(minimalDoc({ paths: { '/t': { get: { operationId: 'getT', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: 'schemas/thing.yaml' } } } } } } } } })),
  'api/schemas/thing.yaml': stringify({ type: 'object', required: ['id'], properties: { id: { type: idType } } }),
});

describe('diff command', () => {
  it('prints Markdown with the marker and exits 1 when the declared version is too small', async () => {
    const r = await run(['base.yaml', 'since.yaml'], { 'base.yaml': fixture('base'), 'since.yaml': fixture('since') });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([COMMENT_MARKER, expect.stringMatching(/^### Spec review: Breaking: .*0\.1\.0 → 0\.2\.0/)]);
  });

  it('exits 0 when the revision declares the bump it needs', async () => {
    const bumped = fixture('since').replace(/version: 0\.1\.0/g, 'version: 0.2.0');
    const r = await run(['base.yaml', 'since.yaml', '--format', 'json'], { 'base.yaml': fixture('base'), 'since.yaml': bumped });
    const json = JSON.parse(r.stdout);
    expect({ code: r.code, exitCode: json.exitCode, bump: json.bump.required, declared: json.bump.declared }).toEqual({ code: 0, exitCode: 0, bump: 'minor', declared: 'minor' });
    expect(json.specChanges[0]).toMatchObject({ index: 1, rule: 'extension.changed', subject: 'document x-sdk.package.version', base: { file: 'base.yaml', pointer: '/x-sdk/package/version', line: 17 } });
    const appId = json.specChanges.find((c: { subject: string }) => c.subject.includes('app_id'));
    expect(appId).toMatchObject({ base: { file: 'base.yaml', pointer: '/components/parameters/realtimekit_app_id/x-sdk-positional', line: 212 }, revision: { file: 'since.yaml', line: 209 } });
  });

  it('reads both sides of a multi-file spec at git revisions', async () => {
    const r = await run(['--format=json', 'main:api/openapi.yaml', 'topic:api/openapi.yaml'], {}, { main: multi('string'), topic: multi('integer') });
    const json = JSON.parse(r.stdout);
    expect(json.specChanges.map((c: { rule: string; verdict: string; base: { file: string } }) => [c.rule, c.verdict, c.base.file])).toEqual([['schema.type.changed', 'breaking', 'api/schemas/thing.yaml']]);
  });

  it.each([
    { name: 'a missing file', args: ['nope.yaml', 'b.yaml'], want: ['the base (nope.yaml) cannot be read:', 'nope.yaml error [file-missing]'] },
    { name: 'a file missing at a revision', args: ['b.yaml', 'main:nope.yaml'], want: ['the revision (main:nope.yaml) cannot be read at git revision main:', 'nope.yaml error [file-missing]'] },
    { name: 'a revision git does not know', args: ['b.yaml', 'origin/main:api/openapi.yaml'], want: ['the revision (origin/main:api/openapi.yaml) cannot be read: git knows no revision origin/main here', 'fetch-depth: 0'] },
    { name: 'a $ref to a missing file', args: ['b.yaml', 'main:api/openapi.yaml'], want: ['the revision (main:api/openapi.yaml) cannot be read at git revision main:', 'api/openapi.yaml:', '[ref-file-missing]'] },
    { name: 'broken YAML', args: ['bad.yaml', 'b.yaml'], want: ['the base (bad.yaml) cannot be read:', 'bad.yaml:1:10 error [yaml-syntax]'] },
    { name: 'neither OpenAPI 3 nor Swagger 2.0', args: ['b.yaml', 'swagger.yaml'], want: ['the revision (swagger.yaml) cannot be read:', '[not-openapi-3]', 'swagger 1.2'] },
    { name: 'a usage error', args: ['b.yaml'], want: ['expected a base and a revision', 'usage: diff <base> <revision>'] },
  ])('exits 2 on $name, naming the side and the location', async ({ args, want }) => {
    const files = { 'b.yaml': fixture('base'), 'bad.yaml': 'openapi: 3.1.0\n  info: [\n', 'swagger.yaml': 'swagger: "1.2"\n' };
    const r = await run(args, files, { main: { 'api/openapi.yaml': multi('string')['api/openapi.yaml'] } });
    expect(r.code).toBe(2);
    for (const part of want) expect(r.stderr).toContain(part);
    expect(r.stdout).toBe('');
  });
});

describe('git show', () => {
  it('reads a file at a revision of a real repository, and nothing where there is none', () => {
    const repo = mkdtempSync(join(tmpdir(), 'spec-diff-'));
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { stdio: 'ignore' });
    git('init', '-q');
    writeFileSync(join(repo, 'a.yaml'), 'openapi: 3.1.0\n');
    git('add', 'a.yaml');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'a');
    const cwd = process.cwd();
    try {
      process.chdir(repo);
      expect([gitShow('HEAD', 'a.yaml'), gitShow('HEAD', 'b.yaml'), gitShow('no-such-rev', 'a.yaml')]).toEqual(['openapi: 3.1.0\n', undefined, undefined]);
      expect([hasRevision('HEAD'), hasRevision('no-such-rev'), hasRevision('HEAD:a.yaml')]).toEqual([true, false, false]);
    } finally {
      process.chdir(cwd);
    }
  });
});
