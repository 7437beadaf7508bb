/** Reading parsed JSON and YAML values, whose shape nothing has checked yet. */

/** A mapping: not `null`, not a list. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** JSON Schema's type of a value (`integer` for a number without a fraction, `null`, `array`, `object`…). */
export function jsonType(value: unknown): string {
  if (Number.isInteger(value)) return 'integer';
  if (Array.isArray(value)) return 'array';
  return value === null ? 'null' : typeof value === 'object' ? 'object' : typeof value;
}
