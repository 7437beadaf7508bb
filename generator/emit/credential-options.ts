/**
 * The client's credential options, from the spec's security schemes: which schemes the runtime can send,
 * where each goes, the id and secret of an OAuth 2 client, and which options must go together.
 */
import type { ApiIR, ClientCredentialsIR, OperationIR, SecuritySchemeIR } from '../ir/types.js';
import type { CredentialSpec } from '../runtime/credentials.js';

/** Credentials the runtime can send: bearer tokens, basic auth, and API keys in headers, queries or cookies. */
export function supportedSchemes(api: ApiIR): SecuritySchemeIR[] {
  return api.securitySchemes.filter((s) => s.type !== 'other');
}

/** Where and how the runtime sends a scheme's credential. */
export function credentialSpec(s: SecuritySchemeIR): CredentialSpec {
  const name = s.paramName ?? 'Authorization';
  const where = s.type === 'apiKey-query' ? { query: name } : s.type === 'apiKey-cookie' ? { cookie: name } : { header: name };
  const scheme = s.type === 'bearer' ? 'bearer' : s.type === 'basic' ? 'basic' : 'raw';
  return { option: s.option, ...(s.env ? { env: s.env } : {}), ...where, scheme };
}

/** A client option that holds a credential: a scheme's own, or the id or secret of its OAuth 2 client. */
export interface CredentialOption {
  readonly option: string;
  readonly env?: string | undefined;
  readonly scheme: SecuritySchemeIR;
  readonly spec: CredentialSpec;
  /** `clientId` or `clientSecret` for the halves of an OAuth 2 client; unset for the scheme's own. */
  readonly half?: 'clientId' | 'clientSecret' | undefined;
}

/** Every credential option of the client, in order: each scheme's, then its OAuth 2 client's id and secret. */
export function credentialOptions(api: ApiIR): CredentialOption[] {
  return supportedSchemes(api).flatMap((scheme): CredentialOption[] => {
    const own = { option: scheme.option, env: scheme.env, scheme, spec: credentialSpec(scheme) };
    const flow = scheme.clientCredentials;
    if (!flow) return [own];
    const halves = (['clientId', 'clientSecret'] as const).map((half) => {
      const { option, env } = flow[half];
      return { option, env, scheme, half, spec: { option, ...(env ? { env } : {}), scheme: 'oauth2-client' as const } };
    });
    return [own, ...halves];
  });
}

/** The scheme whose OAuth 2 client-credentials flow the client can run (the parser keeps at most one). */
export function clientCredentialsScheme(api: ApiIR): (SecuritySchemeIR & { clientCredentials: ClientCredentialsIR }) | undefined {
  return supportedSchemes(api).find((s): s is SecuritySchemeIR & { clientCredentials: ClientCredentialsIR } => s.clientCredentials !== undefined);
}

/**
 * The spec's security alternatives, by client option. A scheme the client cannot send (mutual TLS) is left
 * out of its alternative: set up outside the client, it cannot be checked. An alternative left empty (made
 * only of such schemes, or `{}`: auth is optional) means there is nothing to check: none is returned. A
 * scheme with a client-credentials flow is met by its token or by its client's id and secret: each
 * alternative that needs it becomes two.
 */
export function credentialAlternatives(api: ApiIR): string[][] {
  const ways = new Map(supportedSchemes(api).map((s) => [s.key, s.clientCredentials ? [[s.option], [s.clientCredentials.clientId.option, s.clientCredentials.clientSecret.option]] : [[s.option]]]));
  const alternatives = api.security.flatMap((alt) =>
    alt.reduce<string[][]>((partial, key) => {
      const choices = ways.get(key);
      return choices ? partial.flatMap((names) => choices.map((choice) => [...names, ...choice])) : partial;
    }, [[]]),
  );
  return alternatives.some((alt) => alt.length === 0) ? [] : alternatives;
}

/**
 * `Scopes: \`entries:write\`.`: the OAuth 2 scopes the operation's security asks for (its own, else the
 * document's), for its documentation; the scheme is named when several ask for some. `quote` writes one.
 */
export function scopesNote(api: ApiIR, op: OperationIR, quote: (text: string) => string): string | undefined {
  const asked = Object.entries(op.scopes ?? api.scopes).filter(([, list]) => list.length > 0);
  if (asked.length === 0) return undefined;
  const listed = asked.map(([scheme, list]) => `${list.map(quote).join(', ')}${asked.length > 1 ? ` (${scheme})` : ''}`).join('; ');
  const flow = clientCredentialsScheme(api)?.clientCredentials;
  const ask = flow ? `; a client that fetches its own token asks for them with ${quote(flow.scopesOption)}` : '';
  return `Scopes: ${listed}${ask}.`;
}
