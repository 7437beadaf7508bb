/**
 * The package's non-TypeScript files: manifest, TypeScript config and documentation, all from the IR
 * (and, for the API reference, the names the runtime exports).
 */
import type { ApiIR } from '../ir/types.js';
import type { Formatter } from '../print/format-pool.js';
import { formatOther } from '../print/print.js';
import { apiReferenceFiles } from './package/api-md.js';
import { LAYOUT } from './package/layout.js';
import { packageJson } from './package/package-json.js';
import { readmeFiles } from './package/readme.js';
import { runtimeExports } from './package/runtime-exports.js';
import { tsconfigs } from './package/tsconfig.js';

export async function packageFiles(api: ApiIR, runtime: ReadonlyMap<string, string> = new Map(), formatter?: Formatter): Promise<Map<string, string>> {
  const docs = [...readmeFiles(api), ...apiReferenceFiles(api, runtimeExports(runtime))];
  const pages = docs.some(([path]) => path.startsWith(LAYOUT.docs));
  const sources: [path: string, parser: 'json' | 'markdown', text: string][] = [
    ['package.json', 'json', JSON.stringify(packageJson(api.package, pages), null, 2)],
    ...tsconfigs().map(([path, config]): [string, 'json', string] => [path, 'json', JSON.stringify(config, null, 2)]),
    ...docs.map(([path, text]): [string, 'markdown', string] => [path, 'markdown', text]),
  ];
  // All at once: with workers, the README and api.md of a large spec are formatted side by side.
  const files = new Map(await Promise.all(sources.map(async ([path, parser, text]) => [path, await formatOther(text, parser, formatter)] as const)));
  // Copied as is: a license's exact wording matters. npm packs a LICENSE file whatever `files` says.
  if (api.package.licenseText !== undefined) files.set('LICENSE', api.package.licenseText);
  return files;
}
