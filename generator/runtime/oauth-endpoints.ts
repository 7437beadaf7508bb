/**
 * Where the OAuth 2 server's endpoints are: the URLs an `oauth2` scheme's flows give, or those an
 * OpenID Connect discovery document names (OpenID Connect Discovery 1.0: an `openIdConnect` scheme gives
 * only the document's URL, `openIdConnectUrl`). The client reads a document once per URL (a provider's
 * endpoints do not move between calls) and takes the endpoint a step needs from it.
 * Only the clients of APIs whose spec declares an OAuth 2 flow or OpenID Connect import this module.
 */
import { APIError, SDKError } from './errors.js';
import { parseSuccessBody } from './response.js';
import { send, type ClientContext } from './send.js';
import { ABSOLUTE_URL } from './url.js';

/** The endpoints a sign-in or a refresh asks the document for (Discovery §3). */
export type DiscoveredEndpoint = 'authorization_endpoint' | 'token_endpoint';

/** Where one of the OAuth 2 server's endpoints is: the spec's URL, or the discovery document that names it. */
export interface EndpointSource {
  readonly url?: string | undefined;
  readonly openIdConnectURL?: string | undefined;
}

/** The document's well-known suffix: what precedes it is the issuer the document must name (Discovery §4.3). */
const WELL_KNOWN = '/.well-known/openid-configuration';

/** Documents by URL, for the whole process: the sign-in statics build a new client context (and `fetch` wrapper) each time. */
const documents = new Map<string, Promise<Readonly<Record<string, unknown>>>>();

/**
 * The URL of an endpoint: the spec's, resolved against the base URL; else the one the discovery document
 * names. `what` names it in messages ("token URL"). `context`: a client of the OAuth 2 server (none of the
 * API's credentials), which fetches the document.
 */
export async function serverEndpoint(source: EndpointSource, field: DiscoveredEndpoint, context: ClientContext, what: string): Promise<string> {
  if (source.url !== undefined) return oauthEndpoint(source.url, context.settings.baseURL, what);
  if (source.openIdConnectURL === undefined) throw new SDKError(`The spec names no ${what}.`);
  const documentURL = oauthEndpoint(source.openIdConnectURL, context.settings.baseURL, 'OpenID Connect discovery URL');
  return endpointIn(await discoveryDocument(documentURL, context), documentURL, field);
}

/** The document at `url`, fetched once; a failed fetch (or a document refused) is tried again by the next call. */
function discoveryDocument(url: string, context: ClientContext): Promise<Readonly<Record<string, unknown>>> {
  let document = documents.get(url);
  if (!document) {
    document = fetchDocument(url, context);
    documents.set(url, document);
    document.catch(() => documents.delete(url));
  }
  return document;
}

/** One GET of the document, retried and timed out like any call; a refusal's message names the document. */
async function fetchDocument(url: string, context: ClientContext): Promise<Readonly<Record<string, unknown>>> {
  const request = { method: 'GET', path: url, query: {}, headers: undefined, body: undefined } as const;
  let body: unknown;
  try {
    const { response, attempt } = await send(context, request, {}, { idempotent: true });
    body = await parseSuccessBody(response, attempt);
  } catch (error) {
    if (error instanceof APIError && error.status !== undefined) error.message = `The OpenID Connect discovery document ${url} could not be read: ${error.message}`;
    throw error;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new SDKError(`The OpenID Connect discovery document ${url} is not a JSON object.`);
  checkIssuer(body as Record<string, unknown>, url);
  return body as Record<string, unknown>;
}

/**
 * A document must name the issuer its URL names (Discovery §4.3): one served for another provider (a
 * mix-up) would send users and codes there.
 */
function checkIssuer(document: Readonly<Record<string, unknown>>, url: string): void {
  const { origin, pathname } = new URL(url);
  if (!pathname.endsWith(WELL_KNOWN)) return;
  const expected = `${origin}${pathname.slice(0, -WELL_KNOWN.length)}`;
  if (document['issuer'] !== expected) {
    throw new SDKError(`The OpenID Connect discovery document ${url} names the issuer ${JSON.stringify(document['issuer'])}, not ${JSON.stringify(expected)}: its endpoints are not used.`);
  }
}

/** The document's `field`: an absolute URL, https when the document came over https. */
function endpointIn(document: Readonly<Record<string, unknown>>, documentURL: string, field: DiscoveredEndpoint): string {
  const value = document[field];
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (url === undefined) throw new SDKError(`The OpenID Connect discovery document ${documentURL} has no ${field} URL (got ${JSON.stringify(value)}).`);
  if (documentURL.startsWith('https:') && url.protocol !== 'https:') {
    throw new SDKError(`The OpenID Connect discovery document ${documentURL} names an ${field} that is not https: ${url.href}.`);
  }
  return value as string;
}

/**
 * One of the OAuth 2 server's URLs as the spec gives it (`what`: "token URL", "authorization URL"): an
 * absolute one as it is, a relative one resolved against the base URL (RFC 3986, as OpenAPI 3.1 says).
 */
export function oauthEndpoint(url: string, baseURL: string, what = 'token URL'): string {
  if (ABSOLUTE_URL.test(url)) return url;
  try {
    return new URL(url, baseURL).href;
  } catch {
    throw new SDKError(`The ${what} ${JSON.stringify(url)} is relative, and the base URL ${JSON.stringify(baseURL)} is not absolute: pass an absolute baseURL.`);
  }
}
