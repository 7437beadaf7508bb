// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Redirects followed by the client rather than by `fetch`, so that credentials stay with the API. When a
 * redirect leaves the origin, `fetch` drops only `Authorization` (and cookies): an API key in its own
 * header (`X-Auth-Key`) would go on to wherever the API points, such as the storage host of a download.
 * A browser gives a manual redirect back as an opaque response, so the browser build
 * (`redirect.browser.ts`) leaves redirects to the browser, which asks the new origin's leave (CORS) before
 * it sends any such header.
 */
import type { Fetch } from './attempt.js';
import type { SensitiveHeader } from './redact.js';

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
/** The Fetch standard's limit. */
const MAX_REDIRECTS = 20;

/**
 * A `fetch` that follows redirects itself, as the Fetch standard does, except that a hop to another
 * origin (host, port or scheme) leaves out every sensitive header. A call whose `fetchOptions` choose
 * `redirect` is left to `fetch`.
 */
export function followRedirects(fetch: Fetch, isSensitive: SensitiveHeader): Fetch {
  return (url, init) => {
    if (init.redirect !== undefined) return fetch(url, init);
    const manual: RequestInit = { ...init, redirect: 'manual' };
    // Most responses are not redirects: only the status is looked at for them.
    return fetch(url, manual).then((response) => (REDIRECT_STATUSES.has(response.status) ? follow(fetch, url, manual, response, isSensitive) : response));
  };
}

async function follow(fetch: Fetch, url: string, init: RequestInit, first: Response, isSensitive: SensitiveHeader): Promise<Response> {
  let [current, request, response] = [url, init, first];
  for (let hops = 0; ; hops++) {
    const location = response.headers.get('location');
    if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
    if (hops === MAX_REDIRECTS) throw new TypeError(`More than ${MAX_REDIRECTS} redirects, the last to ${location}.`);
    // Nobody reads a redirect's body: free its connection.
    response.body?.cancel().catch(() => {});
    const next = new URL(location, current);
    request = redirected(request, response.status, new URL(current).origin !== next.origin, isSensitive);
    current = next.href;
    response = await fetch(current, request);
  }
}

/**
 * The request a redirect asks for (Fetch standard, HTTP-redirect fetch): a 303 (but for HEAD), or a 301
 * or 302 after a POST, becomes a GET without a body or content headers; other redirects repeat the
 * request. Sensitive headers go only to the origin they were meant for.
 */
function redirected(init: RequestInit, status: number, crossOrigin: boolean, isSensitive: SensitiveHeader): RequestInit {
  const toGet = (status === 303 && init.method !== 'HEAD') || ((status === 301 || status === 302) && init.method === 'POST');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries((init.headers ?? {}) as Record<string, string>)) {
    if (!(toGet && /^content-/i.test(name)) && !(crossOrigin && isSensitive(name))) headers[name] = value;
  }
  return { ...init, headers, ...(toGet ? { method: 'GET', body: null } : {}) };
}
