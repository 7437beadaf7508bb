/**
 * A revision `npm run generate` refuses, though the (lenient) review can compare it: the review says so.
 * And a revision with warnings the base did not have (a slip the pull request brings): listed too.
 */
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../generator/diff/render/json.js';
import { renderMarkdown } from '../../generator/diff/render/markdown.js';
import { review } from '../../generator/diff/review.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

const get = (operationId: string) => ({ get: { operationId, responses: { '204': { description: 'none' } } } });

/** A spec whose `/pets/{id}` declares its parameter or not, with `/owners/{ownerId}` never declaring it. */
function spec(file: string, declared: boolean, extraPaths: Record<string, unknown> = {}) {
  const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
  const pets = { get: { ...get('getPet').get, ...(declared ? { parameters: [id] } : {}) } };
  const doc = minimalDoc({ paths: { '/pets/{id}': pets, '/owners/{ownerId}': get('getOwner'), ...extraPaths } });
  return loadFromMemory({ [file]: specText(doc) });
}

describe('errors the revision brings that only --lenient reads', () => {
  it('are listed, without those the base had already, in the Markdown and the JSON', async () => {
    const r = await review(spec('base.yaml', true), spec('revision.yaml', false), { base: 'base', revision: 'revision' });
    expect(r.newGenerationErrors.map((d) => [d.code, d.location.pointer])).toEqual([['path-param-undeclared', '/paths/~1pets~1{id}/get']]);
    expect(r.verdict).toMatch(/ ⚠️ 1 new error stops npm run generate \(see Generation\)\.$/);
    const md = renderMarkdown(r).split('\n');
    const at = md.indexOf('#### Generation');
    expect(at).toBeGreaterThan(0);
    expect(md[at + 2]).toBe("⚠️ `npm run generate` refuses the revision: it has an error the base did not, which only `--lenient` reads. The comparison below reads them so.");
    expect(md[at + 4]).toBe('- revision.yaml:7:5 `path-param-undeclared` `#/paths/~1pets~1{id}/get`: path template "/pets/{id}" uses {id}, which no parameter declares');
    expect(md[at + 5]).toBe('');
    expect(JSON.parse(renderJson(r)).newGenerationErrors).toHaveLength(1);
  });

  it('name only the file for an error of the whole file, whose line is not known', async () => {
    const r = await review(spec('base.yaml', true), spec('revision.yaml', false), { base: 'base', revision: 'revision' });
    const wholeFile = r.newGenerationErrors.map((d) => ({ ...d, location: { ...d.location, line: 0, column: 0 } }));
    expect(renderMarkdown({ ...r, newGenerationErrors: wholeFile })).toMatch(/^- revision\.yaml `path-param-undeclared`/m);
  });

  it('are none when the revision mends or keeps the base\'s', async () => {
    const mended = await review(spec('base.yaml', false), spec('revision.yaml', true), { base: 'base', revision: 'revision' });
    const kept = await review(spec('base.yaml', false), spec('revision.yaml', false, { '/pets': get('listPets') }), { base: 'base', revision: 'revision' });
    for (const r of [mended, kept]) {
      expect(r.newGenerationErrors).toEqual([]);
      expect(r.verdict).not.toContain('npm run generate');
      expect(renderMarkdown(r)).not.toContain('#### Generation');
    }
  });

  it('shows the first ten in the comment and says how many more the JSON has', async () => {
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`/things${i}/{id}`, get(`getThing${i}`)]));
    const r = await review(spec('base.yaml', true), spec('revision.yaml', true, many), { base: 'base', revision: 'revision' });
    expect(r.newGenerationErrors).toHaveLength(12);
    expect(r.verdict).toContain(' ⚠️ 12 new errors stop npm run generate');
    const md = renderMarkdown(r);
    expect(md.match(/^- revision\.yaml:\d+:\d+ `path-param-undeclared`/gm)).toHaveLength(10);
    expect(md).toContain('- and 2 more (`--format json` lists them all)');
  });
});

