/**
 * Names for the types of recursive models as values travelling one way have them (`CategoryInput`,
 * `CategoryOutput`): a type written out inline would have to stop somewhere, and past that depth the
 * fields the server sets would be required again. Claimed after every other name: a model keeps its own.
 */
import { createScope, directed, modelReshapes, type Direction } from '../emit/scope.js';
import { recursiveModels } from '../ir/schema-parts.js';
import type { ModelIR } from '../ir/types.js';
import { compareCodeUnits } from '../util/names.js';
import { uniqueName } from './unique.js';

const SUFFIX: Record<Direction, string> = { request: 'Input', response: 'Output' };

/** The models, each recursive one that reshapes either way with its `directedNames`; `taken` grows. */
export function withDirectedNames(models: readonly ModelIR[], taken: Set<string>): ModelIR[] {
  const recursive = recursiveModels(models);
  if (recursive.size === 0) return [...models];
  const scope = createScope(new Map(models.map((m) => [m.key, m])), new Set());
  const names = new Map<string, ModelIR['directedNames']>();
  for (const model of [...models].filter((m) => recursive.has(m.key)).sort((a, b) => compareCodeUnits(a.key, b.key))) {
    const [request, response] = (['request', 'response'] as const).map((d) => (modelReshapes(model.key, directed(scope, d)) ? uniqueName(`${model.name}${SUFFIX[d]}`, taken) : undefined));
    if (request || response) names.set(model.key, { ...(request ? { request } : {}), ...(response ? { response } : {}) });
  }
  return models.map((m) => (names.has(m.key) ? { ...m, directedNames: names.get(m.key) } : m));
}
