/** The package's README, from the spec: install, the client, every method with its example. */
import type { ApiIR } from '../../ir/types.js';
import { exampleCall } from '../example.js';

export function readme(api: ApiIR): string {
  const first = api.operations[0];
  const lines = [
    `# ${api.package.name}`,
    '',
    api.package.description,
    '',
    '## Install',
    '',
    '```sh',
    `npm install ${api.package.name}`,
    '```',
    '',
    '## Usage',
    '',
    '```ts',
    `import ${api.client.name} from '${api.package.name}';`,
    '',
    `const client = new ${api.client.name}();`,
    '',
    first ? exampleCall(api, first) : '',
    '```',
    '',
    '## Methods',
    '',
  ];
  for (const op of api.operations) {
    lines.push(`### \`${[...op.resourcePath, op.methodName].join('.')}\``, '', op.summary ?? '', '', '```ts', exampleCall(api, op), '```', '');
  }
  return lines.join('\n');
}
