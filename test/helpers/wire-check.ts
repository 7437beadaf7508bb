/**
 * Whether a request an example sent is one its operation accepts, read from the spec itself (not from the
 * generator's model of it, so the generator cannot agree with its own mistake): the method, a path that
 * fills the template, query keys the operation declares (or a credential's), its required query, header
 * and cookie parameters, and a body only when it has one, in a media type it declares, a JSON body with
 * the keys its schema's objects close over at every depth. Where the call was built here (`given`), each
 * scalar it gave a parameter must be sent as that parameter.
 */
import { readSpecDocument } from './spec-documents.js';
import { everyParameterExamples, isScalar, runExamples, type ExampleRun, type GivenParameter, type MethodExample, type SentRequest } from './run-examples.js';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Follows local `$ref`s (`#/components/parameters/limit`) until a node that is not one. */
export function deref(spec: Node, node: unknown, seen = new Set<string>()): Node {
  if (!isNode(node)) return {};
  const ref = node['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#/') || seen.has(ref)) return node;
  seen.add(ref);
  let target: unknown = spec;
  for (const key of refKeys(ref)) {
    // Lists too: a parameter is named by its index (`…/get/parameters/0`).
    target = typeof target === 'object' && target !== null ? (target as Record<string, unknown>)[key] : undefined;
  }
  return deref(spec, target, seen);
}

/**
 * The keys a local `$ref` (`#/…`) names, in turn. A URI fragment: percent-encoded (`%7Bapp_id%7D`, as
 * DigitalOcean writes them), then JSON Pointer escapes.
 */
export function refKeys(ref: string): string[] {
  return ref.slice(2).split('/').map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
}

interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  /** Whether a query key is one this parameter sends; undefined where any key could be (see `sentKeys`). */
  readonly sends: ((key: string) => boolean) | undefined;
  /** Its schema, followed through `$ref`s: Swagger 2's `in: body` parameter holds the body's. */
  readonly schema: Node;
  /** The parameter object as written (followed through `$ref`s): its style, `explode`, `collectionFormat`. */
  readonly declared: Node;
}

/** The operation's parameters: the path item's, overridden by the operation's of the same name and place. */
function parametersOf(spec: Node, pathItem: Node, op: Node): Parameter[] {
  const all = new Map<string, Parameter>();
  for (const raw of [...asList(pathItem['parameters']), ...asList(op['parameters'])]) {
    const p = deref(spec, raw);
    const [name, location] = [p['name'], p['in']];
    if (typeof name !== 'string' || typeof location !== 'string') continue;
    // OpenAPI 3.2's querystring is the whole query: its form fields are the keys.
    const query = location === 'querystring' ? { in: 'query', sends: formFieldKeys(spec, p) } : { in: location, sends: sentKeys(spec, p, name) };
    all.set(`${location} ${name}`, { name, required: p['required'] === true, schema: deref(spec, p['schema']), declared: p, ...query });
  }
  return [...all.values()];
}

/**
 * The query keys a parameter sends (OpenAPI §4.8.12.4): its name, but for an object that is a
 * `deepObject` (`name[key]`) or an exploded `form` (its properties, an object inside as dotted keys).
 * Undefined where any key could be its: an object open to any property, or a list of objects (which
 * OpenAPI does not say how to send).
 */
function sentKeys(spec: Node, p: Node, name: string): ((key: string) => boolean) | undefined {
  const own = (key: string): boolean => key === name;
  if (p['content'] !== undefined) return own;
  const schema = deref(spec, p['schema'] ?? p);
  const style = typeof p['style'] === 'string' ? p['style'] : 'form';
  if (style === 'deepObject') return (key) => own(key) || key.startsWith(`${name}[`);
  if (schema['type'] === 'array' && isObjectSchema(deref(spec, schema['items']))) return undefined;
  const explode = typeof p['explode'] === 'boolean' ? p['explode'] : style === 'form';
  if (!isObjectSchema(schema) || !explode) return own;
  return closedProperties(schema);
}

/** The keys a `querystring` parameter sends: the properties of its form's schema, if it lists them all. */
function formFieldKeys(spec: Node, p: Node): ((key: string) => boolean) | undefined {
  const content = isNode(p['content']) ? Object.values(p['content']) : [];
  return closedProperties(deref(spec, isNode(content[0]) ? content[0]['schema'] : undefined));
}

/** A test for an object's property names, when the object can have no others; else undefined. */
function closedProperties(schema: Node): ((key: string) => boolean) | undefined {
  const properties = schema['properties'];
  const closed = isNode(properties) && [schema['additionalProperties'], schema['allOf'], schema['oneOf'], schema['anyOf']].every((k) => k === undefined || k === false);
  // A nested object goes as dotted keys (`range.start`); a name may hold a dot itself (`configuration.target`).
  const dottedPrefixes = (key: string): string[] => key.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'));
  return closed ? (key) => dottedPrefixes(key).some((name) => Object.hasOwn(properties, name)) : undefined;
}

