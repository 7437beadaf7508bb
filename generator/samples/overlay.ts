/**
 * The code samples as an OpenAPI Overlay 1.1 document, one action per operation: 1.1 says how each
 * update merges (a list with a list is concatenated, an entry is appended to a list it targets), where 1.0
 * left it open and tools differ.
 */
import { stringify } from 'yaml';
import type { ApiIR } from '../ir/types.js';
import type { CodeSample } from './code-samples.js';

/** `extendsURL`: the spec, relative to where the overlay is written, so a tool given only the overlay finds it. */
export function overlayDocument(api: ApiIR, samples: readonly CodeSample[], extendsURL?: string): string {
  const document = {
    overlay: '1.1.0',
    info: { title: `${api.title}: TypeScript code samples`, version: api.package.version },
    ...(extendsURL !== undefined && { extends: extendsURL }),
    actions: samples.map(({ operation, target, update }) => ({
      target,
      description: `${operation.method} ${operation.path}: ${['client', ...operation.resourcePath, operation.methodName].join('.')}`,
      update,
    })),
  };
  // No line folding: a long line of code stays one line.
  return stringify(document, { lineWidth: 0 });
}
