/** The version bump: from the TypeScript change, semver rules, 0.x rules, checked against the declared version. */
import { describe, expect, it } from 'vitest';
import { bumpBetween, checkBump, parseVersion } from '../../generator/diff/bump.js';
import type { TsChange, TsImpact } from '../../generator/diff/ts/model.js';
import type { TsDiff } from '../../generator/diff/ts/ts-diff.js';

/** Neither side has an error only `--lenient` reads. */
const NONE = { base: [], revision: [] };

const ts = (...impacts: TsImpact[]): TsDiff => ({ ok: true, lenientOnly: NONE, warnings: NONE, filesChanged: impacts.length ? ['src/index.ts'] : [], changes: impacts.map((impact): TsChange => ({ symbol: 'X', change: 'changed', impact, roles: ['output'], why: '', causes: [] })) });
/** A change to an input type that TypeScript accepts: every old value still goes, and new ones too. */
const widenedInput = (): TsDiff => ({ ok: true, lenientOnly: NONE, warnings: NONE, filesChanged: ['src/index.ts'], changes: [{ symbol: 'Params.sort', change: 'changed', impact: 'compatible', roles: ['input'], why: '', causes: [] }] });

describe('required bump and check', () => {
  it.each([
    { name: 'breaking at 1.x needs a major', diff: ts('breaking'), base: '1.2.3', declared: '2.0.0', required: 'major', suggested: '2.0.0', ok: true },
    { name: 'breaking at 1.x with a minor bump fails', diff: ts('breaking'), base: '1.2.3', declared: '1.3.0', required: 'major', suggested: '2.0.0', ok: false },
    { name: 'breaking below 1.0.0 needs a minor', diff: ts('breaking', 'addition'), base: '0.1.0', declared: '0.2.0', required: 'minor', suggested: '0.2.0', ok: true },
    { name: 'breaking below 1.0.0 without a bump fails', diff: ts('breaking'), base: '0.1.0', declared: '0.1.0', required: 'minor', suggested: '0.2.0', ok: false },
    { name: 'an addition needs a minor', diff: ts('addition'), base: '1.0.0', declared: '1.0.1', required: 'minor', suggested: '1.1.0', ok: false },
    { name: 'an addition below 1.0.0 needs a patch', diff: ts('addition'), base: '0.3.1', declared: '0.3.2', required: 'patch', suggested: '0.3.2', ok: true },
    { name: 'a compatible change needs a patch', diff: ts('compatible'), base: '1.0.0', declared: '1.0.1', required: 'patch', suggested: '1.0.1', ok: true },
    { name: 'an input that accepts more needs a minor', diff: widenedInput(), base: '1.0.0', declared: '1.0.1', required: 'minor', suggested: '1.1.0', ok: false },
    { name: 'an input that accepts more below 1.0.0 needs a patch', diff: widenedInput(), base: '0.3.1', declared: '0.3.2', required: 'patch', suggested: '0.3.2', ok: true },
    { name: 'nothing needs nothing', diff: ts(), base: '1.0.0', declared: '1.0.0', required: 'none', suggested: '1.0.0', ok: true },
    { name: 'a version that went down fails', diff: ts('compatible'), base: '1.0.0', declared: '0.9.0', required: 'patch', suggested: '1.0.1', ok: false },
    { name: 'a version that is not semver cannot be checked', diff: ts('breaking'), base: '2024-01-01', declared: '2024-02-01', required: 'major', suggested: undefined, ok: true },
  ])('$name', ({ diff, base, declared, required, suggested, ok }) => {
    const got = checkBump(diff, [], base, declared);
    expect({ required: got.required, suggested: got.suggested, ok: got.ok }).toEqual({ required, suggested, ok });
  });

  it('names the files that changed when the API did not (documentation, examples, request code)', () => {
    const files = (...names: string[]): TsDiff => ({ ok: true, lenientOnly: NONE, warnings: NONE, changes: [], filesChanged: names });
    expect(checkBump(files('README.md'), [], '1.0.0', '1.0.0')).toMatchObject({ required: 'patch', reason: 'the generated package changed, but not its API (README.md)', ok: false });
    expect(checkBump(files('README.md', 'api.md', 'src/client.ts', 'src/resources/a.ts', 'src/resources/b.ts'), [], '1.0.0', '1.0.1').reason).toBe(
      'the generated package changed, but not its API (README.md, api.md, src/client.ts and 2 more)',
    );
  });

  it('falls back to the wire verdicts when the TypeScript API cannot be compared', () => {
    const wire = [{ rule: 'operation.removed', verdict: 'breaking' as const, site: { direction: 'none' as const, area: 'operation' }, operation: 'GET /a', subject: 'operation', message: '' }];
    expect(checkBump({ ok: false, reason: 'x' }, wire, '1.0.0', '1.1.0')).toMatchObject({ required: 'major', ok: false });
  });
});

describe('versions', () => {
  it.each([
    ['1.2.3', [1, 2, 3]], ['v2', [2, 0, 0]], ['2.0', [2, 0, 0]], ['1.0.0-beta.1', [1, 0, 0]], ['latest', undefined],
  ] as const)('parses %s', (text, want) => expect(parseVersion(text)).toEqual(want));
  it.each([
    [[1, 0, 0], [2, 0, 0], 'major'], [[1, 0, 0], [1, 1, 0], 'minor'], [[1, 0, 0], [1, 0, 1], 'patch'], [[1, 0, 0], [1, 0, 0], 'none'], [[1, 1, 0], [1, 0, 9], 'lower'],
  ] as const)('%j → %j is %s', (a, b, want) => expect(bumpBetween(a, b)).toBe(want));
});
