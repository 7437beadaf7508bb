/** The "did you mean" hint of unknown options, extensions and undeclared required names. */
import { describe, expect, it } from 'vitest';
import { closest } from '../../generator/util/closest.js';

describe('the name a misspelt one most likely meant', () => {
  it.each([
    ['a swapped pair in a short name', 'spce', ['spec', 'out'], 'spec'],
    ['a swapped pair in a long one', 'resposnes', ['responses', 'requests'], 'responses'],
    ['a letter dropped', 'nme', ['name', 'tags'], 'name'],
    ['a letter added', 'outt', ['out', 'spec'], 'out'],
    ['two edits in a long name', 'dnnsek', ['dnssec', 'mode'], 'dnssec'],
    ['case and separators aside', 'Certificate_ID', ['certificateId'], 'certificateId'],
    ['the nearest of several', 'tagss', ['tag', 'tags'], 'tags'],
  ])('is found: %s', (_, name, known, meant) => {
    expect(closest(name, known)).toBe(meant);
  });

  it.each([
    ['two edits in four letters, another word', 'host', ['port']],
    ['two edits in three letters', 'foo', ['bar', 'fix']],
    ['three edits in a long name', 'colours_x', ['color']],
    ['no names known', 'name', []],
  ])('is none: %s', (_, name, known) => {
    expect(closest(name, known)).toBeUndefined();
  });
});
