/** The Markdown comment's order (verdict, breaking first, version last) and the JSON's fields. */
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import type { SpecChange, Verdict } from '../../generator/diff/model.js';
import { renderJson } from '../../generator/diff/render/json.js';
import { COMMENT_MARKER, MAX_COMMENT_CHARS, renderMarkdown } from '../../generator/diff/render/markdown.js';
import { verdictLine, type Review } from '../../generator/diff/review.js';
import type { TsImpact } from '../../generator/diff/ts/model.js';

/** Neither side has an error only `--lenient` reads. */
const NONE = { base: [], revision: [] };

const spec = (rule: string, verdict: Verdict, message = 'm'): SpecChange => ({
  rule, verdict, message, operation: 'GET /a', subject: 'response 200',
  site: { direction: 'response', area: 'response', container: 'body' },
  base: { file: 'a.yaml', pointer: '/x', line: 3, column: 1 }, revision: { file: 'b.yaml', pointer: '/x', line: 4, column: 1 },
});
const ts = (symbol: string, impact: TsImpact) => ({ symbol, impact, change: 'changed' as const, roles: [], why: 'w', causes: [0], before: 'a', after: 'b' });

const sample: Review = {
  base: 'main:spec/openapi.yaml', revision: 'spec/openapi.yaml', convertedFrom: {}, verdict: 'Breaking: …',
  spec: [spec('schema.enum.value-added', 'undecidable'), spec('operation.removed', 'breaking', 'a | b'), spec('operation.added', 'not-breaking')],
  typescript: { ok: true, lenientOnly: NONE, warnings: NONE, filesChanged: ['src/index.ts'], changes: [ts('Session.status', 'breaking'), ts('Session.region', 'addition')] },
  bump: { required: 'minor', reason: 'r', baseVersion: '0.1.0', declaredVersion: '0.1.0', declared: 'none', suggested: '0.2.0', ok: false },
  newGenerationErrors: [], newGenerationWarnings: [],
  exitCode: 1,
};

describe('Markdown', () => {
  const md = renderMarkdown(sample);
  it('starts with the marker and the one-line verdict, breaking changes first, the version last', () => {
    const lines = md.split('\n');
    expect(lines.slice(0, 2)).toEqual([COMMENT_MARKER, '### Spec review: Breaking: …']);
    const headings = lines.filter((l) => l.startsWith('#### ') || l.startsWith('<details>'));
    expect(headings).toEqual([
      '#### Breaking on the wire', '#### Breaking in the TypeScript API', '#### Cannot be decided from the spec',
      '#### Other TypeScript API changes', '<details><summary>Other spec changes (1)</summary>', '#### Version',
    ]);
  });
  it('escapes table cells and numbers spec changes so TypeScript rows can cite them', () => {
    const row = md.split('\n').find((l) => l.includes('operation.removed'))!;
    expect(row.split(/(?<!\\)\|/).map((c) => c.trim()).slice(1, -1)).toEqual(['❌ breaking', '`operation.removed`', 'GET /a', 'response 200: a \\| b', 'a.yaml:3:1', 'b.yaml:4:1', '2']);
    expect(md.split('\n').find((l) => l.includes('Session.status'))).toContain('| #1 |');
  });
});

