/**
 * Pass 1, resource paths and method names: every segment and method name a valid identifier (a method
 * may be a reserved word: `things.delete()` is fine JavaScript), and method names unique within a resource. Runs first because every later name (types, builders) derives from them.
 */
import type { ApiIR, OperationIR } from '../ir/types.js';
import { compareCodeUnits, toIdentifier, toPropertyName } from '../util/names.js';
import { uniqueName } from './unique.js';

/** Names a resource class must not take: they are the members every resource inherits. */
const RESOURCE_MEMBERS = new Set(['_client', 'constructor']);

/**
 * Names a top-level resource must not take: the members of the runtime's `BaseClient`, which a client
 * property named `request` or `timeout` would replace (a tag or a path `/request` would otherwise break
 * the client). Such a resource gets a trailing `_`, as reserved words do.
 */
export const CLIENT_MEMBERS: ReadonlySet<string> = new Set([
  'constructor', 'request', 'get', 'post', 'put', 'patch', 'delete', 'withOptions', 'toJSON', 'toString',
  'baseURL', 'timeout', 'maxRetries', 'logLevel',
]);

export function normalizeResourceNames(api: ApiIR): ApiIR {
  const taken = new Map<string, Set<string>>();
  const byId = [...api.operations].sort((a, b) => compareCodeUnits(a.operationId, b.operationId));
  const renamed = new Map<OperationIR, OperationIR>();
  for (const op of byId) {
    const resourcePath = op.resourcePath.map((s, i) => {
      const name = toIdentifier(s, 'default');
      return i === 0 && CLIENT_MEMBERS.has(name) ? `${name}_` : name;
    });
    const key = resourcePath.join('.');
    if (!taken.has(key)) taken.set(key, new Set(RESOURCE_MEMBERS));
    const methodName = uniqueName(toPropertyName(op.methodName, 'call'), taken.get(key)!);
    renamed.set(op, { ...op, resourcePath, methodName });
  }
  return { ...api, operations: api.operations.map((op) => renamed.get(op)!) };
}
