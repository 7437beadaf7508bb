#!/usr/bin/env node
/**
 * Swagger 2.0 as published: every Swagger 2.0 document in a set of npm packages (Kubernetes 1.7 to 1.13,
 * DocuSign, GitHub's old spec, Netlify, the AutoRest test server's Azure-style specs, and feature
 * fixtures), fetched into `.cache/` on first use and deduplicated. Each is generated with `--lenient`,
 * every package compiled under --strict, every method's example type-checked. With `--oracle`, each is
 * also generated from `swagger2openapi`'s conversion, and the packages compared file by file. Prints
 * figures and each failure; not a test.
 *
 * Run: npx tsx bench/swagger2-corpus.ts [--oracle]
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { convertObj } from 'swagger2openapi';
import { parse } from 'yaml';
import { loadSpec } from '../generator/load/load-spec.js';
import { generateInMemory } from '../generator/pipeline.js';
import { fetchPackage, runCorpus } from './corpus.js';

/** Each package, and the folder in it that holds its Swagger documents. */
const PACKAGES: readonly { readonly spec: string; readonly under: string }[] = [
  { spec: 'kubernetes-client@8.3.7', under: 'lib/specs' },
  { spec: 'openapi-to-graphql@3.0.7', under: 'test/fixtures' },
  { spec: '@netlify/open-api@2.60.0', under: 'dist' },
  { spec: '@microsoft.azure/autorest.testserver@3.3.51', under: 'swagger' },
  { spec: 'api-spec-converter@2.12.0', under: 'test' },
  { spec: 'swagger-zoo@2.20.1', under: 'fixtures' },
];

/** Kubernetes ships its specs gzipped: unpacked beside them once. */
function unzipped(file: string): string {
  if (!file.endsWith('.gz')) return file;
  const plain = file.slice(0, -'.gz'.length);
  if (!existsSync(plain)) writeFileSync(plain, gunzipSync(readFileSync(file)));
  return plain;
}

function isSwagger2(file: string): boolean {
  const text = readFileSync(file, 'utf8');
  if (!/["']?swagger["']?\s*:\s*["']2\.0["']/.test(text.slice(0, 4000))) return false;
  try {
    return (parse(text.replace(/^\uFEFF/, '')) as { swagger?: unknown } | null)?.swagger === '2.0';
  } catch {
    return false;
  }
}

/** The Swagger 2.0 documents of every package, one copy of each. */
function corpus(): { specs: string[]; root: string } {
  const root = fetchPackage(PACKAGES[0]!.spec).replace(/\/[^/]+\/package$/, '');
  const seen = new Set<string>();
  const specs: string[] = [];
  for (const { spec, under } of PACKAGES) {
    const dir = join(fetchPackage(spec), under);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(json|ya?ml)(\.gz)?$/.test(name) && !/(^|\/)examples?\//.test(name));
    for (const name of files.sort()) {
      const file = unzipped(join(dir, name));
      const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
      if (seen.has(hash) || !isSwagger2(file)) continue;
      seen.add(hash);
      specs.push(file);
    }
  }
  return { specs, root };
}

async function packageOf(text: string, file: string): Promise<ReadonlyMap<string, string>> {
  const loaded = loadSpec(file, (f) => (f === file ? text : undefined), { lenient: true });
  if (!loaded.ok) throw new Error(loaded.diagnostics[0]?.message);
  return (await generateInMemory(loaded.spec, new Map(), { lenient: true })).files;
}

/** Our package against the one made through swagger2openapi: the files that differ, or why there is no comparison. */
async function compareWithOracle(file: string): Promise<string[] | string> {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  try {
    const { openapi } = await convertObj(parse(text), { patch: true, warnOnly: true });
    const [ours, theirs] = await Promise.all([packageOf(text, file), packageOf(JSON.stringify(openapi), file)]);
    return [...new Set([...ours.keys(), ...theirs.keys()])].filter((f) => ours.get(f) !== theirs.get(f));
  } catch (error) {
    return String((error as Error).message ?? error).split('\n')[0]!;
  }
}

const { specs, root } = corpus();
const name = (spec: string): string => relative(root, spec);
await runCorpus(`Swagger 2.0 corpus: ${specs.length} distinct documents from ${PACKAGES.length} npm packages`, specs, name);
if (process.argv.includes('--oracle')) {
  let same = 0;
  const notes: string[] = [];
  for (const spec of specs) {
    const result = await compareWithOracle(spec);
    if (Array.isArray(result) && result.length === 0) same++;
    else notes.push(`${name(spec)}: ${Array.isArray(result) ? `differs in ${result.join(', ')}` : `no comparison (${result})`}`);
  }
  console.log(`\nbeside swagger2openapi: ${same} / ${specs.length} packages identical`);
  for (const note of notes) console.log(`  ${note}`);
}
