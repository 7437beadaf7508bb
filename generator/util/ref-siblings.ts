/**
 * Keywords beside a `$ref` that change the value it takes: the fields an object requires or declares,
 * or more parts. OpenAPI 3.1 (JSON Schema 2020-12) applies them with the ref, as an `allOf` of both does;
 * 3.0 says to ignore them, yet specs write them meaning the same (DigitalOcean's load balancer requires
 * the `droplet_ids` its body's `$ref` declares), so the generator and the spec diff read them so in both.
 */
const SHAPING_BESIDE_REF = ['required', 'properties', 'allOf'] as const;

export function shapesBesideRef(schema: Readonly<Record<string, unknown>>): boolean {
  return shapingKeysBesideRef(schema).length > 0;
}

/** The keywords beside the schema's `$ref` that change the value it takes. */
export function shapingKeysBesideRef(schema: Readonly<Record<string, unknown>>): string[] {
  return typeof schema['$ref'] === 'string' ? SHAPING_BESIDE_REF.filter((key) => schema[key] !== undefined) : [];
}
