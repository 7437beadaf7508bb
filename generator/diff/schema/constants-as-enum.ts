/**
 * A `oneOf`/`anyOf` whose every branch is one value (`{const: active, description: …}`, `{enum: [a]}`,
 * `{type: 'null'}`): OpenAPI 3.1's way to explain each value of an enum. It allows what the `enum` of
 * those values allows, and the generator types it so (`parse/documented-constants.ts`): compared as that
 * `enum`, rewriting one as the other is no change, and a value added or removed is said as one.
 */
import type { Obj } from '../walk/node.js';
import { isObject } from '../../util/json.js';
import { saysOnlyItsValue } from '../../util/single-value.js';

const NONE = Symbol('no single value');

/** The schema with such a union written as its `enum` (and the branches' one `type`, when they share it); else `undefined`. */
export function constantsAsEnum(s: Obj): Obj | undefined {
  const keys = (['oneOf', 'anyOf'] as const).filter((key) => Array.isArray(s[key]));
  if (keys.length !== 1 || 'enum' in s || 'const' in s) return undefined;
  const key = keys[0]!;
  const branches = s[key] as unknown[];
  const values = branches.map(singleValue);
  if (values.length === 0 || values.some((v) => v === NONE)) return undefined;
  const { [key]: _, ...rest } = s;
  const types = new Set(branches.map((b) => (b as Obj)['type']).filter((t) => t !== 'null'));
  const shared = types.size === 1 && typeof [...types][0] === 'string' && s['type'] === undefined ? { type: [...types][0] } : {};
  return { ...rest, ...shared, enum: [...new Set(values)] };
}

function singleValue(branch: unknown): unknown {
  if (!isObject(branch) || !saysOnlyItsValue(branch)) return NONE;
  if ('const' in branch) return branch['const'];
  if (Array.isArray(branch['enum'])) return branch['enum'].length === 1 ? branch['enum'][0] : NONE;
  return branch['type'] === 'null' ? null : NONE;
}
