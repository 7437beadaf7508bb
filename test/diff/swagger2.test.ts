/**
 * Reviewing Swagger 2.0 specs: a change between two Swagger documents is located where the user wrote
 * it, and moving a spec from Swagger 2.0 to OpenAPI 3.0 (here through `swagger2openapi`) is no change.
 */
import { readFileSync } from 'node:fs';
import { convertObj } from 'swagger2openapi';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runDiff } from '../../generator/diff/command.js';
import { diffSpecs } from '../../generator/diff/spec-diff.js';
import { loadFromMemory } from '../helpers/spec.js';

const KENNEL = readFileSync('test/fixtures/swagger2/swagger.yaml', 'utf8');

async function review(base: string, revision: string): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const files: Record<string, string> = { 'base.yaml': base, 'revision.yaml': revision };
  const code = await runDiff(['base.yaml', 'revision.yaml'], { readFile: (f) => files[f], gitShow: () => undefined, stdout: (s) => void (stdout += s), stderr: () => {} });
  return { code, stdout };
}

describe('reviewing Swagger 2.0', () => {
  it('sees a Swagger 2.0 spec and its OpenAPI 3.0 conversion as the same API', async () => {
    const { openapi } = await convertObj(parse(KENNEL), { patch: true, warnOnly: true });
    // swagger2openapi keeps `schemes` order (HTTP first) and drops a property named __proto__; the rest is what matters.
    const servers = [{ url: 'https://kennel.example.com/api' }, { url: 'http://kennel.example.com/api' }];
    const pet = parse(KENNEL).definitions.Pet;
    const converted = { ...openapi, servers, components: { ...(openapi['components'] as object), schemas: { ...(openapi['components'] as { schemas: object }).schemas, Pet: pet } } };
    // swagger2openapi drops a form field's collectionFormat: `csv`, Swagger 2's default, is an unexploded field;
    // in a multipart form, which OpenAPI 3.0 writes one part per item, only with the format kept beside it.
    const paths = (converted as unknown as { paths: Record<string, Record<string, { requestBody: { content: Record<string, Record<string, unknown>> } }>> }).paths;
    const form = paths['/pets/{petId}']!['put']!.requestBody.content['application/x-www-form-urlencoded']!;
    const multipart = paths['/pets/{petId}/photo']!['post']!.requestBody.content['multipart/form-data']!;
    expect([form['encoding'], multipart['encoding']]).toEqual([undefined, undefined]);
    form['encoding'] = { nicknames: { style: 'form', explode: false } };
    multipart['encoding'] = { labels: { style: 'form', explode: false, 'x-collectionFormat': 'csv' } };
    const r = await review(KENNEL, stringify(converted).replace(/#\/definitions\//g, '#/components/schemas/'));
    expect(r.stdout).toContain('### Spec review: No change');
    expect(r.stdout).toContain('`base.yaml` is Swagger 2.0: it is compared as the OpenAPI 3.0.3 it converts to, and located as written.');
    expect(r.stdout).not.toContain('`revision.yaml` is');
    expect(r.code).toBe(0);
  });

  it('locates a breaking change between two Swagger documents in the Swagger text', () => {
    const revision = KENNEL.replace('required: [name, kind]', 'required: [name, kind, owner]');
    const found = diffSpecs(loadFromMemory({ 'spec.yaml': KENNEL }), loadFromMemory({ 'spec.yaml': revision }));
    const line = revision.split('\n').findIndex((l) => l.includes('required: [name, kind, owner]')) + 1;
    expect(found.filter((c) => c.verdict === 'breaking').map((c) => [c.rule, c.revision?.pointer, c.revision?.line])).toContainEqual([
      expect.stringMatching(/required/),
      expect.stringMatching(/^\/definitions\/NewPet/),
      line,
    ]);
  });
});
