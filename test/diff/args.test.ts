/** The diff command's arguments and how a side names a file or a git revision. */
import { describe, expect, it } from 'vitest';
import { parseDiffArgs, splitRevision } from '../../generator/diff/args.js';

describe('diff arguments', () => {
  it.each([
    { args: ['a.yaml', 'b.yaml'], want: { base: 'a.yaml', revision: 'b.yaml', overlays: [], format: 'markdown' } },
    { args: ['a.yaml', 'b.yaml', '--format', 'json'], want: { base: 'a.yaml', revision: 'b.yaml', overlays: [], format: 'json' } },
    { args: ['--format=json', 'main:spec/openapi.yaml', 'spec/openapi.yaml'], want: { base: 'main:spec/openapi.yaml', revision: 'spec/openapi.yaml', overlays: [], format: 'json' } },
    { args: ['a.yaml', 'b.yaml', '--overlay', 'sdk.yaml', '--overlay=fix.yaml'], want: { base: 'a.yaml', revision: 'b.yaml', overlays: ['sdk.yaml', 'fix.yaml'], format: 'markdown' } },
    { args: ['a.yaml', 'b.yaml', '--overlay'], want: '--overlay needs an overlay file' },
    { args: ['a.yaml', 'b.yaml', '--format'], want: '--format needs markdown or json' },
    { args: ['a.yaml'], want: 'expected a base and a revision, got 1 argument' },
    { args: ['a.yaml', 'b.yaml', '--format', 'html'], want: '--format must be markdown or json, not "html"' },
    { args: ['a.yaml', 'b.yaml', '--fast'], want: 'unknown option --fast' },
    { args: ['a.yaml', 'b.yaml', '--fromat', 'json'], want: 'unknown option --fromat (did you mean --format?)' },
    { args: ['a.yaml', 'b.yaml', 'c.yaml'], want: 'unexpected argument c.yaml' },
  ])('$args', ({ args, want }) => expect(parseDiffArgs(args)).toEqual(want));

  it.each([
    ['main:spec/openapi.yaml', { revision: 'main', path: 'spec/openapi.yaml' }],
    ['origin/main:spec/openapi.yaml', { revision: 'origin/main', path: 'spec/openapi.yaml' }],
    ['spec/openapi.yaml', undefined],
    ['C:spec.yaml', undefined],
  ] as const)('%s', (arg, want) => expect(splitRevision(arg)).toEqual(want));
});
