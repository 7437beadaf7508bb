/**
 * The project's own extensions (root `x-sdk`, and `x-sdk-…` on tags, operations, parameters and security
 * schemes) are configuration: a misspelt key would otherwise be ignored without a word, and the package
 * come out other than meant. An unknown key is a located warning that names the nearest known one; a
 * value of the wrong kind is an error. (Pagination rules are checked where they are read.)
 */
import type { Diagnostic } from '../diagnostics.js';
import { entryDocument, type LoadedSpec } from '../load/load-spec.js';
import { isCount } from '../util/count.js';
import { isPackageName, SEMVER } from '../util/npm.js';
import { joinPointer } from '../util/pointer.js';
import { walkKeys } from '../util/walk.js';
import { closest } from '../util/closest.js';
import { callbackOperationsOf, operationsOf, problem, webhookOperationsOf } from './context.js';
import { isObject } from '../util/json.js';

/** What a setting holds; a list of strings is the values it may take. */
type Kind = 'string' | 'boolean' | 'string list' | 'count' | 'any' | 'package name' | 'semantic version' | readonly string[];
type Shape = Readonly<Record<string, Kind | Readonly<Record<string, Kind>>>>;

/** Root `x-sdk`, key by key: a nested record, or the kind of its value. */
const ROOT: Shape = {
  package: { name: 'package name', version: 'semantic version', description: 'string', license: 'string', licenseFile: 'string', repository: 'string', keywords: 'string list' },
  client: { name: 'string', baseURLEnv: 'string', logLevelEnv: 'string', timeout: 'count', maxRetries: 'count', unwrap: 'string', unwrapRequired: 'boolean' },
  pagination: 'any',
  positionalPathParams: ['all', 'none'],
  methodNames: ['rest', 'operationId'],
  pathParamsInParams: 'string list',
};

/** The `x-sdk-…` extensions on other objects, and the kind of their values. */
const ELSEWHERE: Readonly<Record<string, Kind>> = {
  'x-sdk-resource': 'string',
  'x-sdk-method': 'string',
  'x-sdk-positional': 'boolean',
  'x-sdk-option': 'string',
  'x-sdk-env': 'string',
  'x-sdk-client-id-env': 'string',
  'x-sdk-client-secret-env': 'string',
  'x-sdk-refresh-token-env': 'string',
  'x-sdk-aws-service': 'string',
  'x-sdk-idempotent': 'boolean',
  'x-sdk-unwrap': 'boolean',
  'x-sdk-pagination': 'any',
  'x-sdk-environment': 'string',
  'x-sdk-exclude': 'boolean',
};

export function checkSdkExtensions(spec: LoadedSpec): Diagnostic[] {
  const out: Diagnostic[] = [];
  const root = entryDocument(spec);
  if (root['x-sdk'] !== undefined) checkRecord(spec, spec.entry, '/x-sdk', root['x-sdk'], ROOT, out);
  // Where the setting works: the operations of paths and webhooks, and those of their callbacks.
  const declared = [...operationsOf(spec), ...webhookOperationsOf(spec)];
  const operations = new Set([...declared, ...callbackOperationsOf(spec, declared)].map((site) => `${site.file}#${site.pointer}`));
  for (const [file, source] of spec.sources) {
    walkKeys(source.value, '', (pointer, key, value) => {
      // Root `x-sdk` has its own check; an `x-sdk-…` value is the setting, not more settings.
      if (pointer === '' && key === 'x-sdk') return false;
      if (!key.startsWith('x-sdk-')) return true;
      checkElsewhere(spec, file, pointer, key, value, out);
      if (key === 'x-sdk-exclude' && !operations.has(`${file}#${pointer}`)) out.push(excludeOutsideOperation(spec, file, pointer));
      return false;
    });
  }
  return out;
}

/** `x-sdk-exclude` leaves an operation of `paths`, a webhook or a callback out of the SDK; anywhere else (a schema) it does nothing. */
function excludeOutsideOperation(spec: LoadedSpec, file: string, pointer: string): Diagnostic {
  const message = 'x-sdk-exclude leaves an operation (of `paths`, a webhook or a callback) out of the SDK; here, on something else, it does nothing';
  return { ...problem(spec, file, joinPointer(pointer, 'x-sdk-exclude'), 'sdk-exclude-not-operation', message), severity: 'warning' };
}

