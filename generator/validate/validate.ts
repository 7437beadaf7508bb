/** The validate step: structural checks that must pass before the IR can be built. */
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedSpec } from '../load/load-spec.js';
import { checkDocument } from './check-document.js';
import { checkOperations } from './check-operations.js';
import { checkPaths } from './check-paths.js';
import { checkReferenceObjects } from './check-reference-objects.js';
import { checkRefs } from './check-refs.js';
import { checkSdkExtensions } from './check-sdk-extensions.js';
import { checkSecurity } from './check-security.js';

export function validate(spec: LoadedSpec): readonly Diagnostic[] {
  const frame = checkDocument(spec);
  // Without a recognisable OpenAPI 3 frame the other checks would only add noise.
  if (frame.some((d) => d.code.startsWith('not-openapi'))) return frame;
  return [...frame, ...conversionProblems(spec), ...checkRefs(spec), ...checkReferenceObjects(spec), ...checkPaths(spec), ...checkOperations(spec), ...checkSecurity(spec), ...checkSdkExtensions(spec)];
}

/** What converting a Swagger 2.0 file found against 2.0's own rules, which the converted document no longer shows. */
function conversionProblems(spec: LoadedSpec): Diagnostic[] {
  return [...spec.sources.values()].flatMap((source) => source.conversionProblems ?? []);
}