describe('warnings the revision brings', () => {
  /** A spec whose `Pet` requires `tags`, which it declares, or misspells as `tag`. */
  function withPet(file: string, required: string, extraPaths: Record<string, unknown> = {}) {
    const pet = { type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } } }, required: [required] };
    const doc = minimalDoc({ paths: { '/pets': get('listPets'), ...extraPaths }, components: { schemas: { Pet: pet } } });
    return loadFromMemory({ [file]: specText(doc) });
  }

  it('are listed under Generation, after any new error, and in the JSON, without the verdict calling generation refused', async () => {
    const r = await review(withPet('base.yaml', 'tags'), withPet('revision.yaml', 'tag'), { base: 'base', revision: 'revision' });
    expect(r.newGenerationErrors).toEqual([]);
    expect(r.newGenerationWarnings.map((d) => [d.code, d.location.pointer])).toEqual([['required-undeclared', '/components/schemas/Pet/required']]);
    expect(r.verdict).not.toContain('npm run generate');
    const md = renderMarkdown(r).split('\n');
    const at = md.indexOf('#### Generation');
    expect(md.slice(at + 2, at + 5)).toEqual([
      'The revision has a warning the base did not; `npm run generate` prints it and goes on.',
      '',
      '- revision.yaml:21:7 `required-undeclared` `#/components/schemas/Pet/required`: "tag" (did you mean "tags"?) is required, but \\`properties\\` does not declare it: left out of the type',
    ]);
    expect(JSON.parse(renderJson(r)).newGenerationWarnings).toHaveLength(1);
  });

  it('are none when the base had them already, or the revision mends them', async () => {
    const kept = await review(withPet('base.yaml', 'tag'), withPet('revision.yaml', 'tag', { '/owners': get('listOwners') }), { base: 'base', revision: 'revision' });
    const mended = await review(withPet('base.yaml', 'tag'), withPet('revision.yaml', 'tags'), { base: 'base', revision: 'revision' });
    for (const r of [kept, mended]) {
      expect(r.newGenerationWarnings).toEqual([]);
      expect(renderMarkdown(r)).not.toContain('#### Generation');
    }
  });

  it('are none for a warning an edit elsewhere moved: a parameter inserted before it, its schema renamed', async () => {
    const contentType = { name: 'Content-Type', in: 'header', schema: { type: 'string' } };
    const limit = { name: 'limit', in: 'query', schema: { type: 'integer' } };
    const withHeader = (file: string, parameters: unknown[]) =>
      loadFromMemory({ [file]: specText(minimalDoc({ paths: { '/pets': { get: { ...get('listPets').get, parameters } } } })) });
    const inserted = await review(withHeader('base.yaml', [contentType]), withHeader('revision.yaml', [limit, contentType]), { base: 'base', revision: 'revision' });
    expect(inserted.typescript.ok && inserted.typescript.warnings.revision.map((d) => d.location.pointer)).toEqual(['/paths/~1pets/get/parameters/1']);
    const renamedPet = (file: string) => {
      const animal = { type: 'object', properties: { tags: { type: 'string' } }, required: ['tag'] };
      return loadFromMemory({ [file]: specText(minimalDoc({ paths: { '/pets': get('listPets') }, components: { schemas: { Animal: animal } } })) });
    };
    const renamed = await review(withPet('base.yaml', 'tag'), renamedPet('revision.yaml'), { base: 'base', revision: 'revision' });
    for (const r of [inserted, renamed]) expect(r.newGenerationWarnings).toEqual([]);
  });

  it('count a warning whose message changed, and each copy of a kept one past the base\'s, as new', async () => {
    const twoSlips = (file: string, required: string[], copies: string[]) => {
      const pet = { type: 'object', properties: { tags: { type: 'string' }, name: { type: 'string' } }, required };
      const schemas = Object.fromEntries(copies.map((name) => [name, pet]));
      return loadFromMemory({ [file]: specText(minimalDoc({ paths: { '/pets': get('listPets') }, components: { schemas } })) });
    };
    const secondSlip = await review(twoSlips('base.yaml', ['tag'], ['Pet']), twoSlips('revision.yaml', ['tag', 'nme'], ['Pet']), { base: 'base', revision: 'revision' });
    expect(secondSlip.newGenerationWarnings.map((d) => [d.location.pointer, d.message])).toEqual([
      ['/components/schemas/Pet/required', expect.stringMatching(/^"tag" \(did you mean "tags"\?\) and "nme" \(did you mean "name"\?\) are required/)],
    ]);
    const copied = await review(twoSlips('base.yaml', ['tag'], ['Pet']), twoSlips('revision.yaml', ['tag'], ['Pet', 'Cat']), { base: 'base', revision: 'revision' });
    expect(copied.newGenerationWarnings.map((d) => d.location.pointer)).toEqual(['/components/schemas/Cat/required']);
  });

  it('follow the new errors when the revision brings both', async () => {
    const both = (file: string, declared: boolean, required: string) => {
      const pets = { get: { ...get('getPet').get, ...(declared ? { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] } : {}) } };
      const pet = { type: 'object', properties: { tags: { type: 'string' } }, required: [required] };
      return loadFromMemory({ [file]: specText(minimalDoc({ paths: { '/pets/{id}': pets }, components: { schemas: { Pet: pet } } })) });
    };
    const r = await review(both('base.yaml', true, 'tags'), both('revision.yaml', false, 'tag'), { base: 'base', revision: 'revision' });
    const md = renderMarkdown(r);
    const section = md.slice(md.indexOf('#### Generation'), md.indexOf('####', md.indexOf('#### Generation') + 4));
    expect(section.indexOf('refuses the revision')).toBeGreaterThan(0);
    expect(section.indexOf('The revision has a warning')).toBeGreaterThan(section.indexOf('- revision.yaml'));
  });
});
