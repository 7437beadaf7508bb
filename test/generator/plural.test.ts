/** Counts in messages and documentation: the noun agrees, and the README's counts group their digits. */
import { describe, expect, it } from 'vitest';
import { grouped, plural } from '../../generator/util/plural.js';

describe('plural', () => {
  it.each([
    [1, 'method', '1 method'],
    [0, 'method', '0 methods'],
    [1535, 'method', '1535 methods'],
  ])('%i %s: %s', (count, noun, want) => {
    expect(plural(count, noun)).toBe(want);
  });

  it.each([
    [7, '7'],
    [999, '999'],
    [1535, '1,535'],
    [1234567, '1,234,567'],
  ])('grouped(%i) is %s', (n, want) => {
    expect(grouped(n)).toBe(want);
    expect(plural(n, 'method', grouped)).toBe(`${want} method${n === 1 ? '' : 's'}`);
  });
});
