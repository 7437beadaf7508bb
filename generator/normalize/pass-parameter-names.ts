/**
 * Pass 2, argument names. Positional ones: `app_id` → `appId`, never a reserved word, never `params` or
 * `options` (the two arguments every method has), unique within the method. The others are members of
 * `params`, named as the spec names them, unless two parameters share a name in different places (a
 * query parameter and a header both `Last-Event-ID`): the later one is then `Last-Event-ID_header`.
 */
import type { ApiIR, OperationIR, ParameterIR } from '../ir/types.js';
import { toIdentifier } from '../util/names.js';
import { uniqueName } from './unique.js';

export function normalizeParameterNames(api: ApiIR): ApiIR {
  return { ...api, operations: api.operations.map(nameArguments) };
}

function nameArguments(op: OperationIR): OperationIR {
  const taken = new Set(['params', 'options']);
  const members = new Set<string>();
  const parameters = op.parameters.map((p): ParameterIR => {
    if (p.positional) return { ...p, argName: uniqueName(toIdentifier(p.name, 'arg'), taken) };
    return { ...p, argName: uniqueName(members.has(p.name) ? `${p.name}_${p.in}` : p.name, members) };
  });
  return { ...op, parameters };
}
