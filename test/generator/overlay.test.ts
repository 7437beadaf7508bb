/**
 * OpenAPI Overlays applied when the spec loads (`--overlay`): updates merged, lists appended, scalars
 * replaced, nodes removed and copied, in order; what an overlay wrote is located in the overlay, what it
 * left is still located in the spec; a bad overlay is a located error and a slip a located warning.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatDiagnostic, SpecError } from '../../generator/diagnostics.js';
import { loadSpec, type LoadedSpec } from '../../generator/load/load-spec.js';
import { locate } from '../../generator/load/locate.js';
import { buildApi } from '../../generator/pipeline.js';
import { DEFAULT_SPEC, specToRead } from '../../generator/util/generate-command.js';

const spec = stringify({
  openapi: '3.1.0',
  info: { title: 'Zones', version: '1.0.0' },
  tags: [{ name: 'legacy' }, { name: 'zones' }],
  paths: {
    '/zones/{zone_id}': {
      parameters: [{ name: 'zone_id', in: 'path', required: true, schema: { type: 'string' } }],
      get: { operationId: 'zones-0-get', tags: ['zones'], responses: { '204': { description: 'none' } } },
      patch: { operationId: 'zones-0-patch', tags: ['zones'], responses: { '204': { description: 'none' } } },
    },
  },
});

const overlay = (actions: unknown[], version = '1.1.0') => stringify({ overlay: version, info: { title: 'SDK settings', version: '1' }, actions });

function load(...overlays: string[]) {
  const files: Record<string, string> = { 'openapi.yaml': spec };
  overlays.forEach((text, i) => (files[`overlay${i}.yaml`] = text));
  return loadSpec('openapi.yaml', (file) => files[file], { overlays: overlays.map((_, i) => `overlay${i}.yaml`) });
}

function document(...overlays: string[]): Record<string, any> {
  const loaded = load(...overlays);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map(formatDiagnostic).join('\n'));
  return loaded.spec.sources.get('openapi.yaml')!.value as Record<string, any>;
}

/** The errors generation stops with, as the command prints them. */
function buildErrors(spec: LoadedSpec): string[] {
  try {
    buildApi(spec);
  } catch (e) {
    if (e instanceof SpecError) return e.diagnostics.map(formatDiagnostic);
    throw e;
  }
  return [];
}

function problems(...overlays: string[]): string[] {
  const loaded = load(...overlays);
  return [...(loaded.ok ? [] : loaded.diagnostics), ...loaded.warnings].map(formatDiagnostic);
}

