/**
 * Whether a form field's Encoding Object (§4.8.15) says how the field is written. A URL-encoded form
 * always heeds its `style` and `explode`; a multipart one from OpenAPI 3.1 (§4.8.15.2: a value written
 * there overrides the part's content type), while 3.0 ignores them there. A Swagger 2 document's
 * conversion writes `x-collectionFormat` beside them, since Swagger 2 joins a multipart list as a
 * URL-encoded one (`csv` by default). Shared by the parser and the spec review, so both read a form alike.
 */
export function encodingHeeded(document: Readonly<Record<string, unknown>>, mediaType: string, encoding: Readonly<Record<string, unknown>>): boolean {
  if (/^application\/x-www-form-urlencoded\b/i.test(mediaType)) return true;
  if (!/^multipart\/form-data\b/i.test(mediaType)) return false;
  const version = document['openapi'];
  return encoding['x-collectionFormat'] !== undefined || (typeof version === 'string' && !/^3\.0(\.|$)/.test(version));
}
