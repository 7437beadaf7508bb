/**
 * Pass 4, model names: a valid, non-built-in type name from the schema's `title` or component key, unique
 * against everything else the package exports. Models come last in the claim order because operation
 * types carry the names users copy from the docs; a resource class has already stepped aside for the
 * model it was named like (pass 3: `PetResource`).
 */
import type { ApiIR, ModelIR } from '../ir/types.js';
import { compareCodeUnits, toTypeName } from '../util/names.js';
import { baseErrorAlias, coreClientName, operationExports } from './names.js';
import { RUNTIME_EXPORTS } from './reserved.js';
import { reachedModels, withDirectedNames } from './pass-directed-names.js';
import { unqualifiedNames } from './qualified-names.js';
import { uniqueName } from './unique.js';

export function normalizeModelNames(api: ApiIR): ApiIR {
  const taken = new Set<string>([
    ...RUNTIME_EXPORTS,
    api.client.name,
    coreClientName(api.client.name),
    baseErrorAlias(api.client.name),
    ...api.resources.map((r) => r.className),
    ...api.operations.flatMap(operationExports),
  ]);
  // The webhook payloads' interface claims its name before the models: the docs show it.
  const webhooksName = api.webhooks.length > 0 ? uniqueName('WebhookPayloads', taken) : undefined;
  const byKey = api.models.filter((m) => m.shapeOf === undefined).sort((a, b) => compareCodeUnits(a.key, b.key));
  // `io.k8s.api.core.v1.Pod` is `Pod` (qualified-names.ts).
  const short = unqualifiedNames(byKey.flatMap((m) => (m.keyName === undefined ? [m.name] : [m.name, m.keyName])), taken);
  const typeName = (name: string) => toTypeName(short.get(name) ?? name, 'Model');
  const wanted = (m: ModelIR) => typeName(m.name);
  const byPlace = (m: ModelIR) => (m.keyName === undefined ? wanted(m) : typeName(m.keyName));
  // A model whose place gives the name it wants claims it first: a schema added with the same title
  // (GitHub's `nullable-simple-repository`, titled "Simple Repository") must not rename the one that has it.
  const agreeing = byKey.filter((m) => wanted(m) === byPlace(m));
  const names = new Map(agreeing.map((m) => [m.key, uniqueName(wanted(m), taken)]));
  for (const m of byKey.filter((m) => wanted(m) !== byPlace(m))) {
    const fallback = taken.has(wanted(m)) && !taken.has(byPlace(m)) ? byPlace(m) : wanted(m);
    names.set(m.key, uniqueName(fallback, taken));
  }
  // A base's shape yields to the spec's own names: `PetBase`, or `PetBase2` when the spec has a `PetBase`.
  for (const m of api.models.filter((m) => m.shapeOf !== undefined)) names.set(m.key, uniqueName(`${names.get(m.shapeOf!)}Base`, taken));
  const named = api.models.map((m) => ({ ...m, name: names.get(m.key)! }));
  return { ...api, models: withDirectedNames(named, taken, reachedModels(api)), webhooksName };
}
