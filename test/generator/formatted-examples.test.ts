/**
 * The methods' examples are formatted in batches, joined at marker lines and cut apart there: each must
 * come back as prettier writes it alone, whatever the batch size, and a batch whose markers moved must
 * fail rather than give one method another's example.
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

  it('fails when formatting moved a marker', async () => {
    const dropsOne: Formatter = { ...formatter, format: async (text) => text.replace(/^\/\/ example 2\n/m, '') };
    await expect(formattedExamples(api, dropsOne)).rejects.toThrow('formatting the examples moved a marker: expected');
  });
});
