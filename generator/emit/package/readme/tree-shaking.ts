/**
 * The README's `Tree shaking` section: the client creates every resource, so a bundle that uses a few
 * builds them on the core client instead, and the bundler leaves the others out.
 */
import type { ApiIR } from '../../../ir/types.js';
import { coreClientName } from '../../../normalize/names.js';
import { uniqueName } from '../../../normalize/unique.js';
import { toIdentifier } from '../../../util/names.js';
import { exampleCall, jsLiteral } from '../../example.js';
import { blocks, code, codeBlock, heading } from '../markdown.js';
import { credentialArgument, firstOperation } from './intro.js';

export function treeShaking(api: ApiIR): string | undefined {
  const op = firstOperation(api);
  const resource = op && api.resources.find((r) => r.path.join('.') === op.resourcePath.join('.'));
  if (!op || !resource) return undefined;
  const core = coreClientName(api.client.name);
  // A resource called `default` or `client` cannot be a variable of that name beside the example's own.
  const variable = uniqueName(toIdentifier(resource.path[resource.path.length - 1]!, 'resource'), new Set(['client', 'response']));
  const example = [
    `import { ${[resource.className, core].sort().join(', ')} } from ${jsLiteral(api.package.name)};`,
    '',
    `const client = new ${core}(${credentialArgument(api)});`,
    `const ${variable} = new ${resource.className}(client);`,
    '',
    exampleCall(api, op, variable),
  ].join('\n');
  return blocks(
    heading(2, 'Tree shaking'),
    `${code(`new ${api.client.name}()`)} creates every resource of the API, so all of them end up in a bundle that imports it. A bundle that uses a few builds them on ${code(core)}, the client without its resources (the same options, credentials, retries and logging); esbuild, Vite, webpack and Rollup then leave the other resources out. A resource built this way has its own resources too.`,
    codeBlock('ts', example),
  );
}
