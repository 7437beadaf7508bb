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
      '- TypeScript: declarations for both module formats, checked under `moduleResolution` `node10`, `node16` and `bundler`.',
    ].join('\n'),
    `The package has no runtime dependencies. ${code(LAYOUT.provenance)} records the SHA-256 of the OpenAPI spec and the generator version that produced it.`,
  );
}
