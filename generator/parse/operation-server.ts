/** Where an operation's requests go when it, or its path item, names servers of its own. */
import { entryDocument } from '../load/load-spec.js';
import { asObject, asString, joinAt, report, type ParseContext } from './context.js';
import type { OperationSite } from './operation.js';
import { baseURLOf, defaultServer, serverURLOf } from './sdk-config.js';
import { serverTemplate } from './environments.js';
import type { ServerTemplateIR } from '../ir/types.js';
import { isAbsoluteURL } from '../util/url.js';

/** An operation's own server: its URL with the variables' defaults filled in, and, when it has variables, its template. */
export interface OperationServer {
  readonly url: string;
  readonly template?: ServerTemplateIR | undefined;
}

/**
 * The server an operation overrides the document's with (§4.8.10, §4.8.9): its own `servers`, else its path
 * item's. A relative URL is relative to where the document is served from (§4.8.5), which the client cannot
 * know; it is resolved against the document's own server, the usual place of both (`/v2` beside
 * `https://api.example.com/v1` is `https://api.example.com/v2`), and reported, since that is an assumption.
 * Without an absolute document server, the client's `baseURL` is used. A server with variables keeps them
 * (`template`): the client's `serverVariables` option chooses their values, their defaults otherwise.
 */
export function operationServer(ctx: ParseContext, site: OperationSite): OperationServer | undefined {
  const own = Array.isArray(site.op['servers']) && site.op['servers'].length > 0;
  const servers = own ? site.op['servers'] : site.pathItem['servers'];
  const url = serverURLOf(servers);
  const documentServer = baseURLOf(entryDocument(ctx.spec));
  // The document's own server said again: the client's baseURL (which a user may point elsewhere) serves it.
  if (url === undefined || url === documentServer) return undefined;
  const server = defaultServer(servers);
  const written = asString(server?.['url']) ?? url;
  const declared = asObject(server?.['variables']) ?? {};
  if (isAbsoluteURL(url)) return { url, template: serverTemplate(written, declared) };
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
  return resolved === documentServer ? undefined : { url: resolved, template: resolvedTemplate(written, documentServer, declared) };
}

/**
 * A relative server URL with variables (`/{version}`) resolved against `base` as a template: each
 * `{name}` stands in as a word URL resolution keeps as it is, then is put back. None when that fails.
 */
function resolvedTemplate(written: string, base: string, declared: Record<string, unknown>): ServerTemplateIR | undefined {
  const names: string[] = [];
  const marked = written.replace(/\{([^}]+)\}/g, (_, name: string) => `sdkvar${names.push(name) - 1}x`);
  const resolved = names.length === 0 ? undefined : resolveURL(marked, base);
  return resolved === undefined ? undefined : serverTemplate(resolved.replace(/sdkvar(\d+)x/g, (_, i: string) => `{${names[Number(i)]}}`), declared);
}

/** `reference` resolved against `base` (RFC 3986 §5), without a trailing `/`; undefined when either is not a URL. */
function resolveURL(reference: string, base: string): string | undefined {
  try {
    return new URL(reference, base).href.replace(/\/$/, '');
  } catch {
    return undefined;
  }
}
