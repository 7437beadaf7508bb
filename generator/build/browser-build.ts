/**
 * The browser build: `dist/esm` copied to `dist/browser`, with every module that has a browser twin
 * (`core/env.browser.js` beside `core/env.js`) replaced by the twin. A twin leaves out what cannot happen
 * in a browser: there are no environment variables to read, and a failed `fetch` never says why, so the
 * code for both would only weigh down every browser bundle. The twins themselves are then removed from
 * the server builds, where nothing imports them.
 */
import { cpSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LAYOUT } from '../emit/package/layout.js';

const TWIN = /\.browser\.(js|d\.ts)$/;

export function writeBrowserBuild(packageDir: string): void {
  const esm = join(packageDir, LAYOUT.esm);
  const browser = join(packageDir, LAYOUT.browser);
  // Declarations come from dist/esm (the manifest's `browser` condition points its `types` there).
  cpSync(esm, browser, { recursive: true, filter: (path) => !path.endsWith('.d.ts') });
  for (const twin of filesMatching(browser, TWIN)) renameSync(twin, twin.replace(TWIN, '.$1'));
  for (const folder of [esm, join(packageDir, LAYOUT.cjs)]) {
    for (const twin of filesMatching(folder, TWIN)) rmSync(twin);
  }
}

function filesMatching(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
