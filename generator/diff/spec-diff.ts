/**
 * The wire diff: every change between two loaded OpenAPI documents, with its rule, verdict and location
 * on both sides. Pure: the documents come in, the list of changes goes out.
 */
import type { LoadedSpec } from '../load/load-spec.js';
import type { SpecChange } from './model.js';
import { diffComponentSchemas } from './walk/component-schemas.js';
import { diffSecuritySchemes, diffWebhooks } from './walk/components.js';
import { diffExtensions, diffTagExtensions } from './walk/extensions.js';
import type { DiffContext } from './walk/context.js';
import { rootOf } from './walk/node.js';
import { diffOperations } from './walk/operations.js';
import { diffGlobalSecurity } from './walk/security.js';
import { diffDocumentServers } from './walk/servers.js';

export function diffSpecs(base: LoadedSpec, revision: LoadedSpec): SpecChange[] {
  const ctx: DiffContext = { base, revision, changes: [] };
  // `x-webhooks` is compared webhook by webhook (`diffWebhooks`, `diffOperations`), not as one value.
  diffExtensions(ctx, { operation: '', subject: 'document', site: { direction: 'none', area: 'document' } }, rootOf(base), rootOf(revision), ['x-webhooks']);
  diffTagExtensions(ctx);
  diffDocumentServers(ctx);
  diffGlobalSecurity(ctx);
  diffSecuritySchemes(ctx);
  diffComponentSchemas(ctx);
  diffOperations(ctx, 'paths');
  diffWebhooks(ctx);
  diffOperations(ctx, 'webhooks');
  return dedupe(ctx.changes);
}

/** The same change reached twice (a schema shared by two media types of one body) is reported once. */
function dedupe(changes: readonly SpecChange[]): SpecChange[] {
  const seen = new Set<string>();
  return changes.filter((c) => {
    const key = JSON.stringify([c.rule, c.operation, c.subject, c.message, c.base?.pointer, c.revision?.pointer]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
