/**
 * Links each TypeScript change to the spec changes that explain it, through the IR of both versions: a
 * method and its `…Params`/`…Response` types belong to an operation; a model type to a component schema;
 * the client options to the security schemes.
 */
import type { ApiIR } from '../../ir/types.js';
import type { SpecChange } from '../model.js';
import type { TsChange } from './model.js';

interface Owner {
  readonly operation?: string;
  /** Which of the operation's changes can explain the symbol. */
  readonly part?: 'request' | 'response' | 'signature';
  readonly schemaPointers?: readonly string[];
  readonly client?: boolean;
}

function ownerOf(symbol: string, apis: readonly ApiIR[]): Owner {
  const [top = '', member] = symbol.split('.');
  for (const api of apis) {
    for (const op of api.operations) {
      const label = `${op.method} ${op.path}`;
      const resource = api.resources.find((r) => r.path.join('.') === op.resourcePath.join('.'));
      if (resource && top === resource.className && member === op.methodName) return { operation: label, part: 'signature' };
      if (top === `build${op.typePrefix}Request`) return { operation: label, part: 'signature' };
      if (top.startsWith(op.typePrefix)) return { operation: label, part: partOf(top.slice(op.typePrefix.length)) };
    }
    const model = api.models.find((m) => m.name === top);
    if (model) return { schemaPointers: [model.origin.pointer] };
    if (top === 'ClientOptions' || top === api.client.name) return { client: true };
  }
  return {};
}

function partOf(rest: string): 'request' | 'response' | undefined {
  if (/^Params\b/.test(rest)) return 'request';
  if (/^Response\b/.test(rest)) return 'response';
  return undefined;
}

/** A method's arguments come from its parameters and the operation's extensions, not from its body. */
const SIGNATURE_AREAS = new Set(['operation', 'parameter', 'extension']);

function explains(c: SpecChange, owner: Owner): boolean {
  if (owner.client) return c.site.area === 'security-scheme' || c.site.area === 'global-security' || (c.site.area === 'document' && c.subject.includes('x-sdk'));
  if (owner.operation) {
    if (c.operation !== owner.operation) return false;
    if (owner.part === 'signature') return SIGNATURE_AREAS.has(c.site.area) && c.site.container !== 'body';
    if (owner.part === 'request') return c.site.direction === 'request' || SIGNATURE_AREAS.has(c.site.area);
    if (owner.part === 'response') return c.site.direction === 'response' || c.site.area === 'operation';
    return true;
  }
  const pointers = owner.schemaPointers ?? [];
  return pointers.some((p) => [c.base?.pointer, c.revision?.pointer].some((x) => x !== undefined && (x === p || x.startsWith(`${p}/`))));
}

/** Prefers the spec changes about the same member (`Session.meta` → changes under `meta`). */
function narrow(indexes: number[], changes: readonly SpecChange[], symbol: string): number[] {
  const member = symbol.split('.').pop() ?? '';
  if (!symbol.includes('.') || member === '') return indexes;
  const about = indexes.filter((i) => {
    const c = changes[i]!;
    return c.subject.split(/[ /]/).includes(member) || [c.base?.pointer, c.revision?.pointer].some((p) => p?.split('/').includes(member));
  });
  return about.length > 0 ? about : indexes;
}

export function trace(tsChanges: readonly TsChange[], specChanges: readonly SpecChange[], apis: readonly ApiIR[]): TsChange[] {
  return tsChanges.map((t) => {
    const owner = ownerOf(t.symbol, apis);
    const renamedOwner = t.after && t.change === 'renamed' ? ownerOf(t.after, apis) : {};
    const hits = specChanges.map((_, i) => i).filter((i) => explains(specChanges[i]!, owner) || explains(specChanges[i]!, renamedOwner));
    return { ...t, causes: narrow(hits, specChanges, t.symbol) };
  });
}