function checkRecord(spec: LoadedSpec, file: string, pointer: string, value: unknown, shape: Shape, out: Diagnostic[]): void {
  if (!isObject(value)) {
    out.push(problem(spec, file, pointer, 'sdk-config-type', `${dotted(pointer)} must be a mapping`));
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    const at = joinPointer(pointer, key);
    const expected = Object.hasOwn(shape, key) ? shape[key]! : undefined;
    if (expected === undefined) out.push(unknownKey(spec, file, at, key, settingsOf(shape), Object.keys(shape)));
    else if (typeof expected === 'object' && !Array.isArray(expected)) checkRecord(spec, file, at, item, expected as Shape, out);
    else checkKind(spec, file, at, item, expected, out);
  }
}

function checkElsewhere(spec: LoadedSpec, file: string, pointer: string, key: string, value: unknown, out: Diagnostic[]): void {
  const at = joinPointer(pointer, key);
  const expected = Object.hasOwn(ELSEWHERE, key) ? ELSEWHERE[key]! : undefined;
  if (expected === undefined) out.push(unknownKey(spec, file, at, key, Object.keys(ELSEWHERE), Object.keys(ELSEWHERE)));
  else checkKind(spec, file, at, value, expected, out);
}

function checkKind(spec: LoadedSpec, file: string, pointer: string, value: unknown, kind: Kind, out: Diagnostic[]): void {
  if (Array.isArray(kind)) {
    if (!kind.includes(value as string)) out.push(problem(spec, file, pointer, 'sdk-config-type', `${dotted(pointer)} must be one of ${kind.join(', ')}, got ${JSON.stringify(value)}`));
    return;
  }
  const simple = kind as SimpleKind;
  if (!fits(value, simple)) out.push(problem(spec, file, pointer, 'sdk-config-type', `${dotted(pointer)} must be ${WHAT[simple] ?? `a ${simple}`}, got ${JSON.stringify(value)}`));
}

const WHAT: Readonly<Record<string, string>> = {
  count: 'a whole number, 0 or more',
  // What npm takes: it refuses to pack or publish anything else.
  'package name': 'an npm package name (lower case, URL-safe, at most 214 characters, optionally @scope/)',
  'semantic version': 'a semantic version npm takes (1.2.3, 2.0.0-beta.1)',
};

type SimpleKind = Exclude<Kind, readonly string[]>;

function fits(value: unknown, kind: SimpleKind): boolean {
  switch (kind) {
    case 'any':
      return true;
    case 'string list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'count':
      return isCount(value);
    case 'package name':
      return typeof value === 'string' && isPackageName(value);
    case 'semantic version':
      return typeof value === 'string' && SEMVER.test(value);
    default:
      return typeof value === kind;
  }
}

/** A record's settings, nested ones as `client.name`: a key put one level too high is a likely slip. */
function settingsOf(shape: Shape): string[] {
  return Object.entries(shape).flatMap(([key, kind]) => (typeof kind === 'object' && !Array.isArray(kind) ? [key, ...Object.keys(kind).map((child) => `${key}.${child}`)] : [key]));
}

/** `candidates`: what a misspelling may have meant; `listed`: what the message lists when nothing is close. */
function unknownKey(spec: LoadedSpec, file: string, pointer: string, key: string, candidates: readonly string[], listed: readonly string[]): Diagnostic {
  const nearest = closest(key, candidates);
  const parent = dotted(pointer).split('.').slice(0, -1).join('.');
  const hint = nearest ? `; did you mean ${parent === '' ? nearest : `${parent}.${nearest}`}?` : `; known: ${listed.join(', ')}`;
  return { ...problem(spec, file, pointer, 'sdk-config-unknown', `${dotted(pointer)} is not a setting the generator knows, so it is ignored${hint}`), severity: 'warning' };
}

/** `/x-sdk/client/name` → `x-sdk.client.name`, the way the README names settings. */
function dotted(pointer: string): string {
  const parts = pointer.split('/').slice(1);
  const sdkAt = parts.findIndex((p) => p.startsWith('x-sdk'));
  return parts.slice(Math.max(0, sdkAt)).join('.');
}
