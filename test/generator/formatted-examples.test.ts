/**
 * The methods' examples are formatted in batches, joined at marker lines and cut apart there: each must
 * come back as prettier writes it alone, whatever the batch size; a batch whose markers moved must not
 * give one method another's example, and one example prettier refuses must not stop the others.
 */
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { readFromDisk } from '../../generator/io/fs-read.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { exampleUse } from '../../generator/emit/example.js';
import { inProcessFormatter, type Formatter } from '../../generator/print/format-pool.js';
import { formattedExamples } from '../../generator/print/examples.js';
import { PRETTIER_OPTIONS } from '../../generator/print/print.js';
import { buildApi } from '../../generator/pipeline.js';

const loaded = loadSpec('test/fixtures/edge/openapi.yaml', readFromDisk);
if (!loaded.ok) throw new Error('edge fixture does not load');
const { api } = buildApi(loaded.spec);
const formatter = inProcessFormatter(PRETTIER_OPTIONS);

describe('formattedExamples', () => {
  it.each([
    ['in one batch', undefined],
    ['one example a batch', 1],
    ['a few examples a batch', 300],
  ])('gives each method its own example as prettier writes it, %s', async (_, batchChars) => {
    const example = await formattedExamples(api, formatter, batchChars);
    expect(api.operations.length).toBeGreaterThan(10);
    for (const op of api.operations) {
      const alone = await prettier.format(exampleUse(api, op), { ...PRETTIER_OPTIONS, parser: 'typescript' });
      expect(example(op)).toBe(alone.trimEnd());
    }
  });

  // Pairing by position after a marker went missing would give methods their neighbours' examples.
  it('gives each method its own example when formatting moved a marker', async () => {
    const dropsOne: Formatter = { ...formatter, format: async (text) => text.replace(/^\/\/ example 2\n/m, '') };
    const example = await formattedExamples(api, dropsOne);
    for (const op of api.operations) expect(example(op)).toBe(exampleUse(api, op));
  });

  it('leaves as written an example prettier refuses, and formats the others', async () => {
    const [refused, ...others] = api.operations.filter((op) => exampleUse(api, op).includes('\n'));
    const refuses: Formatter = { ...formatter, format: async (text, parser) => (text.includes(exampleUse(api, refused!)) ? Promise.reject(new SyntaxError('refused')) : formatter.format(text, parser)) };
    const example = await formattedExamples(api, refuses);
    expect(example(refused!)).toBe(exampleUse(api, refused!));
    for (const op of others) expect(example(op)).toBe((await prettier.format(exampleUse(api, op), { ...PRETTIER_OPTIONS, parser: 'typescript' })).trimEnd());
  });
});