/** An object by its `type`, else by its keywords; a `type` that names another kind wins over them (digitallocker's `type: string` with `properties`). */
const isObjectSchema = (schema: Node): boolean => {
  const type = schema['type'];
  if (type !== undefined) return type === 'object' || (Array.isArray(type) && type.includes('object'));
  return schema['properties'] !== undefined || schema['additionalProperties'] !== undefined || ['allOf', 'oneOf', 'anyOf'].some((k) => k in schema);
};

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * The spec's path keys the example's HTTP line may name: the line itself; else the templates that hold a
 * query after it (`/search/articles?query={query}`: the query goes as parameters, so weatherbit.io's
 * `/forecast/daily?city={city}` and `/forecast/daily?lat={lat}&lon={lon}` share one line); else the
 * longest key it ends with (after an operation's own server).
 */
export function pathKeys(spec: Node, line: string): string[] {
  const paths = isNode(spec['paths']) ? Object.keys(spec['paths']) : [];
  if (paths.includes(line)) return [line];
  const withQuery = paths.filter((key) => key.replace(/\?.*$/, '') === line);
  if (withQuery.length > 0) return withQuery;
  return paths.filter((key) => line.endsWith(key)).sort((a, b) => b.length - a.length).slice(0, 1);
}

/**
 * A pattern for the path a template gives: each `{name}` fills at least one character of one segment. A
 * fragment (`/cookies#exploded`, one path written twice) is not sent, nor is a query the template holds.
 */
function pathPattern(template: string): RegExp {
  return templatePattern(template, () => '([^/]+)');
}

/**
 * Whether `pathname` fills the template with `value` at `{name}`, percent-encoded as a value sharing its
 * segment is. Where a segment holds several placeholders (`{day}F{start}T{end}`), the pattern's greedy
 * match cuts a value that holds the text between them (`startTime`'s `T`) elsewhere, so the value is
 * tried in its place.
 */
function pathHoldsValue(template: string, name: string, value: string, pathname: string): boolean {
  return templatePattern(template, (placeholder) => (placeholder === name ? escapeRegExp(encodeURIComponent(value)) : '([^/]+)')).test(pathname);
}

/** The template's path (its query and fragment cut) as a pattern: its text as sent, each `{name}` as `fill` says. */
function templatePattern(template: string, fill: (name: string) => string): RegExp {
  const parts = template.replace(/[?#].*$/, '').split(/\{([^}]*)\}/);
  return new RegExp(`^${parts.map((part, i) => (i % 2 === 0 ? escapeRegExp(asURLParserWrites(part)) : fill(part))).join('')}$`);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A template's literal text as it travels: the client leaves it as written and `fetch`'s URL parser
 * percent-encodes what a path may not hold (WHATWG's path percent-encode set: controls, space, `"`, `#`,
 * `<`, `>`, `?`, `` ` ``, `{`, `}`, and all but ASCII).
 */
function asURLParserWrites(text: string): string {
  return text.replace(/[\u0000-\u0020"#<>?`{}\u007f-\u{10ffff}]/gu, (c) => encodeURIComponent(c));
}

/** Query names credentials may add (API keys sent in the query). */
function credentialQueryNames(spec: Node): Set<string> {
  return new Set(securitySchemes(spec).filter((s) => s['type'] === 'apiKey' && s['in'] === 'query').map((s) => String(s['name'])));
}

/**
 * Headers, lower-cased, whose value a credential writes over what a parameter of the same name was given:
 * an API key's header, and the `X-Amz-*` headers a SigV4 signature sets (AWS's specs declare them as
 * parameters of every operation).
 */
function credentialHeaderNames(spec: Node): Set<string> {
  const schemes = securitySchemes(spec);
  const keys = schemes.filter((s) => s['type'] === 'apiKey' && s['in'] === 'header').map((s) => String(s['name']).toLowerCase());
  const signed = schemes.some((s) => String(s['x-amazon-apigateway-authtype']).toLowerCase() === 'awssigv4');
  return new Set([...keys, ...(signed ? ['x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256'] : [])]);
}

/** The security schemes, Swagger 2's and OpenAPI 3's. */
function securitySchemes(spec: Node): Node[] {
  const components = isNode(spec['components']) ? spec['components'] : {};
  const schemes = { ...(isNode(spec['securityDefinitions']) ? spec['securityDefinitions'] : {}), ...(isNode(components['securitySchemes']) ? components['securitySchemes'] : {}) };
  return Object.values(schemes).map((s) => deref(spec, s));
}

/** The media types a body may have: OpenAPI 3's `content` keys, or Swagger 2's `consumes`. */
function bodyMediaTypes(spec: Node, op: Node, params: readonly Parameter[]): { types: string[]; required: boolean } | undefined {
  if (op['requestBody'] !== undefined) {
    const body = deref(spec, op['requestBody']);
    return { types: Object.keys(isNode(body['content']) ? body['content'] : {}), required: body['required'] === true };
  }
  const inBody = params.filter((p) => p.in === 'body' || p.in === 'formData');
  if (inBody.length === 0) return undefined;
  const consumes = asList(op['consumes'] ?? spec['consumes']).map(String);
  const form = inBody.some((p) => p.in === 'formData');
  const types = consumes.length > 0 ? consumes : [form ? 'application/x-www-form-urlencoded' : 'application/json'];
  return { types: form ? [...types, 'multipart/form-data'] : types, required: inBody.some((p) => p.required) };
}

const baseType = (mediaType: string): string => mediaType.split(';')[0]!.trim().toLowerCase();

/**
 * Whether a body sent as `sent` is one the operation takes. A `content` key that names no media type (a
 * slip: `json`, or left empty) says nothing of the type, so a body beside one may be sent as any.
 */
function mediaTypeAccepted(sent: string, declared: readonly string[]): boolean {
  const [type, subtype] = baseType(sent).split('/');
  if (declared.some((d) => !d.includes('/'))) return true;
  return declared.map(baseType).some((d) => {
    const [t, s] = d.split('/');
    return (t === '*' || t === type) && (s === '*' || s === subtype);
  });
}

const header = (request: SentRequest, name: string): string | undefined => {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
};

/** The keys of a query a path template holds (`/search?type=user`): sent as written. */
const templateQueryKeys = (template: string): string[] => [...new URLSearchParams(/\?([^#]*)/.exec(template)?.[1] ?? '').keys()];

function queryProblems(spec: Node, key: string, params: readonly Parameter[], url: URL): string[] {
  const problems: string[] = [];
  const declared = params.filter((p) => p.in === 'query');
  // Keys no parameter declares but the request may still carry: an API key's, the template's own.
  const undeclared = new Set([...credentialQueryNames(spec), ...templateQueryKeys(key)]);
  const keys = [...new Set(url.searchParams.keys())];
  // A template whose query names a key by a placeholder (clicksend's `?{search}=1`) may send any key; so may
  // an object open to any key.
  const anyKey = [...undeclared].some((k) => /\{[^}]*\}/.test(k));
  if (!anyKey && declared.every((p) => p.sends !== undefined)) {
    const unknown = keys.filter((k) => !undeclared.has(k) && !declared.some((p) => p.sends!(k)));
    problems.push(...unknown.map((k) => `query key \`${k}\` is not a parameter of the operation`));
  }
  for (const p of declared.filter((p) => p.required)) {
    // An object spread over its properties may have been given empty: only a name sent as such is required.
    if (p.sends?.(p.name) && !keys.some((k) => p.sends!(k))) problems.push(`required query parameter \`${p.name}\` was not sent`);
  }
  return problems;
}

/** Headers OpenAPI says a parameter cannot set, and those `fetch` sets from the request itself. */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization', 'content-length', 'transfer-encoding', 'host', 'connection', 'keep-alive']);

function headerProblems(params: readonly Parameter[], request: SentRequest): string[] {
  const cookies = (header(request, 'cookie') ?? '').split(';').map((c) => c.trim().split('=')[0]);
  return params.filter((p) => p.required).flatMap((p) => {
    if (p.in === 'header' && !IGNORED_HEADERS.has(p.name.toLowerCase()) && header(request, p.name) === undefined) return [`required header \`${p.name}\` was not sent`];
    if (p.in === 'cookie' && !cookies.includes(p.name)) return [`required cookie \`${p.name}\` was not sent`];
    return [];
  });
}

function bodyProblems(spec: Node, op: Node, params: readonly Parameter[], request: SentRequest, given?: { readonly value: unknown }): string[] {
  const declared = bodyMediaTypes(spec, op, params);
  if (declared === undefined) return request.body === '' ? [] : ['sent a body, but the operation declares none'];
  // `fetch` cannot send a GET or HEAD body; the generator warns of such a body and leaves it out.
  const sendable = request.method !== 'GET' && request.method !== 'HEAD';
  const type = header(request, 'content-type');
  // An empty form or text is a body when labelled (a form body whose fields are all optional, none given).
  if (request.body === '' && type === undefined) return declared.required && sendable ? ['sent no body, but the operation requires one'] : [];
  if (request.body === '' && !sendable) return [];
  if (type === undefined) return ['sent a body without a Content-Type'];
  if (declared.types.length > 0 && !mediaTypeAccepted(type, declared.types)) return [`sent the body as \`${type}\`; the operation takes ${declared.types.map((t) => `\`${t}\``).join(', ')}`];
  if (baseType(type) === 'application/x-www-form-urlencoded') return given && isNode(given.value) ? givenFormProblems(spec, op, params, given.value, new URLSearchParams(request.body), 'application/x-www-form-urlencoded') : [];
  if (baseType(type) === 'multipart/form-data') return given && isNode(given.value) ? givenFormProblems(spec, op, params, given.value, multipartTextFields(request.body, type), 'multipart/form-data') : [];
  if (!/[/+]json$/.test(baseType(type))) return [];
  let body: unknown;
  try {
    // The server records the bytes as latin1; JSON is UTF-8 (RFC 8259 §8.1).
    body = JSON.parse(fromLatin1(request.body));
  } catch {
    return [`sent a body labelled \`${type}\` that is not JSON`];
  }
  const schema = bodySchema(spec, op, params, type);
  // An object's keys at every depth, or each item's of a list.
  const keys = nestedKeyProblems(spec, bodySchemaAsWritten(spec, op, params, type), body, '', 0, new Set(), false);
  const alternatives = isNode(body) ? alternativeProblems(schema, body) : [];
  return [...keys, ...alternatives, ...(given ? givenBodyProblems(given.value, body) : [])];
}

/**
 * A body whose `oneOf`/`anyOf` only lists sets of required fields (`anyOf: [{required: [hostnames]},
 * {required: [ip_subnets]}]`) must hold every field of one of them.
 */
function alternativeProblems(schema: Node, body: Node): string[] {
  return (['oneOf', 'anyOf'] as const).flatMap((key) => {
    const branches = asList(schema[key]);
    const lists = branches.map((branch) => (isNode(branch) && Object.keys(branch).every((k) => ['required', 'title', 'description'].includes(k)) ? asList(branch['required']) : undefined));
    if (branches.length === 0 || lists.some((list) => list === undefined)) return [];
    const held = lists.some((list) => list!.every((name) => typeof name === 'string' && name in body));
    return held ? [] : [`the body holds none of the sets of fields its \`${key}\` requires (${lists.map((list) => list!.join(' + ')).join(', ')})`];
  });
}

/** The first place where the JSON sent differs from the body the call gave: each value must arrive as given. */
function givenBodyProblems(given: unknown, sent: unknown): string[] {
  const at = firstDifference(asJson(given), sent, '');
  return at === undefined ? [] : [`body at \`${at || '/'}\` differs from what the call gave (${excerpt(valueAt(asJson(given), at))} given, ${excerpt(valueAt(sent, at))} sent)`];
}

/**
 * Each field of a form the call gave a scalar or a list of scalars, as the spec says to write it: a list
 * repeats the key (OpenAPI's default for a form, `style: form` exploded, or Swagger 2's `multi`), else is
 * joined by its delimiter (an Encoding Object's `explode: false`, Swagger 2's `csv` by default). Objects
 * are not compared: the client sends them as JSON text or in brackets, neither of which the spec writes.
 */
function givenFormProblems(spec: Node, op: Node, params: readonly Parameter[], fields: Node, form: URLSearchParams, media: FormMedia): string[] {
  return Object.entries(fields).flatMap(([name, value]) => {
    const list = Array.isArray(value) && value.every(isScalar) ? value : undefined;
    if (!isScalar(value) && list === undefined) return [];
    const encoding = formFieldEncoding(spec, op, params, name, media);
    // A multipart form sends each item as a part of the field's name: brackets are a URL-encoded form's.
    if (list && media === 'application/x-www-form-urlencoded' && isDeepObject(spec, encoding)) return deepListProblems(`form field \`${name}\``, name, list, (key) => form.getAll(key));
    // A form field's list is written as a query parameter's of the same style (Swagger 2: `multi` repeats).
    const expected = list ? listOnWire(spec, { ...encoding, in: 'query' }, list) : [String(value)];
    const found = form.getAll(name);
    if (expected === undefined || sameList(found, expected)) return [];
    return [`form field \`${name}\` was given ${shown(expected)} but sent ${shown(found)}`];
  });
}

type FormMedia = 'application/x-www-form-urlencoded' | 'multipart/form-data';

/**
 * How a form field is written: its `in: formData` parameter (Swagger 2, in either form), or its Encoding
 * Object (OpenAPI 3), whose `style` and `explode` a multipart form heeds from 3.1 on (§4.8.15.2).
 */
function formFieldEncoding(spec: Node, op: Node, params: readonly Parameter[], name: string, media: FormMedia): Node {
  if (op['requestBody'] === undefined) return params.find((p) => p.in === 'formData' && p.name === name)?.declared ?? {};
  if (media === 'multipart/form-data' && String(spec['openapi']).startsWith('3.0')) return {};
  const content = deref(spec, op['requestBody'])['content'];
  const form = isNode(content) ? deref(spec, content[media]) : {};
  const encoding = isNode(form['encoding']) ? form['encoding'][name] : undefined;
  return deref(spec, encoding);
}

/**
 * The text parts of a multipart body (RFC 7578) by name, in order; file parts (with a `filename`) left
 * out. The server records the bytes as latin1; the text is UTF-8.
 */
function multipartTextFields(body: string, type: string): URLSearchParams {
  const fields = new URLSearchParams();
  const boundary = /;\s*boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (boundary === undefined) return fields;
  for (const part of body.split(`--${boundary}`).slice(1, -1)) {
    const end = part.indexOf('\r\n\r\n');
    const head = part.slice(0, end);
    const name = /;\s*name="([^"]*)"/i.exec(head)?.[1];
    if (end === -1 || name === undefined || /;\s*filename=/i.test(head)) continue;
    fields.append(fromLatin1(formNameUnescaped(name)), fromLatin1(part.slice(end + 4).replace(/\r\n$/, '')));
  }
  return fields;
}

