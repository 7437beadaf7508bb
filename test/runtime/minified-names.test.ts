/**
 * Error names survive minification. Bundlers rename classes, so a name taken from the class itself
 * reads `A` in a minified browser build; `err.name` and stack traces must still say `NotFoundError`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../helpers/tree.js';

type Runtime = Record<string, (abstract new (...args: never[]) => Error) & { prototype: Error }>;

async function minifiedRuntime(): Promise<Runtime> {
  const result = await build({ entryPoints: ['generator/runtime/index.ts'], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false });
  const file = join(scratchDir('minified-'), 'runtime.mjs');
  writeFileSync(file, result.outputFiles[0]!.text);
  return (await import(pathToFileURL(file).href)) as Runtime;
}

describe('error names in a minified bundle', () => {
  it('are the classes\' real names, though the minifier renamed the classes', async () => {
    const runtime = await minifiedRuntime();
    const errorClasses = Object.keys(runtime).filter((name) => /Error$/.test(name));
    expect(errorClasses.length).toBe(14);
    // The bundle really is minified: the class objects no longer carry their source names.
    expect(errorClasses.filter((name) => runtime[name]!.name === name).length).toBeLessThan(errorClasses.length);
    for (const name of errorClasses) expect(runtime[name]!.prototype.name).toBe(name);
    const NotFound = runtime['NotFoundError'] as unknown as new (...args: unknown[]) => Error;
    const error = new NotFound(404, undefined, undefined, new Headers());
    expect(error.name).toBe('NotFoundError');
    expect(String(error.stack)).toMatch(/^NotFoundError: 404/);
  });
});
