/**
 * The two packages a type text belongs to, for comparing a type of the old one with one of the new: the
 * renamed symbols, and each side's named types, so a type the spec now names (`status?: Status`, where
 * it wrote `status?: 'on' | 'off'` inline; a response now `Pet`) reads as the same type.
 */
import type { Role } from './roles.js';
import { typeChange, type TypeChange } from './structure.js';
import { outsideLiterals, text, type Surface, type TsMember, type TsSymbol } from './surface.js';
import { renamed } from './type-delta.js';
import { newNames, sameButNewNames, type NewNames } from './new-names.js';

export interface Sides extends NewNames {
  readonly names: ReadonlyMap<string, string>;
}

export function sidesOf(names: ReadonlyMap<string, string>, before: Surface, after: Surface): Sides {
  return { names, ...newNames(before, after) };
}

/**
 * `typeChange` of the old text, renames applied, to the new; none when both read the same once their
 * aliases are written out, or but for types the revision names anew (`sameButNewNames`).
 */
export function changeAcross(before: string, after: string, roles: readonly Role[], sides: Sides): TypeChange | undefined {
  const change = typeChange(renamed(before, sides.names), after, roles);
  if (!change || sameButNewNames(renamed(before, sides.names), after, sides)) return undefined;
  const [b, a] = [withAliases(before, sides.before), withAliases(after, sides.after)];
  return b !== before || a !== after ? typeChange(renamed(b, sides.names), a, roles) : change;
}

/**
 * An interface's members; for a type alias that names an interface (`type PetsGetPetResponse = Pet`, once
 * the spec moved the inline schema into a component), that interface's, so the two compare member by member.
 */
export function membersThroughAlias(s: TsSymbol, surface: Surface): readonly TsMember[] | undefined {
  if (s.members || s.kind !== 'type' || s.type === undefined) return s.members;
  const target = surface.get(s.type);
  return target?.kind === 'interface' ? target.members : undefined;
}

/** A qualified name (`Status`, `PetsGetPetResponse.Kind`), not a member's or a parameter's (`status?:`). */
const NAME = /(?<![\w$.'"])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?![\w$])(?!\s*\??:)/g;

/**
 * The text with each alias of the package that holds no object type written out in its place (enum-like
 * unions, primitives, other aliases), a few levels deep; parentheses kept only where they are needed.
 */
function withAliases(type: string, surface: Surface, depth = 0): string {
  if (depth > 3) return type;
  const expanded = outsideLiterals(type, (rest) =>
    rest.replace(NAME, (name) => {
      const alias = surface.get(name);
      return alias?.kind === 'type' && alias.type !== undefined && !alias.type.includes('{') ? `(${withAliases(alias.type, surface, depth + 1)})` : name;
    }),
  );
  return expanded === type ? type : text(expanded);
}
