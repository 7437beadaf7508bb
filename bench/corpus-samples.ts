/**
 * The corpus benches' code samples check: for each generated package, the spec's samples overlay (as the
 * `samples` command writes it) applied to the spec file as written by openapi-format, every action used and
 * its target selecting exactly one node (jsonpath-rfc9535); and each sample written into the package's
 * `src/`, its import pointed at the package, so the one tsc run of the corpus compiles it with the rest.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { query } from 'jsonpath-rfc9535';
import { openapiOverlay } from 'openapi-format';
import { parse } from 'yaml';
import { readFromDisk } from '../generator/io/fs-read.js';
import { entryDocument, loadSpec } from '../generator/load/load-spec.js';
import { buildApi } from '../generator/pipeline.js';
import { inProcessFormatter } from '../generator/print/format-pool.js';
import { PRETTIER_OPTIONS } from '../generator/print/print.js';
import { codeSamples } from '../generator/samples/code-samples.js';
import { overlayDocument } from '../generator/samples/overlay.js';
import { importingFrom } from '../test/helpers/samples.js';

/** Where the samples go in a package: a folder of `src/`, so the corpus's tsc run includes them. */
export const SAMPLES_DIR = 'src/code-samples.check';

export interface SamplesCheck {
  readonly spec: string;
  readonly samples: number;
  /** Operations an overlay of the entry cannot reach (in another file, or one path item under two paths). */
  readonly without: number;
  /** `target: what is wrong`, one per action that openapi-format left unused or that selects other than one node. */
  readonly problems: readonly string[];
}

const formatter = inProcessFormatter(PRETTIER_OPTIONS);

export async function checkSamples(spec: string, out: string): Promise<SamplesCheck> {
  const loaded = loadSpec(spec, readFromDisk, { lenient: true });
  if (!loaded.ok) return { spec, samples: 0, without: 0, problems: ['the spec does not load'] };
  const { api } = buildApi(loaded.spec, { lenient: true });
  const set = await codeSamples(api, loaded.spec.entry, entryDocument(loaded.spec), (code) => formatter.format(code, 'typescript'));
  const overlay = parse(overlayDocument(api, set.samples)) as { actions: { target: string }[] };
  // The file as written: a Swagger 2.0 spec gets its samples there, not in the OpenAPI 3 it converts to.
  const written = parse(readFileSync(spec, 'utf8')) as Parameters<typeof query>[0];
  const problems = overlay.actions.flatMap((a) => {
    const selected = query(written, a.target).length;
    return selected === 1 ? [] : [`${a.target}: selects ${selected} nodes`];
  });
  const { resultData } = await openapiOverlay(structuredClone(written) as Record<string, unknown>, { overlaySet: overlay } as never);
  for (const a of resultData.unusedActions as { target: string }[]) problems.push(`${a.target}: openapi-format used no node`);
  writeSources(out, set.samples.map((s) => s.entry.source));
  return { spec, samples: set.samples.length, without: set.elsewhere.length + set.shared.length, problems };
}

/** Each sample as a module of the package (its import pointed at the package's entry), and `process` declared as Node's types would. */
function writeSources(out: string, sources: readonly string[]): void {
  const dir = join(out, SAMPLES_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'process.d.ts'), 'declare const process: { env: Record<string, string | undefined> };\n');
  sources.forEach((source, i) => writeFileSync(join(dir, `s${i}.ts`), importingFrom(source, '../index.js')));
}
