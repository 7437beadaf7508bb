/**
 * Pass 3, the resource tree: every node (parents included) gets a class name, PascalCase of its last
 * segment, unique in the package; each operation gets its type prefix from its resource's class name.
 * Runs after pass 1 (it needs final segments and method names) and before model naming. A class that
 * would take a model's name (the Petstore's tag `pet` and its schema `Pet`) is `PetResource` instead:
 * users write model names in their code, and reach resources through the client (`client.pet`).
 */
import type { ApiIR, ResourceIR } from '../ir/types.js';
import { compareCodeUnits, pascalCase, toTypeName } from '../util/names.js';
import { baseErrorAlias, coreClientName } from './names.js';
import { RUNTIME_EXPORTS } from './reserved.js';
import { uniqueName } from './unique.js';

export function normalizeResourceClasses(api: ApiIR): ApiIR {
  const keys = new Set<string>();
  for (const op of api.operations) {
    op.resourcePath.forEach((_, i) => keys.add(op.resourcePath.slice(0, i + 1).join('.')));
  }
  const taken = new Set([...RUNTIME_EXPORTS, api.client.name, coreClientName(api.client.name), baseErrorAlias(api.client.name)]);
  const modelNames = new Set(api.models.map((m) => toTypeName(m.name, 'Model')));
  // The resource's own name prefixes its operations' types (`PetAddPetParams`), whatever its class is called.
  const prefixOf = new Map<string, string>();
  const resources: ResourceIR[] = [...keys].sort(compareCodeUnits).map((key) => {
    const path = key.split('.');
    const name = uniqueName(classNameOf(path[path.length - 1]!), taken);
    prefixOf.set(key, name);
    return { path, className: modelNames.has(name) ? uniqueName(`${name}Resource`, taken) : name };
  });
  const operations = api.operations.map((op) => ({
    ...op,
    typePrefix: `${prefixOf.get(op.resourcePath.join('.'))}${pascalCase(op.methodName)}`,
  }));
  return { ...api, resources, operations };
}

/** PascalCase of a segment; one that would start with a digit (a tag `2.0`, the identifier `_20`) keeps its `_`. */
function classNameOf(segment: string): string {
  const name = pascalCase(segment);
  if (name === '') return 'Resource';
  return /^[0-9]/.test(name) ? `_${name}` : name;
}
