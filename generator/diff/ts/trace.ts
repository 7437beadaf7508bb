/**
 * Links each TypeScript change to the spec changes that explain it, through the IR of both versions: a
 * method and its `…Params`/`…Response` types belong to an operation, its `…Callbacks` to the operation's
 * callbacks; a model type to a component schema;
 * the client options to the security schemes; `WebhookPayloads` and its members to the webhooks.
 */
import type { ApiIR, ModelIR, OperationIR } from '../../ir/types.js';
import type { SpecChange } from '../model.js';
import type { TsChange } from './model.js';
import { coreClientName } from '../../normalize/names.js';
import { nameCompetitors } from './name-competitors.js';

interface Owner {
  readonly operation?: string;
  /** Which of the operation's changes can explain the symbol. */
  readonly part?: 'request' | 'response' | 'signature' | 'callbacks';
  readonly schemaPointers?: readonly string[];
  readonly client?: boolean;
  /** A member of the webhooks' interface: the webhook's name, or `''` for a type any webhook may explain. */
  readonly webhook?: string;
  /** A resource class or the property holding one: the operations in it, its own resources' included. */
  readonly resourceOperations?: readonly string[];
  /** Which of those operations' changes explain the symbol's change: all that add, remove or move them, or only those that move them. */
  readonly resourceChanges?: 'life' | 'place';
}

/**
 * An operation as the trace compares it, `GET /a/{}`: the review labels an operation whose path
 * parameters were renamed by the revision's template, so the base's own (`/a/{id}`, now `/a/{thing_id}`)
 * would match none of its changes.
 */
function endpoint(label: string): string {
  return label.replace(/\{[^}]*\}/g, '{}');
}

function endpointOf(op: OperationIR): string {
  return endpoint(`${op.method} ${op.path}`);
}

/** An operation claiming a symbol: its place in the API's list and its label (an `endpoint`). */
interface Claim {
  readonly order: number;
  readonly label: string;
}

/**
 * The owners of the symbols of one API, looked up by name. A review of Cloudflare's 2023 spec against its
 * 2024 one traces 13,460 TypeScript changes; searching every operation for each took minutes.
 */
interface OwnerIndex {
  /** `Class.method` and `build…Request` → the first operation with it. */
  readonly signatures: ReadonlyMap<string, Claim>;
  /** Type prefix → the operations with it, in the API's order (the first one owns the type). */
  readonly prefixes: ReadonlyMap<string, readonly Claim[]>;
  /** A model's name → the schemas that explain its type: its own, and for a discriminated base's union, its variants'. */
  readonly models: ReadonlyMap<string, readonly string[]>;
  readonly clientNames: ReadonlySet<string>;
  readonly webhooksName?: string | undefined;
  readonly webhookNames: ReadonlySet<string>;
  /** A resource class's name → its path (`realtimeKit.activeSession`). */
  readonly resourcePaths: ReadonlyMap<string, string>;
  /** A resource path → the operations in it and in the resources below it. */
  readonly resourceOperations: ReadonlyMap<string, readonly string[]>;
  /** An operation named by convention → the operations of its resource, whose names its own depends on. */
  readonly conventionalSiblings: ReadonlyMap<string, readonly string[]>;
}

function ownerIndex(api: ApiIR): OwnerIndex {
  const classes = new Map(api.resources.map((r) => [r.path.join('.'), r.className]));
  const signatures = new Map<string, Claim>();
  const prefixes = new Map<string, Claim[]>();
  const claim = (key: string, c: Claim) => void (signatures.has(key) || signatures.set(key, c));
  api.operations.forEach((op, order) => {
    const c = { order, label: endpointOf(op) };
    const className = classes.get(op.resourcePath.join('.'));
    if (className !== undefined) claim(`${className}.${op.methodName}`, c);
    claim(`build${op.typePrefix}Request`, c);
    prefixes.set(op.typePrefix, [...(prefixes.get(op.typePrefix) ?? []), c]);
  });
  const models = new Map<string, string[]>();
  const byKey = new Map(api.models.map((m) => [m.key, m]));
  const split = new Set(api.models.flatMap((m) => m.shapeOf ?? []));
  for (const m of api.models) {
    const pointers = [m.origin.pointer, ...(split.has(m.key) ? variantPointers(m, byKey) : [])];
    // The model as a request and a response carry it (`PetInput`) is explained by the same schemas.
    for (const name of [m.name, m.directedNames?.request, m.directedNames?.response]) if (name !== undefined && !models.has(name)) models.set(name, pointers);
  }
  return {
    signatures,
    prefixes,
    models,
    clientNames: new Set(['ClientOptions', api.client.name, coreClientName(api.client.name)]),
    webhooksName: api.webhooksName,
    webhookNames: new Set(api.webhooks.map((w) => w.name)),
    resourcePaths: new Map(api.resources.map((r) => [r.className, r.path.join('.')])),
    resourceOperations: operationsByResource(api),
    conventionalSiblings: conventionalSiblings(api),
  };
}

