/**
 * Formatting in worker threads gives the same text as formatting in process, reports prettier's errors,
 * and is chosen only for specs with many files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/load-spec.js';
import { readFromDisk } from '../../generator/io/fs-read.js';
import { createFormatter, inProcessFormatter, oneAtATime, WORKER_THRESHOLD, workerFormatter } from '../../generator/print/format-pool.js';
import { ts } from 'ts-morph';
import { formatOther, markdownSections, PRETTIER_OPTIONS, printUnits, statementChunks } from '../../generator/print/print.js';
import { plan } from '../../generator/plan/plan.js';
import { emitUnit } from '../../generator/emit/units.js';
import { buildApi } from '../../generator/pipeline.js';

const workers = workerFormatter(2, PRETTIER_OPTIONS);
const inProcess = inProcessFormatter(PRETTIER_OPTIONS);
afterAll(() => workers.close());

describe('workerFormatter', () => {
  it('prints every file of the edge fixture exactly as in process', async () => {
    const loaded = loadSpec('test/fixtures/edge/openapi.yaml', readFromDisk);
    if (!loaded.ok) throw new Error('edge fixture does not load');
    const { api } = buildApi(loaded.spec);
    const planned = plan(api);
    const units = planned.units.map((unit) => emitUnit(api, planned, unit));
    const [fromWorkers, fromProcess] = await Promise.all([printUnits(units, planned, workers), printUnits(units, planned, inProcess)]);
    expect(fromWorkers.size).toBeGreaterThan(3);
    expect(fromWorkers).toEqual(fromProcess);
  });

  it('formats Markdown and JSON as in process', async () => {
    const markdown = '# Title\n\n* a\n* b\n\n|a|b|\n|-|-|\n|1|2|\n';
    const json = '{"a":1,"b":[1,2]}';
    expect(await workers.format(markdown, 'markdown')).toBe(await inProcess.format(markdown, 'markdown'));
    expect(await workers.format(json, 'json')).toBe(await inProcess.format(json, 'json'));
  });

  it("rejects with prettier's message when a text does not parse, and keeps working", async () => {
    await expect(workers.format('const = ;', 'typescript')).rejects.toThrow(/Expression expected|Variable declaration expected/);
    expect(await workers.format('const a=1', 'typescript')).toBe('const a = 1;\n');
  });
});

describe('TypeScript, formatted in chunks of whole statements', () => {
  const text = ['/** One. */', 'export interface A { a: string }', '', '// two', 'export type B = A', 'export type C = B; // C', '', '', 'export const d = 1', ''].join('\n');

  const printed = { text, ends: ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest).statements.map((s) => s.end) };

  it('cuts after a statement only where a blank line follows it, and the pieces join back to the text', () => {
    const chunks = statementChunks(printed, 1);
    expect(chunks.map((c) => c.trim().split('\n')[0])).toEqual(['/** One. */', '// two']);
    expect(chunks.join('')).toBe(text);
    expect(statementChunks(printed, 10_000)).toEqual([text]);
  });

  it('gives every file of the edge fixture exactly as formatting each file whole', async () => {
    const loaded = loadSpec('test/fixtures/edge/openapi.yaml', readFromDisk);
    if (!loaded.ok) throw new Error('edge fixture does not load');
    const { api } = buildApi(loaded.spec);
    const planned = plan(api);
    const units = planned.units.map((unit) => emitUnit(api, planned, unit));
    const [cutEverywhere, whole] = await Promise.all([printUnits(units, planned, workers, 1), printUnits(units, planned, inProcess, Infinity)]);
    expect(cutEverywhere).toEqual(whole);
  });
});

describe('oneAtATime', () => {
  it('runs one call at a time, in call order, and goes on after a failure', async () => {
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const task = oneAtATime(async (n: number) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5 - n));
      running--;
      order.push(n);
      if (n === 2) throw new Error('two');
      return n * 10;
    });
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => task(n)));
    expect(most).toBe(1);
    expect(order).toEqual([1, 2, 3, 4]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([10, 'two', 30, 40]);
  });
});

describe('Markdown, formatted section by section', () => {
  const text = [
    'Intro *a*   paragraph',
    '# Title',
    '|a|b|',
    '|-|-|',
    '|1|22|',
    '## Method',
    '```sh',
    '# a shell comment, not a heading',
    'npm i x',
    '```',
    '',
    '1. one',
    '1. two',
    '#not-a-heading',
    '~~~ts',
    'const a={b:1}',
    '## still code',
    '~~~',
    '```',
    '```js (an info string: this line cannot close the fence)',
    '# still code',
    '```',
    '### Last',
    '* x',
    '* y',
    '',
    '',
  ].join('\n');

  it('cuts before each heading outside a code fence', () => {
    expect(markdownSections(text).map((s) => s.split('\n')[0])).toEqual(['Intro *a*   paragraph', '# Title', '## Method', '### Last']);
  });

  it('gives the same text as formatting the whole document, in process and in workers', async () => {
    const whole = await inProcess.format(text, 'markdown');
    expect(whole).toContain('| a   | b   |');
    expect(await formatOther(text, 'markdown', inProcess)).toBe(whole);
    expect(await formatOther(text, 'markdown', workers)).toBe(whole);
  });
});

describe('createFormatter', () => {
  it('formats small specs in process and large ones in workers, with the same result', async () => {
    const small = createFormatter(WORKER_THRESHOLD - 1, PRETTIER_OPTIONS);
    const large = createFormatter(WORKER_THRESHOLD, PRETTIER_OPTIONS);
    try {
      expect([small.workers, large.workers >= 2]).toEqual([0, true]);
      expect(await large.format('let x=[1,2]', 'typescript')).toBe(await small.format('let x=[1,2]', 'typescript'));
    } finally {
      await Promise.all([small.close(), large.close()]);
    }
  });
});

describe('a generation that formats in workers', () => {
  it('ends once its files are written: the workers are stopped', () => {
    // One tag per path: one resource file each, enough files for the workers.
    const paths = Object.fromEntries(
      Array.from({ length: WORKER_THRESHOLD }, (_, i) => [`/things${i}`, { get: { operationId: `getThing${i}`, tags: [`t${i}`], responses: { '200': { description: 'ok' } } } }]),
    );
    const dir = mkdtempSync(join(tmpdir(), 'format-pool-'));
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify({ openapi: '3.1.0', info: { title: 'Many', version: '1.0.0' }, paths }));
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'generator/cli.ts', 'generate', '--no-cache', '--spec', join(dir, 'openapi.json'), '--out', join(dir, 'out')], { encoding: 'utf8', timeout: 60_000 });
    expect([child.signal, child.status, child.stderr]).toEqual([null, 0, '']);
    expect(readdirSync(join(dir, 'out/src/resources')).length).toBeGreaterThanOrEqual(WORKER_THRESHOLD);
  }, 70_000);
});
