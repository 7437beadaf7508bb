/** Reading parsed JSON and YAML values, whose shape nothing has checked yet. */

/** A mapping: not `null`, not a list. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