function conventionalSiblings(api: ApiIR): Map<string, string[]> {
  const inResource = new Map<string, string[]>();
  for (const op of api.operations) inResource.set(op.resourcePath.join('.'), [...(inResource.get(op.resourcePath.join('.')) ?? []), endpointOf(op)]);
  return new Map(api.operations.filter((op) => op.nameByConvention).map((op) => [endpointOf(op), inResource.get(op.resourcePath.join('.'))!]));
}

function operationsByResource(api: ApiIR): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const op of api.operations) {
    for (let n = 1; n <= op.resourcePath.length; n++) {
      const path = op.resourcePath.slice(0, n).join('.');
      out.set(path, [...(out.get(path) ?? []), endpointOf(op)]);
    }
  }
  return out;
}

/**
 * The operations behind a resource class (`Things`), a resource it holds (`Things.photos`) or one the
 * client holds (`Client.things`, or `class_` for a resource named like a reserved word).
 */
function resourceOperationsOf(top: string, member: string | undefined, index: OwnerIndex): readonly string[] | undefined {
  const own = index.resourcePaths.get(top);
  const under = own === undefined ? (index.clientNames.has(top) ? '' : undefined) : `${own}.`;
  if (under === undefined) return undefined;
  if (member === undefined) return own === undefined ? undefined : index.resourceOperations.get(own);
  return index.resourceOperations.get(`${under}${member}`) ?? index.resourceOperations.get(`${under}${member.replace(/_$/, '')}`);
}

function ownerOf(symbol: string, indexes: readonly OwnerIndex[], change: TsChange['change']): Owner {
  const [top = '', member] = symbol.split('.');
  // A webhook added or removed is named on one side only.
  const webhooks = indexes.map((index) => webhookOf(symbol, index)).filter((w) => w !== undefined);
  if (webhooks.length > 0) return { webhook: webhooks.find((w) => w !== '') ?? '' };
  for (const index of indexes) {
    // The first operation that claims the symbol, as a scan of the operations in order finds it; within
    // one operation its method and its builder come before its type prefix.
    const signature = [member === undefined ? undefined : index.signatures.get(`${top}.${member}`), index.signatures.get(top)]
      .filter((c): c is Claim => c !== undefined)
      .sort((a, b) => a.order - b.order)[0];
    const typed = typedOwner(top, index, indexes);
    if (signature && (!typed || signature.order <= typed.order)) return { operation: signature.label, part: 'signature' };
    if (typed) return { operation: typed.label, part: partOf(top.slice(typed.prefix.length)) };
    // A variant added on one side changes the base's union: both sides' variants explain it.
    if (index.models.has(top)) return { schemaPointers: [...new Set(indexes.flatMap((i) => i.models.get(top) ?? []))] };
    // A resource is there while operations are: added and removed on one side only, so both sides' count.
    // A name that is a model on either side is the model's (a schema added with a resource's name takes it).
    const resource = indexes.some((i) => i.models.has(top)) ? [] : indexes.flatMap((i) => resourceOperationsOf(top, member, i) ?? []);
    if (resource.length > 0) return { resourceOperations: [...new Set(resource)], resourceChanges: change === 'added' || change === 'removed' ? 'life' : 'place' };
    if (index.clientNames.has(top)) return { client: true };
  }
  return {};
}

/** Where the variants a discriminated base's union names are (`Pet` is `Cat | Dog`: `Cat`'s and `Dog`'s schemas). */
function variantPointers(model: ModelIR, byKey: ReadonlyMap<string, ModelIR>): string[] {
  const variants = model.schema.kind === 'union' ? model.schema.variants : [];
  return variants.flatMap((v) => (v.kind === 'ref' ? (byKey.get(v.model)?.origin.pointer ?? []) : []));
}

