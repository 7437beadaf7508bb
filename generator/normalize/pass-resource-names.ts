/**
 * Pass 1, resource paths and method names: every segment and method name a valid identifier (a method
 * may be a reserved word: `things.delete()` is fine JavaScript), and method names unique within a resource. Runs first because every later name (types, builders) derives from them.
 */
import type { ApiIR, OperationIR } from '../ir/types.js';
import { compareCodeUnits, toIdentifier, toPropertyName } from '../util/names.js';
import { uniqueName } from './unique.js';

/**
 * Names a method must not take: the members every resource inherits, and `then`, which would make each
 * instance of the resource a thenable (`await`ing it, or returning it from an async function, would call
 * the API).
 */
const RESOURCE_MEMBERS = ['_client', 'constructor', 'then'];

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
  const byId = [...api.operations].sort((a, b) => compareCodeUnits(a.operationId, b.operationId));
  const paths = new Map(byId.map((op) => [op, resourcePathOf(op)]));
  const taken = takenNames([...paths.values()]);
  const renamed = new Map<OperationIR, OperationIR>();
  for (const op of byId) {
    const resourcePath = paths.get(op)!;
    const methodName = uniqueName(toPropertyName(op.methodName, 'call'), taken(resourcePath.join('.')));
    renamed.set(op, { ...op, resourcePath, methodName });
  }
  return { ...api, operations: api.operations.map((op) => renamed.get(op)!) };
}

/** Each segment an identifier; one the class it is a property of cannot take (`constructor`) gets a trailing `_`. */
function resourcePathOf(op: OperationIR): string[] {
  return op.resourcePath.map((s, i) => {
    const name = toIdentifier(s, 'default');
    return (i === 0 ? CLIENT_MEMBERS : SUBRESOURCE_CLASH).has(name) ? `${name}_` : name;
  });
}

/** A class field cannot be named `constructor`, and a subresource named `_client` would replace the resource's client. */
const SUBRESOURCE_CLASH: ReadonlySet<string> = new Set(['constructor', '_client']);

/**
 * The names taken in each resource class before its methods are named: the inherited members, and its
 * subresources' properties (`things.items` beside a method `items` would declare `items` twice), which
 * keep their names since code reaches everything under them through them.
 */
function takenNames(paths: readonly (readonly string[])[]): (key: string) => Set<string> {
  const taken = new Map<string, Set<string>>();
  const at = (key: string) => taken.get(key) ?? taken.set(key, new Set(RESOURCE_MEMBERS)).get(key)!;
  for (const path of paths) for (let depth = 1; depth < path.length; depth++) at(path.slice(0, depth).join('.')).add(path[depth]!);
  return at;
}
