/**
 * Rules for changes outside schemas: operations, parameters, request bodies, responses and their headers,
 * security, security schemes and webhooks.
 */
import { rule, type Rule } from './rule.js';

const OPERATION_RULES: Rule[] = [
  rule('operation.added', 'neutral', 'operation added', '=endpoint-added'),
  rule('operation.removed', { none: 'breaking', request: 'breaking' }, 'operation removed', '=api-removed-without-deprecation'),
  rule('operation.removed-after-deprecation', { none: 'breaking', request: 'breaking' }, 'deprecated operation removed', '=api-removed-with-deprecation'),
  rule('operation.deprecated', 'neutral', 'operation deprecated', '=endpoint-deprecated'),
  rule('operation.reactivated', 'neutral', 'operation no longer deprecated', '=endpoint-reactivated'),
  rule('operation.id.added', 'neutral', 'operationId added', '=api-operation-id-added'),
  rule('operation.id.removed', 'neutral', 'operationId removed', '=api-operation-id-removed'),
  rule('operation.id.changed', 'neutral', 'operationId changed'),
  rule('operation.tag.added', 'neutral', 'tag added', '=api-tag-added'),
  rule('operation.tag.removed', 'neutral', 'tag removed', '=api-tag-removed'),
  rule('operation.servers.changed', 'neutral', 'servers of the operation changed'),
  rule('document.servers.changed', 'neutral', 'servers changed: the default base URL or the environments'),
];

const PARAMETER_RULES: Rule[] = [
  rule('parameter.added.required', 'narrows', 'required parameter added', { request: '=new-required-request-parameter' }),
  rule('parameter.added.optional', 'neutral', 'optional parameter added', { request: '=new-optional-request-parameter' }),
  rule('parameter.removed', { request: 'undecidable' }, 'parameter removed', '=request-parameter-removed',
    'whether the server rejects or ignores a parameter it no longer declares is not in the spec'),
  rule('parameter.renamed', 'neutral', 'renamed, the same on the wire (a path parameter in the same place, a header name in another case)'),
  rule('parameter.became-required', 'narrows', 'parameter became required', '=request-parameter-became-required'),
  rule('parameter.became-optional', 'widens', 'parameter became optional', '=request-parameter-became-optional'),
  rule('parameter.deprecated', 'neutral', 'parameter deprecated', '=request-parameter-deprecated'),
  rule('parameter.reactivated', 'neutral', 'parameter no longer deprecated', '=request-parameter-reactivated'),
  rule('parameter.style.changed', 'changes', 'serialization style changed'),
  rule('parameter.explode.changed', 'changes', 'explode changed'),
  rule('parameter.serialization.changed', 'changes', 'written another way: by style, or as a media type of `content`'),
  rule('parameter.allow-reserved.added', 'widens', 'reserved characters allowed unencoded (allowReserved)'),
  rule('parameter.allow-reserved.removed', 'narrows', 'reserved characters must be encoded again (allowReserved removed)'),
  rule('parameter.schema.added', 'narrows', 'parameter schema set'),
  rule('parameter.schema.removed', 'widens', 'parameter schema removed'),
];

const BODY_RULES: Rule[] = [
  rule('request-body.added.required', 'narrows', 'required request body added', '=request-body-added-required'),
  rule('request-body.added.optional', 'neutral', 'optional request body added', '=request-body-added-optional'),
  rule('request-body.removed', 'narrows', 'request body removed', '=request-body-removed'),
  rule('request-body.became-required', 'narrows', 'request body became required', '=request-body-became-required'),
  rule('request-body.became-optional', 'widens', 'request body became optional', '=request-body-became-optional'),
  rule('media-type.added', { request: 'not-breaking', response: 'not-breaking' }, 'media type added', { request: '=request-body-media-type-added', response: '=response-media-type-added' }),
  rule('media-type.removed', { request: 'breaking', response: 'breaking' }, 'media type removed', { request: '=request-body-media-type-removed', response: '=response-media-type-removed' },
    'in a response: clients that ask for this media type no longer get it (content negotiation)'),
  rule('media-type.parameters-changed', { request: 'undecidable', response: 'undecidable' }, 'media type parameters changed', undefined,
    'the same media type with other parameters (`application/json` and `application/json; charset=utf-8`): whether the other side takes the new ones is not in the spec'),
  rule('media-type.schema-added', 'narrows', 'schema set for a media type that had none', { request: '=request-body-media-type-schema-added', response: '=response-body-media-type-schema-added' }),
  rule('request-body.field-style.changed', 'changes', "a form field's serialization style changed (its Encoding Object)"),
  rule('request-body.field-explode.changed', 'changes', "a form field's explode changed (its Encoding Object)"),
  rule('media-type.schema-removed', 'widens', 'schema removed from a media type', { request: '=request-body-media-type-schema-removed', response: '=response-body-media-type-schema-removed' }),
];

