/**
 * Golden files: every file the generator writes for each fixture spec, as readable snapshots. The
 * runtime's and the license's verbatim copies (`src/core/`, `LICENSE`) and the provenance record are left
 * out: the copies are tested where they are written, the record changes with the generator's version by
 * design.
 */
import { describe, expect, it } from 'vitest';
import { generateInMemory } from '../../generator/pipeline.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { readFromDisk, readRuntimeSources } from '../../generator/io/fs-read.js';

const FIXTURES: Record<string, string> = {
  'active-session': 'spec/openapi.yaml',
  edge: 'test/fixtures/edge/openapi.yaml',
};

const isGolden = (path: string): boolean => !path.startsWith('src/core/') && path !== 'LICENSE' && path !== 'provenance.json';

describe.each(Object.entries(FIXTURES))('golden output of %s', (name, specPath) => {
  it('matches the snapshots file by file', async () => {
    const loaded = loadSpec(specPath, readFromDisk);
    if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
    const { files } = await generateInMemory(loaded.spec, readRuntimeSources());
    const golden = [...files.keys()].filter(isGolden);
    expect(golden.length).toBeGreaterThan(3);
    for (const path of golden) await expect(files.get(path)).toMatchFileSnapshot(`__snapshots__/${name}/${path}.snap`);
  });
});
