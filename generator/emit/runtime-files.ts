/** The runtime's sources, copied verbatim under `src/core/` behind the generated-file header. */
import { GENERATED_HEADER } from '../print/print.js';

export function runtimeFiles(runtime: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...runtime].map(([name, text]) => [`src/core/${name}`, `${GENERATED_HEADER}\n${text}`]));
}
