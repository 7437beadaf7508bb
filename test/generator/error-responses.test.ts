/** The error responses a spec documents, in each method's JSDoc (`@throws`) and the package's README. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { errorClass } from '../../generator/emit/error-responses.js';
import { createStatusError } from '../../generator/runtime/errors.js';
import { generateAndImport } from '../helpers/tree.js';
import { tscErrors } from '../helpers/tsc.js';

const json = (schema: unknown) => ({ 'application/json': { schema } });

const DOC = {
  openapi: '3.1.0',
  info: { title: 'Errors API', version: '1.0.0' },
  servers: [{ url: 'https://api.example.test' }],
  paths: {
    '/things/{id}': {
      get: {
        operationId: 'getThing',
        tags: ['things'],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': { description: 'The thing.', content: json({ type: 'object' }) },
          '404': { description: 'No such thing', content: json({ $ref: '#/components/schemas/Problem' }) },
          '4XX': { description: 'Refused. */ Not a comment end.\n\n| a | table |\n| - | - |', content: json({ type: 'object' }) },
          '503': { description: '' },
          default: { description: 'Anything else.', content: json({ $ref: '#/components/schemas/Problem' }) },
        },
      },
    },
    '/ping': { get: { operationId: 'ping', tags: ['things'], responses: { default: { description: 'The answer.' } } } },
  },
  components: { schemas: { Problem: { type: 'object', properties: { title: { type: 'string' } } } } },
};

/** The `@throws` tags of each method of `file`, as TypeScript's own parser reads them. */
function throwsTags(file: string): Record<string, string[]> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: Record<string, string[]> = {};
  const visit = (node: ts.Node): void => {
    if (ts.isMethodDeclaration(node) && node.body) {
      const tags = ts.getJSDocTags(node).filter((t) => t.tagName.text === 'throws');
      out[node.name.getText()] = tags.map((t) => `${t.getText().split('\n')[0]!.trim()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('documented error responses', () => {
  it('are @throws tags that TypeScript parses, naming the class each rejects with, and the package compiles', async () => {
    const { out } = await generateAndImport(DOC, 'errors-');
    expect(tscErrors(out)).toBe('');
    expect(throwsTags(join(out, 'src/resources/things.ts'))).toEqual({
      getThing: [
        '@throws {NotFoundError} 404: No such thing. The spec types its body (`error`) as `Problem`.',
        '@throws {APIError} 4XX: Refused. *\\/ Not a comment end.',
        '@throws {InternalServerError} 503',
        '@throws {APIError} default: Anything else. The spec types its body (`error`) as `Problem`.',
      ],
      // `default` alone is the answer, not an error.
      ping: [],
    });
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toContain(
      [
        'Errors the spec documents:',
        '',
        '- 404 (`NotFoundError`): No such thing. The spec types its body (`error`) as `Problem`.',
        '- 4XX (`APIError`): Refused. */ Not a comment end.',
        '- 503 (`InternalServerError`)',
        '- default (`APIError`): Anything else. The spec types its body (`error`) as `Problem`.',
      ].join('\n'),
    );
    expect(readme.match(/Errors the spec documents/g)).toHaveLength(1);
  });

  it('name the class the runtime throws for each status', () => {
    for (const status of [400, 401, 403, 404, 409, 410, 418, 422, 429, 500, 502, 503]) {
      expect([status, errorClass(String(status))]).toEqual([status, createStatusError(status, null, new Headers()).name]);
    }
  });
});
