/**
 * The JSON fast path gives exactly what the YAML parser gives (the value and the position of every node),
 * and refuses what is not plain JSON, so the YAML parser can say where the problem is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonSource } from '../../generator/load/json-source.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { parseYamlSource, type ParsedSource } from '../../generator/load/yaml-source.js';

function viaYaml(text: string): ParsedSource {
  const result = parseYamlSource('s.json', text);
  if (!result.ok) throw new Error(result.diagnostics[0]!.message);
  return result.source;
}

/** What the fast path read, `undefined` when it refused the text. */
function viaJson(text: string): ParsedSource | undefined {
  const result = parseJsonSource('s.json', text);
  if (result && !result.ok) throw new Error(result.diagnostics[0]!.message);
  return result?.source;
}

function expectSameAsYaml(text: string): void {
  const fast = viaJson(text);
  const yaml = viaYaml(text);
  expect(fast).toBeDefined();
  expect(fast!.value).toStrictEqual(yaml.value);
  expect(Object.fromEntries(fast!.positions)).toStrictEqual(Object.fromEntries(yaml.positions));
}

const MIXED = [
  '{',
  '  "openapi": "3.1.0",',
  '\t"empty": {}, "none": [], "nested": [[1, -2.5e3, 0], {"a": {"b": null}}],',
  '  "escapes": "line\\nbreak \\"quoted\\" \\u00e9 \\\\ \\/",',
  '  "unicode": "é 😀 中", "😀 key": {"after": true},',
  '  "a/b~c": {"x": false},',
  '  "__proto__": {"polluted": true}',
  '}',
].join('\r\n');

describe('parseJsonSource', () => {
  it('gives the value and positions the YAML parser gives: escapes, wide characters, CRLF, tabs, odd keys', () => {
    expectSameAsYaml(MIXED);
    expect(viaJson(MIXED)!.positions.get('/a~1b~0c/x')).toEqual({ line: 6, column: 13 });
  });

  it('keeps a key named __proto__ as a plain key', () => {
    const value = viaJson(MIXED)!.value as Record<string, unknown>;
    expect(Object.keys(value)).toContain('__proto__');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('agrees with the YAML parser on every JSON spec of the OpenAPI example corpus', () => {
    const root = 'node_modules/@readme/oas-examples';
    const files = ['3.0', '3.1'].flatMap((v) => readdirSync(join(root, v, 'json')).filter((f) => f.endsWith('.json')).map((f) => join(root, v, 'json', f)));
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) expectSameAsYaml(readFileSync(file, 'utf8'));
  });

  it.each([
    { name: 'a duplicate key', text: '{"a": 1, "a": 2}' },
    { name: 'a trailing comma', text: '{"a": 1,}' },
    { name: 'a comment', text: '{"a": 1 // no\n}' },
    { name: 'a single-quoted string', text: "{'a': 1}" },
    { name: 'a raw line break in a string', text: '{"a": "x\ny"}' },
    { name: 'a bad escape', text: '{"a": "\\q"}' },
    { name: 'text after the object', text: '{"a": 1} {}' },
    { name: 'an unquoted word', text: '{"a": yes}' },
  ])('refuses $name', ({ text }) => {
    expect(parseJsonSource('s.json', text)).toBeUndefined();
  });

  it('refuses values nested deeper than a spec needs, where the limit is passed, rather than leave them to the YAML parser', () => {
    const nested = (levels: number) => `{"openapi": "3.1.0",\n "x-deep": ${'['.repeat(levels)}${']'.repeat(levels)}}`;
    expect(viaJson(nested(499))).toBeDefined();
    const result = parseJsonSource('s.json', nested(8000));
    expect(result && !result.ok && result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'nesting-too-deep',
        message: 'values nest more than 500 levels deep here; no spec needs that many, and reading them would overflow the stack',
        location: { file: 's.json', pointer: `/x-deep${'/0'.repeat(499)}`, line: 2, column: 511 },
      },
    ]);
  });

  it('leaves JSON it refuses to the YAML parser, whose error says where', () => {
    const result = loadSpec('spec.json', (file) => (file === 'spec.json' ? '{\n  "a": 1,\n  "a": 2\n}' : undefined));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', location: { file: 'spec.json', line: 3 } });
  });
});