/** HTML's escapes in a multipart field's name (a quote as `%22`, a line break as `%0D`, `%0A`), undone. */
function formNameUnescaped(name: string): string {
  return name.replace(/%22/g, '"').replace(/%0D/g, '\r').replace(/%0A/g, '\n');
}

/** Text the server recorded byte by byte (latin1), read as the UTF-8 it is. */
export function fromLatin1(text: string): string {
  return Buffer.from(text, 'latin1').toString('utf8');
}

/** The value as the call's source writes it: `jsLiteral` writes a number that is not finite as `0`. */
function asJson(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : 0;
  if (Array.isArray(value)) return value.map(asJson);
  if (isNode(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asJson(v)]));
  return value;
}

/** The JSON pointer of the first difference between two JSON values, or undefined when they are equal. */
function firstDifference(a: unknown, b: unknown, at: string): string | undefined {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return at;
    return a.map((item, i) => firstDifference(item, b[i], `${at}/${i}`)).find((d) => d !== undefined);
  }
  if (isNode(a) && isNode(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.map((k) => (k in a && k in b ? firstDifference(a[k], b[k], `${at}/${pointerToken(k)}`) : `${at}/${pointerToken(k)}`)).find((d) => d !== undefined);
  }
  return Object.is(a, b) ? undefined : at;
}

