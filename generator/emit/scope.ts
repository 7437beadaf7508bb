/**
 * What an emitter needs to render types: final model names (recording each as a used symbol, so the
 * planner can import it) and model schemas (to flatten a referenced request body).
 */
import { hasAccess } from '../ir/access.js';
import { parts } from '../ir/schema-parts.js';
import type { ModelIR, PropertyIR, SchemaIR } from '../ir/types.js';

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

/**
 * Whether a field of `holder` travels that way: not one the server sets in a request (see `setByServer`),
 * nor a `writeOnly` one in a response.
 */
export function travels(property: PropertyIR, scope: TypeScope, holder: SchemaIR): boolean {
  if (scope.direction === undefined) return true;
  const lookup = (key: string) => scope.model(key)?.schema;
  return scope.direction === 'request' ? !setByServer(property, holder, lookup) : !hasAccess(property.schema, 'writeOnly', lookup);
}

/**
 * Whether a field of `holder` is the server's to set, so that a request leaves it out. A field of a model
 * is when it, or the model it refers to, is `readOnly`. A field of a schema written for a request (inline
 * in an operation, at any depth, or in a request body component) is only when it says so itself: the
 * schema it refers to is a value shared with responses (Cloudflare's `paused` and `tunnel_id`, readOnly
 * models that `PATCH /zones/{zone_id}` and the route creations list among the fields they take), and a
 * field the author listed for a request is one it takes, as the official SDK sends them.
 */
export function setByServer(property: PropertyIR, holder: SchemaIR, lookup: (key: string) => SchemaIR | undefined): boolean {
  return WRITTEN_FOR_REQUEST.test(holder.origin.pointer) ? property.schema.readOnly === true : hasAccess(property.schema, 'readOnly', lookup);
}

/** Where a schema written for a request sits: an operation's body (Swagger 2.0's body parameter), or a request body component. */
const WRITTEN_FOR_REQUEST = /^\/(paths|components\/requestBodies|parameters)\//;

/**
 * Whether values of this schema change shape travelling the scope's way: a field somewhere inside, at any
 * depth and through any model, does not travel. A model's answer is computed once per direction.
 */
export function reshapes(schema: SchemaIR, scope: TypeScope): boolean {
  if (scope.direction === undefined) return false;
  return schema.kind === 'ref' ? modelReshapes(schema.model, scope) : parts(schema).some((part) => reshapes(part, scope));
}

/** The same for a model, by key. */
export function modelReshapes(key: string, scope: TypeScope): boolean {
  const model = scope.direction === undefined ? undefined : scope.model(key);
  return model !== undefined && searchModel(model, scope, new Set([model.key]));
}

const reshaping: Record<Direction, WeakMap<ModelIR, boolean>> = { request: new WeakMap(), response: new WeakMap() };

/** Every model reachable from `model` visited once (a search from the model itself, so its answer is exact). */
function searchModel(model: ModelIR, scope: TypeScope, seen: Set<string>): boolean {
  const known = reshaping[scope.direction!].get(model);
  if (known !== undefined) return known;
  const found = (function search(schema: SchemaIR): boolean {
    if (schema.kind === 'ref') {
      if (seen.has(schema.model)) return false;
      seen.add(schema.model);
      const target = scope.model(schema.model);
      const cached = target && reshaping[scope.direction!].get(target);
      return cached ?? (target !== undefined && search(target.schema));
    }
    if (schema.kind === 'object' && schema.properties.some((p) => !travels(p, scope, schema))) return true;
    return parts(schema).some(search);
  })(model.schema);
  reshaping[scope.direction!].set(model, found);
  return found;
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
