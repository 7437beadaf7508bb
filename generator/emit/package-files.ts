/** The package's non-TypeScript files: manifest, build config and documentation. */
import type { ApiIR } from '../ir/types.js';
import { formatOther } from '../print/print.js';
import { packageJson } from './package/package-json.js';
import { readme } from './package/readme.js';
import { apiReference } from './package/api-md.js';
import { tsconfigs } from './package/tsconfig.js';

export async function packageFiles(api: ApiIR): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  files.set('package.json', await formatOther(JSON.stringify(packageJson(api)), 'json'));
  for (const [path, config] of tsconfigs()) files.set(path, await formatOther(JSON.stringify(config), 'json'));
  files.set('README.md', await formatOther(readme(api), 'markdown'));
  files.set('api.md', await formatOther(apiReference(api), 'markdown'));
  return files;
}