const RESPONSE_RULES: Rule[] = [
  rule('response.success-status.added', 'neutral', 'success status added', '=response-success-status-added',
    'HTTP clients treat a status they do not know as the x00 of its class (RFC 9110 §15)'),
  rule('response.success-status.removed', { response: 'breaking' }, 'success status removed', '=response-success-status-removed',
    'clients written against this success response now get a different one'),
  rule('response.error-status.added', 'neutral', 'non-success status added', '=response-non-success-status-added'),
  rule('response.error-status.removed', 'neutral', 'non-success status removed', '=response-non-success-status-removed'),
  rule('response.header.added', 'neutral', 'response header added', '=response-header-added'),
  // Links describe how one response's values feed another operation; no message changes with them.
  rule('response.link.added', 'neutral', 'link added'),
  rule('response.link.removed', 'neutral', 'link removed (clients that follow it need another way to the target)'),
  rule('response.link.changed', 'neutral', 'link changed (target operation, parameters, body or server)'),
  rule('response.header.removed.required', { response: 'breaking' }, 'required response header removed', '=required-response-header-removed'),
  rule('response.header.removed.optional', { response: 'undecidable' }, 'optional response header removed', '=optional-response-header-removed'),
  rule('response.header.became-optional', 'widens', 'response header became optional', '=response-header-became-optional'),
  rule('response.header.became-required', 'narrows', 'response header became required'),
];

/** Security requirements are rated as oasdiff rates them: informational. */
const SECURITY = 'follows oasdiff: security requirement changes are informational; clients that already send the credentials are unaffected';

const OAUTH = 'follows oasdiff: OAuth 2 flow changes are informational; the client review shows what changes for users of the package (its options and statics, the token or refresh URL it asks)';

const SECURITY_RULES: Rule[] = [
  rule('security.required', 'neutral', 'authentication now required where none was', { none: '=api-security-added', request: '=api-security-added' }, SECURITY),
  rule('security.alternative.added', 'neutral', 'security alternative added', { none: '=api-security-added', request: '=api-security-added' }),
  rule('security.alternative.removed', 'neutral', 'security alternative removed', { none: '=api-security-removed', request: '=api-security-removed' }, SECURITY),
  rule('security.no-longer-required', 'neutral', 'authentication no longer required', { none: '=api-security-removed', request: '=api-security-removed' }),
  rule('security.scope.added', 'neutral', 'scope added to a security requirement', { none: '=api-security-scope-added', request: '=api-security-scope-added' }, SECURITY),
  rule('security.scope.removed', 'neutral', 'scope removed from a security requirement', { none: '=api-security-scope-removed', request: '=api-security-scope-removed' }),
  rule('security-scheme.added', 'neutral', 'security scheme added', '=api-security-component-added'),
  rule('security-scheme.removed', 'neutral', 'security scheme removed', '=api-security-component-removed'),
  rule('security-scheme.changed', { none: 'breaking' }, 'security scheme changed (type, location or name)', '=api-security-component-type-changed'),
  rule('security-scheme.oauth-flow.added', 'neutral', 'OAuth 2 flow added'),
  rule('security-scheme.oauth-flow.removed', 'neutral', 'OAuth 2 flow removed', undefined, OAUTH),
  rule('security-scheme.oauth-url.changed', 'neutral', "OAuth 2 authorization URL changed: the client's authorizationURL sends users to the new one", '=api-security-component-oauth-url-changed', OAUTH),
  rule('security-scheme.oauth-token-url.changed', 'neutral', 'OAuth 2 token URL changed: a client fetching its own token asks the new one', '=api-security-component-oauth-token-url-changed', OAUTH),
  rule('security-scheme.oauth-refresh-url.changed', 'neutral', 'OAuth 2 refresh URL changed: a client renewing its token with a refresh token asks the new one', undefined, OAUTH),
  rule('security-scheme.openid-url.changed', 'neutral', 'OpenID Connect discovery URL changed: the client signs users in and refreshes tokens at the endpoints the new document names', undefined, OAUTH),
  rule('security-scheme.oauth-device-url.changed', 'neutral', "OAuth 2 device authorization URL changed: the client's deviceAuthorization asks the new one for codes", undefined, OAUTH),
  rule('security-scheme.oauth-scope.added', 'neutral', 'OAuth 2 scope added', '=api-security-component-oauth-scope-added'),
  rule('security-scheme.oauth-scope.removed', 'neutral', 'OAuth 2 scope removed', '=api-security-component-oauth-scope-removed'),
  rule('security-scheme.oauth-scope.changed', 'neutral', 'OAuth 2 scope description changed', '=api-security-component-oauth-scope-changed'),
  rule('webhook.added', 'neutral', 'webhook added', '=webhook-added'),
  rule('extension.added', 'neutral', 'extension added'),
  rule('extension.removed', 'neutral', 'extension removed'),
  rule('extension.changed', 'neutral', 'extension changed'),
  rule('component.schema.added', 'neutral', 'component schema added'),
  rule('component.schema.removed', 'neutral', 'component schema removed', '=api-schema-removed'),
  rule('component.schema.renamed', 'neutral', 'component schema renamed (same content)'),
  rule('component.schema.title-changed', 'neutral', 'component schema title changed: the generated type is named by its title'),
  rule('webhook.removed', { none: 'breaking' }, 'webhook removed', '=webhook-removed'),
  rule('callback.added', 'neutral', 'callback added: the API sends a new request to a URL the client gave'),
  rule('callback.removed', { none: 'breaking' }, 'callback removed: the API no longer sends this request'),
];

export const API_RULES: readonly Rule[] = [...OPERATION_RULES, ...PARAMETER_RULES, ...BODY_RULES, ...RESPONSE_RULES, ...SECURITY_RULES];
