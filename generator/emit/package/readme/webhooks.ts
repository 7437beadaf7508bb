/** The README's `Webhooks` and `Callbacks` sections, for an API that sends requests to its users' servers. */
import type { ApiIR } from '../../../ir/types.js';
import { callbacksTypeName } from '../../../normalize/names.js';
import { jsLiteral } from '../../example.js';
import { methodPath } from '../signature.js';
import { blocks, code, codeBlock, heading } from '../markdown.js';

export function webhooks(api: ApiIR): string | undefined {
  const name = api.webhooksName;
  const first = api.webhooks[0];
  if (name === undefined || first === undefined) return undefined;
  return blocks(
    heading(2, 'Webhooks'),
    `The API also sends requests to your server: ${api.webhooks.length === 1 ? 'one webhook' : `${api.webhooks.length} webhooks`}. The client sends none of them; ${code(name)} types their bodies, by webhook name, for the handler that receives them (the package checks no signature and parses nothing: read the body as your server framework does). [api.md](./api.md#webhooks) lists them.`,
    handler(api, name, first.name),
  );
}

export function callbacks(api: ApiIR): string | undefined {
  const calling = api.operations.filter((op) => op.callbacks);
  const first = calling[0];
  if (first === undefined) return undefined;
  return blocks(
    heading(2, 'Callbacks'),
    `After ${calling.map((op) => code(methodPath(op))).join(', ')}, the API sends requests back to your server, to a URL the call gave. The client sends none of them; each such method's ${code('…Callbacks')} interface types their bodies, by callback name, for the handler that receives them:`,
    handler(api, callbacksTypeName(first), first.callbacks![0]!.name),
  );
}

function handler(api: ApiIR, type: string, member: string): string {
  return codeBlock('ts', `import type { ${type} } from ${jsLiteral(api.package.name)};\n\nexport function handle(body: ${type}[${jsLiteral(member)}]): void {\n  console.log(body);\n}`);
}
