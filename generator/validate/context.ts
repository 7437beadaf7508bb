/** Shared helpers for the validation checks: a located diagnostic from a file and a pointer. */
import type { Diagnostic } from '../diagnostics.js';
import { entryDocument, locate } from '../load/load-spec.js';
import type { LoadedSpec } from '../load/load-spec.js';
import { lookup, refTarget } from '../load/refs.js';
import { joinPointer } from '../util/pointer.js';
import { pathItemOperations, WEBHOOK_MAPS } from '../util/path-item.js';
import { isObject } from '../util/json.js';

export function problem(spec: LoadedSpec, file: string, pointer: string, code: string, message: string): Diagnostic {
  const source = spec.sources.get(file);
  const location = source ? locate(source, pointer) : { file, pointer, line: 0, column: 0 };
  return { severity: 'error', code, message, location };
}

/** An operation, where it is written (a path item may be a `$ref` to another file). */
export interface WrittenOperation {
  readonly file: string;
  readonly pointer: string;
  readonly op: Record<string, unknown>;
}

export interface OperationSite extends WrittenOperation {
  readonly path: string;
  /** As it is sent: `GET`, or an additional operation's key (`COPY`). */
  readonly method: string;
  readonly pathItem: Record<string, unknown>;
  /** Where the path item is written. */
  readonly pathItemPointer: string;
}

/** Every operation under the entry document's `paths`, path items reached through their `$ref`s (§4.8.9). */
export function operationsOf(spec: LoadedSpec): OperationSite[] {
  const paths = entryDocument(spec)['paths'];
  const out: OperationSite[] = [];
  for (const [path, raw] of Object.entries(isObject(paths) ? paths : {})) {
    const item = followRefs(spec, spec.entry, joinPointer('/paths', path), raw);
    if (!isObject(item.value)) continue;
    for (const { method, tokens, op } of pathItemOperations(item.value)) {
      out.push({ path, method, op, file: item.file, pointer: joinPointer(item.pointer, ...tokens), pathItem: item.value, pathItemPointer: item.pointer });
    }
  }
  return out;
}

/** The operations of the entry's webhooks (`webhooks`, and `x-webhooks` as 3.0 specs keep them), where they are written. */
export function webhookOperationsOf(spec: LoadedSpec): WrittenOperation[] {
  const doc = entryDocument(spec);
  return WEBHOOK_MAPS.flatMap((map) => {
    const webhooks = doc[map];
    return Object.entries(isObject(webhooks) ? webhooks : {}).flatMap(([name, raw]) => {
      const item = followRefs(spec, spec.entry, joinPointer(`/${map}`, name), raw);
      return pathItemOperations(item.value).map(({ tokens, op }) => ({ file: item.file, pointer: joinPointer(item.pointer, ...tokens), op }));
    });
  });
}

/** The operations of the callbacks of `operations` (each a map of URL expressions to path items), where they are written. */
export function callbackOperationsOf(spec: LoadedSpec, operations: readonly WrittenOperation[]): { file: string; pointer: string }[] {
  return operations.flatMap(({ file, pointer, op }) => {
    const callbacks = followRefs(spec, file, joinPointer(pointer, 'callbacks'), op['callbacks']);
    return Object.entries(isObject(callbacks.value) ? callbacks.value : {}).flatMap(([name, raw]) => {
      const callback = followRefs(spec, callbacks.file, joinPointer(callbacks.pointer, name), raw);
      return Object.entries(isObject(callback.value) ? callback.value : {}).flatMap(([expression, rawItem]) => {
        const item = followRefs(spec, callback.file, joinPointer(callback.pointer, expression), rawItem);
        return pathItemOperations(item.value).map(({ tokens }) => ({ file: item.file, pointer: joinPointer(item.pointer, ...tokens) }));
      });
    });
  });
}

export interface Located {
  readonly file: string;
  readonly pointer: string;
  readonly value: unknown;
}

/** Follows a chain of `$ref`s to the value; stops (returning the last ref) at a dangling or cyclic one. */
export function followRefs(spec: LoadedSpec, file: string, pointer: string, value: unknown): Located {
  let here: Located = { file, pointer, value };
  for (let hops = 0; hops < 32 && isObject(here.value) && typeof here.value['$ref'] === 'string'; hops++) {
    const target = refTarget(here.file, here.value['$ref']);
    const next = lookup(spec, target);
    if (next === undefined) return here;
    here = { file: target.file, pointer: target.pointer, value: next };
  }
  return here;
}
