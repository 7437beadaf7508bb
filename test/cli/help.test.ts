/** Help is asked for, not a mistake: the usage on stdout and exit 0; a wrong command still gets it on stderr and exit 2. */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/tree.js';

describe('the command line help', () => {
  it.each([[['--help']], [['-h']], [['help']], [['generate', '--help']], [['diff', '--help']], [['samples', '-h']]])('%j prints every command', async (args) => {
    const result = await run(...args);
    expect([result.code, result.stderr]).toEqual([0, '']);
    for (const command of ['generate', 'check', 'diff', 'samples']) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('answers a command it does not know with the usage on stderr and exit 2', async () => {
    const result = await run('genrate');
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toMatch(/^usage:\n  generate /);
  });

  it('reads help as a file name where a file is expected', async () => {
    const result = await run('generate', '--spec', 'help', '--out', 'no-such-out');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot read the spec file help');
  });
});
