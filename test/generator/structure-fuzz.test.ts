/**
 * Specs broken at random in their structure (seeded, so a failure replays): a node replaced by a value of
 * another kind, removed, or copied from elsewhere in the document, a keyword added where it may not
 * belong. Whatever the damage, generating either gives a package or throws the errors of the spec, each
 * located in it (line and column), strict and lenient; and the review of the change from the intact spec
 * ends with an exit code. So does an overlay of random actions (queries of every shape, some no JSONPath;
 * updates of every kind; removals; copies). Any other exception is a crash a user would meet as an
 * internal error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../generator/diagnostics.js';
import { SpecError } from '../../generator/diagnostics.js';
import { runDiff } from '../../generator/diff/command.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { generateInMemory } from '../../generator/pipeline.js';
import { random } from '../helpers/random.js';

const FIXTURES = ['spec/openapi.yaml', 'test/fixtures/edge/openapi.yaml', 'test/fixtures/webhooks/openapi.yaml', 'test/fixtures/openapi-3.2/openapi.yaml', 'test/fixtures/streams/openapi.yaml'];

/** Values of every kind, and some that look like what OpenAPI puts where they land. */
const VALUES: readonly unknown[] = [null, 42, -1, 1.5, 'x', '', [], {}, true, ['a'], { type: 'string' }, { type: 'integer', maximum: 3 },
  { $ref: '#/components/schemas/Nope' }, { $ref: '#' }, { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, 'application/json', '{id}', { enum: ['a', 'b'] }, { oneOf: [{ type: 'string' }, { type: 'integer' }] },
  // Merged into a mapping, each replaces what that mapping holds under its key: a schema, properties, an operation.
  { schema: 'x' }, { properties: 1 }, { get: 'gone' }];
const KEYWORDS = ['type', 'items', 'allOf', 'oneOf', 'anyOf', 'enum', 'required', 'properties', 'additionalProperties', 'nullable', 'format', 'discriminator',
  'in', 'style', 'explode', 'x-sdk', 'x-sdk-method', 'x-sdk-resource', 'default', 'example', 'const', 'minimum', 'pattern', 'readOnly', 'security', 'servers', '$ref'];

// Twelve seeds a spec in every run; `STRUCTURE_SEEDS=500` searches longer, by hand.
const SEEDS = Number(process.env['STRUCTURE_SEEDS'] ?? 12);

type Path = readonly (string | number)[];

/** Every node's path in `value`, the root's (`[]`) first. */
function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths(item, [...at, key], out);
  return out;
}

/** Words for people: damage there tests nothing but text, which the hostile-text fuzz covers. */
const PROSE = new Set(['description', 'summary', 'title', 'example', 'examples', 'externalDocs', 'contact', 'license', 'termsOfService']);

/** A node worth damaging: not the root, and in no prose. */
const structural = (at: Path): boolean => at.length > 0 && !at.some((key) => typeof key === 'string' && PROSE.has(key));

const nodeAt = (doc: unknown, at: Path): unknown => at.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], doc);

/** One to three changes to a copy of `doc`; each described, so a failure says what broke the spec. */
function damaged(doc: unknown, seed: number): { doc: unknown; changes: string[] } {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const copy = structuredClone(doc);
  const changes: string[] = [];
  for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
    const at = pick(paths(copy).filter(structural));
    const parent = nodeAt(copy, at.slice(0, -1)) as Record<string | number, unknown>;
    const key = at.at(-1)!;
    const where = `/${at.join('/')}`;
    const roll = next();
    if (roll < 0.35 || Array.isArray(parent)) {
      const value = pick(VALUES);
      parent[key] = structuredClone(value);
      changes.push(`${where} = ${JSON.stringify(value)}`);
    } else if (roll < 0.55) {
      delete parent[key];
      changes.push(`${where} removed`);
    } else if (roll < 0.75) {
      const from = pick(paths(copy));
      parent[key] = structuredClone(nodeAt(copy, from));
      changes.push(`${where} = the node at /${from.join('/')}`);
    } else {
      const [keyword, value] = [pick(KEYWORDS), pick(VALUES)];
      parent[keyword] = structuredClone(value);
      changes.push(`/${at.slice(0, -1).join('/')}/${keyword} = ${JSON.stringify(value)}`);
    }
  }
  return { doc: copy, changes };
}

