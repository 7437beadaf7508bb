/** The keys of a Responses Object (§4.8.16.1) that name responses: a status code, a range (`2XX`) or `default`. */
const RESPONSE_KEY = /^([1-5](\d\d|XX)|default)$/i;

export function namesResponse(key: string): boolean {
  return RESPONSE_KEY.test(key);
}
