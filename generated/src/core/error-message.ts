// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Turning an error body into the human part of an error message. The whole body stays available on the
 * error (`error.error`); the message only has to say what went wrong in one readable line.
 */

/** Longest body excerpt quoted in a message; an HTML error page would otherwise swamp the stack trace. */
const MAX_EXCERPT = 300;

export function describeErrorBody(body: unknown): string | undefined {
  if (body == null || body === '') return undefined;
  if (typeof body !== 'object') return excerpt(String(body));
  const { message, errors, title, detail } = body as { message?: unknown; errors?: unknown; title?: unknown; detail?: unknown };
  if (typeof message === 'string' && message) return message;
  // Cloudflare-style `errors: [{ code, message }]` reads as `Authentication error (code 10000)`.
  const details = (Array.isArray(errors) ? (errors as ({ message?: unknown; code?: unknown } | null)[]) : [])
    .filter((entry): entry is { message: string; code?: unknown } => typeof entry?.message === 'string' && entry.message !== '')
    .map(({ message: text, code }) => (code == null ? text : `${text} (code ${String(code)})`));
  if (message == null && details.length > 0) return details.join('; ');
  // RFC 9457 problem details (ASP.NET Core's and Spring's errors), and Django REST framework's `detail`.
  const problem = [title, detail].filter((text) => typeof text === 'string' && text !== '');
  return message == null && problem.length > 0 ? problem.join(': ') : excerpt(JSON.stringify(message ?? body));
}

function excerpt(text: string): string | undefined {
  // An HTML error page (a proxy's 502, a CDN's 520) says what happened in its <title>.
  const readable = (/<title[^>]*>([^<]*)</i.exec(text)?.[1] || text.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  return readable ? (readable.length > MAX_EXCERPT ? `${readable.slice(0, MAX_EXCERPT)}…` : readable) : undefined;
}
