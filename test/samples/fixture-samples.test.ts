/**
 * The code samples of the fixtures that have what the seed lacks (lists that page, streams, uploads, many
 * kinds of parameters), as the `samples` command writes them: each program, pasted with its import
 * pointed at the generated package's sources, compiles under --strict; lists go through their items and
 * streams through their events.
 */
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readFromDisk } from '../../generator/io/fs-read.js';
import { responseStream } from '../../generator/ir/success-response.js';
import { loadSpec, type LoadedSpec } from '../../generator/load/load-spec.js';
import { buildApi } from '../../generator/pipeline.js';
import { compileSamples } from '../helpers/samples.js';
import { run, scratchDir } from '../helpers/tree.js';

interface Overlay {
  actions: { description: string; update: { 'x-codeSamples'?: { source: string }[]; source?: string } }[];
}

describe.each(['edge', 'streams'])('the %s fixture', (fixture) => {
  it('has a sample for every operation, each compiling against the package', async () => {
    const dir = scratchDir(`samples-${fixture}-`);
    const spec = `test/fixtures/${fixture}/openapi.yaml`;
    expect((await run('generate', '--spec', spec, '--out', join(dir, 'generated'))).code).toBe(0);
    const printed = await run('samples', '--spec', spec);
    expect(printed.code).toBe(0);
    const sources = (parse(printed.stdout) as Overlay).actions.map((a) => a.update['x-codeSamples']?.[0]?.source ?? a.update.source!);
    const operations = Number(/^(\d+) code samples? printed$/m.exec(printed.stderr)?.[1]);
    expect(sources).toHaveLength(operations);
    expect(compileSamples(join(dir, 'generated'), sources)).toBe('');
    const { api } = buildApi(loadSpecFile(spec));
    const streams = api.operations.filter((op) => responseStream(op)).length;
    const lists = api.operations.filter((op) => op.pagination && !responseStream(op)).length;
    expect(fixture === 'edge' ? lists : streams).toBeGreaterThan(0);
    expect(sources.filter((s) => /^for await \(const item of client\./m.test(s))).toHaveLength(lists);
    expect(sources.filter((s) => /^for await \(const data of stream\)/m.test(s))).toHaveLength(streams);
  });
});

function loadSpecFile(path: string): LoadedSpec {
  const loaded = loadSpec(path, readFromDisk);
  if (!loaded.ok) throw new Error(`${path} does not load`);
  return loaded.spec;
}
