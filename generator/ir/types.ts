/**
 * The IR: a typed, readonly model of an API, the only contract between parsing and emitting. Parse builds
 * it from the loaded spec, normalize returns new copies of it, plan and emit only read it. Every node
 * remembers where it came from, so diagnostics and diff entries can point at the spec.
 */
import type { SourceLocation } from '../diagnostics.js';

export type Primitive = string | number | boolean | null;

interface SchemaBase {
  readonly description?: string | undefined;
  readonly deprecated?: boolean | undefined;
  /** `nullable: true` (3.0), `type: [x, 'null']` (3.1) or a `null` variant all end up here. */
  readonly nullable?: boolean | undefined;
  readonly readOnly?: boolean | undefined;
  readonly writeOnly?: boolean | undefined;
  readonly format?: string | undefined;
  /** What a value must be beyond its type, for the documentation: the client sends what it is given. */
  readonly constraints?: Constraints | undefined;
  /** The value the server assumes when none is sent (`default`), for the documentation. */
  readonly default?: { readonly value: unknown } | undefined;
  /** A value the spec gives as an example (`example`, else the first of 3.1's `examples`), for the documentation. */
  readonly example?: { readonly value: unknown } | undefined;
  readonly origin: SourceLocation;
}

/**
 * JSON Schema's validation keywords that hold a number or a pattern (2020-12 Validation §6.2–6.4).
 * OpenAPI 3.0's boolean `exclusiveMinimum` beside a `minimum` is read as 3.1's number.
 */
export interface Constraints {
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: true;
  readonly minProperties?: number;
  readonly maxProperties?: number;
}

/**
 * `binary`: bytes in a request body that is not JSON, typed `Uploadable`. Never parsed from a spec: the
 * emitter makes it from the `format: binary` strings of multipart bodies and from raw bodies.
 */
export type SchemaIR =
  | (SchemaBase & { readonly kind: 'ref'; readonly model: string })
  | (SchemaBase & { readonly kind: 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'unknown' | 'binary' })
  | (SchemaBase & EnumShape & { readonly kind: 'enum' })
  | (SchemaBase & ArrayShape & { readonly kind: 'array' })
  | (SchemaBase & ObjectShape & { readonly kind: 'object' })
  | (SchemaBase & { readonly kind: 'union'; readonly variants: readonly SchemaIR[] })
  | (SchemaBase & { readonly kind: 'intersection'; readonly parts: readonly SchemaIR[] });

export interface ArrayShape {
  /** The items after `prefixItems` (all of them when there is none). */
  readonly items: SchemaIR;
  /** OpenAPI 3.1 `prefixItems` (JSON Schema 2020-12): a tuple's leading items, each with its own schema. */
  readonly prefixItems?: readonly SchemaIR[] | undefined;
  /** How many leading items must be there (`minItems`, up to the prefix's length). */
  readonly requiredPrefix?: number | undefined;
  /** `items: false`: nothing may follow the prefix. */
  readonly closed?: boolean | undefined;
}

export interface ObjectShape {
  readonly properties: readonly PropertyIR[];
  /** `false` or absent: no extra keys are typed; a schema: an index signature. */
  readonly additionalProperties?: SchemaIR | undefined;
  /** `additionalProperties: false`, no `patternProperties`: no key but those `properties` names (naming none, it holds nothing). */
  readonly closed?: boolean | undefined;
}

export type SchemaKind = SchemaIR['kind'];

export interface EnumShape {
  readonly values: readonly Primitive[];
  /**
   * On an enum of strings: the values listed are the known ones, and others may come (AutoRest's
   * `x-ms-enum: {modelAsString: true}`, Zalando's `x-extensible-enum`). Typed `'a' | 'b' | (string & {})`,
   * which still offers the known values to an editor.
   */
  readonly open?: boolean | undefined;
  /** What the spec says of some values (`enum-value-docs.ts`), for the documentation; the type is the same without. */
  readonly valueDocs?: readonly EnumValueDoc[] | undefined;
  /**
   * Listed values not of the `type` beside the enum (remove.bg's `1` beside `type: string`, see
   * enum-of-other-type.ts): typed as listed, never sent by the example calls, as a server that checks
   * the type refuses them.
   */
  readonly otherType?: readonly Primitive[] | undefined;
  /**
   * No listed value is of the `type` beside the enum (googleapis' `pageSize`, `type: integer` beside
   * `enum: [BASIC, FULL]`): typed as listed, no value is valid as written (see takes-no-value.ts).
   */
  readonly noneOfType?: true | undefined;
}

