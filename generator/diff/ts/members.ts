/**
 * Members of an interface, one change per member. For an input type (callers build it) a new required
 * member or a narrower type breaks; for an output type (callers read it) a removed member, one that
 * became optional or a wider type breaks, and a new member, even a required one, does not.
 */
import { worst, type TsChange, type TsImpact } from './model.js';
import type { Role } from './roles.js';
import type { TsMember } from './surface.js';
import { byRole as worse, memberText } from './impact.js';
import { changeAcross, type Sides } from './sides.js';

type Draft = Omit<TsChange, 'causes'>;

export function compareMembers(name: string, before: readonly TsMember[], after: readonly TsMember[], roles: Role[], sides: Sides): Draft[] {
  const out: Draft[] = [];
  const at = (m: TsMember) => `${name}.${m.name}`;
  for (const b of before) {
    const a = after.find((m) => m.name === b.name);
    if (!a) {
      out.push({ symbol: at(b), change: 'removed', impact: 'breaking', roles, before: memberText(b), why: roles.includes('output') ? 'removed: code that reads it no longer compiles' : 'removed: code that sets it no longer compiles' });
      continue;
    }
    const reasons: string[] = [];
    const impacts: TsImpact[] = [];
    if (b.optional !== a.optional) {
      reasons.push(a.optional ? 'became optional' : 'became required');
      impacts.push(a.optional ? worse(roles, 'compatible', 'breaking') : worse(roles, 'breaking', 'compatible'));
    }
    const change = changeAcross(b.type, a.type, roles, sides);
    if (change) {
      reasons.push(change.why);
      impacts.push(change.impact);
    }
    if (reasons.length === 0) continue;
    const impact: TsImpact = worst(impacts) ?? 'compatible';
    out.push({ symbol: at(b), change: 'changed', impact, roles, before: memberText(b), after: memberText(a), why: `${reasons.join(', ')} (${roles.join(' and ')} type)` });
  }
  for (const a of after.filter((m) => !before.some((b) => b.name === m.name))) {
    const impact = worse(roles, a.optional ? 'addition' : 'breaking', 'addition');
    const why = impact === 'breaking' ? 'required member added to an input type: callers must now set it' : `${a.optional ? 'optional' : 'required'} member added${roles.includes('output') && !a.optional ? ' to an output type: callers only read it' : ''}`;
    out.push({ symbol: at(a), change: 'added', impact, roles, after: memberText(a), why });
  }
  return out;
}