describe('OpenAPI Overlays', () => {
  it('merges updates into objects, appends to lists, replaces scalars and removes, in order', () => {
    const doc = document(
      overlay([
        { target: '$', update: { 'x-sdk': { client: { unwrap: 'result' } } } },
        { target: "$.paths.*[?@.operationId == 'zones-0-get']", update: { 'x-sdk-resource': 'zones', 'x-sdk-method': 'get' } },
        { target: '$.tags', update: { name: 'added' } },
        { target: '$.info', update: { title: 'Renamed' } },
        { target: '$.info.version', update: '2.0.0' },
        { target: "$.tags[?@.name == 'legacy']", remove: true },
      ]),
      overlay([{ target: '$', update: { 'x-sdk': { client: { unwrapRequired: true } }, tags: [{ name: 'concatenated' }] } }], '1.0.0'),
    );
    expect(doc['x-sdk']).toEqual({ client: { unwrap: 'result', unwrapRequired: true } });
    expect(doc['paths']['/zones/{zone_id}'].get).toMatchObject({ operationId: 'zones-0-get', 'x-sdk-resource': 'zones', 'x-sdk-method': 'get' });
    expect(doc['paths']['/zones/{zone_id}'].patch['x-sdk-method']).toBeUndefined();
    expect(doc['tags']).toEqual([{ name: 'zones' }, { name: 'added' }, { name: 'concatenated' }]);
    expect(doc['info']).toEqual({ title: 'Renamed', version: '2.0.0' });
  });

  // A query selects its nodes before the action changes any: one may hold another, or be selected twice.
  it('changes each selected node where the document still holds it, with a copy taken before any change', () => {
    // `$..*` selects `tags[0]` and, after it, its `name`: merging `{ name: {…} }` into the first replaced the second.
    const merged = document(overlay([{ target: '$..*', update: { name: { 'x-replaced': true } } }]));
    expect(merged['tags'][0]).toEqual({ name: { 'x-replaced': true } });
    expect(merged['info']['title']).toEqual({ name: { 'x-replaced': true } });
    // Merging `{ get: 'gone' }` into the path item replaced its operation, whose fields `$..*` selected too.
    expect(document(overlay([{ target: '$..*', update: { get: 'gone' } }]))['paths']['/zones/{zone_id}']['get']).toBe('gone');
    // `copy` takes its node before any target changes: the second tag gets the document as it was, not
    // with the first tag's copy inside (copies that held the earlier ones doubled with each target).
    const copied = document(overlay([{ target: '$.tags[*]', copy: '$' }]));
    expect(copied['tags'][1]['tags']).toEqual([{ name: 'legacy' }, { name: 'zones' }]);
    // `[0,0]` selects the first tag twice: it is removed once, and the second stays.
    expect(document(overlay([{ target: '$.tags[0,0]', remove: true }]))['tags']).toEqual([{ name: 'zones' }]);
  });

  it('leaves an operation out of the SDK by removing it, and the rest of its path stays', () => {
    const loaded = load(overlay([{ target: "$.paths['/zones/{zone_id}'].patch", remove: true }]));
    if (!loaded.ok) throw new Error(loaded.diagnostics.map(formatDiagnostic).join('\n'));
    expect(buildApi(loaded.spec).api.operations.map((op) => op.operationId)).toEqual(['zones-0-get']);
  });

  it('copies the one node `copy` selects (1.1), and writes `__proto__` as a member, not a prototype', () => {
    const doc = document(
      overlay([
        { target: "$.paths['/zones/{zone_id}'].patch", copy: "$.paths['/zones/{zone_id}'].get.responses" },
        { target: '$.info', update: JSON.parse('{"__proto__": {"polluted": true}, "x-meta": {"__proto__": {"polluted": true}}}') },
      ]),
    );
    expect(Object.hasOwn(doc['info']['x-meta'], '__proto__')).toBe(true);
    expect((doc['info']['x-meta'] as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(doc['paths']['/zones/{zone_id}'].patch['204']).toEqual({ description: 'none' });
    expect(Object.hasOwn(doc['info'], '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((doc['info'] as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it("locates what an overlay wrote in the overlay, and what it left in the spec, even where a removal moved it", () => {
    const loaded = load(overlay([{ target: "$.tags[?@.name == 'legacy']", remove: true }, { target: "$.paths['/zones/{zone_id}'].get", update: { 'x-sdk-method': 3 } }]));
    if (!loaded.ok) throw new Error('not loaded');
    const source = loaded.spec.sources.get('openapi.yaml')!;
    // `zones` was the second tag in the spec (line 7) and is now the first.
    expect(locate(source, '/tags/0/name')).toEqual({ file: 'openapi.yaml', pointer: '/tags/1/name', line: 7, column: 5 });
    expect(locate(source, '/paths/~1zones~1{zone_id}/get/x-sdk-method')).toMatchObject({ file: 'overlay0.yaml', pointer: '/actions/1/update/x-sdk-method', line: 10 });
    // The spec's checks then report the overlay's slip at the overlay's line.
    expect(buildErrors(loaded.spec)).toEqual(['overlay0.yaml:10:7 error [sdk-config-type] #/actions/1/update/x-sdk-method: x-sdk-method must be a string, got 3']);
  });

  it('applies to a Swagger 2.0 entry as written, before it is converted, and still locates in the overlay', () => {
    const swagger = stringify({ swagger: '2.0', info: { title: 'Old', version: '1' }, paths: { '/pets': { get: { operationId: 'list', responses: { '200': { description: 'ok' } } } } } });
    const files: Record<string, string> = { 'swagger.yaml': swagger, 'o.yaml': overlay([{ target: "$.paths['/pets'].get", update: { 'x-sdk-method': 3 } }]) };
    const loaded = loadSpec('swagger.yaml', (f) => files[f], { overlays: ['o.yaml'] });
    if (!loaded.ok) throw new Error(loaded.diagnostics.map(formatDiagnostic).join('\n'));
    expect(buildErrors(loaded.spec)).toEqual(['o.yaml:8:7 error [sdk-config-type] #/actions/0/update/x-sdk-method: x-sdk-method must be a string, got 3']);
  });

  it('refuses what is not an overlay, with where', () => {
    expect(problems(stringify({ overlay: '2.0.0', info: { title: 't' }, actions: [] }))).toEqual([
      'overlay0.yaml:1:1 error [overlay-invalid] #/overlay: `overlay` must name the Overlay Specification version the document follows, 1.0.0 or 1.1.0; got "2.0.0"',
      'overlay0.yaml:2:1 error [overlay-invalid] #/info: `info` must be a mapping with a `title` and a `version`, both strings',
      'overlay0.yaml:4:1 error [overlay-invalid] #/actions: `actions` must be a list of at least one action',
    ]);
    expect(problems(overlay([{ target: 'paths', update: {} }, { target: '$', remove: 'yes' }]))).toEqual([
      'overlay0.yaml:6:5 error [overlay-invalid] #/actions/0/target: an action\'s `target` must be a JSONPath query, starting with `$`; got "paths"',
      'overlay0.yaml:9:5 error [overlay-invalid] #/actions/1/remove: `remove` must be true or false; got "yes"',
    ]);
    const missing = loadSpec('openapi.yaml', (file) => (file === 'openapi.yaml' ? spec : undefined), { overlays: ['sdk.overlay.yaml'] });
    expect(missing.ok ? [] : missing.diagnostics.map(formatDiagnostic)).toEqual(['sdk.overlay.yaml error [overlay-file-missing] #: cannot read the overlay file sdk.overlay.yaml']);
  });

  it("warns when the overlay's `extends` names another spec than the one it is applied to", () => {
    const extending = (named: string) => stringify({ overlay: '1.1.0', info: { title: 't', version: '1' }, extends: named, actions: [{ target: '$.info', update: { title: 'x' } }] });
    expect(problems(extending('github.json'))).toEqual([
      'overlay0.yaml:5:1 warning [overlay-extends] #/extends: the overlay extends "github.json" (github.json), not openapi.yaml, the spec it is applied to: check that it is the overlay meant',
    ]);
    expect(problems(extending('./openapi.yaml'))).toEqual([]);
    expect(problems(extending('https://api.example.com/openapi.yaml'))).toEqual([]);
  });

  it('refuses an action that cannot apply, and warns of one that does nothing', () => {
    expect(problems(overlay([{ target: '$.paths[', update: {} }]))).toEqual([
      'overlay0.yaml:6:5 error [overlay-target] #/actions/0/target: the target "$.paths[" is not a JSONPath query (RFC 9535): expected a selector: a quoted name, `*`, an index, a slice or `?` and a filter, at character 9',
    ]);
    expect(problems(overlay([{ target: "$.paths[?count('x') > 0]", update: {} }]))).toEqual([
      `overlay0.yaml:6:5 error [overlay-target] #/actions/0/target: the target "$.paths[?count('x') > 0]" is not a JSONPath query (RFC 9535): the argument of count() must be a query (\`@…\` or \`$…\`), whose nodes it reads, at character 16`,
    ]);
    expect(problems(overlay([{ target: '$.info', update: 'text' }]))).toEqual([
      'overlay0.yaml:7:5 error [overlay-update] #/actions/0/update: the target selects an object (#/info), which only a mapping can be merged into',
    ]);
    expect(problems(overlay([{ target: '$.info', copy: '$.info.' }]))).toEqual([
      'overlay0.yaml:7:5 error [overlay-copy] #/actions/0/copy: copy "$.info." is not a JSONPath query (RFC 9535): expected a name or `*` after `.` (a name with other characters goes in brackets: `[\'/zones\']`), at character 8',
    ]);
    expect(problems(overlay([{ target: '$.info', copy: '$.paths.*.*' }]))).toEqual([
      'overlay0.yaml:7:5 error [overlay-copy] #/actions/0/copy: copy "$.paths.*.*" must select one node, and selects 3',
    ]);
    expect(problems(overlay([{ target: '$', remove: true }]))).toEqual(['overlay0.yaml:6:5 error [overlay-remove-root] #/actions/0/target: the target selects the whole spec, which cannot be removed']);
    expect(problems(overlay([{ target: "$.paths['/nope']", update: {} }, { target: '$.info', udpate: { title: 'x' } }]))).toEqual([
      'overlay0.yaml:9:5 warning [overlay-unknown-field] #/actions/1/udpate: `udpate` is not a field of an action (target, description, update, copy, remove), so it is ignored',
      'overlay0.yaml:8:5 warning [overlay-action-empty] #/actions/1: the action has no `update`, `copy` or `remove: true`: it changes nothing',
      'overlay0.yaml:6:5 warning [overlay-target-unmatched] #/actions/0/target: the target "$.paths[\'/nope\']" selects nothing in the spec: the action changes nothing',
    ]);
  });
});

describe('match() and search() in an overlay', () => {
  it('runs a pattern that would backtrack for minutes at once, and warns of one it does not run', { timeout: 10_000 }, () => {
    const long = `${'a'.repeat(33)}!`;
    const doc = document(
      overlay([
        { target: '$.info', update: { 'x-long': long } },
        { target: "$[?match(@.title, '(Z+)+$')]", update: { description: 'never' } },
        { target: "$[?search(@.title, '^(Z|o|n|e|s)+$')]", update: { description: 'matched' } },
        { target: "$.info[?match(@, '(a+)+$')]", remove: true },
      ]),
    );
    expect(doc.info).toEqual({ title: 'Zones', version: '1.0.0', description: 'matched', 'x-long': long });
    expect(problems(overlay([{ target: "$.paths.*[?match(@.operationId, 'zones(?=-)')]", remove: true }]))).toEqual([
      'overlay0.yaml:6:5 warning [overlay-pattern] #/actions/0/target: the pattern "zones(?=-)" in the target matches nothing: it uses a lookaround, a backreference, a word boundary or a count above 1000, which the generator does not run',
      `overlay0.yaml:6:5 warning [overlay-target-unmatched] #/actions/0/target: the target "$.paths.*[?match(@.operationId, 'zones(?=-)')]" selects nothing in the spec: the action changes nothing`,
    ]);
  });
});

describe("the spec an overlay's extends names (read when no --spec is given)", () => {
  const withExtends = (named: string) => stringify({ overlay: '1.1.0', info: { title: 'SDK settings', version: '1' }, extends: named, actions: [{ target: '$', update: {} }] });
  const files: Record<string, string> = {
    'sdk/none.yaml': overlay([{ target: '$', update: {} }]),
    'sdk/vendor.yaml': withExtends('../vendor/openapi.json#/'),
    'sdk/url.yaml': withExtends('https://api.example.com/openapi.json'),
    'sdk/broken.yaml': 'overlay: [',
  };
  const read = (file: string): string | undefined => files[file];

  it('is the first that names a file, resolved from its overlay, without its fragment', () => {
    expect(specToRead('', ['sdk/none.yaml', 'sdk/vendor.yaml'], read)).toBe('vendor/openapi.json');
  });

  it('is none for a URL, an overlay that cannot be read or parsed, or none with extends: the default spec', () => {
    expect(specToRead('', ['sdk/url.yaml', 'sdk/missing.yaml', 'sdk/broken.yaml', 'sdk/none.yaml'], read)).toBe(DEFAULT_SPEC);
    expect(specToRead('', [], read)).toBe(DEFAULT_SPEC);
  });

  it('gives way to --spec', () => {
    expect(specToRead('mine.yaml', ['sdk/vendor.yaml'], read)).toBe('mine.yaml');
  });
});
