/** The direction rule for TypeScript types: an input may only accept more, an output may only promise more. */
import type { TsImpact } from './model.js';
import type { Role } from './roles.js';
import type { TsMember } from './surface.js';
import type { TypeDelta } from './type-delta.js';

export function typeImpact(delta: TypeDelta, roles: readonly Role[]): TsImpact {
  if (delta === 'same') return 'compatible';
  const ok = (role: Role) => (role === 'input' ? delta === 'widened' : delta === 'narrowed');
  return roles.every(ok) ? 'compatible' : 'breaking';
}

/** The worst of what a change means for each role the type plays. */
export function byRole(roles: readonly Role[], input: TsImpact, output: TsImpact): TsImpact {
  const impacts = roles.map((r) => (r === 'input' ? input : output));
  return impacts.includes('breaking') ? 'breaking' : impacts.includes('addition') ? 'addition' : 'compatible';
}

export function memberText(m: TsMember): string {
  return `${m.name}${m.optional ? '?' : ''}: ${m.type}`;
}

/** An interface's members as an object type: `{ id: string; tag?: Tag }`. */
export function membersText(members: readonly TsMember[]): string {
  return `{ ${members.map(memberText).join('; ')} }`;
}
