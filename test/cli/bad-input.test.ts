import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, scratchWithSpec, treeHashes } from '../helpers/tree.js';

const BAD = 'test/fixtures/bad';
const [TSX, CLI] = [resolve('node_modules/tsx/dist/cli.mjs'), resolve('generator/cli.ts')];

describe('generate with a broken spec', () => {
  it.each(readdirSync(BAD).sort())('%s: located errors, exit 1, generated/ untouched', async (name) => {
    const { spec, out } = scratchWithSpec();
    expect((await run('generate', '--spec', spec, '--out', out)).code).toBe(0);
    const before = treeHashes(out);
    const result = await run('generate', '--spec', `${BAD}/${name}`, '--out', out);
    expect(result.code).toBe(1);
    const problems = result.stderr.split('\n').filter((l) => l.startsWith(`${BAD}/${name}:`));
    expect(problems.length).toBeGreaterThan(0);
    for (const line of problems) expect(line).toMatch(/^[^:]+:[1-9]\d*:[1-9]\d* error \[[a-z0-9-]+\] #(\/\S*)?: \S/);
    expect(result.stderr).toContain('nothing was written');
    expect(treeHashes(out)).toEqual(before);
  });

  // Thousands of levels exhaust the stack inside the YAML parser, before the loader's own limit is checked.
  it('refuses a spec or an overlay nested thousands of levels deep where the limit is passed, in every command that reads one', async () => {
    const { dir, spec, out } = scratchWithSpec();
    expect((await run('generate', '--spec', spec, '--out', out)).code).toBe(0);
    const before = treeHashes(out);
    const deep = join(dir, 'deep.yaml');
    writeFileSync(deep, `openapi: 3.1.0\ninfo: {title: Deep, version: '1'}\npaths: {}\nx-deep:\n${Array.from({ length: 1500 }, (_, i) => `${'  '.repeat(i + 1)}a:\n`).join('')}`);
    const overlay = join(dir, 'deep.overlay.yaml');
    writeFileSync(overlay, `overlay: 1.0.0\ninfo: {title: Deep, version: '1'}\nactions:\n  - target: $.info\n    update: {x-deep: ${'['.repeat(3000)}${']'.repeat(3000)}}\n`);
    const located = (file: string, line: number, column: number, pointer: string) => `${file}:${line}:${column} error [nesting-too-deep] #${pointer}: values nest more than 500 levels deep here`;

    const generated = await run('generate', '--spec', deep, '--out', out);
    expect([generated.code, generated.stderr]).toEqual([1, expect.stringContaining(located(deep, 503, 999, `/x-deep${'/a'.repeat(499)}`))]);
    const overlaid = await run('generate', '--spec', spec, '--overlay', overlay, '--out', out);
    expect([overlaid.code, overlaid.stderr]).toEqual([1, expect.stringContaining(located(overlay, 5, 518, `/actions/0/update/x-deep${'/0'.repeat(496)}`))]);
    expect(treeHashes(out)).toEqual(before);

    for (const [base, revision] of [[spec, deep], [deep, spec]] as const) {
      const reviewed = await run('diff', base, revision);
      expect([reviewed.code, reviewed.stderr]).toEqual([2, expect.stringContaining(located(deep, 503, 999, `/x-deep${'/a'.repeat(499)}`))]);
    }
  });

  it('reports a missing spec file', async () => {
    const result = await run('generate', '--spec', 'no/such/spec.yaml', '--out', scratchWithSpec().out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot read the spec file no/such/spec.yaml');
  });

  it('says when --spec names a folder, and which file in it is likely the spec', async () => {
    const { dir } = scratchWithSpec();
    const result = await run('generate', '--spec', join(dir, 'spec'), '--out', join(dir, 'generated'));
    expect(result).toEqual({ code: 2, stdout: '', stderr: `--spec ${join(dir, 'spec')} is a folder; it names the spec's entry file (${join(dir, 'spec/openapi.yaml')}?).\n` });
    expect(readdirSync(dir)).toEqual(['spec']);
  });

  it('reports a license file that cannot be read where the spec names it', async () => {
    const result = await run('generate', '--spec', `${BAD}/license-file-missing.yaml`, '--out', scratchWithSpec().out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${BAD}/license-file-missing.yaml:8:5 error [license-file-missing] #/x-sdk/package/licenseFile: licenseFile names ${BAD}/NO-SUCH-LICENSE, which cannot be read`);
  });

  it('rejects unknown arguments with the usage and exit 2', async () => {
    const result = await run('generate', '--nope');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^generate: unknown option --nope\nusage:/);
  });
});

describe('generate to an output folder that cannot be written', () => {
  it('refuses a file standing where the folder would go, and leaves it as it was', async () => {
    const { dir, spec } = scratchWithSpec();
    const out = join(dir, 'notes.txt');
    writeFileSync(out, 'mine');
    const result = await run('generate', '--spec', spec, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`cannot write the package to ${out}: a file stands there, not a folder; nothing was written.\n`);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'spec']);
  });

  it('says why a folder under a file cannot be made, with exit 2 and no stack trace', async () => {
    const { dir, spec } = scratchWithSpec();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const out = join(dir, 'notes.txt', 'generated');
    const result = await run('generate', '--spec', spec, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^cannot write the package to ${out} \\(it is written beside the folder, then swapped in\\): ENOTDIR: .*; nothing was written\\.\\n$`));
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'spec']);
  });

  it('never replaces a folder that holds the spec, the folder it runs in, or files it did not write', async () => {
    const { dir, spec } = scratchWithSpec();
    writeFileSync(join(dir, 'spec', 'notes.md'), 'mine');
    const before = treeHashes(dir);
    const specDir = join(dir, 'spec');
    expect(await run('generate', '--spec', spec, '--out', specDir)).toMatchObject({
      code: 2,
      stderr: `cannot write the package to ${specDir}: it holds ${spec}, and the package replaces the whole folder; nothing was written.\n`,
    });
    // In the scratch folder, not the repository: a regression there would replace the folder it runs in.
    const here = spawnSync(process.execPath, [TSX, CLI, 'generate', '--spec', 'spec/openapi.yaml', '--out', '.'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(here.stderr).toBe('cannot write the package to .: it holds the folder this runs in, and the package replaces the whole folder; nothing was written.\n');
    // The spec elsewhere: the folder still holds files the generator did not write.
    const elsewhere = join(scratchWithSpec().dir, 'spec/openapi.yaml');
    expect((await run('generate', '--spec', elsewhere, '--out', specDir)).stderr).toContain(
      `cannot write the package to ${specDir}: it holds files this generator did not write (LICENSE, notes.md, openapi.yaml, …), and the package replaces the whole folder; choose a new or empty folder`,
    );
    expect(treeHashes(dir)).toEqual(before);
  });

  it('takes `generated/`, as a shell completes it, for `generated`: the package replaced, nothing written inside it', async () => {
    const { dir, spec, out } = scratchWithSpec();
    expect((await run('generate', '--spec', spec, '--out', out)).code).toBe(0);
    const once = treeHashes(out);
    writeFileSync(join(out, 'src/index.ts'), readFileSync(join(out, 'src/index.ts'), 'utf8') + '// a hand edit\n');
    const again = await run('generate', '--spec', spec, '--out', `${out}/`);
    expect([again.code, again.stdout.includes(`files in ${out}/`), again.stdout.includes(`${out}//`)]).toEqual([0, true, false]);
    expect(treeHashes(out)).toEqual(once);
    expect((await run('check', '--spec', spec, '--out', `${out}/`)).stdout).toBe(`${out}/ is up to date with the spec (${Object.keys(once).length} files).\n`);
    expect(readdirSync(dir).sort()).toEqual(['generated', 'spec']);
  });

  it('replaces a package it wrote, and writes into a folder that holds only what it carries over', async () => {
    const { dir, spec, out } = scratchWithSpec();
    mkdirSync(join(out, 'src/lib'), { recursive: true });
    writeFileSync(join(out, 'src/lib/helpers.ts'), 'export {};\n');
    expect((await run('generate', '--spec', spec, '--out', out)).code).toBe(0);
    expect((await run('generate', '--spec', spec, '--out', out)).code).toBe(0);
    expect(readFileSync(join(out, 'src/lib/helpers.ts'), 'utf8')).toBe('export {};\n');
    expect(readdirSync(dir).sort()).toEqual(['generated', 'spec']);
  });

  it('fails, rather than spins, where the file system refuses new folders with ENOENT (/proc)', () => {
    const { spec } = scratchWithSpec();
    // In a process of its own: Node's recursive mkdir loops there forever, which no test timeout stops.
    const cli = spawnSync(process.execPath, [TSX, CLI, 'generate', '--spec', spec, '--out', '/proc/generated'], { encoding: 'utf8', timeout: 120_000 });
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain("ENOENT: no such file or directory, mkdir '/proc/generated.next'");
  });
});

describe('generate with errors and warnings', () => {
  const code = (line: string) => line.match(/\[([a-z-]+)\]/)![1];
  const lines = (spec: string, stderr: string, severity: string) => stderr.split('\n').filter((l) => l.startsWith(`${spec}:`) && l.includes(` ${severity} [`));

  it('prints the warnings found before an error stopped it, then the error, and counts both', async () => {
    const spec = 'test/fixtures/warned/errors-and-warnings.yaml';
    const result = await run('generate', '--spec', spec, '--out', scratchWithSpec().out);
    expect(result.code).toBe(1);
    const warnings = lines(spec, result.stderr, 'warning');
    expect(warnings.map(code).sort()).toEqual(['sdk-config-unknown', 'server-relative']);
    expect(warnings.join('\n')).toMatch(/:10:3 warning \[sdk-config-unknown\] #\/x-sdk\/clientName: .*did you mean x-sdk\.client\.name/);
    expect(lines(spec, result.stderr, 'error').map(code)).toEqual(['pagination-invalid']);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe('1 problem in the spec (and 2 warnings); nothing was written.');
  });

  it('with --lenient, keeps the warnings of loading too', async () => {
    const spec = 'test/fixtures/warned/lenient-and-broken.yaml';
    const result = await run('generate', '--spec', spec, '--out', scratchWithSpec().out, '--lenient');
    expect(result.code).toBe(1);
    expect(lines(spec, result.stderr, 'warning').map(code).sort()).toEqual(['ref-file-missing', 'sdk-config-unknown']);
    expect(lines(spec, result.stderr, 'error').map(code)).toEqual(['required']);
    expect(result.stderr).toContain('1 problem in the spec (and 2 warnings); nothing was written.');
  });

  // Seven operations declaring a `Content-Type` header (as VTEX's catalog does on 162), and one unknown x-sdk key.
  const repeated = (dir: string): string => {
    const operation = (n: number) => `  /things${n}:\n    get:\n      operationId: getThing${n}\n      parameters:\n        - {name: Content-Type, in: header, schema: {type: string}}\n      responses: {'204': {description: done}}\n`;
    const spec = join(dir, 'repeated.yaml');
    writeFileSync(spec, `openapi: 3.1.0\ninfo: {title: Things, version: '1'}\nx-sdk: {clientName: Things}\npaths:\n${Array.from({ length: 7 }, (_, n) => operation(n)).join('')}`);
    return spec;
  };

  it('prints the first 5 warnings of each kind and counts the rest, unless --all-warnings', async () => {
    const { dir, out } = scratchWithSpec();
    const spec = repeated(dir);
    const folded = await run('generate', '--spec', spec, '--out', out);
    expect(folded.code).toBe(0);
    expect(lines(spec, folded.stderr, 'warning').map(code)).toEqual(['sdk-config-unknown', ...Array(5).fill('header-param-ignored')]);
    expect(folded.stderr).toContain('... and 2 more warnings [header-param-ignored] like these (--all-warnings prints every one)\n');
    for (const command of ['generate', 'check', 'samples']) {
      const every = await run(command, '--spec', spec, ...(command === 'samples' ? [] : ['--out', out]), '--all-warnings');
      expect([command, every.code]).toEqual([command, 0]);
      expect(lines(spec, every.stderr, 'warning').map(code)).toEqual(['sdk-config-unknown', ...Array(7).fill('header-param-ignored')]);
      expect(every.stderr).not.toContain('more warning');
    }
  });
});

describe('generate --lenient', () => {
  it('turns a $ref to nothing into a located warning and an unknown type', async () => {
    const { out } = scratchWithSpec();
    const result = await run('generate', '--spec', `${BAD}/ref-to-nothing.yaml`, '--out', out, '--lenient');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/ref-to-nothing\.yaml:15:17 warning \[ref-missing\]/);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(`${out}/src/resources/things.ts`, 'utf8')).toContain('export type ThingsListThingsResponse = Missing;');
    expect(readFileSync(`${out}/src/models.ts`, 'utf8')).toContain('export type Missing = unknown;');
  });
});

