/** The README's opening: what the package is, how to install it, and a first call in ESM and CommonJS. */
import type { ApiIR, OperationIR } from '../../../ir/types.js';
import { exampleCall, exampleUse, jsLiteral } from '../../example.js';
import { responseStream } from '../../../ir/success-response.js';
import { supportedSchemes } from '../../credential-options.js';
import { blocks, codeBlock, heading, prose } from '../markdown.js';


export function intro(api: ApiIR): string {
  return blocks(
    heading(1, api.package.name),
    prose(api.package.description, 2),
    prose(api.description, 2),
    'The client is generated from the OpenAPI spec. It has no runtime dependencies and runs wherever `fetch` does: Node.js, browsers, Deno, Bun and Cloudflare Workers.',
    heading(2, 'Install'),
    codeBlock('sh', `npm install ${api.package.name}`),
    heading(2, 'Usage'),
    codeBlock('ts', usage(api)),
    'From CommonJS, the client is a named export (and the `default` property):',
    codeBlock('js', `const { ${api.client.name} } = require(${jsLiteral(api.package.name)});\n\nconst client = new ${api.client.name}();`),
    'Every method, its parameters and its response type are listed in [api.md](./api.md).',
  );
}

/** The import, the client with its main credential read from the environment, and one call (the first GET) with what it prints. */
export function usage(api: ApiIR): string {
  const op = firstOperation(api);
  return program(api, op && callLines(api, op));
}

/** A program a reader can run as it stands: the import, the client, then `call`. */
export function program(api: ApiIR, call: readonly string[] = []): string {
  const lines = [`import ${api.client.name} from ${jsLiteral(api.package.name)};`, '', `const client = new ${api.client.name}(${credentialArgument(api)});`];
  if (call.length > 0) lines.push('', ...call);
  return lines.join('\n');
}

/** A call and what it prints: the response, or each event of a stream. */
export function callLines(api: ApiIR, op: OperationIR): string[] {
  return responseStream(op) ? [exampleUse(api, op)] : [exampleCall(api, op), '', 'console.log(response);'];
}

/** `{ apiToken: process.env['…'] }` for the first credential of the spec's first security alternative. */
export function credentialArgument(api: ApiIR): string {
  const schemes = supportedSchemes(api);
  const first = api.security[0]?.[0];
  const scheme = schemes.find((s) => s.key === first) ?? schemes[0];
  if (!scheme?.env) return '';
  return `{\n  ${scheme.option}: process.env[${jsLiteral(scheme.env)}], // This is the default and can be omitted\n}`;
}

/**
 * A read-only call that resolves to its body shows the client best: the first GET that does not stream
 * (a stream has its own section), else the first operation that does not, else the first.
 */
export function firstOperation(api: ApiIR): OperationIR | undefined {
  const plain = api.operations.filter((op) => responseStream(op) === undefined);
  return plain.find((op) => op.method === 'GET') ?? plain[0] ?? api.operations[0];
}
