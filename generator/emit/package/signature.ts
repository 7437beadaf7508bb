/** How a method reads in the docs: where it hangs on the client, its arguments and what it resolves to. */
import type { ApiIR, OperationIR } from '../../ir/types.js';
import { paramsTypeName } from '../../normalize/names.js';
import { positionalType } from '../operation-path.js';
import { methodReturnType, optionsInPlaceOfParams, paramsArity } from '../operation-types.js';
import { createScope, type TypeScope } from '../scope.js';
import { operationsOfResource } from '../../ir/resource-operations.js';

/** `client.realtimeKit.activeSession.getActiveSession` */
export function methodPath(op: OperationIR, clientVar = 'client'): string {
  return [clientVar, ...op.resourcePath, op.methodName].join('.');
}

/** `client.x.y(appId: string, meetingId: string, params: XParams, options?: RequestOptions): APIPromise<XResponse>` */
export function methodSignature(api: ApiIR, op: OperationIR): string {
  return `${methodPath(op)}(${methodArguments(api, op).join(', ')}): ${methodReturnType(op)}`;
}

export function methodArguments(api: ApiIR, op: OperationIR): string[] {
  const positional = op.parameters.filter((p) => p.positional).map((p) => `${p.argName}: ${positionalType(p)}`);
  const arity = paramsArity(op, docsScope(api));
  const params = arity === 'none' ? [] : [`params${arity === 'optional' ? '?' : ''}: ${paramsTypeName(op)}`];
  return [...positional, ...params, 'options?: RequestOptions'];
}

/** The first method that also takes its request options in the place of its parameters, if any. */
export function firstTakingOptionsForParams(api: ApiIR): OperationIR | undefined {
  return api.operations.find((op) => optionsInPlaceOfParams(op, docsScope(api)));
}

const scopes = new WeakMap<ApiIR, TypeScope>();

/** One scope per API for the docs, which only look models up: built per call, it cost O(models) each time. */
export function docsScope(api: ApiIR): TypeScope {
  let scope = scopes.get(api);
  if (!scope) scopes.set(api, (scope = createScope(new Map(api.models.map((m) => [m.key, m])), new Set())));
  return scope;
}


/** Operations grouped by resource, in the resource order normalize settled. */
export function operationsByResource(api: ApiIR): { path: readonly string[]; className: string; operations: readonly OperationIR[] }[] {
  return api.resources
    .map((r) => ({ path: r.path, className: r.className, operations: operationsOfResource(api, r.path) }))
    .filter((group) => group.operations.length > 0);
}
