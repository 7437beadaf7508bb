/** Every `$ref` (OpenAPI 3.1 §4.8.23, Reference Object) must lead to a value, in any loaded file. */
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedSpec } from '../load/load-spec.js';
import { lookup, refTarget } from '../load/refs.js';
import { joinPointer } from '../util/pointer.js';
import { problem } from './context.js';

export function checkRefs(spec: LoadedSpec): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [file, source] of spec.sources) {
    visit(source.value, '', (pointer, ref) => {
      const target = refTarget(file, ref);
      if (!spec.sources.has(target.file)) return; // reported by the loader already
      if (lookup(spec, target) === undefined) {
        out.push(problem(spec, file, joinPointer(pointer, '$ref'), 'ref-missing', `$ref ${JSON.stringify(ref)} points to nothing`));
      }
    });
  }
  return out;
}

function visit(node: unknown, pointer: string, onRef: (pointer: string, ref: string) => void): void {
  if (Array.isArray(node)) return node.forEach((item, i) => visit(item, joinPointer(pointer, i), onRef));
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') onRef(pointer, value);
    else visit(value, joinPointer(pointer, key), onRef);
  }
}
