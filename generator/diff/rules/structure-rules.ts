/**
 * Rules for a schema's structure: properties and their requiredness, composition (oneOf, anyOf, allOf,
 * not, discriminator) and the sub-schema keywords of JSON Schema 2020-12 (OpenAPI 3.1).
 */
import { rule, type Rule } from './rule.js';

const PROPERTY_RULES: Rule[] = [
  rule('schema.property.added.required', 'narrows', 'required property added', { request: '=new-required-request-property', response: '=response-required-property-added' }),
  rule('schema.property.added.required-with-default', 'narrows', 'required property with a default added', { request: '=new-required-request-property-with-default', response: '=response-required-property-added' }),
  rule('schema.property.added.optional', 'neutral', 'optional property added', { request: '=new-optional-request-property', response: '=response-optional-property-added' }),
  rule('schema.property.removed.required', { request: 'undecidable', response: 'breaking' }, 'required property removed', { request: '=request-property-removed', response: '=response-required-property-removed' },
    'in a request: whether the server rejects or ignores a property it no longer declares is not in the spec'),
  rule('schema.property.removed.optional', { request: 'undecidable', response: 'undecidable' }, 'optional property removed', { request: '=request-property-removed', response: '=response-optional-property-removed' },
    'the property may still be sent or returned as an undeclared one; whether clients depend on it is not in the spec'),
  rule('schema.property.became-required', 'narrows', 'property became required', { request: '=request-property-became-required', response: '=response-property-became-required' }),
  rule('schema.property.became-optional', 'widens', 'property became optional', { request: '=request-property-became-optional', response: '=response-property-became-optional' }),
  rule('schema.property.became-read-only', { request: 'undecidable', response: 'not-breaking' }, 'property became read-only'),
  rule('schema.property.became-not-read-only', 'neutral', 'property is no longer read-only'),
  rule('schema.property.became-write-only', { request: 'not-breaking', response: 'undecidable' }, 'property became write-only (no longer returned)'),
  rule('schema.property.became-not-write-only', 'neutral', 'property is no longer write-only'),
  rule('schema.forbidden', 'narrows', 'became `false`: no value is valid'),
  rule('schema.allowed', 'widens', 'was `false` (no value was valid), now allows values'),
  rule('schema.deprecated', 'neutral', 'deprecated', { request: '=request-property-deprecated', response: '=response-property-deprecated' }),
  rule('schema.reactivated', 'neutral', 'no longer deprecated', { request: '=request-property-reactivated', response: '=response-property-reactivated' }),
  rule('schema.additional-properties.disallowed', 'narrows', 'additional properties no longer allowed'),
  rule('schema.additional-properties.allowed', 'widens', 'additional properties allowed'),
  rule('schema.additional-properties.added', 'narrows', 'additional properties constrained by a schema'),
  rule('schema.additional-properties.removed', 'widens', 'additional properties no longer constrained'),
  rule('schema.items.added', 'narrows', 'array items constrained by a schema'),
  rule('schema.items.removed', 'widens', 'array items no longer constrained'),
];

const FOLLOWS = 'follows oasdiff: the effect depends on how the branches overlap, which the diff does not evaluate';

