// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Turning an error body into the human part of an error message. The whole body stays available on the
 * error (`error.error`); the message only has to say what went wrong in one readable line.
 */

/** Longest body excerpt quoted in a message; an HTML error page would otherwise swamp the stack trace. */
const MAX_EXCERPT = 300;

export function describeErrorBody(body: unknown): string | undefined {
  if (body === undefined || body === null || body === '') return undefined;
  if (typeof body === 'string') return describeText(body);
  if (typeof body !== 'object') return String(body);
  return describeObject(body as Record<string, unknown>);
}

function describeObject(body: Record<string, unknown>): string {
  const { message } = body;
  if (typeof message === 'string' && message) return message;
  if (message !== undefined && message !== null) return excerpt(JSON.stringify(message));
  const fromErrors = describeErrorsArray(body['errors']);
  return fromErrors ?? excerpt(JSON.stringify(body));
}

/** Cloudflare-style `errors: [{ code, message }]` reads as `Authentication error (code 10000)`. */
function describeErrorsArray(errors: unknown): string | undefined {
  if (!Array.isArray(errors)) return undefined;
  const parts = errors.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { message, code } = entry as { message?: unknown; code?: unknown };
    if (typeof message !== 'string' || !message) return [];
    return [code === undefined || code === null ? message : `${message} (code ${String(code)})`];
  });
  return parts.length > 0 ? parts.join('; ') : undefined;
}

function describeText(text: string): string | undefined {
  // An HTML error page (a proxy's 502, a CDN's 520) says what happened in its <title>.
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
  const readable = title || text.replace(/<[^>]*>/g, ' ');
  const collapsed = readable.replace(/\s+/g, ' ').trim();
  return collapsed ? excerpt(collapsed) : undefined;
}

function excerpt(text: string): string {
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT)}…` : text;
}
