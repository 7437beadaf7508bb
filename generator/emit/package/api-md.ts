/** `api.md`: every method and type of the package, one line each. */
import type { ApiIR } from '../../ir/types.js';
import { paramsTypeName, responseTypeName } from '../../normalize/names.js';

export function apiReference(api: ApiIR): string {
  const lines = [`# ${api.client.name} API`, ''];
  for (const resource of api.resources) {
    const ops = api.operations.filter((op) => op.resourcePath.join('.') === resource.path.join('.'));
    if (ops.length === 0) continue;
    lines.push(`## ${resource.className} (\`client.${resource.path.join('.')}\`)`, '', 'Methods:', '');
    for (const op of ops) lines.push(`- <code title="${op.method.toLowerCase()} ${op.path}">client.${resource.path.join('.')}.${op.methodName}(…) -> ${responseTypeName(op)}</code>: ${paramsTypeName(op)}`);
    lines.push('');
  }
  if (api.models.length > 0) lines.push('## Models', '', ...api.models.map((m) => `- \`${m.name}\``), '');
  return lines.join('\n');
}
