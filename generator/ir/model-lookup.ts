/**
 * An API's models by key (`file#pointer`), indexed once per API. Emitters look a model up for each
 * operation and each error response; scanning the list every time made that quadratic (Cloudflare's
 * 2024 spec: 1,535 operations and thousands of models).
 */
import type { ApiIR, ModelIR } from './types.js';

const indexes = new WeakMap<ApiIR, ReadonlyMap<string, ModelIR>>();

export function modelByKey(api: ApiIR, key: string): ModelIR | undefined {
  let index = indexes.get(api);
  if (index === undefined) indexes.set(api, (index = indexByKey(api.models)));
  return index.get(key);
}

/** The first model of each key, as scanning the list finds it. */
function indexByKey(models: readonly ModelIR[]): Map<string, ModelIR> {
  const index = new Map<string, ModelIR>();
  for (const m of models) if (!index.has(m.key)) index.set(m.key, m);
  return index;
}
