/** The rule catalogue and the oasdiff map: stable ids, verdicts by direction, ids oasdiff has. */
import { describe, expect, it } from 'vitest';
import type { Site, SpecChange } from '../../generator/diff/model.js';
import { oasdiffId } from '../../generator/diff/oasdiff-map.js';
import { RULES, verdictOf } from '../../generator/diff/rules/index.js';

describe('rules', () => {
  it('have unique ids of the form area.subject.change', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) expect(r.id).toMatch(/^[a-z-]+(\.[a-z-]+)+$/);
  });

  it.each([
    ['narrows', 'request', 'breaking'], ['narrows', 'response', 'not-breaking'],
    ['widens', 'request', 'not-breaking'], ['widens', 'response', 'breaking'],
    ['changes', 'request', 'breaking'], ['changes', 'response', 'breaking'], ['changes', 'none', 'not-breaking'],
    ['neutral', 'response', 'not-breaking'],
  ] as const)('%s in a %s is %s', (effect, direction, want) => expect(verdictOf(effect, direction)).toBe(want));
});

const change = (rule: string, site: Partial<Site>): SpecChange => ({ rule, verdict: 'breaking', site: { direction: 'request', area: 'x', ...site }, operation: 'GET /a', subject: '', message: '' });

describe('oasdiff ids', () => {
  it.each([
    ['schema.max-length.decreased', { container: 'body' }, 'request-body-max-length-decreased'],
    ['schema.max-length.decreased', { container: 'body', nested: true }, 'request-property-max-length-decreased'],
    ['schema.max-length.decreased', { container: 'body', nested: true, readOnly: true }, 'request-read-only-property-max-length-decreased'],
    ['schema.max-length.decreased', { direction: 'response', container: 'body' }, undefined],
    ['schema.enum.value-added', { container: 'parameter', nested: true }, 'request-parameter-property-enum-value-added'],
    ['schema.max-items.decreased', { container: 'parameter', nested: true }, 'request-parameter-max-items-decreased'],
    ['schema.enum.added', { container: 'parameter', nested: true, paramIn: 'header' }, 'request-header-property-became-enum'],
    ['schema.enum.value-removed', { direction: 'response', container: 'body' }, 'response-mediatype-enum-value-removed'],
    ['schema.type.narrowed', { container: 'parameter', nested: true }, 'request-parameter-property-type-specialized'],
    ['schema.type.narrowed', { direction: 'response', container: 'body' }, 'response-body-type-specialized'],
    ['parameter.added.required', { area: 'parameter', pathLevel: true }, 'new-required-request-default-parameter-to-existing-path'],
    ['parameter.added.required', { area: 'parameter', paramIn: 'path' }, 'new-request-path-parameter'],
    ['security.required', { direction: 'none', area: 'global-security' }, 'api-global-security-added'],
    ['extension.changed', { direction: 'none', area: 'extension' }, undefined],
  ] as const)('%s at %j → %s', (rule, site, want) => expect(oasdiffId(change(rule, site as Partial<Site>))).toBe(want));
});

describe('docs/spec-diff.md', () => {
  it('carries the rule table as the code generates it', async () => {
    const { readFileSync } = await import('node:fs');
    const { rulesTable } = await import('../../generator/diff/rules/table.js');
    const doc = readFileSync('docs/spec-diff.md', 'utf8');
    const table = doc.slice(doc.indexOf('<!-- rules:start -->') + '<!-- rules:start -->'.length, doc.indexOf('<!-- rules:end -->')).trim();
    expect(table).toBe(rulesTable());
  });
});
