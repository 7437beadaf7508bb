/**
 * The TypeScript surface diff on hand-written package texts: what changed and whether it breaks callers,
 * with inputs (method parameters) and outputs (what methods resolve to) told apart.
 */
import { describe, expect, it } from 'vitest';
import { compareSurfaces } from '../../generator/diff/ts/compare.js';
import { extractSurface } from '../../generator/diff/ts/surface.js';

/** A resource with one method taking `Params` and resolving to `Thing`, plus `extra` declarations. */
const pkg = (params: string, thing: string, method = 'get(id: string, params: Params): Promise<Thing>', extra = '') =>
  new Map([['src/index.ts', `export interface Params { ${params} }\nexport interface Thing { ${thing} }\nexport class Things { ${method} { return null!; } }\n${extra}`]]);

const OVERLOADED = 'get(id: string, params?: Params, options?: object): Promise<Thing>;\n get(id: string, options?: object): Promise<Thing>;\n get(id: string, params: object = {}, options?: object): Promise<Thing>';

const diff = (a: Map<string, string>, b: Map<string, string>) => compareSurfaces(extractSurface(a), extractSurface(b)).map((c) => `${c.symbol} ${c.change} ${c.impact}`);

const rows = [
  { name: 'nothing changed', before: pkg('q: string;', 'id: string;'), after: pkg('q: string;', 'id: string;'), want: [] },
  { name: 'required member added to an input', before: pkg('q: string;', 'id: string;'), after: pkg('q: string; r: number;', 'id: string;'), want: ['Params.r added breaking'] },
  { name: 'optional member added to an input', before: pkg('q: string;', 'id: string;'), after: pkg('q: string; r?: number;', 'id: string;'), want: ['Params.r added addition'] },
  { name: 'required member added to an output', before: pkg('q: string;', 'id: string;'), after: pkg('q: string;', 'id: string; at: string;'), want: ['Thing.at added addition'] },
  { name: 'member removed from an output', before: pkg('q: string;', 'id: string; at?: string;'), after: pkg('q: string;', 'id: string;'), want: ['Thing.at removed breaking'] },
  { name: 'output member became optional', before: pkg('q: string;', 'id: string;'), after: pkg('q: string;', 'id?: string;'), want: ['Thing.id changed breaking'] },
  { name: 'input member became optional', before: pkg('q: string;', 'id: string;'), after: pkg('q?: string;', 'id: string;'), want: ['Params.q changed compatible'] },
  { name: 'union member added to an output', before: pkg('q: string;', "s: 'a' | 'b';"), after: pkg('q: string;', "s: 'a' | 'b' | 'c';"), want: ['Thing.s changed breaking'] },
  { name: 'union member added to an input', before: pkg("q: 'a' | 'b';", 'id: string;'), after: pkg("q: 'a' | 'b' | 'c';", 'id: string;'), want: ['Params.q changed compatible'] },
  { name: 'input member allowed where it had to be absent (never)', before: pkg('q?: never;', 'id: string;'), after: pkg('q?: string;', 'id: string;'), want: ['Params.q changed compatible'] },
  { name: 'output member that must now be absent (never)', before: pkg('q: string;', 'at?: string;'), after: pkg('q: string;', 'at?: never;'), want: ['Thing.at changed compatible'] },
  { name: 'method renamed', before: pkg('q: string;', 'id: string;'), after: pkg('q: string;', 'id: string;', 'fetch(id: string, params: Params): Promise<Thing>'), want: ['Things.get renamed breaking'] },
  { name: 'type renamed with the same shape', before: pkg('q: string;', 'id: string;'), after: new Map([['src/index.ts', 'export interface Params { q: string }\nexport interface Item { id: string }\nexport class Things { get(id: string, params: Params): Promise<Item> { return null!; } }']]), want: ['Thing renamed breaking'] },
  { name: 'positional argument moved into params', before: pkg('q: string;', 'id: string;'), after: pkg('q: string; id: string;', 'id: string;', 'get(params: Params): Promise<Thing>'), want: ['Params.id added breaking', 'Things.get changed breaking'] },
  { name: 'positional arguments swapped', before: pkg('q: string;', 'id: string;', 'get(org: string, repo: string): Promise<Thing>'), after: pkg('q: string;', 'id: string;', 'get(repo: string, org: string): Promise<Thing>'), want: ['Things.get changed breaking'] },
  { name: 'positional argument renamed in place', before: pkg('q: string;', 'id: string;', 'get(org: string, repo: string): Promise<Thing>'), after: pkg('q: string;', 'id: string;', 'get(owner: string, repo: string): Promise<Thing>'), want: [] },
  { name: 'optional argument added', before: pkg('q: string;', 'id: string;'), after: pkg('q: string;', 'id: string;', 'get(id: string, params: Params, options?: object): Promise<Thing>'), want: ['Things.get changed addition'] },
  { name: 'method started paging', before: pkg('q: string;', 'id: string;', 'list(params: Params): APIPromise<Thing>'), after: pkg('q: string;', 'id: string;', 'list(params: Params): PagePromise<Thing, Item>'), want: ['Things.list changed addition'] },
  { name: 'method stopped paging', before: pkg('q: string;', 'id: string;', 'list(params: Params): PagePromise<Thing, Item>'), after: pkg('q: string;', 'id: string;', 'list(params: Params): APIPromise<Thing>'), want: ['Things.list changed breaking'] },
  { name: 'paging method resolving to another type', before: pkg('q: string;', 'id: string;', 'list(params: Params): APIPromise<Thing>'), after: pkg('q: string;', 'id: string;', 'list(params: Params): PagePromise<Other, Item>'), want: ['Things.list changed breaking'] },
  // Overloads as the generator writes them once every member of `params` is optional: options may take its place.
  { name: 'first optional params, the old call kept by an overload', before: pkg('q: string;', 'id: string;', 'get(id: string, options?: object): Promise<Thing>'), after: pkg('q: string;', 'id: string;', OVERLOADED), want: ['Things.get changed addition'] },
  { name: 'the overload that kept the old call removed', before: pkg('q: string;', 'id: string;', OVERLOADED), after: pkg('q: string;', 'id: string;', 'get(id: string, params?: Params, options?: object): Promise<Thing>'), want: ['Things.get changed breaking'] },
  { name: 'overloads back to a method without params', before: pkg('q: string;', 'id: string;', OVERLOADED), after: pkg('q: string;', 'id: string;', 'get(id: string, options?: object): Promise<Thing>'), want: ['Things.get changed breaking'] },
  { name: 'an overload\'s argument narrowed', before: pkg('q: string;', 'id: string;', OVERLOADED), after: pkg('q: string;', 'id: string;', OVERLOADED.replaceAll('id: string', "id: 'a'")), want: ['Things.get changed breaking'] },
  { name: 'overloads unchanged', before: pkg('q: string;', 'id: string;', OVERLOADED), after: pkg('q: string;', 'id: string;', OVERLOADED), want: [] },
  // Names given anew: `OldId`, `OldName` and `OldKind` all `string`, so no rename pairs them by shape alone.
  ...(() => {
    const named = (prefix: string, thing: string, kind = 'string') => pkg('q: string;', thing, undefined, ['Id', 'Name'].map((n) => `export type ${prefix}${n} = string;`).join('\n') + `\nexport type ${prefix}Kind = ${kind};`);
    const gone = ['OldId removed breaking', 'OldName removed breaking', 'OldKind removed breaking', 'NewId added addition', 'NewName added addition', 'NewKind added addition'];
    return [
      { name: 'types named anew, declaring the same: only the names change', before: named('Old', 'id: OldId; kind: Array<OldKind>;'), after: named('New', 'id: NewId; kind: Array<NewKind>;'), want: gone },
      { name: 'a type named anew declaring another type', before: named('Old', 'id: OldId; kind: OldKind;'), after: named('New', 'id: NewId; kind: NewKind;', 'number'), want: ['Thing.kind changed breaking', ...gone] },
      { name: 'a member key is no type name, even where one is', before: named('Old', 'inner: { OldId: string };'), after: named('New', 'inner: { NewId: string };'), want: ['Thing.inner changed breaking', ...gone] },
      { name: 'nor is a string literal', before: named('Old', "id: 'OldId';"), after: named('New', "id: 'NewId';"), want: ['Thing.id changed breaking', ...gone] },
    ];
  })(),
  // Types nested in a response's namespace, named from inside it (`Result.Meta`), are outputs too.
  ...(() => {
    const nested = (meta: string) => pkg('q: string;', 'result: Thing.Result;', undefined, `export namespace Thing { export interface Result { meta: Result.Meta } export namespace Result { export interface Meta { ${meta} } } }`);
    return [
      { name: 'required member added to a type nested in an output', before: nested('a: string;'), after: nested('a: string; b: string;'), want: ['Thing.Result.Meta.b added addition'] },
      { name: 'member removed from a type nested in an output', before: nested('a: string; b: string;'), after: nested('a: string;'), want: ['Thing.Result.Meta.b removed breaking'] },
    ];
  })(),
  // Classes are told apart by their methods: two renamed at once are each paired with theirs.
  {
    name: 'two classes renamed at once, their methods with them',
    before: new Map([['src/index.ts', 'export class Pets { list(): Promise<string> { return null!; } }\nexport class Stores { find(id: string): Promise<string> { return null!; } }']]),
    after: new Map([['src/index.ts', 'export class Animals { list(): Promise<string> { return null!; } }\nexport class Shops { find(id: string): Promise<string> { return null!; } }']]),
    want: ['Pets renamed breaking', 'Stores renamed breaking'],
  },
  { name: 'exported type added', before: pkg('q: string;', 'id: string;'), after: pkg('q: string;', 'id: string;', undefined, 'export type Mode = "a";'), want: ['Mode added addition'] },
];

