/** Every `$ref` (OpenAPI 3.1 §4.8.23, Reference Object) must lead to a value, in any loaded file. */
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedSpec } from '../load/load-spec.js';
import { lookup, refProblem, refTarget, type RefTarget } from '../load/refs.js';
import { joinPointer, splitPointer } from '../util/pointer.js';
import { walkRefs } from '../util/walk.js';
import { problem } from './context.js';

export function checkRefs(spec: LoadedSpec): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [file, source] of spec.sources) {
    walkRefs(source.value, '', (pointer, ref) => {
      const invalid = refProblem(ref);
      if (invalid !== undefined) {
        out.push(problem(spec, file, joinPointer(pointer, '$ref'), 'ref-invalid', `$ref ${JSON.stringify(ref)} ${invalid}`));
        return;
      }
      const target = refTarget(file, ref);
      if (!spec.sources.has(target.file)) return; // reported by the loader already
      if (lookup(spec, target) === undefined) {
        const hint = meant(spec, target) || fromEnclosingSchema(spec, target, file, pointer);
        out.push(problem(spec, file, joinPointer(pointer, '$ref'), 'ref-missing', `$ref ${JSON.stringify(ref)} points to nothing${hint}`));
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

/**
 * `#/$defs/Meta` written in a component schema that has `$defs/Meta`: a `#` ref starts at the document's
 * root (the schema has no `$id` of its own), so it is the enclosing value's pointer that was meant.
 */
function fromEnclosingSchema(spec: LoadedSpec, target: RefTarget, file: string, at: string): string {
  if (target.file !== file || !target.pointer.startsWith('/')) return '';
  const tokens = splitPointer(at);
  for (let depth = tokens.length; depth > 0; depth--) {
    const enclosing = joinPointer('', ...tokens.slice(0, depth));
    const pointer = `${enclosing}${target.pointer}`;
    if (lookup(spec, { file, pointer }) !== undefined) return ` (a "#" ref starts at the document's root, not at the schema it is in: #${pointer} is there)`;
  }
  return '';
}
