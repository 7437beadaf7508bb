/**
 * The package's non-TypeScript files: manifest, TypeScript config and documentation, all from the IR
 * (and, for the API reference, the names the runtime exports).
 */
import type { ApiIR } from '../ir/types.js';
import { formatOther } from '../print/print.js';
import { apiReference } from './package/api-md.js';
import { packageJson } from './package/package-json.js';
import { readme } from './package/readme.js';
import { runtimeExports } from './package/runtime-exports.js';
import { tsconfigs } from './package/tsconfig.js';

export async function packageFiles(api: ApiIR, runtime: ReadonlyMap<string, string> = new Map()): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  files.set('package.json', await formatOther(JSON.stringify(packageJson(api.package), null, 2), 'json'));
  for (const [path, config] of tsconfigs()) files.set(path, await formatOther(JSON.stringify(config, null, 2), 'json'));
  files.set('README.md', await formatOther(readme(api), 'markdown'));
  files.set('api.md', await formatOther(apiReference(api, runtimeExports(runtime)), 'markdown'));
  // Copied as is: a license's exact wording matters. npm packs a LICENSE file whatever `files` says.
  if (api.package.licenseText !== undefined) files.set('LICENSE', api.package.licenseText);
  return files;
}
