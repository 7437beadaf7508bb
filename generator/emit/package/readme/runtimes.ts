/** The README's `Runtimes` section: where the package runs, how it is built, what it records. */
import type { ApiIR } from '../../../ir/types.js';
import { blocks, code, heading } from '../markdown.js';
import { LAYOUT, NODE_ENGINES } from '../layout.js';
import { awsScheme } from '../../credential-options.js';

export function runtimes(api: ApiIR): string {
  return blocks(
    heading(2, 'Runtimes'),
    [
      `- Node.js ${NODE_ENGINES.replace('>=', '')} or later, from ES modules (${code(`import ${api.client.name} from '${api.package.name}'`)}) and CommonJS (${code(`require('${api.package.name}')`)}).`,
      '- Browsers, bundled by esbuild, Vite, webpack or Rollup: the package uses no Node.js built-in, its `browser` build leaves out what only a server can use (environment variables, the error codes of server runtimes), and `sideEffects: false` lets bundlers drop what is not called.',
      `- Deno (${code(`import ${api.client.name} from 'npm:${api.package.name}'`)}), Bun and Cloudflare Workers: only \`fetch\`, \`AbortController\`, \`URL\` and \`Headers\` are needed${awsScheme(api) ? ', and Web Crypto (`crypto.subtle`) to sign requests' : ''}.`,
      '- TypeScript 4.7 or later: declarations for both module formats, type-checked under `moduleResolution` `node10` and `node16` with TypeScript 4.7 and `bundler` with 5.0 (the first release to have it), as well as with the release that built them.',
    ].join('\n'),
    `The package has no runtime dependencies. ${code(LAYOUT.provenance)} records the SHA-256 of the OpenAPI spec and the generator version that produced it.`,
  );
}
