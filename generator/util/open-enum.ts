/**
 * AutoRest's mark of an enum that lists the known values of a string which may take others:
 * `x-ms-enum: {modelAsString: true}`, on the schema, or on a parameter beside its schema (as Swagger 2.0
 * parameters carry it, and conversions to OpenAPI 3 leave it).
 */
export function marksOpenEnum(holder: Readonly<Record<string, unknown>> | undefined): boolean {
  const extension = holder?.['x-ms-enum'];
  return typeof extension === 'object' && extension !== null && (extension as Record<string, unknown>)['modelAsString'] === true;
}
