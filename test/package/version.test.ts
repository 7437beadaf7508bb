/** Version bumps and the one-scalar edit of the spec that records them. */
import { describe, expect, it } from 'vitest';
import { nextVersion, specVersion, VERSION_PATH, withVersionAt } from '../../generator/build/version.js';

describe('nextVersion', () => {
  it.each([
    ['0.1.0', 'patch', '0.1.1'],
    ['0.1.0', 'minor', '0.2.0'],
    ['0.1.9', 'major', '1.0.0'],
    ['1.2.3-beta.1', 'patch', '1.2.3'],
    ['1.3.0-rc.0', 'minor', '1.3.0'],
    ['2.0.0-rc.0', 'major', '2.0.0'],
    ['1.2.3', '1.4.0-beta.0', '1.4.0-beta.0'],
  ])('%s + %s = %s', (current, request, want) => {
    expect(nextVersion(current, request)).toBe(want);
  });

  it.each([
    ['1.2', 'patch', 'is not a semantic version'],
    ['1.2.3', 'bigger', 'is neither major, minor, patch nor a semantic version'],
    ['1.2.3', '1.2.3', 'already at version 1.2.3'],
  ])('refuses %s + %s', (current, request, message) => {
    expect(() => nextVersion(current, request)).toThrow(message);
  });
});

describe('the version in the spec', () => {
  const spec = [
    'openapi: 3.1.0',
    'info: {title: T, version: 9.9.9}',
    '# the package',
    'x-sdk:',
    '  package:',
    '    name: acme',
    "    version: '0.1.0' # bumped by releases",
    '    keywords: [a, b]',
    '',
  ].join('\n');

  it('is read from x-sdk.package.version, not info.version', () => {
    expect(specVersion(spec)).toBe('0.1.0');
  });

  it('is replaced with its quotes, every other byte kept', () => {
    const bumped = withVersionAt(spec, VERSION_PATH, '0.2.0');
    expect(bumped).toBe(spec.replace("version: '0.1.0'", "version: '0.2.0'"));
    expect(specVersion(bumped)).toBe('0.2.0');
  });

  it('cannot be bumped when the spec declares none', () => {
    expect(specVersion('openapi: 3.1.0\n')).toBeUndefined();
    expect(() => withVersionAt('openapi: 3.1.0\n', VERSION_PATH, '1.0.0')).toThrow('no x-sdk.package.version');
  });
});
