import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { run, scratchWithSpec } from '../helpers/tree.js';

describe('check', () => {
  let spec: string;
  let out: string;

  beforeEach(async () => {
    ({ spec, out } = scratchWithSpec());
    expect((await run('generate', '--spec', spec, '--out', out)).code).toBe(0);
  });

  it('passes on freshly generated output', async () => {
    const result = await run('check', '--spec', spec, '--out', out);
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });

  it('fails on a hand edit inside the package, naming the file', async () => {
    appendFileSync(join(out, 'src/client.ts'), '\n// a hand edit\n');
    const result = await run('check', '--spec', spec, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${out}/src/client.ts: differs`);
  });

  it('fails on a stray file, naming it', async () => {
    writeFileSync(join(out, 'src/stray.ts'), 'export {};\n');
    const result = await run('check', '--spec', spec, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${out}/src/stray.ts: unexpected`);
  });

  it('fails on a deleted file, naming it', async () => {
    rmSync(join(out, 'api.md'));
    const result = await run('check', '--spec', spec, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${out}/api.md: missing`);
  });

  it('fails in one line when the package was never generated, and refuses a file where the folder would be', async () => {
    rmSync(out, { recursive: true });
    expect(await run('check', '--spec', spec, '--out', out)).toEqual({ code: 1, stdout: '', stderr: `${out}/ does not exist: run \`npm run generate -- --spec ${spec} --out ${out}\`.\n` });
    writeFileSync(out, 'mine');
    expect(await run('check', '--spec', spec, '--out', out)).toEqual({ code: 2, stdout: '', stderr: `cannot check ${out}: a file stands there, not a folder.\n` });
  });

  it('fails when the spec changed and the package was not regenerated', async () => {
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('summary: Create a poll', 'summary: Start a poll'));
    const result = await run('check', '--spec', spec, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('src/resources/realtime-kit/active-session.ts: differs');
  });

  it('ignores src/lib/, which belongs to the user, and keeps it across regeneration', async () => {
    mkdirSync(join(out, 'src/lib'), { recursive: true });
    writeFileSync(join(out, 'src/lib/helpers.ts'), 'export const mine = 1;\n');
    expect((await run('check', '--spec', spec, '--out', out)).code).toBe(0);
    expect((await run('generate', '--spec', spec, '--out', out)).code).toBe(0);
    expect(readFileSync(join(out, 'src/lib/helpers.ts'), 'utf8')).toBe('export const mine = 1;\n');
  });

  it('ignores CHANGELOG.md, which the release flow writes, and keeps it across regeneration', async () => {
    writeFileSync(join(out, 'CHANGELOG.md'), '# Changelog\n\n## 1.0.0\n');
    expect((await run('check', '--spec', spec, '--out', out)).code).toBe(0);
    expect((await run('generate', '--spec', spec, '--out', out)).code).toBe(0);
    expect(readFileSync(join(out, 'CHANGELOG.md'), 'utf8')).toBe('# Changelog\n\n## 1.0.0\n');
  });
});
