/**
 * The browser build's `redirect.ts`: a browser follows redirects itself (a manual one would give an
 * opaque response, without its `Location`), and sends a header other than the simple ones to another
 * origin only when that origin allows it (CORS).
 */
import type { Fetch } from './attempt.js';
import type { SensitiveHeader } from './redact.js';

export function followRedirects(fetch: Fetch, _isSensitive: SensitiveHeader): Fetch {
  return fetch;
}
