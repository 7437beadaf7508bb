/**
 * Where the built package keeps its files. The manifest (`package.json`) points into these folders and
 * the build writes them, so both read the layout from here and cannot drift apart.
 */
export const LAYOUT = {
  /** ES modules with their declarations; the package's `"type": "module"` makes `.js` mean ESM. */
  esm: 'dist/esm',
  /** CommonJS with its declarations; a nested `package.json` makes `.js` mean CommonJS there. */
  cjs: 'dist/cjs',
  /**
   * ES modules for browser bundles (the `browser` condition): `dist/esm` with each runtime module that has
   * a `.browser.ts` twin replaced by it, so code that can only run on a server stays out of the bundle.
   * Its declarations are those of `dist/esm`.
   */
  browser: 'dist/browser',
  /** Which spec and which generator produced the build. */
  provenance: 'dist/provenance.json',
  /** The releases and what each changed: written by the release flow, never by the generator. */
  changelog: 'CHANGELOG.md',
  /** A page per resource documenting its methods, when they would not fit in the README. */
  docs: 'docs/',
  /** A page per resource, and one for the models, when api.md would be too long to read as one page. */
  apiDocs: 'docs/api/',
  /** The entry module, relative to each of the folders above. */
  entry: 'index',
} as const;

export type ModuleFormat = 'esm' | 'cjs';

/** `./dist/esm/index.js`, `./dist/cjs/index.d.ts`: a path inside the package, as the manifest spells it. */
export function entryPath(format: ModuleFormat | 'browser', extension: '.js' | '.d.ts'): string {
  return `./${LAYOUT[format]}/${LAYOUT.entry}${extension}`;
}

/** The lowest Node.js line the package supports: the oldest maintained LTS line, the one CI tests. */
export const NODE_ENGINES = '>=20';
