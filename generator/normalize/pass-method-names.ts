/**
 * Before pass 1, conventional method names: an operation the spec gives no name of its own
 * (`nameByConvention`) gets one by REST convention (`rest-names.ts`). Where methods of a resource would
 * share one, the one with the shortest path keeps it (`/jobs/{id}` stays `get` beside
 * `/datasets/{id}/jobs`), and the others say whose they are (`getForDataset`; `listForUser` and
 * `listForOrg` when neither is shorter) or what they act on (`verifyBankAccount`). Where that still
 * clashes, or takes the name of a method the spec names, the operation keeps the name its method and
 * path give (`getUsersIdRepos`). Pass 1 then makes every name an identifier and unique.
 */
import type { ApiIR, OperationIR } from '../ir/types.js';
import { conventionalName, pathFacts } from './rest-names.js';

export function normalizeMethodNames(api: ApiIR): ApiIR {
  if (!api.operations.some((op) => op.nameByConvention)) return api;
  const facts = pathFacts(api);
  const named = new Map<OperationIR, string>();
  for (const group of groupByResource(api.operations)) {
    const taken = new Set(group.filter((op) => !op.nameByConvention).map((op) => op.methodName));
    const proposed = group.filter((op) => op.nameByConvention).map((op) => ({ op, ...conventionalName(op, facts) }));
    const qualified = proposed.map((p) => (clashes(p.name, proposed.map((q) => q.name), taken) && p.qualified !== undefined && !keeps(p, proposed, taken) ? { ...p, name: p.qualified } : p));
    for (const q of qualified) named.set(q.op, clashes(q.name, qualified.map((r) => r.name), taken) && !keeps(q, qualified, taken) ? q.op.methodName : q.name);
  }
  return { ...api, operations: api.operations.map((op) => (named.has(op) ? { ...op, methodName: named.get(op)! } : op)) };
}

/** Whether the operation's path is shorter than every other's that would take its name, which the spec gives no method. */
function keeps(p: { op: OperationIR; name: string }, proposed: readonly { op: OperationIR; name: string }[], taken: ReadonlySet<string>): boolean {
  const length = (op: OperationIR) => op.path.split('/').length;
  return !taken.has(p.name) && proposed.every((q) => q === p || q.name !== p.name || length(q.op) > length(p.op));
}

/** A name the spec gives another method, or that another conventional one would take too. */
function clashes(name: string, names: readonly string[], taken: ReadonlySet<string>): boolean {
  return taken.has(name) || names.filter((n) => n === name).length > 1;
}

function groupByResource(operations: readonly OperationIR[]): OperationIR[][] {
  const groups = new Map<string, OperationIR[]>();
  for (const op of operations) {
    const key = op.resourcePath.join('.');
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(op);
  }
  return [...groups.values()];
}
