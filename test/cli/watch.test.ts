/**
 * `generate --watch` on a scratch copy of the spec, with real files and real file-system events: a save
 * regenerates, a broken save reports located errors and leaves the package as it was, an editor's
 * write-and-rename save is seen, and aborting stops the command with exit code 0.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../generator/command.js';
import { scratchWithSpec, treeHashes } from '../helpers/tree.js';

/** Polls until `ready()` holds; fails after `ms`. */
async function until(ready: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** How many generations the output reports (`generated 41 files in …`). */
const generations = (text: string) => text.match(/generated \d+ files/g)?.length ?? 0;

describe('generate --watch', () => {
  const stop = new AbortController();
  afterEach(() => stop.abort());

  it('regenerates on each save, keeps the package through a broken one, and stops when aborted', async () => {
    const { spec, out } = scratchWithSpec();
    let stdout = '';
    let stderr = '';
    const exit = main(['generate', '--watch', '--spec', spec, '--out', out], { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), signal: stop.signal });
    await until(() => stdout.includes('watching'));
    expect(generations(stdout)).toBe(1);
    const original = readFileSync(spec, 'utf8');

    // A save that changes a description.
    writeFileSync(spec, original.replace('Returns details of an ongoing active session', 'Describes the session now running'));
    await until(() => generations(stdout) === 2, 30_000);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain('Describes the session now running');
    const good = treeHashes(out);

    // A broken save: located errors, the package untouched.
    writeFileSync(spec, original.replace(/^openapi: .*$/m, 'openapi: [unclosed'));
    await until(() => stderr.includes('nothing was written'), 30_000);
    expect(stderr).toMatch(/openapi\.yaml:\d+:\d+/);
    expect(treeHashes(out)).toEqual(good);

    // An editor's save: write a new file, rename it over the spec.
    writeFileSync(`${spec}.tmp`, original);
    renameSync(`${spec}.tmp`, spec);
    await until(() => generations(stdout) === 3, 30_000);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).not.toContain('Describes the session now running');

    stop.abort();
    expect(await exit).toBe(0);
  }, 120_000);

  it('regenerates when an overlay given with --overlay is saved', async () => {
    const { spec, out } = scratchWithSpec();
    const overlay = join(out, '..', 'sdk.overlay.yaml');
    const describe = (summary: string) =>
      `overlay: 1.1.0\ninfo: { title: t, version: '1' }\nactions:\n  - target: $.paths.*[?@.operationId]\n    update: { summary: ${JSON.stringify(summary)} }\n`;
    writeFileSync(overlay, describe('First summary from the overlay'));
    let stdout = '';
    const watching = new AbortController();
    const exit = main(['generate', '--watch', '--spec', spec, '--overlay', overlay, '--out', out], { stdout: (s) => void (stdout += s), stderr: () => {}, signal: watching.signal });
    await until(() => stdout.includes('watching'));
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain('First summary from the overlay');
    writeFileSync(overlay, describe('Second summary from the overlay'));
    await until(() => generations(stdout) === 2, 30_000);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain('Second summary from the overlay');
    watching.abort();
    expect(await exit).toBe(0);
  }, 120_000);

  it('is only for generate', async () => {
    let stderr = '';
    const code = await main(['check', '--watch'], { stdout: () => {}, stderr: (s) => void (stderr += s) });
    expect(code).toBe(2);
    expect(stderr).toContain('--watch');
  });
});
