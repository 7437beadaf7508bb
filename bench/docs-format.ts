#!/usr/bin/env node
/**
 * What formatting a package's Markdown costs: the README, its method pages and api.md's pages of a spec,
 * rendered as `generate` renders them, each formatted by prettier in this process as `generate` formats
 * it (one section at a time), then once more without formatting the TypeScript examples inside them.
 * Prints the pages, their size, the time of each way and how many pages the second way changes. On a
 * large API this is most of an uncached `generate`; the examples' share is what formatting them once,
 * before they go in the pages, could save. Not a test.
 *
 * Run: npx tsx bench/docs-format.ts [--spec FILE] [--overlay FILE]
 */
import { performance } from 'node:perf_hooks';
import * as prettier from 'prettier';
import { apiReferenceFiles } from '../generator/emit/package/api-md.js';
import { readmeFiles } from '../generator/emit/package/readme.js';
import { runtimeExports } from '../generator/emit/package/runtime-exports.js';
import { readFromDisk, readRuntimeSources } from '../generator/io/fs-read.js';
import { loadSpec } from '../generator/load/load-spec.js';
import { buildApi } from '../generator/pipeline.js';
import { markdownSections, PRETTIER_OPTIONS } from '../generator/print/print.js';
import { DEFAULT_SPEC } from '../generator/util/generate-command.js';

function textOption(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const spec = textOption('spec') ?? DEFAULT_SPEC;
const overlay = textOption('overlay');
const loaded = loadSpec(spec, readFromDisk, { overlays: overlay === undefined ? [] : [overlay] });
if (!loaded.ok) throw new Error(`${spec} does not load`);
const { api } = buildApi(loaded.spec, { lenient: true });
const pages = [...readmeFiles(api), ...apiReferenceFiles(api, runtimeExports(readRuntimeSources()))];
const bytes = pages.reduce((n, [, text]) => n + text.length, 0);

async function formatAll(embeddedLanguageFormatting: 'auto' | 'off'): Promise<{ seconds: number; texts: string[] }> {
  const started = performance.now();
  const texts: string[] = [];
  for (const [, text] of pages) {
    const sections = await Promise.all(markdownSections(text).map((section) => prettier.format(section, { ...PRETTIER_OPTIONS, parser: 'markdown', embeddedLanguageFormatting })));
    // Joined as generate joins them (print.ts formatMarkdown).
    texts.push(`${sections.map((s) => s.replace(/\n+$/, '')).filter((s) => s !== '').join('\n\n')}\n`);
  }
  return { seconds: (performance.now() - started) / 1000, texts };
}

// prettier's first calls load its Markdown and TypeScript printers: warm both up before timing either way.
for (const embeddedLanguageFormatting of ['auto', 'off'] as const) await prettier.format('# a\n\n```ts\nconst a = 1;\n```\n', { ...PRETTIER_OPTIONS, parser: 'markdown', embeddedLanguageFormatting });
const whole = await formatAll('auto');
const withoutExamples = await formatAll('off');
const changed = whole.texts.filter((text, i) => text !== withoutExamples.texts[i]).length;
const kb = bytes / 1000;
console.log(`${spec}: ${pages.length} Markdown pages, ${kb.toFixed(0)} KB before formatting`);
console.log(`  as generate formats them   ${whole.seconds.toFixed(1)} s (${(kb / whole.seconds).toFixed(0)} KB/s)`);
console.log(`  examples left unformatted  ${withoutExamples.seconds.toFixed(1)} s (${(whole.seconds > 0 ? 100 * (1 - withoutExamples.seconds / whole.seconds) : 0).toFixed(0)} % less); ${changed} of ${pages.length} pages come out otherwise`);
