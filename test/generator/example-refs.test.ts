/**
 * An Example Object may be a `$ref` (OpenAPI 3.1 §4.8.13: `examples` maps names to Example Objects or
 * Reference Objects), as GitHub's are: the example it leads to fills a parameter's or a body's example.
 */
import { describe, expect, it } from 'vitest';
import { buildApi } from '../../generator/pipeline.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

const ORG = { name: 'org', in: 'path', required: true, schema: { type: 'string' }, examples: { main: { $ref: '#/components/examples/Org' } } };
const OK = { description: 'ok', content: { 'application/json': { schema: { type: 'object' }, examples: { one: { $ref: 'examples.yaml#/Team' } } } } };

function operation(files: Record<string, string>) {
  return buildApi(loadFromMemory(files)).api.operations[0]!;
}

describe('an example given as a $ref', () => {
  it('fills a parameter\'s example and a response\'s, in the same file or another', () => {
    const doc = minimalDoc({
      paths: { '/orgs/{org}/teams': { get: { operationId: 'listTeams', parameters: [ORG], responses: { '200': OK } } } },
      components: { examples: { Org: { summary: 'an organization', value: 'octo-org' } } },
    });
    const op = operation({ 'spec.yaml': specText(doc), 'examples.yaml': 'Team:\n  value: {slug: justice-league}\n' });
    expect(op.parameters.find((p) => p.name === 'org')?.example).toBe('octo-org');
    expect(op.responses.find((r) => r.status === '200')?.example).toEqual({ slug: 'justice-league' });
  });

  it('follows a chain of them to the value', () => {
    const doc = minimalDoc({
      paths: { '/orgs/{org}/teams': { get: { operationId: 'listTeams', parameters: [ORG], responses: { '204': { description: 'none' } } } } },
      components: { examples: { Org: { $ref: '#/components/examples/Named' }, Named: { value: 'acme' } } },
    });
    expect(operation({ 'spec.yaml': specText(doc) }).parameters[0]!.example).toBe('acme');
  });
});

describe("a parameter's x-example", () => {
  it('fills its example when it gives none of its own', () => {
    const param = (extra: object) => ({ name: 'port', in: 'query', required: true, schema: { type: 'integer' }, ...extra });
    const doc = (extra: object) => minimalDoc({ paths: { '/listeners': { get: { operationId: 'list', parameters: [param(extra)], responses: { '204': { description: 'none' } } } } } });
    expect(operation({ 'spec.yaml': specText(doc({ 'x-example': 8080 })) }).parameters[0]!.example).toBe(8080);
    expect(operation({ 'spec.yaml': specText(doc({ 'x-example': 8080, example: 443 })) }).parameters[0]!.example).toBe(443);
  });
});
