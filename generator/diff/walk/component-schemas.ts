/**
 * Component schemas by name. Their content is compared where operations use them; here only their names:
 * one that disappears while another with the same content appears was renamed, which changes nothing on
 * the wire but renames a generated type.
 */
import { schemaWalk } from '../schema/diff-schema.js';
import { equivalent } from '../schema/walk.js';
import { report, type DiffContext, type Scope } from './context.js';
import { child, entries, rootOf } from './node.js';

export function diffComponentSchemas(ctx: DiffContext): void {
  const at = (spec: DiffContext['base']) => child(rootOf(spec), 'components', 'schemas');
  const [b, r] = [at(ctx.base), at(ctx.revision)];
  const [bm, rm] = [new Map(entries(b)), new Map(entries(r))];
  const scope = (name: string): Scope => ({ operation: '', subject: `schema ${name}`, site: { direction: 'none', area: 'component' } });
  const gone = [...bm].filter(([k]) => !rm.has(k));
  let fresh = [...rm].filter(([k]) => !bm.has(k));
  for (const [name, node] of gone) {
    const walk = schemaWalk(ctx, { ...scope(name), site: { direction: 'response', area: 'component', container: 'body' } });
    const twin = fresh.find(([, other]) => equivalent(walk, node, other));
    if (twin) {
      report(ctx, scope(name), 'component.schema.renamed', node, twin[1], { before: name, after: twin[0] });
      fresh = fresh.filter((f) => f !== twin);
    } else report(ctx, scope(name), 'component.schema.removed', node, r, { before: name });
  }
  for (const [name, node] of fresh) report(ctx, scope(name), 'component.schema.added', b, node, { after: name });
}