describe('TypeScript surface changes', () => {
  it.each(rows)('$name', ({ before, after, want }) => {
    expect(diff(before, after)).toEqual(want);
  });

  it('says which overload a method gained, and shows every overload', () => {
    const [change] = compareSurfaces(extractSurface(pkg('q: string;', 'id: string;', 'get(id: string, options?: object): Promise<Thing>')), extractSurface(pkg('q: string;', 'id: string;', OVERLOADED)));
    expect(change?.why).toBe('now also callable as (id: string, params?: Params, options?: object)');
    expect(change?.after).toBe('(id: string, params?: Params, options?: object): Promise<Thing>; (id: string, options?: object): Promise<Thing>');
  });

  it('reads inline types the spec moved into one component as renamed to it, and a response now named by it as unchanged', () => {
    const before = new Map([['src/index.ts', [
      'export interface GetResponse { name?: string; tag?: GetResponse.Tag }',
      'export namespace GetResponse { export interface Tag { label?: string } }',
      'export interface PutParams { name?: string; tag?: PutParams.Tag }',
      'export namespace PutParams { export interface Tag { label?: string } }',
      'export class Pets { get(): Promise<GetResponse> { return null!; } put(params: PutParams): Promise<void> { return null!; } }',
    ].join('\n')]]);
    const after = new Map([['src/index.ts', [
      'export interface Pet { name?: string; tag?: Tag }',
      'export interface Tag { label?: string }',
      'export type GetResponse = Pet;',
      'export interface PutParams { name?: string; tag?: Tag }',
      'export class Pets { get(): Promise<GetResponse> { return null!; } put(params: PutParams): Promise<void> { return null!; } }',
    ].join('\n')]]);
    expect(diff(before, after)).toEqual(['GetResponse.Tag renamed breaking', 'PutParams.Tag renamed breaking', 'Pet added addition']);
  });

  it('still compares an alias whose interface changed, and an alias that no longer names one, as before', () => {
    const file = (alias: string, pet: string) => new Map([['src/index.ts', `export interface Pet { ${pet} }\nexport type GetResponse = ${alias};\nexport class Pets { get(): Promise<GetResponse> { return null!; } }`]]);
    expect(diff(file('Pet', 'name?: string'), file('Pet', 'name?: string; age: number'))).toEqual(['Pet.age added addition']);
    expect(diff(file('Pet', 'name?: string'), file('Pet | null', 'name?: string'))).toEqual(['GetResponse changed breaking']);
  });

  it('reads an inline type the spec now names by an alias as the same type, and compares what the alias holds', () => {
    const inline = pkg("sort?: 'asc' | 'desc';", "status?: 'on' | 'off'; sizes?: Array<'s' | 'm'>;");
    const named = (status: string) => pkg('sort?: Sort;', 'status?: Status; sizes?: Array<Size>;', undefined, `export type Sort = 'asc' | 'desc';\nexport type Status = ${status};\nexport type Size = 's' | 'm';`);
    expect(diff(inline, named("'on' | 'off'"))).toEqual(['Sort added addition', 'Status added addition', 'Size added addition']);
    expect(diff(inline, named("'on' | 'off' | 'idle'"))).toEqual(['Thing.status changed breaking', 'Sort added addition', 'Status added addition', 'Size added addition']);
    expect(diff(named("'on' | 'off'"), inline)).toEqual(['Sort removed breaking', 'Status removed breaking', 'Size removed breaking']);
    // A member named like an alias is a name, not the alias.
    const keyed = (type: string) => pkg('q: string;', `items?: Array<{ Status?: ${type} }>;`, undefined, "export type Status = 'on' | 'off';");
    expect(diff(keyed('Status'), keyed("'on' | 'off'"))).toEqual([]);
    expect(diff(keyed('Status'), keyed("'on' | 'off' | 'idle'"))).toEqual(['Thing.items changed breaking']);
  });

  it('ignores the runtime under src/core/ and private members', () => {
    const a = new Map([['src/core/x.ts', 'export const a = 1;'], ['src/y.ts', 'export class C { private p = 1; #q = 2; }']]);
    const b = new Map([['src/core/x.ts', 'export const a = "changed";'], ['src/y.ts', 'export class C { private p = "x"; }']]);
    expect(diff(a, b)).toEqual([]);
  });
});
