/** Turning a response body into the value a method resolves to, or into the `error` of an APIError. */
import type { Attempt } from './attempt.js';
import { ResponseParseError } from './errors.js';

/**
 * `null` for 204 and empty bodies; parsed JSON when the content type says JSON; text otherwise.
 * `jsonText`: text that parses as JSON is parsed too (a `text/plain` body the spec types as an object or a
 * number: specs write `text/plain` for JSON), and text that does not is given as it is.
 */
export async function parseSuccessBody(response: Response, body: Pick<Attempt, 'text' | 'discard'>, jsonText = false): Promise<unknown> {
  if (response.status === 204 || response.status === 205) {
    body.discard();
    return null;
  }
  const text = await body.text();
  if (text === '') return null;
  const json = isJSONContentType(response.headers.get('content-type'));
  if (!json && !jsonText) return text;
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!json) return text;
    throw new ResponseParseError(response.status, response.headers, text, error);
  }
}

/**
 * The body of an error response: parsed JSON when it is JSON (whatever the content type says: error pages
 * of proxies often mislabel it), the text when it is not, `undefined` when there is none.
 */
export async function parseErrorBody(body: Pick<Attempt, 'text'>): Promise<unknown> {
  const text = await body.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * `application/json` or any `…+json` media type, whatever its parameters (`; charset=utf-8`), and AWS's JSON
 * protocols (`application/x-amz-json-1.0` and `-1.1`), which their services send for what specs declare JSON.
 */
const JSON_MEDIA_TYPE = /^\s*(application\/(json|x-amz-json-1\.[01])|[^;]*\+json)\s*(;|$)/i;

export function isJSONContentType(contentType: string | null): boolean {
  return contentType !== null && JSON_MEDIA_TYPE.test(contentType);
}
