/**
 * What the API's operations and webhooks reach: every node a `$ref` (or a discriminator's mapping) leads to,
 * followed from `paths`, `webhooks` and `x-webhooks` through whatever it reaches in turn. The wire diff
 * compares a schema where an operation uses it; a component schema reached by none would otherwise never be
 * compared, though the package still declares its type.
 */
import type { LoadedSpec } from '../../load/load-spec.js';
import { lookup, refTarget, type RefTarget } from '../../load/refs.js';
import { isObject } from '../../util/json.js';
import { unescapeToken } from '../../util/pointer.js';
import { walkKeys } from '../../util/walk.js';
import { child, rootOf } from './node.js';

/** `file#pointer` of every node reached. */
export type Reached = ReadonlySet<string>;

export function reachedNodes(spec: LoadedSpec): Reached {
  const seen = new Set<string>();
  const root = rootOf(spec);
  const pending: { file: string; value: unknown }[] = ['paths', 'webhooks', 'x-webhooks'].map((key) => ({ file: spec.entry, value: child(root, key).value }));
  const follow = (file: string, target: RefTarget): void => {
    const key = `${target.file}#${target.pointer}`;
    if (seen.has(key)) return;
    seen.add(key);
    pending.push({ file: target.file, value: lookup(spec, target) });
  };
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) visit(next.file, next.value, follow);
  return seen;
}

/** The names of the entry's component schemas that are reached, or have a node inside them that is. */
export function reachedSchemaNames(reached: Reached, entry: string): Set<string> {
  const prefix = `${entry}#/components/schemas/`;
  const names = new Set<string>();
  for (const key of reached) if (key.startsWith(prefix)) names.add(unescapeToken(key.slice(prefix.length).split('/')[0]!));
  return names;
}

/** Hands each reference `value` holds (a `$ref`, a discriminator's mapping) to `follow`. */
function visit(file: string, value: unknown, follow: (file: string, target: RefTarget) => void): void {
  walkKeys(value, '', (_, key, held) => {
    if (key === '$ref' && typeof held === 'string') follow(file, refTarget(file, held));
    if (key === 'discriminator') for (const target of mappingTargets(file, held)) follow(file, target);
  });
}

/** A discriminator's mapping names schemas by reference or, bare, by component name. */
function mappingTargets(file: string, discriminator: unknown): RefTarget[] {
  const mapping = isObject(discriminator) && isObject(discriminator['mapping']) ? Object.values(discriminator['mapping']) : [];
  return mapping.filter((m): m is string => typeof m === 'string').map((m) => refTarget(file, /[#/.]/.test(m) ? m : `#/components/schemas/${m}`));
}