/**
 * The webhook a symbol of the webhooks' interface belongs to: `WebhookPayloads."pet.sold"` → `pet.sold`;
 * `''` for the interface itself or a nested type (`WebhookPayloads.PetSold.price`), which names no webhook.
 */
function webhookOf(symbol: string, index: OwnerIndex): string | undefined {
  const name = index.webhooksName;
  if (name === undefined || (symbol !== name && !symbol.startsWith(`${name}.`))) return undefined;
  const rest = symbol.slice(name.length + 1);
  // The printer keeps the spec's quotes: `"it's-alive"` or `'pet.sold'`.
  const quoted = /^(["'])((?:(?!\1)[^\\]|\\.)*)\1/.exec(rest);
  const member = quoted ? unquote(quoted[2]!, quoted[1]!) : rest.split('.')[0]!;
  return index.webhookNames.has(member) ? member : '';
}

/** The text of a string literal's body: escapes read, either quote. */
function unquote(body: string, quote: string): string {
  const asJson = quote === "'" ? body.replace(/\\'/g, "'").replace(/"/g, '\\"') : body;
  try {
    return JSON.parse(`"${asJson}"`) as string;
  } catch {
    return body;
  }
}

type TypedClaim = Claim & { prefix: string };

/**
 * The operation a type is named after: the one whose `…Params`, `…Response`, `…Item` or `…Callbacks` it
 * is exactly (`OrgsListWebhookDeliveriesParams` is GitHub's webhook deliveries', not `orgs/list`'s,
 * whose prefix `OrgsList` it also starts with), on this side or, for an operation added or removed, on
 * the other; else, unless a model has the name (`IssuesLockedEvent` is not `issues/lock`'s), the first
 * operation whose prefix it starts with, a word of the name following.
 */
function typedOwner(top: string, index: OwnerIndex, all: readonly OwnerIndex[]): TypedClaim | undefined {
  const exact = exactOwner(top, index);
  if (exact) return exact;
  if (all.some((other) => exactOwner(top, other) !== undefined || other.models.has(top))) return undefined;
  return firstWithPrefix(top, index);
}

function exactOwner(top: string, index: OwnerIndex): TypedClaim | undefined {
  const suffix = OPERATION_TYPE_SUFFIX.exec(top);
  const prefix = suffix ? top.slice(0, suffix.index) : undefined;
  const owner = prefix === undefined ? undefined : index.prefixes.get(prefix)?.[0];
  return owner && prefix !== undefined ? { ...owner, prefix } : undefined;
}

function firstWithPrefix(top: string, index: OwnerIndex): TypedClaim | undefined {
  let best: TypedClaim | undefined;
  for (let length = 0; length <= top.length; length++) {
    if (/^[a-z]/.test(top.slice(length))) continue;
    const prefix = top.slice(0, length);
    const first = index.prefixes.get(prefix)?.[0];
    if (first && (!best || first.order < best.order)) best = { ...first, prefix };
  }
  return best;
}

/** The names `normalize/names.ts` gives an operation's types after its prefix. */
const OPERATION_TYPE_SUFFIX = /(Params|Response|Item|Callbacks)$/;

function partOf(rest: string): 'request' | 'response' | 'callbacks' | undefined {
  if (/^Params\b/.test(rest)) return 'request';
  if (/^(Response|Item)\b/.test(rest)) return 'response';
  if (/^Callbacks\b/.test(rest)) return 'callbacks';
  return undefined;
}

/**
 * A resource has its class while it has operations (added or removed with them); their tags and
 * `x-sdk-resource` place them, and so name it (renamed with them).
 */
function movesOperation(c: SpecChange): boolean {
  return c.rule.startsWith('operation.tag.') || c.site.area === 'extension' || c.site.area === 'tag';
}

/**
 * An operation's types are named after its resource and method (`ActiveSessionCreatePollResponse`), so what
 * names those renames them: its `x-sdk-method`, `x-sdk-resource`, `operationId` and tags (each read as an
 * `operation` or `extension` change, or a move), besides what their content says.
 */
function namesTypes(c: SpecChange): boolean {
  return c.site.area === 'operation' || movesOperation(c);
}

/** A method's arguments come from its parameters and the operation's extensions, not from its body's content. */
const SIGNATURE_AREAS = new Set(['operation', 'parameter', 'extension']);

/**
 * Whether the method takes `params`, and must, follows from its body too: the body added, removed or made
 * required, its root's branches and type (a `oneOf` of two bodies with a required field each gone: no
 * field required any more), and which of its top-level fields are required (`request body application/json /name`).
 */
function shapesArguments(c: SpecChange): boolean {
  if (c.site.area !== 'request-body') return false;
  if (/^request-body\.(added|removed|became)/.test(c.rule)) return true;
  if (/^schema\.((one|any|all)-of|type)\./.test(c.rule) && !c.subject.includes(' /')) return true;
  return /^schema\.property\.(became-required|became-optional|added\.required|removed\.required)/.test(c.rule) && / \/[^/]+$/.test(c.subject);
}

function explains(c: SpecChange, owner: Owner): boolean {
  if (owner.webhook !== undefined) return isAboutWebhook(c, owner.webhook);
  if (owner.operation !== undefined && shapesMethods(c)) return true;
  if (owner.client && isSdkSetting(c) && !isPackageSetting(c)) return true;
  // The client's options come from the security schemes and x-sdk; its environments and serverURL from the servers.
  if (owner.client) return c.site.area === 'security-scheme' || c.site.area === 'global-security' || (c.site.area === 'document' && (c.subject.includes('x-sdk') || c.subject === 'servers'));
  if (owner.resourceOperations) return owner.resourceOperations.includes(endpoint(c.operation)) && (movesOperation(c) || (owner.resourceChanges === 'life' && c.site.area === 'operation'));
  if (owner.operation) {
    if (owner.part === 'callbacks') return endpoint(c.operation).startsWith(callbackLabel(owner.operation)) || (endpoint(c.operation) === owner.operation && namesTypes(c));
    if (endpoint(c.operation) !== owner.operation) return false;
    if (owner.part === 'signature') return (SIGNATURE_AREAS.has(c.site.area) && c.site.container !== 'body') || shapesArguments(c);
    if (owner.part === 'request') return c.site.direction === 'request' || SIGNATURE_AREAS.has(c.site.area);
    if (owner.part === 'response') return c.site.direction === 'response' || namesTypes(c);
    return true;
  }
  const pointers = owner.schemaPointers ?? [];
  const at = placesOf(c);
  // A schema inside a component (its `$defs`, a property a ref names) comes and goes with the component.
  return pointers.some((p) => at.some((x) => x === p || x.startsWith(`${p}/`) || (c.site.area === 'component' && p.startsWith(`${x}/`))));
}

/** A change to the root `x-sdk` settings (each setting is a change of its own). */
function isSdkSetting(c: SpecChange): boolean {
  return pointersOf(c).some((p) => p === '/x-sdk' || p.startsWith('/x-sdk/'));
}

function isPackageSetting(c: SpecChange): boolean {
  return pointersOf(c).every((p) => p.startsWith('/x-sdk/package'));
}

/** The root `x-sdk` settings that shape every method, whose change may explain any operation's symbols. */
const METHOD_SETTINGS = ['/x-sdk/client/unwrap', '/x-sdk/client/unwrapRequired', '/x-sdk/positionalPathParams', '/x-sdk/pathParamsInParams', '/x-sdk/pagination', '/x-sdk/methodNames'];

function shapesMethods(c: SpecChange): boolean {
  // The setting itself: the longer of the two (the other side's is where it was added or removed). A
  // whole `x-sdk` or `client` added or removed may hold any of them.
  const p = pointersOf(c).reduce((a, b) => (b.length > a.length ? b : a), '');
  return p === '/x-sdk' || p === '/x-sdk/client' || METHOD_SETTINGS.some((s) => p === s || p.startsWith(`${s}/`));
}

function pointersOf(c: SpecChange): string[] {
  return [c.base?.pointer, c.revision?.pointer].filter((p) => p !== undefined);
}

/** Where a change is, and where the `$ref`s that led to it part (`SpecChange.via`). */
function placesOf(c: SpecChange): string[] {
  return [...pointersOf(c), c.via?.base?.pointer, c.via?.revision?.pointer].filter((p) => p !== undefined);
}

/** How the review labels the changes of an operation's callbacks: `POST /subscriptions → callback status POST {…}`. */
function callbackLabel(operation: string): string {
  return `${operation} → callback `;
}

/** A change to the webhook of that name (`webhook pet.sold`, `webhook pet.sold POST`), or to any with `''`. */
function isAboutWebhook(c: SpecChange, name: string): boolean {
  const label = `webhook ${name}`;
  return name === '' ? c.operation.startsWith('webhook ') : c.operation === label || c.operation.startsWith(`${label} `);
}

/** Prefers the spec changes about the same member (`Session.meta` → changes under `meta`). */
function narrow(indexes: number[], changes: readonly SpecChange[], symbol: string): number[] {
  const member = symbol.split('.').pop() ?? '';
  if (!symbol.includes('.') || member === '') return indexes;
  const about = indexes.filter((i) => {
    const c = changes[i]!;
    return c.subject.split(/[ /]/).includes(member) || [c.base?.pointer, c.revision?.pointer].some((p) => p?.split('/').includes(member));
  });
  return about.length > 0 ? about : indexes;
}

/** The spec changes by operation and by every pointer prefix of their locations. */
interface ChangeIndex {
  readonly byOperation: ReadonlyMap<string, readonly number[]>;
  readonly byPointer: ReadonlyMap<string, readonly number[]>;
}

function changeIndex(changes: readonly SpecChange[]): ChangeIndex {
  const byOperation = new Map<string, number[]>();
  const byPointer = new Map<string, Set<number>>();
  changes.forEach((c, i) => {
    const operation = endpoint(c.operation);
    byOperation.set(operation, [...(byOperation.get(operation) ?? []), i]);
    for (const pointer of placesOf(c)) {
      const parts = pointer.split('/');
      for (let n = 1; n <= parts.length; n++) {
        const prefix = parts.slice(0, n).join('/');
        byPointer.set(prefix, (byPointer.get(prefix) ?? new Set()).add(i));
      }
    }
  });
  return { byOperation, byPointer: new Map([...byPointer].map(([k, v]) => [k, [...v]])) };
}

/** The changes that can explain a symbol of `owner`: a narrowing of the whole list, then `explains`. */
function candidates(owner: Owner, index: ChangeIndex, all: readonly SpecChange[]): readonly number[] {
  if (owner.operation !== undefined && owner.part === 'callbacks') {
    const label = callbackLabel(owner.operation);
    const callbacks = [...index.byOperation].filter(([operation]) => operation.startsWith(label)).flatMap(([, changes]) => changes);
    return [...(index.byOperation.get(owner.operation) ?? []), ...callbacks];
  }
  if (owner.operation !== undefined) return [...(index.byOperation.get(owner.operation) ?? []), ...(index.byPointer.get('/x-sdk') ?? [])];
  if (owner.resourceOperations) return owner.resourceOperations.flatMap((label) => index.byOperation.get(label) ?? []);
  if (owner.schemaPointers) return owner.schemaPointers.flatMap((p) => [p, ...enclosingComponent(p)].flatMap((q) => index.byPointer.get(q) ?? []));
  return owner.client || owner.webhook !== undefined ? all.map((_, i) => i) : [];
}

/** `/components/schemas/Thing` for a schema inside it (`/components/schemas/Thing/$defs/Meta`); none for the component itself. */
function enclosingComponent(pointer: string): string[] {
  const parts = pointer.split('/');
  return parts.length > 4 && parts[1] === 'components' ? [parts.slice(0, 4).join('/')] : [];
}

/** An operation as the rename pairing tells it: its `endpoint` and its id. */
export interface OperationKey {
  readonly endpoint: string;
  readonly operationId: string;
}

/**
 * The operation a symbol of one API belongs to (its method, builder, `…Params` or `…Response` type);
 * undefined for a model, a resource class or the client.
 */
export function operationOfSymbol(api: ApiIR): (symbol: string) => OperationKey | undefined {
  const index = [ownerIndex(api)];
  const ids = new Map(api.operations.map((op) => [endpointOf(op), op.operationId]));
  // Asked for every candidate of every symbol gone, thousands of times for a common shape.
  const known = new Map<string, OperationKey | undefined>();
  return (symbol) => {
    if (known.has(symbol)) return known.get(symbol);
    const endpoint = ownerOf(symbol, index, 'renamed').operation;
    const key = endpoint === undefined ? undefined : { endpoint, operationId: ids.get(endpoint) ?? '' };
    known.set(symbol, key);
    return key;
  };
}

/** A method's change that is about what it resolves to (`compare.ts` says `return …` or how it pages). */
const RETURN_CHANGE = /(^|; )(return |now pages|no longer pages)/;

export function trace(tsChanges: readonly TsChange[], specChanges: readonly SpecChange[], apis: readonly ApiIR[]): TsChange[] {
  const owners = apis.map(ownerIndex);
  const index = changeIndex(specChanges);
  return tsChanges.map((t) => {
    const owner = ownerOf(t.symbol, owners, t.change);
    const renamedOwner = t.after && t.change === 'renamed' ? ownerOf(t.after, owners, t.change) : {};
    const pool = [...new Set([...candidates(owner, index, specChanges), ...candidates(renamedOwner, index, specChanges)])].sort((a, b) => a - b);
    // What a method resolves to comes from its operation's responses, which its arguments do not.
    const returned: Owner = owner.part === 'signature' && RETURN_CHANGE.test(t.why) ? { ...owner, part: 'response' } : {};
    const hits = pool.filter((i) => [owner, renamedOwner, returned].some((o) => explains(specChanges[i]!, o)));
    const causes = narrow(hits, specChanges, t.symbol);
    if (causes.length > 0) return { ...t, causes };
    const beside = operationsBeside([owner, renamedOwner], owners, specChanges);
    if (beside.length > 0) return { ...t, causes: beside };
    if (t.change === 'changed') return { ...t, causes: modelsReplaced(t, owners, index, specChanges) };
    return { ...t, causes: t.change === 'renamed' ? competitorsOf(t, owners, specChanges) : causes };
  });
}

/**
 * A method named by convention that changed with no change of its own: the operations added to or
 * removed from its resource, which took its name or gave it back (`repos.list` is `listForUser` once
 * `GET /orgs/{org}/repos` joins `GET /users/{user}/repos`).
 */
function operationsBeside(owned: readonly Owner[], owners: readonly OwnerIndex[], changes: readonly SpecChange[]): number[] {
  const siblings = new Set(owned.flatMap((o) => (o.operation === undefined ? [] : owners.flatMap((index) => index.conventionalSiblings.get(o.operation!) ?? []))));
  return changes.flatMap((c, i) => ((c.rule === 'operation.added' || c.rule.startsWith('operation.removed')) && siblings.has(endpoint(c.operation)) ? [i] : []));
}

/** A model renamed with no change of its own: the schemas added or removed that competed for its name. */
function competitorsOf(t: TsChange, owners: readonly OwnerIndex[], changes: readonly SpecChange[]): number[] {
  const pointer = owners[0]?.models.get(t.symbol)?.[0];
  return pointer === undefined ? [] : nameCompetitors(pointer, changes);
}

/**
 * A type that changed only in the models it names (`BillingResponseSingle` to
 * `BillSubsApiBillingResponseSingle`: Cloudflare renamed its components and regrouped their fragments, so
 * the review finds one removed and one added, the same on the wire): the changes that removed, added or
 * renamed those models. Asked only when nothing else explains the change.
 */
function modelsReplaced(t: TsChange, owners: readonly OwnerIndex[], index: ChangeIndex, changes: readonly SpecChange[]): number[] {
  const names = (text: string | undefined): Set<string> => new Set(text?.match(/\b[A-Z][\w$]*/g) ?? []);
  const [before, after] = [names(t.before), names(t.after)];
  const pointers = [
    ...[...before].filter((n) => !after.has(n)).flatMap((n) => owners[0]?.models.get(n)?.slice(0, 1) ?? []),
    ...[...after].filter((n) => !before.has(n)).flatMap((n) => owners[1]?.models.get(n)?.slice(0, 1) ?? []),
  ];
  const found = pointers.flatMap((p) => (index.byPointer.get(p) ?? []).filter((i) => isModelLife(changes[i]!, p)));
  return [...new Set(found)].sort((a, b) => a - b);
}

/** A component schema removed, added or renamed at `pointer` (its own place on the side it is on). */
function isModelLife(c: SpecChange, pointer: string): boolean {
  return /^component\.schema\.(removed|added|renamed)$/.test(c.rule) && (c.base?.pointer === pointer || c.revision?.pointer === pointer);
}
