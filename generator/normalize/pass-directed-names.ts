/**
 * Names for the types of models as values travelling one way have them (`CategoryInput`,
 * `CategoryOutput`), for those that would otherwise be written out in full where they are used: a
 * recursive model (inline, its type would have to stop somewhere, and past that depth the fields the
 * server sets would be required again), and any model that is not a plain object (a union of 653
 * variants would be repeated in every request that holds it). A plain object is written with its name
 * (`Omit<Order, 'id'>`). Claimed after every other name: a model keeps its own.
 */
import { createScope, directed, modelReshapes, type Direction } from '../emit/scope.js';
import { keepsItsName } from '../emit/render-type.js';
import { recursiveModels, referencedModels } from '../ir/schema-parts.js';
import type { ApiIR, ModelIR, SchemaIR } from '../ir/types.js';
import { compareCodeUnits } from '../util/names.js';
import { uniqueName } from './unique.js';

const SUFFIX: Record<Direction, string> = { request: 'Input', response: 'Output' };

/**
 * The models, each one written out in full that reshapes either way with its `directedNames`; `taken`
 * grows. Any but a recursive one is named only for a way values holding it travel (`reached`): a response's
 * union needs no `…Input`.
 */
export function withDirectedNames(models: readonly ModelIR[], taken: Set<string>, reached: Readonly<Record<Direction, ReadonlySet<string>>>): ModelIR[] {
  const recursive = recursiveModels(models);
  const scope = createScope(new Map(models.map((m) => [m.key, m])), new Set());
  const names = new Map<string, ModelIR['directedNames']>();
  const writtenInFull = (m: ModelIR, d: Direction) => recursive.has(m.key) || (!keepsItsName(m.schema) && reached[d].has(m.key));
  for (const model of [...models].sort((a, b) => compareCodeUnits(a.key, b.key))) {
    const [request, response] = (['request', 'response'] as const).map((d) => (writtenInFull(model, d) && modelReshapes(model.key, directed(scope, d)) ? uniqueName(`${model.name}${SUFFIX[d]}`, taken) : undefined));
    if (request || response) names.set(model.key, { ...(request ? { request } : {}), ...(response ? { response } : {}) });
  }
  return models.map((m) => (names.has(m.key) ? { ...m, directedNames: names.get(m.key) } : m));
}

/**
 * The models values travelling each way may hold: those an operation's parameters and body (requests),
 * or its responses, a webhook's or a callback's payload (responses) refer to, and all they refer to.
 */
export function reachedModels(api: ApiIR): Record<Direction, Set<string>> {
  const requests = api.operations.flatMap((op) => [...op.parameters.map((p) => p.schema), ...(op.requestBody ? [op.requestBody.schema] : [])]);
  const responses = [...api.operations.flatMap((op) => [...op.responses.flatMap((r) => (r.schema ? [r.schema] : [])), ...(op.callbacks ?? []).map((c) => c.payload)]), ...api.webhooks.map((w) => w.payload)];
  const byKey = new Map(api.models.map((m) => [m.key, m]));
  return { request: closure(requests, byKey), response: closure(responses, byKey) };
}

function closure(roots: readonly SchemaIR[], byKey: ReadonlyMap<string, ModelIR>): Set<string> {
  const seen = new Set<string>();
  const pending = roots.flatMap(referencedModels);
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    const model = byKey.get(key);
    if (seen.has(key) || !model) continue;
    seen.add(key);
    pending.push(...referencedModels(model.schema));
  }
  return seen;
}
