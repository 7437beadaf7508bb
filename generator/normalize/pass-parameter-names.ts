/**
 * Pass 2, positional argument names: `app_id` → `appId`, never a reserved word, never `params` or
 * `options` (the two arguments every method has), unique within the method.
 */
import type { ApiIR, OperationIR, ParameterIR } from '../ir/types.js';
import { toIdentifier } from '../util/names.js';
import { uniqueName } from './unique.js';

export function normalizeParameterNames(api: ApiIR): ApiIR {
  return { ...api, operations: api.operations.map(nameArguments) };
}

function nameArguments(op: OperationIR): OperationIR {
  const taken = new Set(['params', 'options']);
  const parameters = op.parameters.map((p): ParameterIR => (p.positional ? { ...p, argName: uniqueName(toIdentifier(p.name, 'arg'), taken) } : p));
  return { ...op, parameters };
}
