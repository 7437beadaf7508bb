/**
 * The plan step: which declaration lives in which file, under which final name, and what each file
 * must import. Emitters only name the symbols they use; this step alone turns names into imports.
 */
import type { ApiIR, ModelIR, OperationIR, ResourceIR } from '../ir/types.js';
import { builderName, callbacksTypeName, coreClientName, itemTypeName, paramsTypeName, responseTypeName } from '../normalize/names.js';
import { createHash } from 'node:crypto';
import { kebabCase } from '../util/names.js';
import { bodyChoice, paramsMembers } from '../emit/operation-shape.js';
import { successResponse } from '../ir/success-response.js';
import { modelByKey } from '../ir/model-lookup.js';
import { operationsOfResource } from '../ir/resource-operations.js';

export type SymbolKind = 'type' | 'value';

export interface SymbolEntry {
  readonly file: string;
  readonly kind: SymbolKind;
  /** Imported by other generated files, but not exported by the package. */
  readonly internal?: boolean;
}

export type PlannedUnit =
  | { readonly kind: 'models'; readonly path: string }
  | { readonly kind: 'resource'; readonly path: string; readonly resource: ResourceIR; readonly operations: readonly OperationIR[]; readonly children: readonly ResourceIR[] }
  | { readonly kind: 'client'; readonly path: string; readonly roots: readonly ResourceIR[] }
  /** The environment variables the client reads; `browser`: the twin the browser build puts in its place. */
  | { readonly kind: 'environment'; readonly path: string; readonly browser: boolean }
  | { readonly kind: 'index'; readonly path: string };

export interface Plan {
  readonly units: readonly PlannedUnit[];
  readonly symbols: ReadonlyMap<string, SymbolEntry>;
}

export const CORE_INDEX = 'src/core/index.ts';
export const RUNTIME_SYMBOLS: Readonly<Record<string, SymbolKind>> = {
  APIPromise: 'value', APIResource: 'value', BaseClient: 'value', awsRegion: 'value', awsSigV4: 'value', credentialsPerCall: 'value', oauthClient: 'value', authorizationURL: 'value', exchangeCode: 'value', deviceAuthorization: 'value', withIdempotencyKey: 'value', deepObjectQuery: 'value', reservedQuery: 'value', delimitedQuery: 'value', explodedQuery: 'value', mergeQuery: 'value', isRequestOptions: 'value', encodeCookies: 'value', encodeForm: 'value', encodeJSONLines: 'value', encodeJSONSeq: 'value', encodeMultipart: 'value', encodePath: 'value', encodeStyledPath: 'value', operationServerURL: 'value', paginate: 'value', placeCredentials: 'value', SDKError: 'value', Stream: 'value',
  BuiltRequest: 'type', ClientConfig: 'type', CoreClientOptions: 'type', PagePromise: 'type', RefreshedTokens: 'type', RequestOptions: 'type', SignInFlow: 'type', AuthorizationURLParams: 'type', AuthorizationRequest: 'type', CodeExchangeParams: 'type', SignInTokens: 'type', DeviceAuthorization: 'type', DeviceAuthorizationParams: 'type', DeviceFlow: 'type', Uploadable: 'type',
};

const ENVIRONMENT_FILE = 'src/environment.ts';
/** camelCase values: no model, resource class or builder name (PascalCase, `build…`) can take them. */
export const ENVIRONMENT_SYMBOLS = ['environmentVariables', 'authHelp'] as const;

export function plan(api: ApiIR): Plan {
  const symbols = new Map<string, SymbolEntry>(Object.entries(RUNTIME_SYMBOLS).map(([name, kind]) => [name, { file: CORE_INDEX, kind }]));
  const units: PlannedUnit[] = [];
  if (api.models.length > 0 || api.webhooksName !== undefined) {
    units.push({ kind: 'models', path: 'src/models.ts' });
    for (const name of api.models.flatMap(modelTypeNames)) symbols.set(name, { file: 'src/models.ts', kind: 'type' });
    if (api.webhooksName !== undefined) symbols.set(api.webhooksName, { file: 'src/models.ts', kind: 'type' });
  }
  for (const resource of api.resources) {
    const unit = resourceUnit(api, resource);
    units.push(unit);
    symbols.set(resource.className, { file: unit.path, kind: 'value' });
    for (const op of unit.operations) addOperationSymbols(api, symbols, op, unit.path);
  }
  units.push({ kind: 'environment', path: ENVIRONMENT_FILE, browser: false });
  units.push({ kind: 'environment', path: 'src/environment.browser.ts', browser: true });
  for (const name of ENVIRONMENT_SYMBOLS) symbols.set(name, { file: ENVIRONMENT_FILE, kind: 'value', internal: true });
  units.push({ kind: 'client', path: 'src/client.ts', roots: api.resources.filter((r) => r.path.length === 1) });
  symbols.set(api.client.name, { file: 'src/client.ts', kind: 'value' });
  symbols.set(coreClientName(api.client.name), { file: 'src/client.ts', kind: 'value' });
  symbols.set('ClientOptions', { file: 'src/client.ts', kind: 'type' });
  units.push({ kind: 'index', path: 'src/index.ts' });
  return { units, symbols };
}

function resourceUnit(api: ApiIR, resource: ResourceIR): Extract<PlannedUnit, { kind: 'resource' }> {
  const key = resource.path.join('.');
  const operations = operationsOfResource(api, resource.path);
  const children = api.resources.filter((r) => r.path.length === resource.path.length + 1 && r.path.slice(0, -1).join('.') === key);
  return { kind: 'resource', path: resourceFilePath(resource, children.length > 0), resource, operations, children };
}

/** `realtime-kit/realtime-kit.ts` for a resource with children, `realtime-kit/active-session.ts` for a leaf. */
export function resourceFilePath(resource: ResourceIR, hasChildren: boolean): string {
  const segs = resource.path.map(fileSegment);
  const dir = hasChildren ? segs : segs.slice(0, -1);
  return ['src', 'resources', ...dir, `${segs[segs.length - 1]}.ts`].join('/');
}

/** File systems refuse names over 255 bytes; a segment is kept well under, with the package's path before it. */
const MAX_SEGMENT = 100;

/** A resource's name as a file or folder name: kebab-case, and a long one cut, with a hash of the whole to keep it apart. */
function fileSegment(name: string): string {
  const kebab = kebabCase(name);
  if (kebab.length <= MAX_SEGMENT) return kebab;
  return `${kebab.slice(0, MAX_SEGMENT - 9)}-${createHash('sha256').update(kebab).digest('hex').slice(0, 8)}`;
}

/** An operation without params or without a response body declares no such type, so exports none. */
function addOperationSymbols(api: ApiIR, symbols: Map<string, SymbolEntry>, op: OperationIR, file: string): void {
  const lookup = (key: string) => modelByKey(api, key)?.schema;
  if (paramsMembers(op, lookup).length > 0 || bodyChoice(op, lookup)) symbols.set(paramsTypeName(op), { file, kind: 'type' });
  if (successResponse(op)?.schema) symbols.set(responseTypeName(op), { file, kind: 'type' });
  if (op.pagination) symbols.set(itemTypeName(op), { file, kind: 'type' });
  if (op.callbacks) symbols.set(callbacksTypeName(op), { file, kind: 'type' });
  symbols.set(builderName(op), { file, kind: 'value' });
}

/** The types a model declares: its own, and those of its shapes one way (`CategoryInput`). */
export function modelTypeNames(model: ModelIR): string[] {
  return [model.name, ...Object.values(model.directedNames ?? {}).filter((name) => name !== undefined)];
}
