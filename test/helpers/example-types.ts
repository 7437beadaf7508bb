/**
 * The spec's response, request and schema examples against the generated types
 * (`response-example-types.ts`, `request-example-types.ts`, `schema-example-types.ts`), read once and
 * compiled in one tsc run.
 */
import { join, resolve } from 'node:path';
import { compileChecks, specContext, type AssignmentFile, type ExampleTypeCheck, type SpecContext } from './example-assignments.js';
import { requestExampleFile } from './request-example-types.js';
import { responseExampleFile } from './response-example-types.js';
import { schemaExampleFile } from './schema-example-types.js';

export interface ExampleTypeChecks {
  readonly responses: ExampleTypeCheck;
  readonly requests: ExampleTypeCheck;
  readonly schemas: ExampleTypeCheck;
}

export function exampleTypes(specFile: string, out: string, overlays: readonly string[] = []): ExampleTypeChecks {
  const packageDir = resolve(out);
  const [responses, requests, schemas] = compileChecks(packageDir, exampleCheckFiles(specContext(specFile, overlays), join(packageDir, 'src')));
  return { responses: responses!, requests: requests!, schemas: schemas! };
}

/** The three checks' files (responses, requests, schemas), importing the package's modules from `src` (a path, or `.` beside them). */
export function exampleCheckFiles(context: SpecContext, src: string): AssignmentFile[] {
  const client = `import Client from ${JSON.stringify(`${src}/index.js`)};`;
  return [responseExampleFile(context, client), requestExampleFile(context, client), schemaExampleFile(context, `import type * as Models from ${JSON.stringify(`${src}/models.js`)};`)];
}
