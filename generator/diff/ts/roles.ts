/**
 * Which exported types are inputs (values callers build: method parameters, client options) and which are
 * outputs (values callers read: what methods resolve to), following type references from the methods.
 * A type can be both. The direction rule holds for types too: an input may only accept more, an output
 * may only promise more.
 */
import { ownerOf, type Surface, type TsSymbol } from './surface.js';

export type Role = 'input' | 'output';

const IDENTIFIER = /[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/g;

/**
 * The exported types a type text mentions, by qualified name. A name written inside a namespace is looked
 * up there first, then in each enclosing one, as TypeScript does: in `RadarGetResponse.Result`'s members,
 * `Result.Meta` is `RadarGetResponse.Result.Meta`. `from`: the symbol whose text it is.
 */
export function referenced(type: string, surface: Surface, from = ''): string[] {
  return [...type.matchAll(IDENTIFIER)].flatMap((m) => resolved(m[0], ownerOf(from), surface) ?? []);
}

function resolved(name: string, scope: string, surface: Surface): string | undefined {
  const full = scope === '' ? name : `${scope}.${name}`;
  const kind = surface.get(full)?.kind;
  if (kind === 'interface' || kind === 'type') return full;
  return scope === '' ? undefined : resolved(name, ownerOf(scope), surface);
}

/**
 * Roles the spec gives types that no method's signature reaches. `read`: types callers read though no
 * method returns them (the webhooks' payloads, which their server receives). `built`: types callers build
 * though no method takes them (a request body's component, whose fields the method's `…Params` copies).
 */
export interface GivenRoles {
  readonly read?: readonly string[];
  readonly built?: readonly string[];
}

export function rolesOf(surface: Surface, given: GivenRoles = {}): ReadonlyMap<string, ReadonlySet<Role>> {
  const roles = new Map<string, Set<Role>>();
  const mark = (name: string, role: Role) => {
    const set = roles.get(name) ?? new Set<Role>();
    if (set.has(role)) return;
    set.add(role);
    roles.set(name, set);
    for (const t of typesInside(surface.get(name))) for (const n of referenced(t, surface, name)) mark(n, role);
  };
  for (const s of surface.values()) {
    if (s.kind !== 'method' && s.kind !== 'function') continue;
    for (const p of [s.params ?? [], ...(s.otherParams ?? [])].flat()) for (const n of referenced(p.type, surface, s.name)) mark(n, 'input');
    if (!s.name.endsWith('.constructor')) for (const n of referenced(s.type ?? '', surface, s.name)) mark(n, 'output');
  }
  for (const name of given.read ?? []) if (surface.has(name)) mark(name, 'output');
  for (const name of given.built ?? []) if (surface.has(name)) mark(name, 'input');
  return roles;
}

function typesInside(s: TsSymbol | undefined): string[] {
  if (!s) return [];
  return [...(s.members ?? []).map((m) => m.type), ...(s.type ? [s.type] : [])];
}
