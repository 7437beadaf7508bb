/** The README's `Request builders` section: the pure function behind every method. */
import type { ApiIR } from '../../../ir/types.js';
import { builderName } from '../../../normalize/names.js';
import { jsLiteral } from '../../example.js';
import { blocks, code, codeBlock, heading } from '../markdown.js';
import { firstOperation } from './intro.js';
import { exampleCall } from '../../example.js';

export function requestBuilders(api: ApiIR): string | undefined {
  const op = firstOperation(api);
  if (!op) return undefined;
  const args = exampleCall(api, op).replace(/^const response = await [\w.]+\(/, '').replace(/\);$/, '');
  return blocks(
    heading(2, 'Request builders'),
    `Every method has a pure function that returns the request it would send, ${code('{ method, path, query, headers, body }')}, without a client or a network: to test, sign or send requests your own way.`,
    codeBlock('ts', `import { ${builderName(op)} } from ${jsLiteral(api.package.name)};\n\nconst request = ${builderName(op)}(${args});\nconsole.log(request.method, request.path);`),
  );
}
