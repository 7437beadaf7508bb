/**
 * What an emitter needs to render types: final model names (recording each as a used symbol, so the
 * planner can import it) and model schemas (to flatten a referenced request body).
 */
import { hasAccess } from '../ir/access.js';
import type { ModelIR, PropertyIR } from '../ir/types.js';

export interface TypeScope {
  modelName(key: string): string;
  model(key: string): ModelIR | undefined;
  /** Records a symbol the file uses, so that the planner imports it. */
  use(symbol: string): void;
  /**
   * Which way the values of the types rendered travel: a request leaves out the fields the server sets
   * (`readOnly`), a response those it never sends back (`writeOnly`). Absent for shared models.
   */
  readonly direction?: Direction | undefined;
}

export type Direction = 'request' | 'response';

/** The same scope, for types of values travelling one way. */
export function directed(scope: TypeScope, direction: Direction): TypeScope {
  return { ...scope, direction };
}

/** Whether a field travels that way: not a `readOnly` one in a request, nor a `writeOnly` one in a response. */
export function travels(property: PropertyIR, scope: TypeScope): boolean {
  if (scope.direction === undefined) return true;
  return !hasAccess(property.schema, scope.direction === 'request' ? 'readOnly' : 'writeOnly', (key) => scope.model(key)?.schema);
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