const pointerToken = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

function valueAt(value: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((v, k) => (isNode(v) || Array.isArray(v) ? (v as Record<string, unknown>)[k] : undefined), value);
}

function excerpt(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * The schema of the body sent as `type`: its OpenAPI 3 `content` entry (one keyed by a media type: a slip's
 * key could hold anything), or Swagger 2's `in: body` parameter.
 */
function bodySchema(spec: Node, op: Node, params: readonly Parameter[], type: string): Node {
  return deref(spec, bodySchemaAsWritten(spec, op, params, type));
}

/** The schema of the body sent as `type`, as written: a `$ref` kept, so that a model met again inside it is known. */
function bodySchemaAsWritten(spec: Node, op: Node, params: readonly Parameter[], type: string): Node {
  if (op['requestBody'] === undefined) return params.find((p) => p.in === 'body')?.schema ?? {};
  const content = deref(spec, op['requestBody'])['content'];
  const entry = isNode(content) ? Object.entries(content).find(([declared]) => declared.includes('/') && mediaTypeAccepted(type, [declared])) : undefined;
  const media = isNode(entry?.[1]) ? deref(spec, entry[1]) : {};
  return isNode(media['schema']) ? media['schema'] : {};
}

interface ObjectShape {
  readonly properties: ReadonlySet<string>;
  /** Required and not `readOnly`: what a request must carry. */
  readonly required: ReadonlySet<string>;
  /** Each property's schemas as written (a `$ref` kept), one per declaration: its own, and those of the `allOf` parts that declare it. */
  readonly schemas: ReadonlyMap<string, readonly Node[]>;
}

/**
 * The properties of an object that can have no others, its own or an `allOf` of such objects; undefined
 * for any other schema (open, a union, a discriminator's base, not an object), where any key could belong.
 */
function objectShape(spec: Node, schema: Node, depth: number): ObjectShape | undefined {
  // A discriminator's base: a subtype adds properties of its own (Azure's `DeploymentScript`).
  if (depth > 8 || ['oneOf', 'anyOf', 'not', 'discriminator'].some((k) => k in schema) || (schema['additionalProperties'] !== undefined && schema['additionalProperties'] !== false)) return undefined;
  const parts = asList(schema['allOf']).map((part) => objectShape(spec, deref(spec, part), depth + 1));
  if (parts.some((part) => part === undefined)) return undefined;
  const own = isNode(schema['properties']) ? schema['properties'] : undefined;
  if (own === undefined && parts.length === 0) return undefined;
  const writable = Object.keys(own ?? {}).filter((name) => !readOnly(spec, deref(spec, own![name]), 0));
  const required = asList(schema['required']).filter((name): name is string => typeof name === 'string' && writable.includes(name));
  const schemas = new Map<string, Node[]>();
  const declare = (name: string, schema: Node) => schemas.set(name, [...(schemas.get(name) ?? []), schema]);
  for (const part of parts) for (const [name, list] of part!.schemas) list.forEach((schema) => declare(name, schema));
  for (const name of Object.keys(own ?? {})) declare(name, isNode(own![name]) ? own![name] : {});
  return {
    properties: new Set([...Object.keys(own ?? {}), ...parts.flatMap((part) => [...part!.properties])]),
    required: new Set([...required, ...parts.flatMap((part) => [...part!.required])]),
    schemas,
  };
}

/** `readOnly` on the schema or on a part of its `allOf` (`{allOf: [$ref: Id, {readOnly: true}]}`), which applies to the whole. */
function readOnly(spec: Node, schema: Node, depth: number): boolean {
  return schema['readOnly'] === true || (depth < 8 && asList(schema['allOf']).some((part) => readOnly(spec, deref(spec, part), depth + 1)));
}

/**
 * A JSON body's keys: none the object does not declare (a parameter sent in the body), none it requires
 * missing; at every depth, in each object a property's schema (or an array's items) closes, named by their
 * path (`referrer/name`).
 */
function bodyKeyProblems(spec: Node, shape: ObjectShape, body: Node, at: string, depth: number, trail: ReadonlySet<string>): string[] {
  const unknown = Object.keys(body).filter((key) => !shape.properties.has(key));
  const missing = [...shape.required].filter((key) => !(key in body));
  const own = [...unknown.map((key) => `body property \`${at}${key}\` is not in the body's schema`), ...missing.map((key) => `required body property \`${at}${key}\` was not sent`)];
  if (depth >= 8) return own;
  // A property declared more than once (a base's and an extension's) is all of its declarations.
  const schemaOf = (declared: readonly Node[]): Node => (declared.length === 1 ? declared[0]! : { allOf: declared });
  const nested = Object.entries(body).flatMap(([key, value]) => {
    const declared = shape.schemas.get(key) ?? [];
    return declared.length === 0 ? [] : nestedKeyProblems(spec, schemaOf(declared), value, `${at}${key}`, depth + 1, trail, shape.required.has(key));
  });
  return [...own, ...nested];
}

/**
 * The key problems of a value inside the body, where its schema closes the object (or the array's items).
 * A model met again through a field it requires (`TreeNode.parent`) has no finite value: nothing below it
 * is checked.
 */
function nestedKeyProblems(spec: Node, written: Node, value: unknown, at: string, depth: number, trail: ReadonlySet<string>, required: boolean): string[] {
  const ref = typeof written['$ref'] === 'string' ? written['$ref'] : undefined;
  if (ref !== undefined && trail.has(ref) && required) return [];
  const inside = ref === undefined ? trail : new Set([...trail, ref]);
  const schema = deref(spec, written);
  if (Array.isArray(value)) {
    const items = schema['type'] === 'array' || schema['items'] !== undefined ? schema['items'] : undefined;
    return isNode(items) ? value.flatMap((item, i) => nestedKeyProblems(spec, items, item, at === '' ? `${i}` : `${at}/${i}`, depth + 1, inside, false)) : [];
  }
  const shape = isNode(value) ? objectShape(spec, schema, 0) : undefined;
  return shape ? bodyKeyProblems(spec, shape, value as Node, at === '' ? '' : `${at}/`, depth, inside) : [];
}

/**
 * What is wrong with the first request the example sent, as its operation in `spec` reads; [] when
 * nothing. Where the line names several templates, [] when one of them takes the request.
 */
export function wireProblems(spec: Node, run: ExampleRun): string[] {
  const { example } = run;
  const found = pathKeys(spec, example.path).flatMap((key) => {
    const pathItem = deref(spec, (spec['paths'] as Node)[key]);
    // OpenAPI 3.2 writes other methods (`COPY`) under additionalOperations, as they are spelt.
    const additional = isNode(pathItem['additionalOperations']) ? pathItem['additionalOperations'] : {};
    const op = pathItem[example.method.toLowerCase()] ?? additional[example.method];
    return isNode(op) ? [{ key, pathItem, op }] : [];
  });
  if (found.length === 0) return [`no operation \`${example.method} ${example.path}\` in the spec`];
  const request = run.requests[0];
  if (request === undefined) return [`sent no request${run.error ? ` (${run.error})` : ''}`];
  const each = found.map(({ key, pathItem, op }) => operationProblems(spec, key, pathItem, op, example, request));
  return each.find((problems) => problems.length === 0) ?? each[0]!;
}

function operationProblems(spec: Node, key: string, pathItem: Node, op: Node, example: MethodExample, request: SentRequest): string[] {
  // Joined, not resolved: a request target `//openapi` (a template's own double slash) is a path, not a host.
  const url = new URL(`http://loopback${request.url}`);
  const params = parametersOf(spec, pathItem, op);
  const problems: string[] = [];
  if (request.method !== example.method) problems.push(`sent ${request.method}, not ${example.method}`);
  const segments = pathPattern(key).exec(url.pathname);
  if (!segments) problems.push(`path \`${url.pathname}\` does not fill \`${key}\``);
  const values = givenValueProblems(spec, example.given ?? [], { key, segments, url, request, params });
  const types = scalarTypeProblems(spec, { key, segments, url, request, params });
  return [...problems, ...values, ...types, ...queryProblems(spec, key, params, url), ...headerProblems(params, request), ...bodyProblems(spec, op, params, request, example.givenBody)];
}

type ScalarType = 'integer' | 'number' | 'boolean';

/** The text each scalar type is written as (RFC 6570 expands a number or a boolean as JSON writes it). */
const SCALAR_TEXT: Record<ScalarType, RegExp> = {
  integer: /^-?\d+$/,
  number: /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/,
  boolean: /^(true|false)$/,
};

/**
 * A path, query or header parameter whose schema (through `$ref`s; Swagger 2's own `type`) is an integer,
 * a number or a boolean is sent as one: GitHub's `alert_number`, an integer behind a `$ref`, sent as the
 * text `alert_number` is a request the server refuses. A path placeholder is read where it fills a whole
 * segment in the default style; a query key or a header in each of its values.
 */
function scalarTypeProblems(spec: Node, { key, segments, url, request, params }: Sent): string[] {
  return params.flatMap((p) => {
    const type = scalarType(spec, Object.keys(p.schema).length > 0 ? p.schema : p.declared, 0);
    const style = p.declared['style'];
    if (type === undefined || p.declared['content'] !== undefined || (style !== undefined && style !== 'simple' && style !== 'form')) return [];
    const values = p.in === 'path' ? wholeSegment(key, p.name, segments) : p.in === 'query' ? url.searchParams.getAll(p.name) : p.in === 'header' ? [header(request, p.name)].filter((v) => v !== undefined) : [];
    return values.filter((v) => !SCALAR_TEXT[type].test(v)).map((v) => `${p.in} parameter \`${p.name}\` is ${type === 'integer' ? 'an' : 'a'} ${type} but was sent as ${JSON.stringify(v)}`);
  });
}

/** An integer, a number or a boolean (3.1's `[integer, 'null']` too); undefined for any other schema. */
function scalarType(spec: Node, schema: Node, depth: number): ScalarType | undefined {
  const types = (Array.isArray(schema['type']) ? schema['type'] : [schema['type']]).filter((t) => t !== 'null');
  if (types.length === 1 && ['integer', 'number', 'boolean'].includes(types[0] as string)) return types[0] as ScalarType;
  // An `allOf` of one part (`allOf: [$ref: Id]`, a description beside it).
  const parts = asList(schema['allOf']);
  return schema['type'] === undefined && parts.length === 1 && depth < 8 ? scalarType(spec, deref(spec, parts[0]), depth + 1) : undefined;
}

/** The decoded value of `{name}` where it is a whole segment of the template; none elsewhere. */
function wholeSegment(key: string, name: string, segments: RegExpExecArray | null): string[] {
  if (!segments || !key.replace(/[?#].*$/, '').split('/').includes(`{${name}}`)) return [];
  const value = segments[templateNames(key).indexOf(name) + 1];
  return value === undefined ? [] : [safeDecode(value)];
}

interface Sent {
  readonly key: string;
  /** The path's match against the template: one group per `{name}`, in order. */
  readonly segments: RegExpExecArray | null;
  readonly url: URL;
  readonly request: SentRequest;
  readonly params: readonly Parameter[];
}

/**
 * Each scalar or list the call gave a parameter, where the parameter says it goes and as its style writes
 * it: a value in the wrong place, or a list joined where it should repeat (or the reverse), fails.
 */
function givenValueProblems(spec: Node, given: readonly GivenParameter[], sent: Sent): string[] {
  const overwritten = credentialHeaderNames(spec);
  return given.flatMap((p) => {
    if (p.in === 'header' && overwritten.has(p.name.toLowerCase())) return [];
    const declared = sent.params.find((d) => d.in === p.in && (p.in === 'header' ? d.name.toLowerCase() === p.name.toLowerCase() : d.name === p.name))?.declared;
    if (isNode(p.value)) return declared ? objectInQueryProblems(spec, declared, p.name, p.value, sent.url) : [];
    if (p.in === 'query' && Array.isArray(p.value) && declared && isDeepObject(spec, declared)) return deepListProblems(`query parameter \`${p.name}\``, p.name, p.value, (key) => sent.url.searchParams.getAll(key));
    const wire = Array.isArray(p.value) ? (declared ? listOnWire(spec, declared, p.value) : undefined) : [String(p.value)];
    const found = sentValues(p, sent);
    if (wire === undefined || found === undefined) return [];
    // `fetch` strips a header value's leading and trailing whitespace (a spec's example may end in a line break).
    const expected = p.in === 'header' ? wire.map((v) => v.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '')) : wire;
    // A scalar's key may repeat (an API key of the same name); a list's values must be exactly its own,
    // or a run of them where an object exploded into the query has a property of that name (AWS's
    // `Passwords` beside `AuthenticationMode: { Passwords }`), whose values the key carries too.
    const shared = p.in === 'query' && sent.params.some((d) => d.in === 'query' && d.name !== p.name && (d.sends?.(p.name) ?? true));
    const arrived = Array.isArray(p.value) ? sameList(found, expected) || (shared && holdsRun(found, expected)) : found.includes(expected[0]!);
    if (arrived || (p.in === 'path' && !Array.isArray(p.value) && pathHoldsValue(sent.key, p.name, expected[0]!, sent.url.pathname))) return [];
    return [`${p.in} parameter \`${p.name}\` was given ${shown(expected)} but sent ${shown(found)}`];
  });
}

/**
 * The values a list of scalars is sent as (OpenAPI §4.8.12.4; Swagger 2's `collectionFormat`, `csv` by
 * default): one per item where the key repeats (an exploded query), else the items joined by the style's
 * delimiter. Undefined for a style the checker does not rebuild (a cookie's, a label's, JSON text).
 */
function listOnWire(spec: Node, p: Node, items: readonly (string | number | boolean)[]): string[] | undefined {
  const texts = items.map(String);
  const location = p['in'];
  if (location === 'cookie' || p['content'] !== undefined) return undefined;
  if (typeof spec['swagger'] === 'string') {
    const format = typeof p['collectionFormat'] === 'string' ? p['collectionFormat'] : 'csv';
    if (format === 'multi') return location === 'query' ? texts : undefined;
    const delimiter = SWAGGER_DELIMITERS[format];
    return delimiter === undefined ? undefined : [texts.join(delimiter)];
  }
  const style = typeof p['style'] === 'string' ? p['style'] : location === 'query' ? 'form' : 'simple';
  const explode = typeof p['explode'] === 'boolean' ? p['explode'] : style === 'form';
  // Exploded, each of the query's list styles repeats the key, one item each.
  if (location === 'query' && explode) return texts;
  const delimiter = STYLE_DELIMITERS[style];
  return delimiter === undefined ? undefined : [texts.join(delimiter)];
}

/** Values as a message shows them: each quoted, `nothing` for none. */
const shown = (values: readonly string[]): string => (values.length === 0 ? 'nothing' : values.map((v) => JSON.stringify(v)).join(', '));

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

/** Whether `run` appears in `list`, in order and side by side. */
const holdsRun = (list: readonly string[], run: readonly string[]): boolean => list.some((_, start) => sameList(list.slice(start, start + run.length), run));

/**
 * An object of scalars given a query parameter, as its style sends it (§4.8.12.4): each property as its
 * own key (`form`, exploded, the default), bracketed after the name (`deepObject`), or keys and values in
 * turn under the name (`form`, not exploded). Other styles, and Swagger 2 (which has no object parameter), are not checked.
 */
function objectInQueryProblems(spec: Node, p: Node, name: string, object: Node, url: URL): string[] {
  if (typeof spec['swagger'] === 'string') return [];
  const style = typeof p['style'] === 'string' ? p['style'] : 'form';
  const explode = typeof p['explode'] === 'boolean' ? p['explode'] : style === 'form';
  const entries = Object.entries(object).map(([key, value]) => [key, String(value)] as const);
  // OpenAPI 3.2's querystring is the whole query, written as a form: each property its own key.
  if (p['in'] === 'querystring') return keysProblems(name, entries, url);
  if (p['content'] !== undefined) return [];
  const pairs = style === 'deepObject' ? entries.map(([key, value]) => [`${name}[${key}]`, value] as const) : style !== 'form' ? [] : explode ? entries : [[name, entries.flat().join(',')] as const];
  return keysProblems(name, pairs, url);
}

/**
 * A list given a `deepObject` parameter or form field, each item under its index (`expand[0]`), as Rack
 * and `qs` read a list in brackets: OpenAPI defines `deepObject` for objects only, and a repeated key
 * reaches such servers as its last value alone.
 */
function deepListProblems(what: string, name: string, list: readonly unknown[], getAll: (key: string) => string[]): string[] {
  return list.flatMap((item, i) => {
    const found = getAll(`${name}[${i}]`);
    return found.length === 1 && found[0] === String(item) ? [] : [`${what} was given ${JSON.stringify(String(item))} at index ${i} but sent ${shown(found)} for \`${name}[${i}]\``];
  });
}

const isDeepObject = (spec: Node, p: Node): boolean => typeof spec['swagger'] !== 'string' && p['style'] === 'deepObject';

function keysProblems(name: string, pairs: readonly (readonly [string, string])[], url: URL): string[] {
  return pairs.flatMap(([key, value]) => {
    const found = url.searchParams.getAll(key);
    return found.includes(value) ? [] : [`query parameter \`${name}\` was given ${JSON.stringify(value)} for the key \`${key}\` but sent ${shown(found)}`];
  });
}

const SWAGGER_DELIMITERS: Record<string, string> = { csv: ',', ssv: ' ', tsv: '\t', pipes: '|' };
const STYLE_DELIMITERS: Record<string, string> = { form: ',', simple: ',', spaceDelimited: ' ', pipeDelimited: '|' };

/** What the request carries for a parameter, decoded; undefined where it cannot be told (a path that did not match). */
function sentValues(p: GivenParameter, { key, segments, url, request }: Sent): string[] | undefined {
  switch (p.in) {
    case 'path': {
      // Two placeholders side by side (`{row_ids}{.format}`) split the segment where any of its characters could.
      if (key.includes('}{')) return undefined;
      const index = templateNames(key).indexOf(p.name);
      const segment = index < 0 || !segments ? undefined : segments[index + 1];
      return segment === undefined ? undefined : [safeDecode(segment)];
    }
    case 'query':
      return url.searchParams.getAll(p.name);
    case 'header': {
      const value = header(request, p.name);
      return value === undefined ? [] : [value];
    }
    case 'cookie':
      return (header(request, 'cookie') ?? '').split(';').flatMap((c) => {
        const [name, ...value] = c.trim().split('=');
        // Names are tokens (RFC 6265): the client percent-encodes one that is not (`session%20id`).
        return safeDecode(name!) === p.name ? [safeDecode(value.join('='))] : [];
      });
    default:
      return undefined;
  }
}

/** The names of a template's `{name}`s, in order. */
const templateNames = (template: string): string[] => [...template.replace(/[?#].*$/, '').matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export interface PackageWireCheck {
  /** How many examples ran. */
  readonly run: number;
  /** `GET /pets/{id}: path … does not fill …`, one line per problem. */
  readonly problems: readonly string[];
}

/**
 * Runs every example of the package in `out` against a loopback server and checks each request against
 * the spec file; with `everyParameter`, calls with every parameter filled instead of the documented ones.
 * `overlays` are the SDK settings the package was generated with (its method names and arguments); the
 * requests are checked against the spec as written, which settings do not change.
 */
export async function wireCheckPackage(specFile: string, out: string, everyParameter = false, overlays: readonly string[] = []): Promise<PackageWireCheck> {
  const { spec, runs } = await packageRuns(specFile, out, everyParameter, overlays);
  return { run: runs.length, problems: wireProblemsOf(spec, runs) };
}

/** The spec file's document, and the package's examples (or calls with every parameter) run against a loopback server. */
export async function packageRuns(specFile: string, out: string, everyParameter = false, overlays: readonly string[] = []): Promise<{ spec: Node; runs: ExampleRun[] }> {
  const runs = await runExamples(out, everyParameter ? everyParameterExamples(specFile, overlays) : undefined);
  return { spec: readSpecDocument(specFile), runs };
}

/** `GET /pets/{id}: path … does not fill …`, one line per problem of the runs. */
export function wireProblemsOf(spec: Node, runs: readonly ExampleRun[]): string[] {
  return runs.flatMap((r) => wireProblems(spec, r).map((p) => `${r.example.method} ${r.example.path}: ${p}`));
}
