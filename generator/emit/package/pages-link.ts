/**
 * A README split into pages (`docs/`, see readme.ts) links them relatively. npmjs.com shows the README
 * alone and opens such links only through the package's `repository` (npm rewrites them to the
 * repository's files); without one, every method's page is a dead link on the package's npm page.
 */
import type { Diagnostic } from '../../diagnostics.js';
import type { ApiIR } from '../../ir/types.js';
import { entryDocument, locate, type LoadedSpec } from '../../load/load-spec.js';
import { LAYOUT } from './layout.js';

/**
 * A located warning when the package's files hold README pages and its config names no repository.
 * api.md's pages (`docs/api/`) are not counted: npmjs.com shows the README alone, not api.md.
 */
export function pagesWithoutRepository(spec: LoadedSpec, api: ApiIR, files: ReadonlyMap<string, string>): Diagnostic[] {
  const pages = [...files.keys()].filter((path) => path.startsWith(LAYOUT.docs) && !path.startsWith(LAYOUT.apiDocs)).length;
  if (pages === 0 || (api.package.repository ?? '') !== '') return [];
  const source = spec.sources.get(spec.entry);
  const pointer = hasPackageConfig(spec) ? '/x-sdk/package' : '/info';
  const location = source ? locate(source, pointer) : { file: spec.entry, pointer, line: 0, column: 0 };
  const message = `the README links its ${pages} method pages in ${LAYOUT.docs}, which npmjs.com opens only through the package's repository: set x-sdk.package.repository (its git URL)`;
  return [{ severity: 'warning', code: 'readme-pages-repository', message, location }];
}

function hasPackageConfig(spec: LoadedSpec): boolean {
  const sdk = entryDocument(spec)['x-sdk'];
  return typeof sdk === 'object' && sdk !== null && typeof (sdk as Record<string, unknown>)['package'] === 'object';
}