const COMPOSITION_RULES: Rule[] = [
  rule('schema.one-of.added', 'widens', 'oneOf branch added', 'one-of-added'),
  rule('schema.one-of.removed', 'narrows', 'oneOf branch removed', 'one-of-removed'),
  rule('schema.any-of.added', 'neutral', 'anyOf branch added', 'any-of-added', FOLLOWS),
  rule('schema.any-of.removed', 'narrows', 'anyOf branch removed', 'any-of-removed'),
  rule('schema.all-of.added', 'narrows', 'allOf branch added', 'all-of-added'),
  rule('schema.all-of.removed', { request: 'undecidable', response: 'not-breaking' }, 'allOf branch removed', 'all-of-removed', `${FOLLOWS}; an allOf regrouped (a branch replaced by others) is compared flattened instead`),
  rule('schema.all-of.added-annotation-only', 'neutral', 'allOf branch without constraints added', 'all-of-added-annotation-only'),
  rule('schema.all-of.removed-annotation-only', 'neutral', 'allOf branch without constraints removed', 'all-of-removed-annotation-only'),
  rule('schema.not.added', 'narrows', '`not` set'),
  rule('schema.not.removed', 'widens', '`not` removed'),
  // The wrapping itself breaks nothing: what changed is reported against the branches (wrapped-any-of.ts).
  rule('schema.wrapped-in-any-of', { request: 'not-breaking', response: 'not-breaking', none: 'not-breaking' }, 'schema replaced by an anyOf, compared with each branch'),
  rule('schema.unwrapped-from-any-of', { request: 'not-breaking', response: 'not-breaking', none: 'not-breaking' }, 'anyOf replaced by one schema, compared with each former branch'),
  rule('schema.wrapped-in-one-of', 'changes', 'schema replaced by a oneOf of variants of it', 'wrapped-in-one-of'),
  rule('schema.discriminator.added', 'neutral', 'discriminator added', 'discriminator-added'),
  rule('schema.discriminator.removed', 'neutral', 'discriminator removed', 'discriminator-removed'),
  rule('schema.discriminator.property-name-changed', 'neutral', 'discriminator property changed', 'discriminator-property-name-changed'),
  rule('schema.discriminator.mapping-added', 'neutral', 'discriminator mapping added', 'discriminator-mapping-added'),
  rule('schema.discriminator.mapping-removed', 'neutral', 'discriminator mapping removed', 'discriminator-mapping-deleted'),
  rule('schema.discriminator.mapping-changed', 'neutral', 'discriminator mapping changed', 'discriminator-mapping-changed'),
];

/** Keywords whose presence adds a constraint: `[keyword, rule id part, oasdiff name]`. */
export const SUBSCHEMA_KEYWORDS: readonly (readonly [string, string, string])[] = [
  ['contains', 'contains', 'contains'],
  ['propertyNames', 'property-names', 'property-names'],
  ['if', 'if', 'if'],
  ['then', 'then', 'then'],
  ['else', 'else', 'else'],
  ['unevaluatedItems', 'unevaluated-items', 'unevaluated-items'],
  ['unevaluatedProperties', 'unevaluated-properties', 'unevaluated-properties'],
  ['contentSchema', 'content-schema', 'content-schema'],
];

const SUBSCHEMA_RULES: Rule[] = [
  ...SUBSCHEMA_KEYWORDS.flatMap(([keyword, id, name]) => [
    rule(`schema.${id}.added`, 'narrows', `\`${keyword}\` set`, `${name}-added`),
    rule(`schema.${id}.removed`, 'widens', `\`${keyword}\` removed`, `${name}-removed`),
  ]),
  rule('schema.prefix-items.added', { request: 'not-breaking', response: 'breaking' }, '`prefixItems` set', 'prefix-items-added',
    'follows oasdiff: the leading items are validated by prefixItems instead of `items`'),
  rule('schema.prefix-items.removed', { request: 'breaking', response: 'not-breaking' }, '`prefixItems` removed', 'prefix-items-removed',
    'follows oasdiff: the leading items are validated by `items` again'),
  rule('schema.pattern-property.added', 'narrows', 'patternProperties entry added', 'pattern-property-added'),
  rule('schema.pattern-property.removed', 'widens', 'patternProperties entry removed', 'pattern-property-removed'),
  rule('schema.dependent-required.added', 'narrows', 'dependentRequired entry added', 'dependent-required-added'),
  rule('schema.dependent-required.removed', 'widens', 'dependentRequired entry removed', 'dependent-required-removed'),
  rule('schema.dependent-required.changed', 'changes', 'dependentRequired entry changed', 'dependent-required-changed'),
  rule('schema.dependent-schema.added', 'narrows', 'dependentSchemas entry added', 'dependent-schema-added'),
  rule('schema.dependent-schema.removed', 'widens', 'dependentSchemas entry removed', 'dependent-schema-removed'),
];

export const STRUCTURE_RULES: readonly Rule[] = [...PROPERTY_RULES, ...COMPOSITION_RULES, ...SUBSCHEMA_RULES];
