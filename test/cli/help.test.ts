/** Help is asked for, not a mistake: the usage on stdout and exit 0; a wrong command still gets it on stderr and exit 2. */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/tree.js';

describe('the command line help', () => {
  it.each([[['--help']], [['-h']], [['help']], [['generate', '--help']], [['diff', '--help']], [['samples', '-h']]])('%j prints every command', async (args) => {
    const result = await run(...args);
    expect([result.code, result.stderr]).toEqual([0, '']);
    for (const command of ['generate', 'check', 'diff', 'samples']) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('answers a command it does not know with what was meant, the usage on stderr, and exit 2', async () => {
    const result = await run('genrate');
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toMatch(/^unknown command genrate \(did you mean generate\?\)\nusage:\n  generate /);
    expect((await run('publish')).stderr).toMatch(/^unknown command publish\nusage:/);
    expect((await run()).stderr).toMatch(/^a command is needed: generate, check, diff or samples\nusage:/);
  });

  it.each([
    [['generate', '--spce', 'spec/openapi.yaml'], 'generate: unknown option --spce (did you mean --spec?)'],
    [['check', '--out'], 'check: --out needs a folder'],
    [['check', '--watch'], 'check: --watch is for generate only'],
    [['generate', 'spec/openapi.yaml'], 'generate: unexpected argument spec/openapi.yaml (a spec is given as --spec spec/openapi.yaml)'],
  ])('names the mistake in %j before the usage, exit 2', async (args, problem) => {
    const result = await run(...args);
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr.startsWith(`${problem}\nusage:\n  generate `)).toBe(true);
  });

  it('reads help as a file name where a file is expected', async () => {
    const result = await run('generate', '--spec', 'help', '--out', 'no-such-out');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot read the spec file help');
  });
});
