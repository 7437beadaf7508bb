/** The Markdown helpers every spec string goes through on its way into the README and api.md. */
import { describe, expect, it } from 'vitest';
import { code, codeBlock, firstSentence, heading, table } from '../../generator/emit/package/markdown.js';
import { outline } from './helpers/markdown-outline.js';

describe('markdown helpers', () => {
  it.each([
    ['plain', '`plain`'],
    ['a ` b', '``a ` b``'],
    ['a `tick`', '`` a `tick` ``'],
    ['`edge`', '`` `edge` ``'],
    ['two `` ticks', '```two `` ticks```'],
  ])('code(%j)', (text, want) => {
    expect(code(text)).toBe(want);
  });

  it('grows a fence past any run of backticks in the block, so the block cannot be closed early', () => {
    const block = codeBlock('ts', 'const s = `\n```\n````;');
    expect(block.split('\n')[0]).toBe('`````ts');
    expect(outline(`${block}\n\n## After`)).toEqual({ headings: [{ level: 2, text: 'After' }], codeBlocks: [{ language: 'ts', body: 'const s = `\n```\n````;' }], unclosedFence: false });
  });

  it('keeps headings on one line and table cells in their row', () => {
    expect(heading(2, 'two\nlines')).toBe('## two lines');
    expect(table(['a', 'b'], [['x | y', 'line\nbreak']])).toBe('| a | b |\n| --- | --- |\n| x \\| y | line break |');
  });

  it.each([
    ['One. Two.', 'One.'],
    ['No full stop', 'No full stop'],
    ['Line\nbroken. Rest', 'Line broken.'],
    [undefined, ''],
  ])('firstSentence(%j) = %j', (text, want) => {
    expect(firstSentence(text)).toBe(want);
  });
});