describe('Markdown of spec text that is itself Markdown', () => {
  const unescape = (html: string) => html.replace(/&(#39|quot|lt|gt|amp);/g, (_, e: string) => ({ '#39': "'", quot: '"', lt: '<', gt: '>', amp: '&' })[e]!);
  /** Every table row's cells, as a GitHub-flavoured Markdown reader shows them: code spans and text, unescaped. */
  const tableRows = (md: string) =>
    marked.lexer(md).flatMap((t) => (t.type === 'table' ? (t as Tokens.Table).rows.map((row) => row.map((c) => c.tokens.map((k) => unescape('text' in k ? k.text : '')).join(''))) : []));

  it('shows names, types and values exactly as written, each in its own cell', () => {
    const hostile: Review = {
      ...sample,
      spec: [{ ...spec('schema.property.removed.optional', 'breaking', 'enum value removed: a\\|b'), subject: 'response 200 /`<details>' }],
      typescript: { ok: true, lenientOnly: NONE, warnings: NONE, filesChanged: [], changes: [{ ...ts("T.'`'", 'breaking'), before: "'`|x'?: '\\'", after: "'a\u2028b'?: string" }] },
    };
    const [wire, typescript] = tableRows(renderMarkdown(hostile));
    expect(wire!.slice(3, 4)).toEqual(['response 200 /`<details>: enum value removed: a\\|b']);
    expect(typescript!.slice(1, 4)).toEqual(["T.'`'", "'`|x'?: '\\'", "'a b'?: string"]);
  });

  it("shows the spec's values after a rule's summary as written, backticks and all", () => {
    const values: Review = { ...sample, spec: [spec('schema.enum.value-removed', 'breaking', 'enum value removed: z`` `w'), spec('schema.type.added', 'breaking', '`type` set where any type was allowed: a`b')] };
    const [first, second] = tableRows(renderMarkdown(values));
    expect(first![3]).toBe('response 200: enum value removed: z`` `w');
    expect(second![3]).toBe('response 200: type set where any type was allowed: a`b');
  });

  it('shows the names a sentence quotes as code spans, and no HTML from what it quotes or says', () => {
    const quoting: Review = {
      ...sample,
      spec: [spec('schema.property.removed.optional', 'breaking', '`a|b<i>` removed')],
      typescript: { ok: true, lenientOnly: NONE, warnings: NONE, filesChanged: [], changes: [{ ...ts('T', 'breaking'), why: 'member `x|<img>` removed: TypeScript says <b>no</b>' }] },
    };
    const tables = marked.lexer(renderMarkdown(quoting)).filter((t): t is Tokens.Table => t.type === 'table');
    // The change column of the wire's table, the why column of the TypeScript API's.
    const cells = [tables[0]!.rows[0]![3]!, tables[1]!.rows[0]![4]!];
    const shown = cells.map((c) => c.tokens.map((k) => `${k.type}:${unescape('text' in k ? k.text : '')}`));
    expect(shown).toEqual([
      ['text:response 200: ', 'codespan:a|b<i>', 'text: removed'],
      ['text:member ', 'codespan:x|<img>', 'text: removed: TypeScript says ', 'escape:<', 'text:b>no', 'escape:<', 'text:/b>'],
    ]);
  });
});

describe('Markdown of a large review', () => {
  const at = (operation: string, pointer: string, line: number): SpecChange => ({
    ...spec('schema.type.changed', 'breaking', 'string → integer'),
    operation,
    base: { file: 'a.yaml', pointer, line, column: 1 },
    revision: { file: 'b.yaml', pointer, line, column: 1 },
  });

  it('shows one edit to a shared schema once, with the operations it reaches, and TypeScript rows cite that row', () => {
    const shared = ['GET /a', 'GET /b', 'POST /c'].map((op) => at(op, '/components/schemas/User/properties/id', 9));
    const review: Review = { ...sample, spec: [at('GET /z', '/paths/~1z', 2), ...shared], typescript: { ok: true, lenientOnly: NONE, warnings: NONE, filesChanged: [], changes: [{ ...ts('User.id', 'breaking'), causes: [3] }] } };
    const rows = renderMarkdown(review).split('\n').filter((l) => l.startsWith('| ❌'));
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('| GET /a, GET /b and 1 more |');
    expect(rows[1]).toContain('_(3 places in 3 operations)_');
    expect(rows[1]).toMatch(/\| 2 \|$/);
    expect(rows[2]).toContain('| #2 |');
  });

  it('fits in a pull-request comment, saying how many rows it leaves out', () => {
    const many = Array.from({ length: 3000 }, (_, i) => at(`GET /things/${i}`, `/paths/~1things~1${i}`, i + 1));
    const md = renderMarkdown({ ...sample, spec: many });
    expect(md.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(md).toMatch(/\n(2,\d\d\d) more rows not shown/);
    expect(md).toContain('#### Version');
    expect(renderMarkdown(sample)).not.toContain('not shown');
  });

  it('cuts the tables a reviewer need not read before those of what breaks or cannot be decided', () => {
    const change = (verdict: Verdict, i: number) => ({ ...at(`GET /${verdict}/${i}`, `/paths/~1${verdict}~1${i}`, i + 1), verdict });
    const breaking = Array.from({ length: 120 }, (_, i) => change('breaking', i));
    const undecidable = Array.from({ length: 40 }, (_, i) => change('undecidable', i));
    const others = Array.from({ length: 3000 }, (_, i) => change('not-breaking', i));
    const md = renderMarkdown({ ...sample, spec: [...breaking, ...undecidable, ...others] });
    expect(md.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(md.split('\n').filter((l) => l.startsWith('| ❌ breaking'))).toHaveLength(120 + 1);
    expect(md.split('\n').filter((l) => l.startsWith('| ⚠️ undecidable'))).toHaveLength(40);
    expect(md.split('\n').filter((l) => l.startsWith('| ✅ not-breaking'))).toHaveLength(50);
    expect(md).toContain('2,950 more rows not shown');
  });
});

describe('Markdown of a long type', () => {
  // GitHub's webhook payloads: one member typed by an inline object of hundreds of members.
  const members = Array.from({ length: 300 }, (_, i) => `field_${i}?: 'read' | 'write'`);
  const whole = (list: string[]) => `issue: { ${list.join('; ')} }`;
  const before = whole(members);
  const after = whole(members.filter((m) => !m.startsWith('field_150?')));
  const withChange = (change: Partial<ReturnType<typeof ts>>): Review => ({
    ...sample,
    typescript: { ok: true, lenientOnly: NONE, warnings: NONE, filesChanged: [], changes: [{ ...ts('Event.issue', 'breaking'), ...change }] },
  });
  const row = (change: Partial<ReturnType<typeof ts>>) => {
    const review = withChange(change);
    return renderMarkdown(review).split('\n').find((l) => l.includes('`Event.issue`'))!;
  };
  /** The before and after cells of the row: the table's third and fourth columns. */
  const shownSides = (line: string): [string, string] => {
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
    return [cells[3] ?? 'no cell', cells[4] ?? 'no cell'];
  };

  it('shows the part that changed with some context either side, cut with …; the JSON keeps it whole', () => {
    const [shownBefore, shownAfter] = shownSides(row({ before, after }));
    expect(shownBefore).toMatch(/^`…field_14\d\?: 'read' \\\| 'write'; .*field_150\?: 'read' \\\| 'write'; field_151.*…`$/);
    expect(shownAfter).toMatch(/^`…field_14\d.*'write'; field_151\?.*…`$/);
    expect(shownAfter).not.toContain('field_150');
    for (const shown of [shownBefore, shownAfter]) expect(shown.length).toBeLessThan(300);
    expect(JSON.parse(renderJson(withChange({ before, after }))).typescript.changes[0]).toMatchObject({ before, after });
  });

  it('cuts a long type that was added or removed after its start, and leaves short ones whole', () => {
    const [removed, nothing] = shownSides(row({ before, after: '' }));
    expect(removed).toMatch(/^`issue: \{ field_0\?.*…`$/);
    expect(removed.length).toBeLessThan(300);
    expect(nothing).toBe('');
    const [shortBefore, shortAfter] = shownSides(row({ before: 'id: string', after: 'id: number' }));
    expect([shortBefore, shortAfter]).toEqual(['`id: string`', '`id: number`']);
  });

  it('never splits a character written as two UTF-16 units', () => {
    const emoji = (list: string[]) => whole(list).replace(/field/g, '\u{1F600}');
    const [shownBefore, shownAfter] = shownSides(row({ before: emoji(members), after: emoji(members.slice(0, 100)) }));
    for (const shown of [shownBefore, shownAfter]) expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});

describe('the verdict line', () => {
  it('says how many edits a mass of breaking changes comes from', () => {
    const one = (operation: string): SpecChange => ({ ...spec('schema.type.changed', 'breaking'), operation });
    const line = verdictLine([one('GET /a'), one('GET /b'), one('GET /c')], { ok: true, lenientOnly: NONE, warnings: NONE, changes: [], filesChanged: [] }, sample.bump);
    expect(line).toMatch(/^Breaking: 3 breaking wire changes \(1 edit to shared parts\), no breaking TypeScript change\./);
    expect(verdictLine([one('GET /a')], { ok: true, lenientOnly: NONE, warnings: NONE, changes: [], filesChanged: [] }, sample.bump)).toMatch(/^Breaking: 1 breaking wire change, /);
    // Counts of a large API's review, grouped in threes as people read them.
    const many = Array.from({ length: 1234 }, (_, i) => one(`GET /${i}`));
    expect(verdictLine(many, { ok: true, lenientOnly: NONE, warnings: NONE, changes: [], filesChanged: [] }, sample.bump)).toMatch(/^Breaking: 1,234 breaking wire changes \(1 edit to shared parts\),/);
  });

  it('says why a change breaking on the wire needs no version bump', () => {
    const none = { ...sample.bump, required: 'none' as const, ok: true };
    const line = verdictLine([spec('schema.pattern.narrowed', 'breaking')], { ok: true, lenientOnly: NONE, warnings: NONE, changes: [], filesChanged: [] }, none);
    expect(line).toBe('Breaking: 1 breaking wire change, no breaking TypeScript change. No version bump needed: the generated package is the same.');
  });

  it('says that a package changed only in its files still needs its bump, where neither spec nor API changed', () => {
    const docsOnly = { ok: true as const, lenientOnly: NONE, warnings: NONE, changes: [], filesChanged: ['README.md'] };
    const patch = { ...sample.bump, required: 'patch' as const, ok: false, baseVersion: '1.0.0', suggested: '1.0.1', declaredVersion: '1.0.0', declared: 'none' as const };
    expect(verdictLine([], docsOnly, patch)).toBe('No change to the spec or the generated API. Needs a patch bump (1.0.0 → 1.0.1), but the revision declares 1.0.0. ❌');
    expect(verdictLine([], { ...docsOnly, filesChanged: [] }, { ...patch, required: 'none', ok: true })).toBe('No change: the spec and the generated API are the same.');
  });
});

describe('JSON', () => {
  it('carries every change with its oasdiff id, locations and the bump', () => {
    const json = JSON.parse(renderJson(sample));
    expect(json.specChanges.map((c: { index: number; oasdiff?: string }) => [c.index, c.oasdiff])).toEqual([[1, undefined], [2, 'api-removed-without-deprecation'], [3, 'endpoint-added']]);
    expect(json.typescript.changes[0].causes).toEqual([1]);
    expect(json.bump).toMatchObject({ required: 'minor', ok: false });
  });
});
