/**
 * `--overlay`: a team generating from a spec it does not own (a vendor's, replaced on every release)
 * keeps its SDK settings in an OpenAPI Overlay. Checked end to end: `generate` names the methods as the
 * overlay says and the package compiles a call to them; `check` needs the same overlay; a failed overlay
 * leaves the package as it was; a review applies the overlay to both sides, so a vendor's renamed
 * operationId no longer renames the method the overlay pinned; an overlay whose `extends` names the spec
 * needs no `--spec`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { consumerErrors, tscErrors } from '../helpers/tsc.js';
import { run, scratchDir, treeHashes } from '../helpers/tree.js';
import { runDiff } from '../../generator/diff/command.js';
import { REPO, TSX } from '../package/helpers/paths.js';

const vendorSpec = (getId: string) => ({
  openapi: '3.1.0',
  info: { title: 'Cloud', version: '1.0.0' },
  servers: [{ url: 'https://api.cloud.example.com' }],
  paths: {
    '/zones/{zone_id}': {
      parameters: [{ name: 'zone_id', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        operationId: getId,
        tags: ['Zone'],
        responses: { '200': { description: 'the zone', content: { 'application/json': { schema: { type: 'object', properties: { result: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } } } } } } },
      },
    },
  },
});

const overlay = {
  overlay: '1.1.0',
  info: { title: 'Cloud SDK settings', version: '1.0.0' },
  actions: [
    { target: '$', update: { 'x-sdk': { client: { name: 'Cloud', unwrap: 'result', unwrapRequired: true }, pathParamsInParams: ['zone_id'] } } },
    { target: "$.paths['/zones/{zone_id}'].get", update: { 'x-sdk-resource': 'zones', 'x-sdk-method': 'get' } },
  ],
};

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = scratchDir('overlay-cli-');
  writeFileSync(path('openapi.yaml'), stringify(vendorSpec('zones-0-get')));
  writeFileSync(path('renamed.yaml'), stringify(vendorSpec('zone-details')));
  writeFileSync(path('sdk.overlay.yaml'), stringify(overlay));
});

describe('--overlay', () => {
  it('generates the package the overlaid spec describes, and check asks for the same overlay', async () => {
    const out = path('out');
    const generated = await run('generate', '--spec', path('openapi.yaml'), '--overlay', path('sdk.overlay.yaml'), '--out', out);
    expect(generated.stderr).toBe('');
    expect(generated.code).toBe(0);
    // Before the compile below adds a consumer file to the folder.
    expect((await run('check', '--spec', path('openapi.yaml'), '--overlay', path('sdk.overlay.yaml'), '--out', out)).code).toBe(0);
    const without = await run('check', '--spec', path('openapi.yaml'), '--out', out);
    expect(without.code).toBe(1);
    // The hint names what regenerates the package checked: here the spec alone.
    expect(without.stderr).toMatch(new RegExp(`out of date: run \`npm run generate -- --spec ${path('openapi.yaml')} --out ${out}\`\\.\\n$`));
    const call = "const zone = await client.zones.get({ zone_id: '023e' });\nexport const name: string = zone.name;";
    expect(consumerErrors(out, "import Cloud from './src/index.js';\ndeclare const client: Cloud;", call)).toEqual([]);
    expect(tscErrors(out)).toBe('');
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toMatch(/await client\.zones\.get\(\{\s+zone_id: 'zone_id',\s+\}\);/);
  }, 60_000);

  it('writes code samples that call the methods the overlay names', async () => {
    const samples = await run('samples', '--spec', path('openapi.yaml'), '--overlay', path('sdk.overlay.yaml'));
    expect(samples.code).toBe(0);
    const sampleOverlay = parse(samples.stdout) as { extends: string; actions: { target: string; update: { 'x-codeSamples': { source: string }[] } }[] };
    expect(sampleOverlay.actions.map((a) => a.target)).toEqual(["$['paths']['/zones/{zone_id}']['get']"]);
    expect(sampleOverlay.actions[0]!.update['x-codeSamples'][0]!.source).toMatch(/await client\.zones\.get\(\{\s+zone_id: /);
    const clash = await run('samples', '--spec', path('openapi.yaml'), '--overlay', path('sdk.overlay.yaml'), '--out', path('sdk.overlay.yaml'));
    expect(clash.code).toBe(2);
  }, 60_000);

  // The Overlay Specification's `extends` names the document an overlay applies to: given it, no --spec is needed.
  it("reads the spec the overlay's extends names when no --spec is given: generate, check, samples, build:package and release", async () => {
    writeFileSync(path('named.overlay.yaml'), stringify({ ...overlay, extends: './openapi.yaml' }));
    const out = path('from-extends');
    const generated = await run('generate', '--overlay', path('named.overlay.yaml'), '--out', out);
    expect(generated.stderr).toBe('');
    expect(generated.code).toBe(0);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toMatch(/await client\.zones\.get\(\{\s+zone_id: 'zone_id',\s+\}\);/);
    expect((await run('check', '--overlay', path('named.overlay.yaml'), '--out', out)).code).toBe(0);
    const samples = await run('samples', '--overlay', path('named.overlay.yaml'));
    expect(samples.code).toBe(0);
    expect((parse(samples.stdout) as { actions: { target: string }[] }).actions.map((a) => a.target)).toEqual(["$['paths']['/zones/{zone_id}']['get']"]);
    const built = spawnSync(process.execPath, [TSX, join(REPO, 'generator/build/build-package.ts'), '--overlay', path('named.overlay.yaml'), '--out', out], { encoding: 'utf8' });
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'dist/provenance.json'), 'utf8')).spec.sha256).toBe(createHash('sha256').update(readFileSync(path('openapi.yaml'))).digest('hex'));
    // The vendor's spec declares no package version: the release stops there, naming the spec it read.
    const release = spawnSync(process.execPath, [TSX, join(REPO, 'generator/build/release.ts'), 'patch', '--overlay', path('named.overlay.yaml'), '--out', out], { encoding: 'utf8' });
    expect(release.stdout).toContain(`${path('openapi.yaml')}: no x-sdk.package.version to bump`);
    // --spec still chooses: the overlay's `extends` then only warns that it names another file.
    const other = await run('generate', '--spec', path('renamed.yaml'), '--overlay', path('named.overlay.yaml'), '--out', path('other'));
    expect(other.code).toBe(0);
    expect(other.stderr).toMatch(/named\.overlay\.yaml:\d+:\d+ warning \[overlay-extends\] #\/extends: the overlay extends "\.\/openapi\.yaml"/);
  }, 60_000);

  it("check's hint regenerates with the overlays given, quoted for the shell where need be", async () => {
    const out = path("bare out");
    expect((await run('generate', '--spec', path('openapi.yaml'), '--out', out)).code).toBe(0);
    const drift = await run('check', '--spec', path('openapi.yaml'), '--overlay', path('sdk.overlay.yaml'), '--out', out, '--lenient');
    expect(drift.code).toBe(1);
    expect(drift.stderr.trim().split('\n').at(-1)).toBe(`${drift.stderr.match(/^\d+ files out of date/m)?.[0]}: run \`npm run generate -- --spec ${path('openapi.yaml')} --overlay ${path('sdk.overlay.yaml')} --out '${out}' --lenient\`.`);
  }, 60_000);

  it('leaves the package as it was when an overlay fails, and says where', async () => {
    const out = path('kept');
    expect((await run('generate', '--spec', path('openapi.yaml'), '--overlay', path('sdk.overlay.yaml'), '--out', out)).code).toBe(0);
    const before = treeHashes(out);
    writeFileSync(path('broken.overlay.yaml'), stringify({ ...overlay, actions: [{ target: '$.paths[0', update: {} }] }));
    const failed = await run('generate', '--spec', path('openapi.yaml'), '--overlay', path('broken.overlay.yaml'), '--out', out);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/broken\.overlay\.yaml:6:5 error \[overlay-target\] #\/actions\/0\/target: the target "\$\.paths\[0" is not a JSONPath query/);
    expect(treeHashes(out)).toEqual(before);
  }, 60_000);

  it('reviews a vendor release with the overlay on both sides: the pinned method does not move', async () => {
    const review = async (...extra: string[]) => {
      let stdout = '';
      const code = await runDiff([path('openapi.yaml'), path('renamed.yaml'), '--format', 'json', ...extra], { readFile: (f) => readOrUndefined(f), stdout: (s) => void (stdout += s), stderr: () => {} });
      return { code, report: JSON.parse(stdout) as { typescript: { changes: { symbol: string; change: string; impact: string }[] } } };
    };
    const bare = await review();
    expect(bare.report.typescript.changes.filter((c) => c.impact === 'breaking').map((c) => `${c.symbol} ${c.change}`)).toContain('Zone.zones0Get renamed');
    const pinned = await review('--overlay', path('sdk.overlay.yaml'));
    expect(pinned.report.typescript.changes).toEqual([]);
    expect(pinned.code).toBe(0);
  }, 60_000);
});

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
