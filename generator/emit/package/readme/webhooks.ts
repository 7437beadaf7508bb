/** The README's `Webhooks` section, for an API that sends requests to its users' servers. */
import type { ApiIR } from '../../../ir/types.js';
import { jsLiteral } from '../../example.js';
import { blocks, code, codeBlock, heading } from '../markdown.js';

export function webhooks(api: ApiIR): string | undefined {
  const name = api.webhooksName;
  const first = api.webhooks[0];
  if (name === undefined || first === undefined) return undefined;
  const payload = `${name}[${jsLiteral(first.name)}]`;
  return blocks(
    heading(2, 'Webhooks'),
    `The API also sends requests to your server: ${api.webhooks.length === 1 ? 'one webhook' : `${api.webhooks.length} webhooks`}. The client sends none of them; ${code(name)} types their bodies, by webhook name, for the handler that receives them (the package checks no signature and parses nothing: read the body as your server framework does). [api.md](./api.md#webhooks) lists them.`,
    codeBlock('ts', `import type { ${name} } from ${jsLiteral(api.package.name)};\n\nexport function handle(body: ${payload}): void {\n  console.log(body);\n}`),
  );
}
