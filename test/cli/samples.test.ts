/** The `samples` command's own input handling: what it prints, what it refuses, and what it never overwrites. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run, scratchWithSpec } from '../helpers/tree.js';

describe('samples', () => {
  it('prints the overlay when no --out is given, its extends leading to the spec from the working folder', async () => {
    const result = await run('samples');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('4 code samples printed\n');
    const overlay = parse(result.stdout);
    expect([overlay.overlay, overlay.extends, overlay.actions.length]).toEqual(['1.1.0', 'spec/openapi.yaml', 4]);
  });

  it('refuses to write over a file of the spec', async () => {
    const { spec } = scratchWithSpec();
    const before = readFileSync(spec, 'utf8');
    const result = await run('samples', '--spec', spec, '--out', spec);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `samples: --out ${spec} is a file of the spec or an overlay given; the samples go beside them.\n` });
    expect(readFileSync(spec, 'utf8')).toBe(before);
  });

  it('reports a broken spec with located errors, exit 1, and leaves the old overlay as it was', async () => {
    const { dir } = scratchWithSpec();
    const out = join(dir, 'samples.yaml');
    writeFileSync(out, 'the old overlay\n');
    const result = await run('samples', '--spec', 'test/fixtures/bad/duplicate-operation-id.yaml', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^test\/fixtures\/bad\/duplicate-operation-id\.yaml:\d+:\d+ error \[operation-id-duplicate\] #\/paths\//m);
    expect(result.stderr).toContain('nothing was written. With --lenient, it becomes a warning');
    expect(result.stderr).toContain('and the samples are written.');
    expect(readFileSync(out, 'utf8')).toBe('the old overlay\n');
  });

  it.each([
    [['--format', 'json'], 'unknown option --format'],
    [['--ovelray', 'x.yaml'], 'unknown option --ovelray \\(did you mean --overlay\\?\\)'],
    [['--out'], '--out needs a file'],
  ])('refuses %j with the usage', async (args, problem) => {
    const result = await run('samples', ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^samples: ${problem}\nusage:\n  samples  \\[--spec`));
  });
});