/** Errors without a line and column in their file (the spec's or an overlay's): a user could not find what to fix. */
const unlocated = (diagnostics: readonly Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => !/^(spec|overlay)\.yaml$/.test(d.location.file) || d.location.line < 1 || d.location.column < 1);

/**
 * What generating does with the text as `spec.yaml` (its other files and the `overlays` read by `read`):
 * a package, or the errors (those not located); a crash throws.
 */
async function generateOutcome(text: string, lenient: boolean, read: (file: string) => string | undefined, overlays: string[] = []): Promise<string> {
  const loaded = loadSpec('spec.yaml', (file) => (file === 'spec.yaml' ? text : read(file)), { lenient, overlays });
  if (!loaded.ok) return `not loaded; unlocated: ${JSON.stringify(unlocated(loaded.diagnostics))}`;
  try {
    const { files } = await generateInMemory(loaded.spec, new Map(), { lenient, format: false });
    return files.size > 0 ? 'generated' : 'no files';
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    return `refused; unlocated: ${JSON.stringify(unlocated(error.diagnostics))}`;
  }
}

/** Queries of every shape an overlay's `target` or `copy` takes, some of them no JSONPath at all. */
const QUERIES = ['$', '$.paths', '$.paths.*', '$.paths.*.*', '$..schema', '$..properties', '$.components.schemas.*', "$.paths.*[?@.operationId == 'x']",
  '$..[?@.type]', '$.info', '$.info.title', '$..parameters[0]', '$..parameters[*]', '$..*', '$.paths[0', '$[', "$['paths']", '$..enum[-1:]', '$..required',
  "$..[?match(@.name, 'a.*')]", '$.servers[*].url', 'paths', '$.tags[0,0]', '$..responses.*'];

/** An overlay of one to three actions at random: updates of any kind, removals, copies. */
function randomOverlay(seed: number): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const actions = Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
    const roll = next();
    const target = pick(QUERIES);
    return roll < 0.6 ? { target, update: pick(VALUES) } : roll < 0.8 ? { target, remove: true } : { target, copy: pick(QUERIES) };
  });
  return stringify({ overlay: pick(['1.0.0', '1.1.0']), info: { title: 'settings', version: '1' }, actions });
}

describe.each(FIXTURES)('%s, damaged at random', (fixture) => {
  const original = readFileSync(fixture, 'utf8');
  const doc: unknown = parse(original);
  // The spec's other files (the seed's LICENSE), from beside the fixture.
  const beside = (file: string): string | undefined => (existsSync(join(dirname(fixture), file)) ? readFileSync(join(dirname(fixture), file), 'utf8') : undefined);

  it.each(Array.from({ length: SEEDS }, (_, i) => i + 1))('seed %i: generates or reports located errors, and the review ends', async (seed) => {
    const { doc: broken, changes } = damaged(doc, seed);
    const text = stringify(broken);
    const context = `${fixture} with ${changes.join('; ')}`;
    for (const lenient of [false, true]) {
      const outcome = await generateOutcome(text, lenient, beside).catch((error: Error) => `crashed: ${error.stack}`);
      expect(outcome, context).toMatch(/^generated$|unlocated: \[\]$/);
    }
    const files: Record<string, string> = { 'base.yaml': original, 'spec.yaml': text };
    const quiet = { readFile: (file: string) => files[file] ?? beside(file), gitShow: () => undefined, stdout: () => {}, stderr: () => {} };
    const code = await runDiff(['base.yaml', 'spec.yaml', '--format', 'json'], quiet).catch((error: Error) => `crashed: ${error.stack}`);
    expect([0, 1, 2], context).toContain(code);
  });

  it.each(Array.from({ length: SEEDS }, (_, i) => i + 1))('seed %i: an overlay of random actions applies, or its errors are located', async (seed) => {
    const overlay = randomOverlay(seed);
    const read = (file: string): string | undefined => (file === 'overlay.yaml' ? overlay : beside(file));
    for (const lenient of [false, true]) {
      const outcome = await generateOutcome(original, lenient, read, ['overlay.yaml']).catch((error: Error) => `crashed: ${error.stack}`);
      expect(outcome, `${fixture} with the overlay\n${overlay}`).toMatch(/^generated$|unlocated: \[\]$/);
    }
  });
});
