/**
 * How an anonymous type changed, by its structure rather than its text: inline objects (an array's items,
 * a union's branch, a type alias) are compared member by member with the direction rule of named
 * interfaces (`members.ts`), so a field added to the items of a response's array is an addition, not a
 * "changed" type. Anything else falls back to `typeDelta`.
 */
import type { TsImpact } from './model.js';
import type { Role } from './roles.js';
import { byRole, typeImpact } from './impact.js';
import { typeDelta, unionMembers, withOpenStrings } from './type-delta.js';
import { enclosed, splitTop } from './type-text.js';

export interface TypeChange {
  readonly impact: TsImpact;
  readonly why: string;
}

interface Member {
  readonly name: string;
  readonly optional: boolean;
  readonly type: string;
}

const ORDER: readonly TsImpact[] = ['compatible', 'addition', 'breaking'];

/** How `before` became `after` for a type playing `roles`; undefined when they are the same. */
export function typeChange(before: string, after: string, roles: readonly Role[]): TypeChange | undefined {
  const [b, a] = [withOpenStrings(before).trim(), withOpenStrings(after).trim()];
  if (b === a) return undefined;
  const [bItems, aItems] = [arrayItems(b), arrayItems(a)];
  if (bItems !== undefined && aItems !== undefined) return within('items', typeChange(bItems, aItems, roles));
  const [bMembers, aMembers] = [objectMembers(b), objectMembers(a)];
  if (bMembers && aMembers) return membersChange(bMembers, aMembers, roles);
  const branch = changedBranch(b, a);
  if (branch) return within('a union branch', typeChange(branch[0], branch[1], roles));
  const delta = typeDelta(b, a);
  return delta === 'same' ? undefined : { impact: typeImpact(delta, roles), why: `type ${delta}` };
}

function within(where: string, change: TypeChange | undefined): TypeChange | undefined {
  return change && { impact: change.impact, why: `${where}: ${change.why}` };
}

/** The one branch of a union that differs on each side (`{ a } | null` → `{ a; b } | null`), else undefined. */
function changedBranch(before: string, after: string): [string, string] | undefined {
  const [b, a] = [unionMembers(before), unionMembers(after)];
  if (b.length < 2 || b.length !== a.length) return undefined;
  const onlyBefore = b.filter((m) => !a.includes(m));
  const onlyAfter = a.filter((m) => !b.includes(m));
  return onlyBefore.length === 1 && onlyAfter.length === 1 ? [onlyBefore[0]!, onlyAfter[0]!] : undefined;
}

/** Members compared as `compareMembers` compares an interface's; the worst impact, and each reason. */
function membersChange(before: readonly Member[], after: readonly Member[], roles: readonly Role[]): TypeChange | undefined {
  const found: TypeChange[] = [];
  for (const b of before) {
    const a = after.find((m) => m.name === b.name);
    if (!a) {
      found.push({ impact: 'breaking', why: `member \`${b.name}\` removed` });
      continue;
    }
    if (b.optional !== a.optional) found.push({ impact: a.optional ? byRole(roles, 'compatible', 'breaking') : byRole(roles, 'breaking', 'compatible'), why: `\`${b.name}\` became ${a.optional ? 'optional' : 'required'}` });
    const inner = within(`\`${b.name}\``, typeChange(b.type, a.type, roles));
    if (inner) found.push(inner);
  }
  for (const a of after.filter((m) => !before.some((b) => b.name === m.name))) {
    found.push({ impact: byRole(roles, a.optional ? 'addition' : 'breaking', 'addition'), why: `${a.optional ? 'optional' : 'required'} member \`${a.name}\` added` });
  }
  if (found.length === 0) return undefined;
  const impact = found.map((f) => f.impact).reduce((x, y) => (ORDER.indexOf(y) > ORDER.indexOf(x) ? y : x));
  return { impact, why: found.map((f) => f.why).join(', ') };
}

/** `Array<T>`, `ReadonlyArray<T>` or `readonly T[]`/`T[]` → `T`. */
export function arrayItems(type: string): string | undefined {
  const generic = /^(?:Readonly)?Array<([\s\S]*)>$/.exec(type)?.[1];
  if (generic !== undefined && enclosed(type, type.indexOf('<'))) return generic;
  const suffixed = /^(?:readonly\s+)?([\s\S]*)\[\]$/.exec(type)?.[1];
  if (suffixed === undefined) return undefined;
  if (/^\([\s\S]*\)$/.test(suffixed) && enclosed(suffixed, 0)) return suffixed.slice(1, -1);
  return /^(?:[\w$.]+|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")$/.test(suffixed) ? suffixed : undefined;
}

/** The members of an object type written inline (`{ a: string; 'b-c'?: number }`), else undefined. */
export function objectMembers(type: string): Member[] | undefined {
  if (!type.startsWith('{') || !enclosed(type, 0)) return undefined;
  const members: Member[] = [];
  for (const part of splitTop(type.slice(1, -1), ';,')) {
    const member = /^(?:readonly\s+)?('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[\w$]+|\[[^\]]*\])(\?)?\s*:\s*([\s\S]+)$/.exec(part);
    if (!member) return undefined;
    members.push({ name: member[1]!, optional: member[2] === '?', type: member[3]!.trim() });
  }
  return members;
}
