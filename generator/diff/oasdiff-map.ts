/**
 * Our rule ids → oasdiff's (github.com/oasdiff/oasdiff), for scoring against its test fixtures and for
 * readers who know its changelog. A rule names a suffix; the site supplies oasdiff's prefix
 * (`request-body-`, `request-property-`, `request-parameter-`, `response-body-`, …), with the few
 * exceptions oasdiff makes listed here.
 */
import type { Site, SpecChange } from './model.js';
import { OASDIFF_SITES } from './oasdiff-sites.js';
import { ruleById } from './rules/index.js';

/** oasdiff keeps `request-parameter-property-…` ids only for these; other nested changes use `request-parameter-…`. */
const PARAMETER_PROPERTY = new Set([
  'enum-value-added', 'enum-value-removed', 'type-changed', 'type-generalized', 'type-specialized',
  'became-nullable', 'became-not-nullable', 'list-of-types-widened', 'list-of-types-narrowed',
]);

/** Suffixes with a `request-read-only-property-…` variant, used inside read-only properties. */
const READ_ONLY = new Set(['enum-value-removed', 'exclusive-max-decreased', 'exclusive-min-increased', 'max-decreased', 'max-length-decreased', 'min-increased']);

export function prefixOf(site: Site, suffix: string): string | undefined {
  const nested = site.nested === true;
  if (site.direction === 'request') {
    if (site.container === 'body') return nested ? 'request-property' : 'request-body';
    if (site.container !== 'parameter') return undefined;
    if (nested && site.paramIn === 'header' && suffix === 'became-enum') return 'request-header-property';
    return nested && PARAMETER_PROPERTY.has(suffix) ? 'request-parameter-property' : 'request-parameter';
  }
  if (site.direction === 'response') {
    if (site.container === 'body') return nested ? 'response-property' : 'response-body';
    if (site.container === 'header') return 'response-header';
  }
  return undefined;
}

export function oasdiffId(change: SpecChange): string | undefined {
  const ref = ruleById(change.rule).oasdiff;
  const pick = typeof ref === 'string' ? ref : ref?.[change.site.direction];
  if (pick === undefined) return undefined;
  if (pick.startsWith('=')) return whole(change, pick.slice(1));
  const suffix = exceptionalSuffix(change, pick);
  if (change.site.readOnly && change.site.direction === 'request' && READ_ONLY.has(suffix)) return `request-read-only-property-${suffix}`;
  const prefix = prefixOf(change.site, suffix);
  if (prefix === 'response-body' && suffix === 'enum-value-removed') return 'response-mediatype-enum-value-removed';
  return prefix !== undefined && exists(prefix, suffix) ? `${prefix}-${suffix}` : undefined;
}

function exists(prefix: string, suffix: string): boolean {
  const short = prefix.replace(/^request-/, 'rq-').replace(/^response-/, 'rs-');
  return (OASDIFF_SITES[suffix] ?? '').split(' ').includes(short);
}

function exceptionalSuffix(change: SpecChange, suffix: string): string {
  const { site } = change;
  if (change.rule === 'schema.type.narrowed' && site.container === 'parameter' && site.nested) return 'type-specialized';
  return suffix;
}

function whole(change: SpecChange, id: string): string {
  const { site } = change;
  if (site.area === 'global-security') return id.replace(/^api-security-/, 'api-global-security-');
  if (site.area === 'parameter' && change.rule.startsWith('parameter.added.')) {
    if (site.paramIn === 'path') return 'new-request-path-parameter';
    if (site.pathLevel) return id.replace(/^new-(required|optional)-request-parameter$/, 'new-$1-request-default-parameter-to-existing-path');
  }
  return id;
}
