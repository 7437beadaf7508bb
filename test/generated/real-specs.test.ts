/**
 * Cloudflare's published API specs (1,258 and 1,535 operations, with real defects) and GitHub's REST spec
 * (1,223 operations, from `@octokit/openapi`) generate packages that compile under --strict. The 2023
 * spec's three dangling `$ref`s stop a strict run with located errors and become located warnings with
 * --lenient.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { typeCheckExamples } from '../helpers/examples.js';
import { tscErrors } from '../helpers/tsc.js';
import { run, scratchDir } from '../helpers/tree.js';

const SPECS = '../shared/real-specs';

function unpack(name: string, dir: string): string {
  const path = join(dir, name.replace(/\.gz$/, ''));
  writeFileSync(path, gunzipSync(readFileSync(join(SPECS, name))));
  return path;
}

const scratch: string[] = [];
const scratchFor = (prefix: string): string => {
  const dir = scratchDir(prefix);
  scratch.push(dir);
  return dir;
};

describe('real specs at scale', () => {
  // Each package is tens of megabytes: do not leave them behind.
  afterEach(() => scratch.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("cloudflare-2023-08: strict stops with located errors; --lenient generates a package that compiles, examples included", async () => {
    const dir = scratchFor('real-2023-');
    const spec = unpack('cloudflare-2023-08.openapi.yaml.gz', dir);
    const strict = await run('generate', '--spec', spec, '--out', join(dir, 'strict'));
    expect(strict.code).toBe(1);
    expect(strict.stderr.match(/openapi\.yaml:\d+:\d+ error \[ref-missing\]/g)).toHaveLength(3);
    const lenient = await run('generate', '--lenient', '--spec', spec, '--out', join(dir, 'out'));
    expect(lenient.code).toBe(0);
    expect(tscErrors(join(dir, 'out/tsconfig.json'))).toBe('');
    expect(typeCheckExamples(join(dir, 'out'))).toEqual({ count: 1258, errors: '' });
  }, 300_000);

  it("cloudflare-2024-08: generates a package that compiles, and every method's example type-checks", async () => {
    const dir = scratchFor('real-2024-');
    const result = await run('generate', '--spec', unpack('cloudflare-2024-08.openapi.json.gz', dir), '--out', join(dir, 'out'));
    expect(result.code).toBe(0);
    expect(tscErrors(join(dir, 'out/tsconfig.json'))).toBe('');
    // Zone settings narrow `id` and `value` in allOf parts; magic app configs mix oneOf, anyOf and objects.
    expect(typeCheckExamples(join(dir, 'out'))).toEqual({ count: 1535, errors: '' });
  }, 300_000);

  it("github's REST spec: generates without a warning, compiles, and every method's example type-checks", async () => {
    const dir = scratchFor('real-github-');
    const result = await run('generate', '--spec', resolve('node_modules/@octokit/openapi/generated/api.github.com.json'), '--out', join(dir, 'out'));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(tscErrors(join(dir, 'out/tsconfig.json'))).toBe('');
    // Numeric ids are numbers (`invitation_id: integer`), not strings, in the signatures and their examples.
    const examples = typeCheckExamples(join(dir, 'out'));
    expect(examples).toEqual({ count: 1223, errors: '' });
    const apiMd = readFileSync(join(dir, 'out/api.md'), 'utf8');
    expect(apiMd).toContain('client.repos.acceptInvitationForAuthenticatedUser(invitationId: number, options?: RequestOptions)');
    // The one operation with its own server: release assets are uploaded to another host.
    expect(apiMd).toContain('POST https://uploads.github.com/repos/{owner}/{repo}/releases/{release_id}/assets');
  }, 300_000);
});