describe('generate --lenient with defects of published specs', () => {
  it('refuses them without --lenient, the missing file first, since the spec cannot even be read whole', async () => {
    const { out } = scratchWithSpec();
    const result = await run('generate', '--spec', `${BAD}/lenient-defects.yaml`, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/lenient-defects\.yaml:23:11 error \[ref-file-missing\] .*examples\/get-thing\.json, which cannot be read/);
  });

  it('with --lenient, warns and reads them as meant: the path parameter required, nothing to read back', async () => {
    const { out } = scratchWithSpec();
    const result = await run('generate', '--spec', `${BAD}/lenient-defects.yaml`, '--out', out, '--lenient');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/lenient-defects\.yaml:12:11 warning \[path-param-required\]/);
    expect(result.stderr).toMatch(/lenient-defects\.yaml:24:5 warning \[responses-missing\]/);
    expect(result.stderr).toMatch(/lenient-defects\.yaml:23:11 warning \[ref-file-missing\] .*examples\/get-thing\.json, which cannot be read/);
    const { readFileSync } = await import('node:fs');
    const resource = readFileSync(`${out}/src/resources/things.ts`, 'utf8');
    expect(resource).toMatch(/getThing\(id: string, options\?: RequestOptions\): APIPromise<ThingsGetThingResponse>/);
    expect(resource).toMatch(/deleteThing\(id: string, options\?: RequestOptions\): APIPromise<void>/);
    expect(result.stderr).toMatch(/lenient-defects\.yaml:33:5 warning \[path-param-undeclared\] .*uses \{part\}, which no parameter declares/);
    expect(resource).toMatch(/getPart\(id: string, part: string, options\?: RequestOptions\)/);
    expect(result.stderr).toMatch(/lenient-defects\.yaml:44:7 warning \[operation-id-duplicate\] .*"getThing" is already used at #\/paths\/~1things~1\{id\}\/get/);
    expect(resource).toMatch(/createCopy\(id: string, options\?: RequestOptions\): APIPromise<void>/);
    expect(result.stderr).toMatch(/lenient-defects\.yaml:49:25 warning \[parameter-in-invalid\] .*parameter "copy" is `in: body`/);
    expect(result.stderr).toMatch(/lenient-defects\.yaml:56:11 warning \[path-param-unused\] .*path parameter "OwnerID" is in no \{placeholder\} .*; with --lenient, it fills \{ownerId\}/);
    expect(result.stderr).toMatch(/lenient-defects\.yaml:62:13 warning \[path-param-unused\] .*path parameter "version" is in no \{placeholder\} .*; with --lenient, it is left out of the client/);
    expect(result.stderr.match(/path-param-unused/g)).toHaveLength(2);
    expect(resource).toMatch(/getOwner\(ownerId: string, options\?: RequestOptions\): APIPromise<void>/);
    expect(resource).toMatch(/encodePath\('\/owners\/\{ownerId\}', \{ ownerId \}\)/);
  });

  it('says when --lenient would generate, and only then', async () => {
    const last = async (name: string) => (await run('generate', '--spec', `${BAD}/${name}`, '--out', scratchWithSpec().out)).stderr.trimEnd().split('\n').at(-1);
    expect(await last('no-paths.yaml')).toBe(
      '1 problem in the spec; nothing was written. With --lenient, it becomes a warning with the reading the README gives ("More defects of published specs"), and the package is generated.',
    );
    expect(await last('not-openapi.yaml')).toBe('1 problem in the spec; nothing was written.');
  });

  it('with --lenient, generates the models of a document without paths', async () => {
    const { out } = scratchWithSpec();
    const result = await run('generate', '--spec', `${BAD}/no-paths.yaml`, '--out', out, '--lenient');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/no-paths\.yaml:2:1 warning \[paths-missing\]/);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(`${out}/src/models.ts`, 'utf8')).toContain('export interface Shape {');
  });
});

