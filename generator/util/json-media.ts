/**
 * Which media types are JSON: `application/json`, any `…+json` (`merge-patch+json`, a vendor's
 * `vnd.….v2+json`) and AWS's JSON protocols (`x-amz-json-1.0`, `-1.1`), parameters allowed
 * (`; charset=utf-8`); not `application/json-seq` nor NDJSON, whose bodies are several values.
 */
export function isJsonMediaType(type: string): boolean {
  return /^\s*application\/((.+\+)?json|x-amz-json-1\.[01])\s*(;|$)/i.test(type);
}

/** Plain `application/json`, which a request sends unless it names another type. */
export function isPlainJson(type: string): boolean {
  return /^\s*application\/json\s*(;|$)/i.test(type);
}
