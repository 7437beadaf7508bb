/** Every `$ref` (OpenAPI 3.1 §4.8.23, Reference Object) must lead to a value, in any loaded file. */
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedSpec } from '../load/load-spec.js';
import { lookup, refTarget, type RefTarget } from '../load/refs.js';
import { joinPointer } from '../util/pointer.js';
import { walkRefs } from '../util/walk.js';
import { problem } from './context.js';

export function checkRefs(spec: LoadedSpec): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [file, source] of spec.sources) {
    walkRefs(source.value, '', (pointer, ref) => {
      const target = refTarget(file, ref);
      if (!spec.sources.has(target.file)) return; // reported by the loader already
      if (lookup(spec, target) === undefined) {
        out.push(problem(spec, file, joinPointer(pointer, '$ref'), 'ref-missing', `$ref ${JSON.stringify(ref)} points to nothing${meant(spec, target)}`));
      }
    });
  }
  return out;
}

/** `#components/schemas/X`: a JSON pointer begins with `/`, and with it the ref would lead somewhere. */
function meant(spec: LoadedSpec, target: RefTarget): string {
  if (target.pointer === '' || target.pointer.startsWith('/')) return '';
  const withSlash = { file: target.file, pointer: `/${target.pointer}` };
  return lookup(spec, withSlash) === undefined ? '' : ` (a JSON pointer begins with "/": #/${target.pointer} is there)`;
}
