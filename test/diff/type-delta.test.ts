/** How a type's text changed, as the TypeScript review orders it. */
import { describe, expect, it } from 'vitest';
import { typeDelta, withOpenStrings } from '../../generator/diff/ts/type-delta.js';

describe('typeDelta', () => {
  it('orders unions by their members', () => {
    expect(typeDelta("'a' | 'b'", "'a' | 'b' | 'c'")).toBe('widened');
    expect(typeDelta("'a' | 'b'", "'a'")).toBe('narrowed');
    expect(typeDelta("'a'", "'b'")).toBe('changed');
    expect(typeDelta('Params<\'a\'>', 'Params<\'a\' | \'b\'>')).toBe('changed');
  });

  it('takes an open string union for the string it accepts, wherever it is nested', () => {
    expect(typeDelta("AuthorizationURLParams<'read' | (string & {})>", "AuthorizationURLParams<'read' | 'write' | (string & {})>")).toBe('same');
    expect(typeDelta("AuthorizationURLParams<'read' | 'write' | (string & {})>", "AuthorizationURLParams<'write' | (string & {})>")).toBe('same');
    expect(typeDelta("'GET' | (string & {})", 'number')).toBe('changed');
    expect(typeDelta("'a' | (string & {})", "'a' | (string & {}) | number")).toBe('widened');
  });

  it('takes a literal for a value of its primitive type: a closed enum that opens widens', () => {
    expect(typeDelta("'a' | 'b'", "'a' | 'b' | (string & {})")).toBe('widened');
    expect(typeDelta("'a' | (string & {})", "'a' | 'b'")).toBe('narrowed');
    expect(typeDelta("'x' | 1.5 | -2 | 1e3 | true", 'string | number | boolean')).toBe('widened');
    expect(typeDelta('string', "'a' | 'b' | null")).toBe('changed');
    expect(typeDelta("'1'", 'number')).toBe('changed');
    expect(typeDelta('1', 'string')).toBe('changed');
  });

  it('keeps literals that are not part of an open union, and quotes inside literals', () => {
    expect(withOpenStrings(`Foo<'x'> | "y\\"|" | (string & {})`)).toBe("Foo<'x'> | string");
    expect(withOpenStrings(`'(string & {})' | (string & {})`)).toBe('string');
    expect(withOpenStrings("'a' | 'b'")).toBe("'a' | 'b'");
  });
});
