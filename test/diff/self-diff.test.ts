/** No spurious changes: every oasdiff fixture document, and our spec, compared with itself reports nothing. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../generator/diff/spec-diff.js';
import { OASDIFF_DIR, readManifest } from './oasdiff/fixtures.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { readFileSync, existsSync } from 'node:fs';

const documents = [...new Set(readManifest().flatMap((t) => [t.base, t.revision]))].filter((f) => existsSync(join(OASDIFF_DIR, f)) && statSync(join(OASDIFF_DIR, f)).isFile());

describe('a document compared with itself', () => {
  it(`reports nothing, for each of the ${documents.length} oasdiff fixture documents`, () => {
    const noisy = documents.filter((file) => {
      const r = loadSpec(file, (f) => (existsSync(join(OASDIFF_DIR, f)) ? readFileSync(join(OASDIFF_DIR, f), 'utf8') : undefined));
      return r.ok && diffSpecs(r.spec, r.spec).length > 0;
    });
    expect(noisy).toEqual([]);
    expect(documents.length).toBeGreaterThan(150);
  });

  it('reports nothing for the fixtures of this project', () => {
    const dir = 'test/diff/fixtures/active-session';
    for (const name of readdirSync(dir)) {
      const r = loadSpec(relative('.', join(dir, name)), (f) => readFileSync(f, 'utf8'));
      if (!r.ok) throw new Error(name);
      expect(diffSpecs(r.spec, r.spec)).toEqual([]);
    }
  });
});
