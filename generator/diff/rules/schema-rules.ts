/**
 * Rules for changes inside a schema (JSON Schema keywords as OpenAPI 3.0 and 3.1 use them). They apply
 * wherever a schema sits: request and response bodies, parameters, headers; the site decides the verdict.
 */
import { rule, type Rule } from './rule.js';

const UNDECIDED_IN_REQUESTS = { request: 'undecidable', response: 'not-breaking' } as const;
/** A request default is what the server assumes when the client omits the value: changing it changes what
 * an unchanged request does. In a response it only documents. */
/** Why pattern changes do not break responses. */
const PATTERN = 'follows oasdiff: a client reads the value as a string whatever its pattern, so a response pattern is informational';
const DEFAULTS = { request: 'breaking', response: 'not-breaking' } as const;

/** Numeric, length and count bounds: `[keyword id, oasdiff name, upper?]`. */
export const BOUNDS: readonly (readonly [string, string, string, boolean])[] = [
  ['maximum', 'maximum', 'max', true],
  ['exclusiveMaximum', 'exclusive-maximum', 'exclusive-max', true],
  ['maxLength', 'max-length', 'max-length', true],
  ['maxItems', 'max-items', 'max-items', true],
  ['maxProperties', 'max-properties', 'max-properties', true],
  ['maxContains', 'max-contains', 'max-contains', true],
  ['minimum', 'minimum', 'min', false],
  ['exclusiveMinimum', 'exclusive-minimum', 'exclusive-min', false],
  ['minLength', 'min-length', 'min-length', false],
  ['minItems', 'min-items', 'min-items', false],
  ['minProperties', 'min-properties', 'min-properties', false],
  ['minContains', 'min-contains', 'min-contains', false],
];

function boundRules(): Rule[] {
  return BOUNDS.flatMap(([keyword, id, name, upper]) => {
    const tighter = upper ? 'decreased' : 'increased';
    const looser = upper ? 'increased' : 'decreased';
    return [
      rule(`schema.${id}.${tighter}`, 'narrows', `${keyword} ${tighter}`, `${name}-${tighter}`),
      rule(`schema.${id}.${looser}`, 'widens', `${keyword} ${looser}`, `${name}-${looser}`),
      rule(`schema.${id}.set`, UNDECIDED_IN_REQUESTS, `${keyword} set where there was none`, `${name}-set`,
        'a new bound where values were unbounded: whether clients send values beyond it is not in the spec'),
      rule(`schema.${id}.unset`, 'widens', `${keyword} removed`, `${name}-unset`),
    ];
  });
}

const TYPE_RULES: Rule[] = [
  rule('schema.type.changed', 'changes', 'type changed', 'type-changed'),
  rule('schema.type.widened', 'widens', 'type widened (accepts more types)', 'type-generalized'),
  rule('schema.type.narrowed', 'narrows', 'type narrowed (accepts fewer types)', { request: 'type-changed', response: 'type-specialized' }),
  rule('schema.type.removed', 'widens', '`type` removed: any type is allowed', { request: 'type-generalized', response: 'type-changed' }),
  rule('schema.type.added', 'narrows', '`type` set where any type was allowed', { request: 'type-changed', response: 'type-specialized' }),
  rule('schema.type.compatible', 'neutral', 'type changed between object and string in a media type that is not JSON', 'type-compatible'),
  rule('schema.type.reinterpreted', UNDECIDED_IN_REQUESTS, 'parameter type changed to string: the text clients send stays valid, its meaning may not', 'type-changed'),
  rule('schema.type.became-array', 'widens', 'parameter became an array of the same values (form, explode)', 'type-generalized'),
  rule('schema.types.widened', 'widens', 'list of types widened', 'list-of-types-widened'),
  rule('schema.types.narrowed', 'narrows', 'list of types narrowed', 'list-of-types-narrowed'),
  rule('schema.format.changed', 'changes', 'format changed', 'type-changed'),
  rule('schema.format.added', 'narrows', 'format set'),
  rule('schema.format.removed', 'widens', 'format removed'),
  rule('schema.nullable.added', 'widens', 'became nullable', 'became-nullable'),
  rule('schema.nullable.removed', 'narrows', 'became not nullable', 'became-not-nullable'),
];

