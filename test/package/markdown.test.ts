/** The Markdown helpers every spec string goes through on its way into the README and api.md. */
import { describe, expect, it } from 'vitest';
import { code, codeBlock, firstSentence, heading, prose, table } from '../../generator/emit/package/markdown.js';
import { lexer, type Token, type Tokens } from 'marked';
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

  it('moves a description\'s headings below the section holding it, their order kept, none past 6, code untouched', () => {
    const text = ['#### Example', 'Text', '```sh', '# a comment', '```', '##### Node', '  #### Ruby', '####### not a heading', '#hashtag'].join('\n');
    expect(outline(prose(text, 4)!).headings).toEqual([
      { level: 5, text: 'Example' },
      { level: 6, text: 'Node' },
      { level: 5, text: 'Ruby' },
    ]);
    expect(prose(text, 4)).toContain('```sh\n# a comment\n```');
    expect(prose(text, 4)).toContain('####### not a heading\n#hashtag');
  });

  it('leaves headings already below the section as written', () => {
    expect(prose('###### Deep\n\n##### Deeper', 4)).toBe('###### Deep\n\n##### Deeper');
    expect(prose('# Intro', 2)).toBe('### Intro');
  });

  it('moves setext headings too, read as a Markdown parser reads them, and leaves underlines that head nothing', () => {
    const text = [
      'Intro', '=====', '', 'Text', '', 'Details', 'over two lines', '-------', 'More',
      '', '- item', '---', '', '> quoted', '---', '', '```', 'code', '===', '```', '', '<!--', '', 'note', '---', '-->', '', 'Steps:', '1. first', '---', '', '    indented', '    ---',
    ].join('\n');
    const headings = (markdown: string) => topLevel(markdown).filter((t) => t.type === 'heading').map((t) => [t.depth, t.text]);
    expect(headings(text)).toEqual([[1, 'Intro'], [2, 'Details\nover two lines']]);
    expect(headings(prose(text, 4)!)).toEqual([[5, 'Intro'], [6, 'Details over two lines']]);
    const rest = (markdown: string) => topLevel(markdown).filter((t) => t.type !== 'heading' && t.type !== 'space').map((t) => t.raw.trim());
    expect(rest(prose(text, 4)!)).toEqual(rest(text));
  });

  it('keeps a tilde fence a fence once prettier writes it with backticks: no backtick left in its info string', async () => {
    const { format } = await import('prettier');
    const formatted = await format(`${prose('~~~ a`b\ncode\n~~~', 2)!}\n\n## After\n`, { parser: 'markdown' });
    expect(topLevel(formatted).map((t) => t.type)).toEqual(['code', 'space', 'heading']);
    expect(prose('~~~ a`b\n```\n~~~', 2)).toBe('~~~ ab\n```\n~~~');
  });

  it('escapes a pipe after a backslash in a cell, so the row keeps its cells', () => {
    const rows = lexer(table(['a', 'b'], [['x \\| y', '1'], ['back\\\\|slash', '2'], ['`c\\|`', '3']])).find((t) => t.type === 'table') as Tokens.Table;
    expect(rows.rows.map((cells) => cells.length)).toEqual([2, 2, 2]);
    expect(rows.rows.map((cells) => cells[1]!.text)).toEqual(['1', '2', '3']);
  });
});

/** The document's top-level blocks as marked (CommonMark with GitHub's extensions) parses them. */
function topLevel(markdown: string): (Token & { depth?: number; text?: string })[] {
  return lexer(markdown);
}
