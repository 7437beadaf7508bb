/**
 * The spec's response examples and its schemas' examples against the generated types
 * (`response-example-types.ts`, `schema-example-types.ts`), read once and compiled in one tsc run.
 */
import { join, resolve } from 'node:path';
import { compileChecks, specContext, type ExampleTypeCheck } from './example-assignments.js';
import { responseExampleFile } from './response-example-types.js';
import { schemaExampleFile } from './schema-example-types.js';

export function exampleTypes(specFile: string, out: string, overlays: readonly string[] = []): { responses: ExampleTypeCheck; schemas: ExampleTypeCheck } {
  const packageDir = resolve(out);
  const context = specContext(specFile, overlays);
  const [responses, schemas] = compileChecks(packageDir, [
    responseExampleFile(context, `import Client from ${JSON.stringify(join(packageDir, 'src/index.js'))};`),
    schemaExampleFile(context, `import type * as Models from ${JSON.stringify(join(packageDir, 'src/models.js'))};`),
  ]);
  return { responses: responses!, schemas: schemas! };
}
