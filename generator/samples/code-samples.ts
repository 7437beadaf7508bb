/**
 * TypeScript code samples for an API's reference docs: for each operation, a program a reader can paste
 * as it stands (the import, the client, the call with the README's example values, what it prints: a
 * list's items page after page, a stream's events), placed where the operation is written in the spec.
 * The overlay (`overlay.ts`) adds them to the spec as `x-codeSamples`, which Redoc, Scalar, Mintlify and
 * Bump show beside each operation.
 */
import type { ApiIR, OperationIR } from '../ir/types.js';
import { callLines, program } from '../emit/package/readme/intro.js';
import { exampleInvocation } from '../emit/example.js';
import { responseStream } from '../ir/success-response.js';
import { normalizedPath } from './json-path.js';
import { getAtPointer } from '../util/pointer.js';
import { isObject } from '../util/json.js';

/** The language docs tools highlight a sample as; its tab is labelled with the package's name. */
export const LANG = 'TypeScript';

/** One entry of an operation's `x-codeSamples`. */
export interface SampleEntry {
  readonly lang: string;
  readonly label: string;
  readonly source: string;
}

export interface CodeSample {
  readonly operation: OperationIR;
  readonly entry: SampleEntry;
  /** The RFC 9535 normalized path of the node the overlay's action changes, in the entry document. */
  readonly target: string;
  /**
   * What the action merges there, chosen so that every overlay tool reads it one way (Overlay 1.0 left
   * how a list merges into a list open): the list itself where the operation has none; the entry, appended,
   * where it has one; the entry's fields, where it holds this package's sample already.
   */
  readonly update: object;
}

export interface SampleSet {
  readonly samples: readonly CodeSample[];
  /**
   * Operations written in another file than the entry (a path item `$ref`'d from one): an overlay
   * applies to one document, so they get a sample once the spec is bundled into one file.
   */
  readonly elsewhere: readonly OperationIR[];
  /** Operations written once and used under several paths (one path item `$ref`'d twice): one node cannot hold each one's sample. */
  readonly shared: readonly OperationIR[];
}

/** `document`: the entry document as parsed; `format`: prettier for TypeScript, as the README's code blocks get it. */
export async function codeSamples(api: ApiIR, entry: string, document: unknown, format: (code: string) => Promise<string>): Promise<SampleSet> {
  const inEntry = api.operations.filter((op) => op.origin.file === entry);
  const uses = countBy(inEntry, (op) => op.origin.pointer);
  const samples: CodeSample[] = [];
  for (const operation of inEntry.filter((op) => uses.get(op.origin.pointer) === 1)) {
    const sample: SampleEntry = { lang: LANG, label: api.package.name, source: await format(program(api, sampleCall(api, operation))) };
    samples.push({ operation, entry: sample, ...placement(operation.origin.pointer, getAtPointer(document, operation.origin.pointer), sample) });
  }
  return { samples, elsewhere: api.operations.filter((op) => op.origin.file !== entry), shared: inEntry.filter((op) => uses.get(op.origin.pointer)! > 1) };
}

/** The call a sample makes: a list operation's goes through the items of every page, as the README shows it. */
function sampleCall(api: ApiIR, op: OperationIR): string[] {
  if (op.pagination === undefined || responseStream(op)) return callLines(api, op);
  return [`for await (const item of ${exampleInvocation(api, op)}) {`, '  console.log(item);', '}'];
}

/** Where the sample goes in the operation object `op`, and what is merged there. */
function placement(pointer: string, op: unknown, sample: SampleEntry): { target: string; update: object } {
  const key = listKey(op);
  const list = isObject(op) ? op[key] : undefined;
  const operation = normalizedPath(pointer);
  if (!Array.isArray(list)) return { target: operation, update: { [key]: [sample] } };
  const ours = list.findIndex((e) => isObject(e) && e['label'] === sample.label);
  const samples = `${operation}['${key}']`;
  return ours === -1 ? { target: samples, update: sample } : { target: `${samples}[${ours}]`, update: sample };
}

/**
 * `x-codeSamples`, unless the operation lists its samples under Redoc's older name only: docs tools read
 * `x-codeSamples` first, so a new list beside that one would hide the samples it holds.
 */
function listKey(op: unknown): 'x-codeSamples' | 'x-code-samples' {
  return isObject(op) && !Array.isArray(op['x-codeSamples']) && Array.isArray(op['x-code-samples']) ? 'x-code-samples' : 'x-codeSamples';
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
