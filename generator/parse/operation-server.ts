/** Where an operation's requests go when it, or its path item, names servers of its own. */
import { entryDocument } from '../load/load-spec.js';
import { joinAt, report, type ParseContext } from './context.js';
import type { OperationSite } from './operation.js';
import { baseURLOf, serverURLOf } from './sdk-config.js';
import { isAbsoluteURL } from '../util/url.js';

/**
 * The server an operation overrides the document's with (§4.8.10, §4.8.9): its own `servers`, else its path
 * item's. A relative URL is relative to where the document is served from (§4.8.5), which the client cannot
 * know; it is resolved against the document's own server, the usual place of both (`/v2` beside
 * `https://api.example.com/v1` is `https://api.example.com/v2`), and reported, since that is an assumption.
 * Without an absolute document server, the client's `baseURL` is used.
 */
export function operationServer(ctx: ParseContext, site: OperationSite): string | undefined {
  const own = Array.isArray(site.op['servers']) && site.op['servers'].length > 0;
  const servers = own ? site.op['servers'] : site.pathItem['servers'];
  const url = serverURLOf(servers);
  const documentServer = baseURLOf(entryDocument(ctx.spec));
  // The document's own server said again: the client's baseURL (which a user may point elsewhere) serves it.
  if (url === undefined || url === documentServer) return undefined;
  if (isAbsoluteURL(url)) return url;
  const at = own ? joinAt(site.at, 'servers') : joinAt(site.pathItemAt, 'servers');
  if (!isAbsoluteURL(documentServer)) {
    report(ctx, at, 'server-relative', `the server URL "${url}" is relative and the document has no absolute server to resolve it against; requests of this operation go to the client's baseURL`, 'warning');
    return undefined;
  }
  const resolved = resolveURL(url, documentServer);
  if (resolved === undefined) {
    report(ctx, at, 'server-relative', `the server URL "${url}" cannot be resolved against the document's server "${documentServer}"; requests of this operation go to the client's baseURL`, 'warning');
    return undefined;
  }
  report(ctx, at, 'server-relative', `the server URL "${url}" is relative; resolved against the document's server "${documentServer}", requests of this operation go to "${resolved}"`, 'warning');
  return resolved === documentServer ? undefined : resolved;
}

/** `reference` resolved against `base` (RFC 3986 §5), without a trailing `/`; undefined when either is not a URL. */
function resolveURL(reference: string, base: string): string | undefined {
  try {
    return new URL(reference, base).href.replace(/\/$/, '');
  } catch {
    return undefined;
  }
}