describe('an info.version that YAML reads as a number', () => {
  it('is refused at the field, saying to quote it', async () => {
    const { out } = scratchWithSpec();
    const result = await run('generate', '--spec', `${BAD}/info-version-number.yaml`, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/info-version-number\.yaml:5:3 error \[info-not-string\] #\/info\/version: `info\.version` must be a string, found the number 2\.1 \(write it in quotes: YAML reads/);
  });

  it('with --lenient, is read as its digits, with a warning', async () => {
    const { out } = scratchWithSpec();
    const result = await run('generate', '--spec', `${BAD}/info-version-number.yaml`, '--out', out, '--lenient');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/info-version-number\.yaml:5:3 warning \[info-not-string\] .*; with --lenient, it is read as "2\.1"/);
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(`${out}/package.json`, 'utf8')).version).toBe('2.1.0');
  });
});

describe('generate --lenient with a query string in a path template', () => {
  it('reads its query parameters from it, with a located warning, and sends them as a query', async () => {
    const { out } = scratchWithSpec();
    const result = await run('generate', '--spec', `${BAD}/query-in-path.yaml`, '--out', out, '--lenient');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/query-in-path\.yaml:9:5 warning \[path-query-string\] #\/paths\/~1rides\?page=\{page\}&per_page=\{per_page\}&format=json\/get: path template .* has a query string/);
    const { pathToFileURL } = await import('node:url');
    const generated = (await import(pathToFileURL(`${out}/src/index.ts`).href)) as Record<string, (params: object) => unknown>;
    // `page` keeps its declared schema (an integer, required), moved to the query; `per_page` is an optional string.
    expect(generated['buildRidesListRidesRequest']!({ page: 2, per_page: '10' })).toMatchObject({ method: 'GET', path: '/rides?format=json', query: { page: 2, per_page: '10' } });
  });
});

