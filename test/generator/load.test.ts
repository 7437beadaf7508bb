import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/load-spec.js';
import { parseYamlSource } from '../../generator/load/yaml-source.js';

describe('parseYamlSource', () => {
  it.each([
    { name: 'a mapping key', text: 'a: 1\nb:\n  c: 2\n', pointer: '/b/c', want: { line: 3, column: 3 } },
    { name: 'a sequence item', text: 'list:\n  - x\n  - y\n', pointer: '/list/1', want: { line: 3, column: 5 } },
    { name: 'an escaped key', text: 'paths:\n  /a/{b}:\n    get: {}\n', pointer: '/paths/~1a~1{b}/get', want: { line: 3, column: 5 } },
    { name: 'JSON input', text: '{\n  "openapi": "3.1.0"\n}', pointer: '/openapi', want: { line: 2, column: 3 } },
  ])('records the position of $name', ({ text, pointer, want }) => {
    const result = parseYamlSource('s.yaml', text);
    expect(result.ok && result.source.positions.get(pointer)).toEqual(want);
  });

  it.each([
    { name: 'an unclosed flow mapping', text: 'a: {b: 1\n', line: 2 },
    { name: 'a duplicate key', text: 'a: 1\na: 2\n', line: 2 },
    { name: 'a tab indentation', text: 'a:\n\tb: 1\n', line: 2 },
  ])('reports $name as not valid YAML, with its line', ({ text, line }) => {
    const result = parseYamlSource('s.yaml', text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', location: { file: 's.yaml', line } });
  });

  it('refuses values nested deeper than a spec needs, located where the limit is passed', () => {
    const result = parseYamlSource('s.yaml', `openapi: 3.1.0\nx-deep: ${'['.repeat(600)}${']'.repeat(600)}\n`);
    expect(!result.ok && result.diagnostics.map((d) => [d.code, d.location])).toEqual([['nesting-too-deep', { file: 's.yaml', pointer: `/x-deep${'/0'.repeat(499)}`, line: 2, column: 508 }]]);
  });

  // A few thousand levels exhaust the stack inside the YAML parser itself, before the limit's own check
  // runs; the parser turns the RangeError into "not valid YAML: Maximum call stack size exceeded".
  it.each([
    { style: 'block mappings', text: `openapi: 3.1.0\nx-deep:\n${Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i + 1)}a:\n`).join('')}`, pointer: `/x-deep${'/a'.repeat(499)}`, line: 501, column: 999 },
    { style: 'block sequences', text: `openapi: 3.1.0\nx-deep:\n${Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i + 1)}-\n`).join('')}`, pointer: `/x-deep${'/0'.repeat(499)}`, line: 502, column: 1001 },
    { style: 'flow sequences', text: `openapi: 3.1.0\nx-deep: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, pointer: `/x-deep${'/0'.repeat(499)}`, line: 2, column: 508 },
    { style: 'flow mappings', text: `openapi: 3.1.0\nx-deep: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`, pointer: `/x-deep${'/a'.repeat(499)}`, line: 2, column: 2002 },
    { style: 'JSON the fast path refuses', text: `{"openapi": "3.1.0",\n"x-deep": ${'['.repeat(5000)}${']'.repeat(5000)},}`, pointer: `/x-deep${'/0'.repeat(499)}`, line: 2, column: 510 },
  ])('refuses $style nested thousands of levels deep the same way, rather than as not valid YAML', ({ text, pointer, line, column }) => {
    const result = parseYamlSource('s.yaml', text);
    expect(!result.ok && result.diagnostics.map((d) => [d.code, d.location, d.message])).toEqual([['nesting-too-deep', { file: 's.yaml', pointer, line, column }, 'values nest more than 500 levels deep here; no spec needs that many, and reading them would overflow the stack']]);
  });

  it('keeps a key named __proto__ as a plain key', () => {
    const result = parseYamlSource('s.yaml', '__proto__:\n  polluted: true\n');
    expect(result.ok && Object.keys(result.source.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('loadSpec', () => {
  it('follows $refs into other files, relative to the referring file', () => {
    const files: Record<string, string> = {
      'spec/main.yaml': "a:\n  $ref: 'parts/b.yaml#/B'\n",
      'spec/parts/b.yaml': "B:\n  $ref: '../c.yaml'\n",
      'spec/c.yaml': 'x: 1\n',
    };
    const result = loadSpec('spec/main.yaml', (f) => files[f]);
    expect(result.ok && [...result.spec.sources.keys()]).toEqual(['spec/main.yaml', 'spec/parts/b.yaml', 'spec/c.yaml']);
  });

  it('reads the file part of a $ref as a URI reference: percent-escapes decoded', () => {
    const files: Record<string, string> = { 'spec/main.yaml': "a:\n  $ref: 'sp%20ace.yaml#/A'\n", 'spec/sp ace.yaml': 'A: 1\n' };
    const result = loadSpec('spec/main.yaml', (f) => files[f]);
    expect(result.ok && [...result.spec.sources.keys()]).toEqual(['spec/main.yaml', 'spec/sp ace.yaml']);
  });

  it('reads an absolute path in a $ref as that path, not as one relative to the referring file', () => {
    const files: Record<string, string> = { 'spec/main.yaml': "a:\n  $ref: '/shared/../schemas/a.yaml#/A'\n", '/schemas/a.yaml': 'A: 1\n' };
    const result = loadSpec('spec/main.yaml', (f) => files[f]);
    expect(result.ok && [...result.spec.sources.keys()]).toEqual(['spec/main.yaml', '/schemas/a.yaml']);
  });

  it('reads no file for a $ref whose file part has a malformed escape: the refs check names it', () => {
    const reads: string[] = [];
    const result = loadSpec('main.yaml', (f) => (reads.push(f), f === 'main.yaml' ? "a:\n  $ref: 'sp%ZZace.yaml#/A'\n" : undefined));
    expect(result.ok).toBe(true);
    expect(reads).toEqual(['main.yaml']);
  });

  it('locates a $ref to a missing file at the $ref', () => {
    const result = loadSpec('main.yaml', (f) => (f === 'main.yaml' ? 'a:\n  b:\n    $ref: other.yaml\n' : undefined));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics[0]).toMatchObject({ code: 'ref-file-missing', location: { file: 'main.yaml', pointer: '/a/b/$ref', line: 3, column: 5 } });
  });
});

describe('a $ref to a remote document', () => {
  const spec = [
    'openapi: 3.1.0',
    'info: { title: t, version: "1" }',
    'paths:',
    '  /a:',
    '    get:',
    '      responses:',
    '        "200":',
    '          description: ok',
    '          content:',
    '            application/json:',
    '              schema: { $ref: "https://schemas.example.com/thing.json#/Thing" }',
  ].join('\n');

  it('is refused where it stands, without reading anything for it: generation never needs the network', () => {
    const reads: string[] = [];
    const result = loadSpec('spec/openapi.yaml', (file) => (reads.push(file), file === 'spec/openapi.yaml' ? spec : undefined));
    expect(reads).toEqual(['spec/openapi.yaml']);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'ref-remote',
        message: '$ref names the remote document https://schemas.example.com/thing.json, which is not fetched: save it beside the spec and refer to it by a relative path',
        location: { file: 'spec/openapi.yaml', pointer: '/paths/~1a/get/responses/200/content/application~1json/schema/$ref', line: 11, column: 25 },
      },
    ]);
  });

  it('as the spec itself, is refused with the same reason, not called a missing file', () => {
    const result = loadSpec('https://api.example.com/openapi.yaml', () => undefined);
    expect(!result.ok && result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['file-remote', 'the spec https://api.example.com/openapi.yaml is on the network, which is not fetched: generation reads files only, so the same spec generates the same package offline; save it and name the file'],
    ]);
  });

  it('is a warning with --lenient, like a missing file', () => {
    const result = loadSpec('spec/openapi.yaml', (file) => (file === 'spec/openapi.yaml' ? spec : undefined), { lenient: true });
    expect(result.ok && result.warnings.map((w) => [w.severity, w.code])).toEqual([['warning', 'ref-remote']]);
  });
});

describe('YAML merge keys (<<), as hand-written specs share parts', () => {
  const text = ['base: &base { a: 1, b: 1 }', 'other: &other { b: 2, c: 2 }', 'one:', '  <<: *base', '  b: 9', 'many:', '  <<: [*base, *other]', '  d: 4'].join('\n');

  it("merges the aliased maps, the map's own keys winning, then the earlier map of a list", () => {
    const result = parseYamlSource('s.yaml', text);
    expect(result.ok && result.source.value).toMatchObject({ one: { a: 1, b: 9 }, many: { a: 1, b: 1, c: 2, d: 4 } });
    expect(result.ok && Object.keys((result.source.value as { one: object }).one)).toEqual(['a', 'b']);
  });

  it("keeps the position of the map's own key, not the merged one's", () => {
    const result = parseYamlSource('s.yaml', text);
    expect(result.ok && result.source.positions.get('/one/b')).toEqual({ line: 5, column: 3 });
  });
});

describe('YAML aliases', () => {
  it('expand where they stand, located at the alias, and inside it at what it expands', () => {
    const text = ['shared: &ok { description: ok, content: { application/json: { schema: { type: string } } } }', 'a: *ok', 'b: [*ok, *ok]'].join('\n');
    const result = parseYamlSource('s.yaml', text);
    expect(result.ok && result.source.value).toMatchObject({ a: { description: 'ok' }, b: [{ description: 'ok' }, { description: 'ok' }] });
    expect(result.ok && result.source.positions.get('/b/1')).toEqual({ line: 3, column: 10 });
    expect(result.ok && result.source.positions.get('/b/1/description')).toEqual({ line: 1, column: 15 });
  });

  it('that multiply past a bound (a "billion laughs") are refused at once, at the alias that passes it', () => {
    const levels = 'abcdefghi'.split('').map((name, i) => `x-${name}: &${name} [${Array(9).fill(i === 0 ? '"lol"' : `*${'abcdefghi'[i - 1]}`).join(', ')}]`);
    const started = Date.now();
    const result = parseYamlSource('s.yaml', ['openapi: 3.1.0', ...levels].join('\n'));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(!result.ok && result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'yaml-alias-limit',
        message: 'YAML aliases expand to more than 100,000 values, passing the bound at the alias *e (aliases within aliases multiply, as in a "billion laughs"); write the shared parts out, or share less',
        location: { file: 's.yaml', pointer: '/x-f/0', line: 7, column: 10 },
      },
    ]);
  });

  it.each([
    { name: 'an alias inside the node it names', text: 'a: 1\nx-r: &x { b: *x }\n', pointer: '/x-r/b', line: 2, column: 14, what: 'the alias *x' },
    { name: 'an alias in a list inside the node it names', text: 'x-r: &x [1, [*x]]\n', pointer: '/x-r/1/0', line: 1, column: 14, what: 'the alias *x' },
    { name: 'a merge key inside the map it merges', text: 'x-r: &x\n  a: 1\n  b:\n    <<: *x\n', pointer: '/x-r/b', line: 4, column: 5, what: 'a merge key (<<)' },
  ])('that contain themselves are located errors, not a stack overflow: $name', ({ text, pointer, line, column, what }) => {
    const result = parseYamlSource('s.yaml', text);
    expect(!result.ok && result.diagnostics).toEqual([
      { severity: 'error', code: 'yaml-alias-recursive', message: `${what} refers to a node that contains it, so its value would never end`, location: { file: 's.yaml', pointer, line, column } },
    ]);
  });

  it('that contain themselves in an overlay are located in the overlay', () => {
    const files: Record<string, string> = {
      'openapi.yaml': 'openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths: {}\n',
      'overlay.yaml': 'overlay: 1.0.0\ninfo: { title: o, version: "1" }\nactions:\n  - target: $.info\n    update: &u { x-loop: *u }\n',
    };
    const result = loadSpec('openapi.yaml', (f) => files[f], { overlays: ['overlay.yaml'] });
    expect(!result.ok && result.diagnostics.map((d) => [d.code, d.location])).toEqual([
      ['yaml-alias-recursive', { file: 'overlay.yaml', pointer: '/actions/0/update/x-loop', line: 5, column: 26 }],
    ]);
  });
});

describe('a control character written raw', () => {
  const loadText = (file: string, text: string) => loadSpec(file, (f) => (f === file ? text : undefined));
  const message = 'the control character U+0000 is written raw; JSON and YAML allow it only escaped, in a double-quoted string (\\u0000)';

  it('in a JSON string is a located error, though the YAML parser the fast path hands it to takes it', () => {
    const result = loadText('spec.json', '{"openapi": "3.1.0",\n "info": {"title": "T\u0000", "version": "1"}, "paths": {}}');
    expect(!result.ok && result.diagnostics).toEqual([{ severity: 'error', code: 'control-character', message, location: { file: 'spec.json', pointer: '/info/title', line: 2, column: 22 } }]);
  });

  it('in YAML is a located error too', () => {
    const result = loadText('spec.yaml', 'openapi: 3.1.0\ninfo: {title: "T\u0000", version: "1"}\npaths: {}\n');
    expect(!result.ok && result.diagnostics.map((d) => [d.code, d.location])).toEqual([['control-character', { file: 'spec.yaml', pointer: '/info/title', line: 2, column: 17 }]]);
  });

  it('is no error when escaped, nor are tabs and line breaks', () => {
    expect(loadText('spec.json', '{"openapi": "3.1.0",\r\n\t"info": {"title": "T\\u0000", "version": "1"}, "paths": {}}').ok).toBe(true);
  });
});
