/** Provenance: spec hashes over the files' bytes, names relative to the entry, nothing machine-specific. */
import { describe, expect, it } from 'vitest';
import { provenance, sha256 } from '../../generator/build/provenance.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const identity = { package: { name: 'acme', version: '1.0.0' }, generator: { name: 'gen', version: '0.1.0' }, typescriptVersion: '5.9.3' };

describe('provenance', () => {
  it('hashes with SHA-256 (the FIPS 180-4 test vector)', () => {
    expect(sha256(bytes('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('records the entry and every file by its path relative to the entry', () => {
    const record = provenance({
      ...identity,
      specFiles: [
        { path: '/home/someone/api/spec/openapi.yaml', bytes: bytes('abc') },
        { path: '/home/someone/api/spec/schemas/user.yaml', bytes: bytes('') },
      ],
    });
    expect(record.spec).toEqual({
      entry: 'openapi.yaml',
      sha256: sha256(bytes('abc')),
      files: { 'openapi.yaml': sha256(bytes('abc')), 'schemas/user.yaml': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
    });
    expect(JSON.stringify(record)).not.toContain('/home/someone');
  });

  it('names the package, the generator and the compiler, and nothing else', () => {
    const record = provenance({ ...identity, specFiles: [{ path: 'openapi.yaml', bytes: bytes('x') }] });
    expect(Object.keys(record)).toEqual(['package', 'generator', 'spec', 'build']);
    expect([record.package, record.generator, record.build]).toEqual([identity.package, identity.generator, { typescript: '5.9.3' }]);
  });

  it('records the overlays applied, in order, with their hashes, since they shape the package as the spec does', () => {
    const record = provenance({
      ...identity,
      specFiles: [{ path: '/home/someone/api/vendor/openapi.json', bytes: bytes('{}') }],
      overlayFiles: [
        { path: '/home/someone/api/sdk.overlay.yaml', bytes: bytes('b') },
        { path: '/home/someone/api/vendor/fixes.overlay.yaml', bytes: bytes('a') },
      ],
    });
    expect(record.spec.overlays).toEqual([
      { file: '../sdk.overlay.yaml', sha256: sha256(bytes('b')) },
      { file: 'fixes.overlay.yaml', sha256: sha256(bytes('a')) },
    ]);
    expect(JSON.stringify(record)).not.toContain('/home/someone');
    expect(provenance({ ...identity, specFiles: [{ path: 'openapi.yaml', bytes: bytes('x') }], overlayFiles: [] }).spec).not.toHaveProperty('overlays');
  });

  it('changes when one byte of the spec changes', () => {
    const a = provenance({ ...identity, specFiles: [{ path: 'openapi.yaml', bytes: bytes('title: a') }] });
    const b = provenance({ ...identity, specFiles: [{ path: 'openapi.yaml', bytes: bytes('title: b') }] });
    expect(a.spec.sha256).not.toBe(b.spec.sha256);
  });
});