describe('generate with a TRACE operation', () => {
  it('leaves it out with a located warning: fetch cannot send TRACE', async () => {
    const { out } = scratchWithSpec();
    const result = await run('generate', '--spec', 'test/fixtures/warn/trace-operation.yaml', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/trace-operation\.yaml:12:5 warning \[trace-skipped\] #\/paths\/~1things\/trace: TRACE operations cannot be sent/);
    const { readFileSync } = await import('node:fs');
    const resource = readFileSync(`${out}/src/resources/things.ts`, 'utf8');
    expect(resource).toContain('listThings(');
    expect(resource).not.toMatch(/traceThings|'TRACE'/);
  });
});

describe('generate with a GET that has a request body', () => {
  it('leaves the body out with a located warning: fetch cannot send one with GET', async () => {
    const { out } = scratchWithSpec();
    const result = await run('generate', '--spec', 'test/fixtures/warn/get-with-body.yaml', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/get-with-body\.yaml:14:7 warning \[body-not-sendable\] #\/paths\/~1search\/get\/requestBody: fetch cannot send a request body with GET/);
    const { pathToFileURL } = await import('node:url');
    const generated = (await import(pathToFileURL(`${out}/src/index.ts`).href)) as Record<string, (params: object) => unknown>;
    expect(generated['buildSearchSearchRequest']!({ q: 'x' })).toMatchObject({ method: 'GET', query: { q: 'x' }, body: undefined });
  });

  it('leaves out a body that could hold nothing (an empty form, as Stripe declares on every GET) without a warning', async () => {
    const { out } = scratchWithSpec();
    const result = await run('generate', '--spec', 'test/fixtures/warn/get-with-body.yaml', '--out', out);
    expect(result.stderr.match(/warning \[body-not-sendable\]/g)).toHaveLength(2);
    expect(result.stderr).not.toContain('~1charges');
    // A required one must be sent, even empty: the server may refuse the request without it.
    expect(result.stderr).toContain('#/paths/~1refunds/get/requestBody');
    const { pathToFileURL } = await import('node:url');
    const generated = (await import(pathToFileURL(`${out}/src/index.ts`).href)) as Record<string, (params: object) => unknown>;
    expect(generated['buildChargesListChargesRequest']!({ limit: 3 })).toMatchObject({ method: 'GET', query: { limit: 3 }, body: undefined });
  });
});

describe('generate with a relative server on a path item', () => {
  it('resolves it against the document\'s server and says so, located', async () => {
    const { out } = scratchWithSpec();
    const result = await run('generate', '--spec', 'test/fixtures/warn/relative-server.yaml', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /relative-server\.yaml:9:5 warning \[server-relative\] #\/paths\/~1things\/servers: the server URL "\/v2" is relative; resolved against the document's server "https:\/\/api\.example\.test\/v1", requests of this operation go to "https:\/\/api\.example\.test\/v2"/,
    );
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(`${out}/src/resources/things.ts`, 'utf8')).toContain("server: 'https://api.example.test/v2',\n    path: encodePath('/things', {}),");
  });
});
