/**
 * Type changes the text comparison can only call "type changed", checked by TypeScript: both packages in
 * one program, the new type assigned to the old for an output, the old to the new for an input.
 */
import { describe, expect, it } from 'vitest';
import { compareSurfaces } from '../../generator/diff/ts/compare.js';
import { extractSurface } from '../../generator/diff/ts/surface.js';
import { comparePackages } from '../../generator/diff/ts/ts-diff.js';

/**
 * A package whose method resolves to `ThingResponse` and takes `CreateParams`, both intersections of a
 * base with the rest, as Cloudflare's responses are (`V4Response & { result?: Bucket }`); `prefix` names
 * the components (`Old`, `New`), so no rename pairs them.
 */
const pkg = (prefix: string, thing: string, base = 'success: boolean;', extra = '') =>
  new Map([
    [
      'src/index.ts',
      `${extra}
export interface ${prefix}Base { ${base} }
export interface ${prefix}Thing { ${thing} }
export type ThingResponse = ${prefix}Base & { result?: Array<${prefix}Thing> };
export type CreateParams = ${prefix}Base & { thing: ${prefix}Thing };
export class Things {
  create(params: CreateParams): Promise<ThingResponse> { return null!; }
}`,
    ],
  ]);

const row = (before: Map<string, string>, after: Map<string, string>, symbol: string) => comparePackages(before, after).changes.find((c) => c.symbol === symbol);

describe('type changes checked by TypeScript', () => {
  it('leaves the text comparison unable to tell these apart', () => {
    const changes = compareSurfaces(extractSurface(pkg('Old', 'id: string;')), extractSurface(pkg('New', 'id: string; at?: string;')));
    expect(changes.find((c) => c.symbol === 'ThingResponse')).toMatchObject({ impact: 'breaking', why: 'type changed' });
  });

  it('an output whose every new value is an old one is compatible', () => {
    const change = row(pkg('Old', 'id: string;'), pkg('New', 'id: string; at?: string;', 'success: boolean; messages?: string[];'), 'ThingResponse');
    expect(change).toMatchObject({ change: 'changed', impact: 'compatible', roles: ['output'] });
    expect(change!.why).toContain('every new value is assignable to the old type');
  });

  it("an output that lost a member inside an array is breaking, with TypeScript's reason", () => {
    const change = row(pkg('Old', 'id: string;'), pkg('New', 'at?: string;'), 'ThingResponse');
    expect(change).toMatchObject({ impact: 'breaking' });
    expect(change!.why).toMatch(/^type changed: at `result`, TypeScript says: .*'id' is missing in type 'NewThing' but required in type 'OldThing'$/);
  });

  it('an optional member dropped is breaking, though the new type is assignable to the old', () => {
    const output = row(pkg('Old', 'id: string; status?: string;'), pkg('New', 'id: string;'), 'ThingResponse');
    expect(output).toMatchObject({ impact: 'breaking', roles: ['output'] });
    expect(output!.why).toBe('type changed: member `result.status` is gone: code that reads it no longer compiles');
    const input = row(pkg('Old', 'id: string; status?: string;'), pkg('New', 'id: string;'), 'CreateParams');
    expect(input).toMatchObject({ impact: 'breaking', roles: ['input'] });
    expect(input!.why).toBe('type changed: member `thing.status` is gone: object literals that set it no longer compile');
    // A member kept under an index signature still reads and builds.
    const open = row(pkg('Old', 'id: string; status?: string;'), pkg('New', 'id: string; [key: string]: unknown;'), 'ThingResponse');
    expect(open).toMatchObject({ impact: 'compatible' });
  });

  it('an input that accepts every old value is compatible; one that needs more is breaking', () => {
    const wider = row(pkg('Old', 'id: string;'), pkg('New', 'id: string | number;'), 'CreateParams');
    expect(wider).toMatchObject({ impact: 'compatible', roles: ['input'] });
    expect(wider!.why).toContain('every old value is assignable to the new type');
    const narrower = row(pkg('Old', 'id: string;'), pkg('New', 'id: string; at: string;'), 'CreateParams');
    expect(narrower).toMatchObject({ impact: 'breaking' });
    expect(narrower!.why).toContain("Property 'at' is missing in type 'OldThing' but required in type 'NewThing'");
  });

  it('a type both read and built must be assignable both ways', () => {
    const both = (prefix: string, thing: string) => pkg(prefix, thing).set('src/both.ts', `import type { ThingResponse } from './index.js';\nexport class Echo { echo(value: ThingResponse): Promise<ThingResponse> { return null!; } }`);
    const widened = row(both('Old', 'id: string;'), both('New', 'id: string | number;'), 'ThingResponse');
    expect(widened).toMatchObject({ impact: 'breaking' });
    expect([...widened!.roles].sort()).toEqual(['input', 'output']);
    expect(widened!.why).toBe("type changed: at `result.id`, TypeScript says: Type 'number' is not assignable to type 'string'");
    // An optional member added: old values still build it, and new ones still read as old ones.
    const same = row(both('Old', 'id: string;'), both('New', 'id: string; at?: string;'), 'ThingResponse');
    expect(same).toMatchObject({ impact: 'compatible' });
    expect(same!.why).toContain('each type is assignable to the other');
  });

  it('checks a member of an interface, or of the interface an alias named', () => {
    const envelope = (declaration: string, thing: string) => new Map([['src/index.ts', `${declaration}\nexport interface OldThing { id: string; }\nexport interface NewThing { ${thing} }\nexport class Things { get(): Promise<ThingResponse> { return null!; } }`]]);
    const before = envelope('export type ThingResponse = Envelope;\nexport interface Envelope { result?: Array<OldThing> }', 'id: string;');
    const compatible = row(before, envelope('export interface ThingResponse { result?: Array<NewThing> }', 'id: string; at?: string;'), 'ThingResponse.result');
    expect(compatible).toMatchObject({ impact: 'compatible', roles: ['output'] });
    expect(compatible!.why).toMatch(/^items: type changed \(output type\), but every new value is assignable to the old type/);
    const breaking = row(before, envelope('export interface ThingResponse { result?: Array<NewThing> }', 'id?: string;'), 'ThingResponse.result');
    expect(breaking).toMatchObject({ impact: 'breaking', why: "items: type changed (output type): at `id`, TypeScript says: Type 'undefined' is not assignable to type 'string'" });
  });

  it('leaves a row as it was when a type cannot be read (`any`), on either side', () => {
    const gone = (text: string) => text.replace(/export type (\w+) = NewBase &/g, "import type { Gone } from './missing.js';\nexport type $1 = Gone & NewBase &");
    const unresolved = new Map([['src/index.ts', gone(pkg('New', 'id: string;').get('src/index.ts')!)]]);
    // The response's new type is the source of its assignment, the params' new type the target of theirs.
    expect(row(pkg('Old', 'id: string;'), unresolved, 'ThingResponse')).toMatchObject({ impact: 'breaking', why: 'type changed' });
    expect(row(pkg('Old', 'id: string;'), unresolved, 'CreateParams')).toMatchObject({ impact: 'breaking', why: 'type changed' });
  });
});
