/** A query string in a path template, read into query parameters (with `--lenient`; refused otherwise). */
import type { ParameterIR } from '../ir/types.js';
import { splitPathTemplate } from '../util/path-template.js';

/**
 * `/rides?page={page}&format=json` (a path template with a query string, against §4.8.8, yet published):
 * each `key={name}` becomes the query parameter `key`, taking the schema and description of a parameter
 * declared as `name` (in the path or the query) or else an optional string; literal pairs stay in the
 * path, which the runtime sends as a query.
 */
export function queryFromPathTemplate(opOrigin: ParameterIR['origin'], template: string, declared: readonly ParameterIR[]): { path: string; parameters: ParameterIR[] } {
  const [path, query] = splitPathTemplate(template);
  if (query === undefined) return { path, parameters: [...declared] };
  const parameters = [...declared];
  const literal: string[] = [];
  for (const pair of query.split('&').filter((p) => p !== '')) {
    const [key, value = ''] = pair.split(/=(.*)/);
    const placeholder = /^\{([^}]+)\}$/.exec(value)?.[1];
    if (placeholder === undefined) {
      literal.push(pair);
      continue;
    }
    const at = parameters.findIndex((p) => p.name === placeholder && (p.in === 'path' || p.in === 'query'));
    const given = at === -1 ? undefined : parameters.splice(at, 1)[0];
    const origin = given?.origin ?? opOrigin;
    parameters.push({
      name: key!,
      in: 'query',
      required: given?.required ?? false,
      schema: given?.schema ?? { kind: 'string', origin },
      description: given?.description ?? 'Read from the query string of the path template.',
      deprecated: given?.deprecated,
      example: given?.example,
      positional: false,
      argName: key!,
      origin,
    });
  }
  return { path: literal.length > 0 ? `${path}?${literal.join('&')}` : path, parameters };
}
