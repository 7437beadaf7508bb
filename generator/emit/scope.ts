/**
 * What an emitter needs to render types: final model names (recording each as a used symbol, so the
 * planner can import it) and model schemas (to flatten a referenced request body).
 */
import type { ModelIR } from '../ir/types.js';

export interface TypeScope {
  modelName(key: string): string;
  model(key: string): ModelIR | undefined;
  /** Records a symbol the file uses, so that the planner imports it. */
  use(symbol: string): void;
}

export function createScope(models: ReadonlyMap<string, ModelIR>, uses: Set<string>): TypeScope {
  return {
    modelName(key) {
      const name = models.get(key)?.name ?? 'unknown';
      if (name !== 'unknown') uses.add(name);
      return name;
    },
    model: (key) => models.get(key),
    use: (symbol) => void uses.add(symbol),
  };
}
