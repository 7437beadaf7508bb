/** The build and release commands' flags: one value each, or a list for a flag given again (`--overlay`). */
import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../generator/build/flags.js';

describe('build flags', () => {
  const defaults = { spec: 'spec/openapi.yaml', out: 'generated', overlay: [] as readonly string[] };

  it('takes one value per flag, and every value of a list flag in order', () => {
    expect(parseFlags([], defaults)).toEqual(defaults);
    expect(parseFlags(['--spec', 'a.yaml', '--overlay', 'x.yaml', '--out', 'pkg', '--overlay', 'y.yaml'], defaults)).toEqual({ spec: 'a.yaml', out: 'pkg', overlay: ['x.yaml', 'y.yaml'] });
    expect(defaults.overlay).toEqual([]);
  });

  it('refuses an unknown flag, a missing value, and a name the defaults only inherit', () => {
    expect(parseFlags(['--fast', 'yes'], defaults)).toBeUndefined();
    expect(parseFlags(['--spec'], defaults)).toBeUndefined();
    expect(parseFlags(['--toString', 'x'], defaults)).toBeUndefined();
  });
});
