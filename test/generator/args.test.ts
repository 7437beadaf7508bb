/**
 * Every command reads its arguments one way (`generator/util/args.ts`), and a mistake is named with what
 * was most likely meant, rather than answered with the usage alone.
 */
import { describe, expect, it } from 'vitest';
import { parseArgs, type Args, type ArgsShape } from '../../generator/util/args.js';
import { parseBuildArgs, parseReleaseArgs } from '../../generator/build/flags.js';

const SHAPE: ArgsShape = { values: { spec: 'a file', out: 'a folder', overlay: 'an overlay file' }, lists: ['overlay'], switches: ['lenient', 'no-cache'] };

/** The parsed arguments as plain data, to compare whole. */
function plain(parsed: Args | string): unknown {
  if (typeof parsed === 'string') return parsed;
  return { values: Object.fromEntries(parsed.values), lists: Object.fromEntries(parsed.lists), switches: [...parsed.switches], positionals: parsed.positionals };
}

describe('parseArgs', () => {
  it('reads values in both forms, lists in order, switches, and the last of a value given twice', () => {
    const args = ['--spec', 'a.yaml', '--overlay=x.yaml', '--lenient', '--out', 'pkg', '--overlay', 'y.yaml', '--spec=b.yaml'];
    expect(plain(parseArgs(args, SHAPE))).toEqual({ values: { spec: 'b.yaml', out: 'pkg' }, lists: { overlay: ['x.yaml', 'y.yaml'] }, switches: ['lenient'], positionals: [] });
    expect(plain(parseArgs([], SHAPE))).toEqual({ values: {}, lists: { overlay: [] }, switches: [], positionals: [] });
  });

  it('keeps a value holding `=` whole, and takes everything after `--` as plain arguments', () => {
    expect(plain(parseArgs(['--spec=a=b.yaml'], SHAPE))).toMatchObject({ values: { spec: 'a=b.yaml' } });
    expect(plain(parseArgs(['a', '--', '--spec'], { ...SHAPE, positionals: 2 }))).toMatchObject({ values: {}, positionals: ['a', '--spec'] });
  });

  it.each([
    [['--spce', 'a.yaml'], 'unknown option --spce (did you mean --spec?)'],
    [['--nocache'], 'unknown option --nocache (did you mean --no-cache?)'],
    [['-spec', 'a.yaml'], 'unknown option -spec (did you mean --spec?)'],
    [['--fast'], 'unknown option --fast'],
    [['--toString', 'x'], 'unknown option --toString'],
    [['--spec'], '--spec needs a file'],
    [['--spec='], '--spec needs a file'],
    [['--out', '--lenient'], '--out needs a folder'],
    [['--overlay'], '--overlay needs an overlay file'],
    [['--lenient=yes'], '--lenient takes no value'],
    [['extra'], 'unexpected argument extra'],
    [['spec/api.yaml'], 'unexpected argument spec/api.yaml (a spec is given as --spec spec/api.yaml)'],
  ])('%j: %s', (args, problem) => {
    expect(parseArgs(args, SHAPE)).toBe(problem);
  });

  it('takes as many plain arguments as the command has, and names the first one more', () => {
    expect(plain(parseArgs(['a', 'b'], { positionals: 2 }))).toMatchObject({ positionals: ['a', 'b'] });
    expect(parseArgs(['a', 'b', 'c'], { positionals: 2 })).toBe('unexpected argument c');
  });
});

describe('the build and release arguments', () => {
  it('give the build its spec, overlays and folder, with the defaults', () => {
    expect(parseBuildArgs([])).toEqual({ spec: 'spec/openapi.yaml', overlays: [], out: 'generated' });
    expect(parseBuildArgs(['--spec', 'a.yaml', '--overlay', 'x.yaml', '--out', 'pkg', '--overlay', 'y.yaml'])).toEqual({ spec: 'a.yaml', overlays: ['x.yaml', 'y.yaml'], out: 'pkg' });
    expect(parseBuildArgs(['--outt', 'pkg'])).toBe('unknown option --outt (did you mean --out?)');
  });

  it('give the release its bump wherever it stands, and say when it is missing', () => {
    expect(parseReleaseArgs(['--publish', 'minor', '--since', 'v1:spec/openapi.yaml'])).toEqual({ bump: 'minor', spec: 'spec/openapi.yaml', overlays: [], out: 'generated', since: 'v1:spec/openapi.yaml', publish: true });
    expect(parseReleaseArgs(['patch'])).toMatchObject({ since: undefined, publish: false });
    expect(parseReleaseArgs(['--publish'])).toBe('a bump is needed first: auto, major, minor, patch, a version (x.y.z) or current');
    expect(parseReleaseArgs(['patch', '--pubilsh'])).toBe('unknown option --pubilsh (did you mean --publish?)');
    expect(parseReleaseArgs(['patch', 'minor'])).toBe('unexpected argument minor');
  });
});
