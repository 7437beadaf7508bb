/**
 * An API's models by key (`file#pointer`), indexed once per API. Emitters look a model up for each
 * operation and each error response; scanning the list every time made that quadratic (Cloudflare's
 * 2024 spec: 1,535 operations and thousands of models).
 */
import type { ApiIR, ModelIR } from './types.js';

const indexes = new WeakMap<ApiIR, ReadonlyMap<string, ModelIR>>();

export function modelByKey(api: ApiIR, key: string): ModelIR | undefined {
  let index = indexes.get(api);
  if (index === undefined) indexes.set(api, (index = new Map(api.models.map((m) => [m.key, m]))));
  return index.get(key);
}
