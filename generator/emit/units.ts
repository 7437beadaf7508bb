/** The emit step: one planned unit → ts-morph statement structures, plus the symbols it uses. */
import type { StatementStructures } from 'ts-morph';
import type { ApiIR, ModelIR } from '../ir/types.js';
import type { Plan, PlannedUnit } from '../plan/plan.js';
import { clientFile } from './client-file.js';
import { environmentFile } from './environment-file.js';
import { exampleUse, type ExampleText } from './example.js';
import { indexFile } from './index-file.js';
import { paramsDeclarations, responseDeclarations } from './operation-types.js';
import { callbackDeclarations } from './webhooks.js';
import { requestBuilder } from './request-builder.js';
import { resourceClass } from './resource-class.js';
import { createScope, type TypeScope } from './scope.js';
import { declareType, directedDeclarations } from './type-declarations.js';
import { webhookDeclarations } from './webhooks.js';

export interface EmittedUnit {
  readonly path: string;
  readonly statements: readonly StatementStructures[];
  readonly uses: ReadonlySet<string>;
}

/** `example`: each method's example for its documentation, as written by default (the pipeline passes them formatted). */
export function emitUnit(api: ApiIR, plan: Plan, unit: PlannedUnit, example: ExampleText = (op) => exampleUse(api, op)): EmittedUnit {
  const uses = new Set<string>();
  const scope = createScope(new Map<string, ModelIR>(api.models.map((m) => [m.key, m])), uses);
  const statements = ((): StatementStructures[] => {
    switch (unit.kind) {
      case 'models':
        return [...api.models.flatMap((m) => [...declareType(m.name, m.schema, modelDocs(m, scope), scope), ...directedDeclarations(m, scope)]), ...webhookDeclarations(api, scope)];
      case 'resource':
        return [
          resourceClass(api, unit.resource, unit.operations, unit.children, scope, example),
          ...unit.operations.flatMap((op) => [...responseDeclarations(op, scope), ...paramsDeclarations(op, scope), ...callbackDeclarations(op, scope)]),
          ...unit.operations.map((op) => requestBuilder(op, scope)),
        ];
      case 'client':
        return clientFile(api, unit.roots, scope);
      case 'environment':
        return environmentFile(api, unit.browser);
      case 'index':
        return indexFile(api, plan, unit.path);
    }
  })();
  return { path: unit.path, statements, uses };
}

/** A model's doc: its description, and for a discriminated base's shape, what the generator made it for. */
function modelDocs(model: ModelIR, scope: TypeScope): (string | undefined)[] {
  if (model.shapeOf === undefined) return [model.schema.description];
  const union = scope.model(model.shapeOf)!.name;
  return [model.schema.description, `The fields every \`${union}\` has. \`${union}\` itself is the union of its variants, which their discriminator tells apart.`];
}
