/**
 * The SDK's shape, declared in the spec's root `x-sdk` extension, with defaults derived from `info` for a
 * spec that has none: any OpenAPI document generates a package.
 */
import type { ClientConfigIR, PackageConfigIR } from '../ir/types.js';
import { kebabCase, pascalCase } from '../util/names.js';
import { asObject, asString } from './context.js';

export function parsePackageConfig(doc: Record<string, unknown>, licenseText?: string): PackageConfigIR {
  const info = asObject(doc['info']) ?? {};
  const pkg = asObject(asObject(doc['x-sdk'])?.['package']) ?? {};
  const license = asObject(info['license']);
  const keywords = Array.isArray(pkg['keywords']) ? pkg['keywords'].filter((k): k is string => typeof k === 'string') : [];
  return {
    name: asString(pkg['name']) ?? (kebabCase(asString(info['title']) ?? 'api') || 'api'),
    version: asString(pkg['version']) ?? asString(info['version']) ?? '0.0.0',
    description: asString(pkg['description']) ?? asString(info['summary']) ?? asString(info['title']) ?? '',
    license: asString(pkg['license']) ?? asString(license?.['identifier']) ?? asString(license?.['name']) ?? 'UNLICENSED',
    repository: asString(pkg['repository']),
    keywords,
    licenseText,
  };
}

export function parseClientConfig(doc: Record<string, unknown>): ClientConfigIR {
  const info = asObject(doc['info']) ?? {};
  const client = asObject(asObject(doc['x-sdk'])?.['client']) ?? {};
  return {
    name: asString(client['name']) ?? `${pascalCase(asString(info['title']) ?? 'Api')}Client`,
    baseURLEnv: asString(client['baseURLEnv']),
    logLevelEnv: asString(client['logLevelEnv']),
  };
}

/** `x-sdk.positionalPathParams`: whether a path parameter without `x-sdk-positional` is positional. */
export function defaultPositional(doc: Record<string, unknown>): boolean {
  return asObject(doc['x-sdk'])?.['positionalPathParams'] !== 'none';
}

/** The first server's URL with its variables' defaults filled in (§4.8.5). */
export function baseURLOf(doc: Record<string, unknown>): string {
  const server = Array.isArray(doc['servers']) ? asObject(doc['servers'][0]) : undefined;
  const url = asString(server?.['url']) ?? '';
  const variables = asObject(server?.['variables']) ?? {};
  return url.replace(/\{([^}]+)\}/g, (whole, name: string) => asString(asObject(variables[name])?.['default']) ?? whole).replace(/\/$/, '');
}