/** A value of an enum with its name (`0` is `Any`) or its meaning, as the spec gives them. */
export interface EnumValueDoc {
  readonly value: Exclude<Primitive, null>;
  readonly name?: string;
  readonly description?: string;
}

export type EnumSchema = Extract<SchemaIR, { kind: 'enum' }>;

export interface PropertyIR {
  readonly name: string;
  readonly required: boolean;
  readonly schema: SchemaIR;
  readonly origin: SourceLocation;
}

/** A schema from `components/schemas`: emitted as a named, exported type. */
export interface ModelIR {
  /** The component key, unique in the spec; refs use it. */
  readonly key: string;
  /** The TypeScript name; parse proposes one, normalize makes it final and unique. */
  readonly name: string;
  /**
   * When `name` comes from a `title`: the name the model's place gives (`nullable-simple-repository`), the
   * one it takes when another model has that title by its own key (GitHub's two "Simple Repository"s).
   */
  readonly keyName?: string | undefined;
  readonly schema: SchemaIR;
  readonly origin: SourceLocation;
  /**
   * For a model that holds itself and changes shape travelling one way (a readOnly `id` in a category
   * whose `parent` is a category): the name of its type as a request carries it (`CategoryInput`) or as a
   * response does (`CategoryOutput`), so the fields stay out at every depth. Normalize sets them.
   */
  readonly directedNames?: { readonly request?: string | undefined; readonly response?: string | undefined } | undefined;
  /**
   * For a model the parse made rather than the spec: the key of the discriminated base whose shape it
   * holds (`PetBase`, which `Cat` and `Dog` extend, while `Pet` is `Cat | Dog`). Normalize names it after
   * that model, once the spec's own models have their names.
   */
  readonly shapeOf?: string | undefined;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** The delimiters of OpenAPI's list styles: `form` unexploded, `spaceDelimited`, `pipeDelimited`. */
/** `\t`: Swagger 2's `tsv`, which OpenAPI 3 has no style for (kept as `x-collectionFormat`). */
export type QueryDelimiter = ',' | ' ' | '|' | '\t';

/** The delimiters other than the comma Swagger 2 joins a header or path list with (`ssv`, `pipes`, `tsv`). */
export type ListDelimiter = Exclude<QueryDelimiter, ','>;

export interface ParameterIR {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly schema: SchemaIR;
  readonly description?: string | undefined;
  readonly deprecated?: boolean | undefined;
  readonly example?: unknown;
  /** A path parameter passed as its own argument, before `params` (`x-sdk-positional`). */
  readonly positional: boolean;
  /** The argument name for a positional parameter (`app_id` → `appId`); normalize sets it. */
  readonly argName: string;
  /**
   * A query parameter whose `style`/`explode` differ from how the client sends lists and objects (each
   * item repeated, nested keys joined by dots): a list joined by a delimiter (`form` unexploded: `,`;
   * `spaceDelimited`; `pipeDelimited`), or `deepObject` keys (`filter[name]=n`).
   */
  readonly querySerialization?: { readonly delimiter: QueryDelimiter } | 'deepObject' | undefined;
  /**
   * Sent as JSON text (`content: {application/json: …}` instead of `schema`): `?filter={"a":1}`, encoded.
   * Not for a positional path argument, which is typed and sent as the text the caller gives.
   */
  readonly json?: boolean;
  /**
   * A path parameter's `label` or `matrix` style (§4.8.12.4): `.blue` or `;color=blue`; `explode` says how
   * a list goes (`.a.b`, `;color=a;color=b`). The default, `simple`, has none.
   */
  readonly pathStyle?: { readonly style: 'label' | 'matrix'; readonly explode: boolean } | undefined;
  /**
   * A header or `simple` path parameter whose list is joined by another delimiter than the comma: Swagger
   * 2's `ssv`, `pipes` or `tsv` (`a b`, `a|b`, a tab), which OpenAPI 3 has no style for there (the
   * conversion keeps the format as `x-collectionFormat`).
   */
  readonly listDelimiter?: ListDelimiter | undefined;
  /** A header parameter's `explode` (`simple` style): an object goes as `k=v,k2=v2`, else as `k,v,k2,v2`. */
  readonly explode?: true | undefined;
  /** A query parameter's `allowReserved`: its values keep RFC 3986's reserved characters and `%XX` triples as they are. */
  readonly allowReserved?: true | undefined;
  /** The one value a required query or header parameter allows: optional in the type, sent when left out. */
  readonly constant?: string | undefined;
  readonly origin: SourceLocation;
}

export interface RequestBodyIR {
  readonly contentType: string;
  readonly required: boolean;
  readonly schema: SchemaIR;
  /**
   * A URL-encoded form's fields whose Encoding Object says `style: deepObject` (Stripe's `metadata`,
   * `items`): sent in brackets, `metadata[plan]=pro&items[0][price]=p_1`, not as JSON text.
   */
  readonly deepObjectFields?: readonly string[] | undefined;
  /**
   * A form's list fields that its Encoding Object sends as one value joined by a delimiter (`explode:
   * false`, `spaceDelimited`, `pipeDelimited`; Swagger 2's `csv`, its default), by field name: in a
   * URL-encoded form, and in a multipart one from OpenAPI 3.1 or Swagger 2. Other lists repeat the key
   * (one part per item), OpenAPI's default for a form.
   */
  readonly delimitedFields?: Readonly<Record<string, QueryDelimiter>> | undefined;
  /**
   * A multipart form's fields in the order its schema declares them, which its parts keep (RFC 7578 §5.2;
   * Box's upload needs `attributes` before `file`): the schema's properties are sorted for the types.
   */
  readonly partOrder?: readonly string[] | undefined;
  /** A multipart form's part content types its Encoding Object gives (§4.8.15: `contentType`), by field. */
  readonly partTypes?: Readonly<Record<string, string>> | undefined;
  readonly description?: string | undefined;
  readonly origin: SourceLocation;
}

export interface ResponseIR {
  /** `200`, `4XX`, `default`. */
  readonly status: string;
  readonly description: string;
  readonly contentType?: string | undefined;
  readonly schema?: SchemaIR | undefined;
  /** An event stream's event names, when 3.2's `itemSchema` names every kind of event (`created`, `deleted`). */
  readonly eventNames?: readonly string[] | undefined;
  /** The body is a file: its schema, in place or through $refs, is `type: string, format: binary`. */
  readonly file?: boolean | undefined;
  readonly example?: unknown;
  readonly origin: SourceLocation;
}

/** The method as sent: OpenAPI's fixed ones, 3.2's `QUERY`, or an additional operation's (`COPY`). */
export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE' | 'QUERY' | (string & {});

export interface OperationIR {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The path template as written in the spec, `/a/{b}`. */
  readonly path: string;
  /**
   * The operation's own server (its `servers`, or its path item's), when it has one: an absolute URL with
   * the variables' defaults filled in (`https://uploads.github.com`). Its requests go there while the
   * client's base URL is the spec's server; a client given another base URL sends them there.
   */
  readonly serverURL?: string | undefined;
  /**
   * That server's URL as a template, when it has variables (`https://{region}.uploads.example.com`): the
   * client's `serverVariables` option chooses their values; `serverURL` holds their defaults.
   */
  readonly serverTemplate?: ServerTemplateIR | undefined;
  readonly summary?: string | undefined;
  readonly description?: string | undefined;
  readonly deprecated: boolean;
  /** Where the method lives on the client: `['realtimeKit', 'activeSession']`. */
  readonly resourcePath: readonly string[];
  /** The method's name on its resource. */
  readonly methodName: string;
  /**
   * The spec gives the method no name of its own (no `x-sdk-method`, and no operationId, or one that only
   * repeats the method and path where a tool made the spec's: `parse/path-echo.ts`): normalize names it by
   * REST convention (`list`, `get`, `create`…), unless root `x-sdk.methodNames` is `operationId`.
   * `methodName` holds the name the method and path give.
   */
  readonly nameByConvention?: true | undefined;
  /** Prefix of the operation's type names (`ActiveSessionGetActiveSession`); normalize sets it. */
  readonly typePrefix: string;
  /** Path-level and operation-level parameters, merged (operation wins). */
  readonly parameters: readonly ParameterIR[];
  readonly requestBody?: RequestBodyIR | undefined;
  readonly responses: readonly ResponseIR[];
  /** Safe to send twice: GET/HEAD/OPTIONS/PUT/DELETE/TRACE, or `x-sdk-idempotent: true`. */
  readonly idempotent: boolean;
  /**
   * The idempotency-key header the operation declares (`Idempotency-Key`, `x-idempotency-key`), lower-cased:
   * the client makes a key for each call that does not give one. Not for a paginated operation, whose
   * pages would share it.
   */
  readonly idempotencyHeader?: string | undefined;
  /** Alternatives of security scheme names; `[]` means none needed, `undefined` the document default. */
  readonly security?: readonly (readonly string[])[] | undefined;
  /** The OAuth 2 scopes the operation's own security asks for, by scheme key; `undefined`: the document's. */
  readonly scopes?: Readonly<Record<string, readonly string[]>> | undefined;
  /** How a list operation's pages follow each other (`x-sdk-pagination`); its method can then walk them all. */
  readonly pagination?: PaginationIR | undefined;
  /** `x-sdk-unwrap: false`: the method resolves to the whole body, whatever `x-sdk.client.unwrap` says. */
  readonly keepsBody?: boolean | undefined;
  /** The field of the success body the method resolves to (`x-sdk.client.unwrap`), when the body declares it. */
  readonly unwrap?: UnwrapIR | undefined;
  /**
   * The requests the API sends back once this operation is called (its `callbacks`), typed like webhooks:
   * named by the callback (`onEvent`), with the URL expression when a callback has several.
   */
  readonly callbacks?: readonly WebhookIR[] | undefined;
  readonly origin: SourceLocation;
}

/** A field of the success body a method resolves to, as the body declares it. */
export interface UnwrapIR {
  readonly field: string;
  readonly schema: SchemaIR;
  /** Whether every body holds it: else the method may resolve to `undefined`. */
  readonly required: boolean;
  /** Whether the body may be absent (a 204 beside the 200): the method then resolves to `null`. */
  readonly nullable: boolean;
}

/**
 * `x-sdk-pagination`, as the runtime's `Pagination` takes it. Paths are property names leading from the
 * success response's body to a value; an empty `items` means the body itself is the array.
 */
export interface PaginationIR {
  readonly style: 'page' | 'offset' | 'cursor' | 'link' | 'next';
  /** The query parameter that moves through the pages; none for `link` and `next` (a URL does). */
  readonly param?: string | undefined;
  readonly items: readonly string[];
  /** `cursor`: where the next page's cursor is. */
  readonly nextCursor?: readonly string[] | undefined;
  /** `page`, optional: where the number of pages is. */
  readonly totalPages?: readonly string[] | undefined;
  /** `next`: where the next page's URL is (Azure's `nextLink`). */
  readonly nextURL?: readonly string[] | undefined;
  /** Read from another generator's extension (`x-ms-pageable`): left out, with a warning, where it does not fit. */
  readonly borrowed?: true | undefined;
  readonly origin: SourceLocation;
}

export interface SecuritySchemeIR {
  readonly key: string;
  readonly type: 'bearer' | 'basic' | 'apiKey-header' | 'apiKey-query' | 'apiKey-cookie' | 'aws-sigv4' | 'other';
  /** The header, query parameter or cookie the credential travels in. */
  readonly paramName?: string | undefined;
  readonly description?: string | undefined;
  /** The client option that holds it (`x-sdk-option`, else camelCase of the key). */
  readonly option: string;
  /** The environment variable that supplies it by default (`x-sdk-env`). */
  readonly env?: string | undefined;
  /** The OAuth 2 flows the client runs itself, when the scheme has one: the client can fetch its own token. */
  readonly oauth?: OAuthClientIR | undefined;
  /**
   * An OAuth 2 scheme whose tokens the client does not fetch (an implicit flow): the flow the spec says
   * issues them, and its URL, so the docs can say where the caller gets one.
   */
  readonly tokenSource?: { readonly flow: string; readonly url: string } | undefined;
  /** AWS Signature Version 4 (`x-amazon-apigateway-authtype: awsSigv4`): the options that sign each request. */
  readonly aws?: AwsSigV4IR | undefined;
  readonly origin: SourceLocation;
}

/** What signs requests with SigV4: an access key (id, secret, session token), a region, and the service's signing name. */
export interface AwsSigV4IR {
  readonly accessKeyId: CredentialOptionIR;
  readonly secretAccessKey: CredentialOptionIR;
  readonly sessionToken: CredentialOptionIR;
  /** Not a credential: the region to sign for when the host does not name one. */
  readonly region: CredentialOptionIR;
  /** `x-sdk-aws-service`: the signing name, when the host does not give it (a custom domain). */
  readonly service?: string | undefined;
}

/** An OAuth 2 client: its id and secret, and the flows (§4.8.29) it fetches tokens by. */
export interface OAuthClientIR {
  /** The options of the client's id and secret (`clientId`, `clientSecret`), with their variables (`x-sdk-client-id-env`, `x-sdk-client-secret-env`). */
  readonly clientId: CredentialOptionIR;
  readonly clientSecret: CredentialOptionIR;
  /** The option listing the scopes to ask for (`scopes`), by client credentials or with a refresh token. */
  readonly scopesOption: string;
  /** The scopes the spec declares, by name, with their descriptions: the client-credentials flow's, else the refresh flow's. */
  readonly scopes: readonly (readonly [string, string])[];
  /** The client-credentials flow: a token for the client's id and secret. */
  readonly clientCredentials?: ClientCredentialsIR | undefined;
  /** A flow whose tokens come with refresh tokens (authorization code, password, device): the client trades them. */
  readonly refresh?: RefreshIR | undefined;
  /** The authorization-code flow, when it names both its URLs: the client class's `authorizationURL` and `exchangeCode` run it. */
  readonly signIn?: SignInIR | undefined;
  /** The device authorization flow (OpenAPI 3.2), when it names both its URLs: the client class's `deviceAuthorization` runs it. */
  readonly device?: DeviceSignInIR | undefined;
  /**
   * An OpenID Connect scheme's `openIdConnectUrl`, as written: the discovery document that names the
   * endpoints the spec leaves out (the sign-in's and the refresh's URLs are then unset).
   */
  readonly openIdConnectURL?: string | undefined;
}

/** A device authorization flow (RFC 8628): where the codes come from, and where they are traded for tokens. */
export interface DeviceSignInIR {
  /** `deviceAuthorizationUrl` and `tokenUrl`, as written: relative ones are resolved against the base URL at run time. */
  readonly deviceAuthorizationURL: string;
  readonly tokenURL: string;
  readonly scopes: readonly string[];
}

/** An authorization-code flow (§4.8.30) an app signs its users in by. */
export interface SignInIR {
  /**
   * `authorizationUrl` and `tokenUrl`, as written: relative ones are resolved against the base URL at run
   * time. Unset for OpenID Connect: the discovery document names them.
   */
  readonly authorizationURL?: string | undefined;
  readonly tokenURL?: string | undefined;
  /** The flow's scopes, by name: the ones editors offer for `authorizationURL`'s `scopes`. */
  readonly scopes: readonly string[];
}

/** A client-credentials flow: where the token comes from. */
export interface ClientCredentialsIR {
  /** `tokenUrl`, as written: a relative one is resolved against the base URL at run time. */
  readonly tokenURL: string;
}

/** Refresh tokens: where they are traded for access tokens, and the options that hold one and hear of new ones. */
export interface RefreshIR {
  /** The flow's name in the spec (`authorizationCode`), for messages. */
  readonly flow: string;
  /**
   * `refreshUrl`, else `tokenUrl`, as written: a relative one is resolved against the base URL at run time.
   * Unset for OpenID Connect: the discovery document's token endpoint.
   */
  readonly refreshURL?: string | undefined;
  /** The option holding the refresh token (`refreshToken`), with its variable (`x-sdk-refresh-token-env`). */
  readonly refreshToken: CredentialOptionIR;
  /** The option of the callback told of each new token (`onTokenRefresh`). */
  readonly onRefreshOption: string;
}

export interface CredentialOptionIR {
  readonly option: string;
  readonly env?: string | undefined;
}

export interface PackageConfigIR {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly license: string;
  readonly repository?: string | undefined;
  readonly keywords: readonly string[];
  /** The text of `x-sdk.package.licenseFile`, written to the package as `LICENSE`. */
  readonly licenseText?: string | undefined;
}

export interface ClientConfigIR {
  readonly name: string;
  readonly baseURLEnv?: string | undefined;
  readonly logLevelEnv?: string | undefined;
  /** The API's own defaults for the `timeout` (milliseconds) and `maxRetries` options (`x-sdk.client`). */
  readonly timeout?: number | undefined;
  readonly maxRetries?: number | undefined;
  /**
   * The field of a JSON response body the methods resolve to (`x-sdk.client.unwrap`: Cloudflare's
   * `result`), where the body declares it; the whole body stays one `.withResponse()` or `.asResponse()` away.
   */
  readonly unwrap?: string | undefined;
  /**
   * `x-sdk.client.unwrapRequired`: every success body holds the field, whatever its schema says, so
   * methods resolve to it without `| undefined`. Cloudflare's envelope declares `result` optional because
   * its failures share the shape; a failure is an error, so a success always carries `result`, as the
   * official SDK's types assume.
   */
  readonly unwrapRequired?: boolean | undefined;
}

/** A node of the client's resource tree (`realtimeKit`, `realtimeKit.activeSession`). */
export interface ResourceIR {
  readonly path: readonly string[];
  /** The exported class name, unique in the package. */
  readonly className: string;
}

/** The default server's URL as a template of variables (§4.8.6): `https://{region}.example.com`. */
export interface ServerTemplateIR {
  /** Literal text and variable names, alternating: `['https://', 'region', '.example.com']`. */
  readonly parts: readonly string[];
  readonly variables: readonly ServerVariableIR[];
}

export interface ServerVariableIR {
  readonly name: string;
  readonly default: string;
  readonly enum?: readonly string[] | undefined;
  readonly description?: string | undefined;
}

/** One of the servers a spec lists, by name: `Client.environments.sandbox`. */
export interface EnvironmentIR {
  readonly name: string;
  readonly url: string;
  readonly description?: string | undefined;
}

export interface ApiIR {
  readonly title: string;
  readonly version: string;
  readonly description?: string | undefined;
  readonly baseURL: string;
  /** The servers, named, when the spec lists more than one place to send requests (the first is `baseURL`). */
  readonly environments: readonly EnvironmentIR[];
  /** The default server's URL when it has variables: `Client.serverURL({ region })` fills them in. */
  readonly serverTemplate?: ServerTemplateIR | undefined;
  readonly package: PackageConfigIR;
  readonly client: ClientConfigIR;
  readonly securitySchemes: readonly SecuritySchemeIR[];
  /** The document's default security: alternatives of scheme keys. */
  readonly security: readonly (readonly string[])[];
  /** The scopes the document's default security asks for, by scheme key. */
  readonly scopes: Readonly<Record<string, readonly string[]>>;
  readonly operations: readonly OperationIR[];
  /** Every resource node, parents before children; normalize fills it. */
  readonly resources: readonly ResourceIR[];
  readonly models: readonly ModelIR[];
  /** The requests the API sends to its users (`webhooks`, `x-webhooks`): typed, never sent. */
  readonly webhooks: readonly WebhookIR[];
  /** The interface of the webhooks' payloads (`WebhookPayloads`), when there are any; normalize sets it. */
  readonly webhooksName?: string | undefined;
}

/** A webhook: the request the API sends to a user's server, whose body the package types. */
export interface WebhookIR {
  /** The key in `webhooks` (`pull_request.opened`, `newPet`), and the member of `WebhookPayloads`. */
  readonly name: string;
  readonly summary?: string | undefined;
  readonly description?: string | undefined;
  readonly deprecated?: true | undefined;
  /** The request body's schema; `unknown` when the spec gives none. */
  readonly payload: SchemaIR;
  readonly origin: SourceLocation;
}
