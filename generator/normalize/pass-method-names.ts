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
    const proposed: Proposal[] = group.filter((op) => op.nameByConvention).map((op) => ({ op, ...conventionalName(op, facts) }));
    const first = loser(proposed, taken);
    const qualified = proposed.map((p) => (first(p) && p.qualified !== undefined ? { ...p, name: p.qualified } : p));
    const second = loser(qualified, taken);
    for (const q of qualified) named.set(q.op, second(q) ? q.op.methodName : q.name);
  }
  return { ...api, operations: api.operations.map((op) => (named.has(op) ? { ...op, methodName: named.get(op)! } : op)) };
}

interface Proposal {
  readonly op: OperationIR;
  readonly name: string;
  readonly qualified?: string;
}

/**
 * Whether a proposal must give up its name: one the spec gives another method, or one another proposal
 * wants too, unless its path is shorter than every other's that wants it.
 */
function loser(proposals: readonly Proposal[], taken: ReadonlySet<string>): (p: Proposal) => boolean {
  const length = (op: OperationIR) => op.path.split('/').length;
  const wanting = new Map<string, number[]>();
  for (const p of proposals) wanting.set(p.name, [...(wanting.get(p.name) ?? []), length(p.op)]);
  return (p) => {
    if (taken.has(p.name)) return true;
    const lengths = wanting.get(p.name)!;
    return lengths.length > 1 && lengths.filter((l) => l <= length(p.op)).length > 1;
  };
}

function groupByResource(operations: readonly OperationIR[]): OperationIR[][] {
  const groups = new Map<string, OperationIR[]>();
  for (const op of operations) {
    const key = op.resourcePath.join('.');
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(op);
  }
  return [...groups.values()];
}