const VALUE_RULES: Rule[] = [
  rule('schema.enum.added', 'narrows', 'became an enum', 'became-enum'),
  rule('schema.enum.removed', 'widens', 'no longer an enum'),
  rule('schema.enum.value-added', { request: 'not-breaking', response: 'undecidable' }, 'enum value added', 'enum-value-added',
    'a client may or may not handle a value it has never seen; the spec cannot tell'),
  rule('schema.enum.value-removed', 'narrows', 'enum value removed', 'enum-value-removed'),
  rule('schema.enum.open-value-added', 'neutral', 'open enum value added', undefined,
    'x-ms-enum modelAsString: true on both sides: clients take values the enum does not list'),
  rule('schema.enum.open-value-removed', { request: 'breaking', response: 'not-breaking' }, 'open enum value removed'),
  rule('schema.enum.opened', 'widens', 'enum became open (modelAsString: true): other values may come'),
  rule('schema.enum.closed', 'narrows', 'enum became closed (modelAsString no longer true): only the listed values'),
  rule('schema.x-extensible-enum.value-added', 'neutral', 'x-extensible-enum value added'),
  rule('schema.x-extensible-enum.value-removed', { request: 'breaking', response: 'not-breaking' }, 'x-extensible-enum value removed', 'x-extensible-enum-value-removed'),
  rule('schema.const.added', 'narrows', 'const set', 'const-added'),
  rule('schema.const.removed', 'widens', 'const removed', 'const-removed'),
  rule('schema.const.changed', 'changes', 'const changed', 'const-changed'),
  rule('schema.pattern.added', 'narrows', 'pattern set', 'pattern-added'),
  rule('schema.pattern.removed', 'neutral', 'pattern removed', 'pattern-removed', PATTERN),
  rule('schema.pattern.generalized', 'neutral', 'pattern now matches any string', 'pattern-generalized', PATTERN),
  rule('schema.pattern.changed', { request: 'undecidable', response: 'not-breaking' }, 'pattern changed', 'pattern-changed',
    'a pattern outside the regular part of the syntax (a backreference, a lookaround, a word boundary) or too large to compare: whether it accepts all the other did is not decided; in responses, ' + PATTERN),
  rule('schema.pattern.rewritten', 'neutral', 'pattern rewritten, matching the same strings'),
  rule('schema.pattern.widened', 'neutral', 'pattern widened: it matches every string it did, and more', 'pattern-changed', PATTERN),
  rule('schema.pattern.narrowed', 'narrows', 'pattern narrowed: some strings it matched no longer do', 'pattern-changed'),
  rule('schema.pattern.replaced', { request: 'breaking', response: 'not-breaking' }, 'pattern changed: some strings it matched no longer do, others now do', 'pattern-changed', PATTERN),
  rule('schema.default.added', DEFAULTS, 'default set', 'default-value-added'),
  rule('schema.default.removed', DEFAULTS, 'default removed', 'default-value-removed'),
  rule('schema.default.changed', DEFAULTS, 'default changed', 'default-value-changed'),
  rule('schema.content-media-type.changed', 'changes', 'contentMediaType changed', 'content-media-type-changed'),
  rule('schema.content-encoding.changed', 'changes', 'contentEncoding changed', 'content-encoding-changed'),
];

/** `uniqueItems` and `multipleOf`: constraints on a list's items and a number's steps, not bounds. */
const STEP_RULES: Rule[] = [
  rule('schema.unique-items.added', UNDECIDED_IN_REQUESTS, 'uniqueItems set: items must differ', undefined,
    'whether clients send a list with repeated items is not in the spec'),
  rule('schema.unique-items.removed', 'widens', 'uniqueItems removed: items may repeat'),
  rule('schema.multiple-of.set', UNDECIDED_IN_REQUESTS, 'multipleOf set where there was none', undefined,
    'a new step where any number was allowed: whether clients send numbers off it is not in the spec'),
  rule('schema.multiple-of.unset', 'widens', 'multipleOf removed'),
  rule('schema.multiple-of.narrowed', 'narrows', 'multipleOf changed to a multiple of the old one: fewer numbers allowed'),
  rule('schema.multiple-of.widened', 'widens', 'multipleOf changed to a divisor of the old one: more numbers allowed'),
  rule('schema.multiple-of.changed', 'changes', 'multipleOf changed'),
];

export const SCHEMA_RULES: readonly Rule[] = [...TYPE_RULES, ...VALUE_RULES, ...boundRules(), ...STEP_RULES];
