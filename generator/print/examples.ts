/**
 * Each method's example as prettier writes it, made before the emit step puts it in the method's JSDoc.
 * prettier formats a file's code, never the code in its comments, while the README's copy of the same
 * example is formatted inside the Markdown: without this step the two differed wherever the call is longer
 * than a line (117 of the 1,535 methods of Cloudflare's 2024 spec), and the JSDoc one ran past the width.
 */
import type { ApiIR } from '../ir/types.js';
import { exampleUse, type ExampleText } from '../emit/example.js';
import type { Formatter } from './format-pool.js';

/**
 * Every operation's example, formatted in a few large texts rather than one call each (a call costs about
 * a millisecond however small its text): examples are joined with a marker line between them, which
 * prettier keeps as written, and cut apart again there.
 */
export async function formattedExamples(api: ApiIR, formatter: Formatter, batchChars = BATCH_CHARS): Promise<ExampleText> {
  const examples = api.operations.map((op) => exampleUse(api, op));
  const formatted = await Promise.all(batches(examples, batchChars).map((batch) => formatBatch(batch, formatter)));
  const texts = formatted.flat();
  const byOperation = new Map(api.operations.map((op, i) => [op, texts[i]!]));
  return (op) => byOperation.get(op) ?? exampleUse(api, op);
}

/** About how much code one prettier call gets: enough to cost little per example, little enough to spread over the workers. */
const BATCH_CHARS = 64_000;

/** A line comment no example holds: an example's strings are written with their line breaks escaped. */
const marker = (index: number) => `// example ${index}`;
const MARKER_LINE = /^\/\/ example (\d+)\n/gm;

function batches(texts: readonly string[], size: number): { first: number; texts: string[] }[] {
  const out: { first: number; texts: string[] }[] = [];
  let chars = size;
  texts.forEach((text, index) => {
    if (chars >= size) out.push({ first: index, texts: [] }), (chars = 0);
    out.at(-1)!.texts.push(text);
    chars += text.length;
  });
  return out;
}

/**
 * The batch's examples formatted. Should the batch fail (prettier refusing one example, which would be a
 * generator bug the example checks report, or a marker moved), each is formatted alone, and one that
 * fails alone is left as written: documentation's layout never stops a generation.
 */
async function formatBatch({ first, texts }: { first: number; texts: string[] }, formatter: Formatter): Promise<string[]> {
  try {
    return splitAtMarkers(await formatter.format(joinWithMarkers(texts, first), 'typescript'), first, texts.length);
  } catch {
    return Promise.all(texts.map((text) => formatter.format(text, 'typescript').then((out) => out.trimEnd(), () => text)));
  }
}

function joinWithMarkers(texts: readonly string[], first: number): string {
  return texts.map((text, i) => `${marker(first + i)}\n${text}\n`).join('\n');
}

/** The formatted batch cut at its markers; each must be where it was put, or the cut would pair wrong. */
function splitAtMarkers(text: string, first: number, count: number): string[] {
  const parts = text.split(MARKER_LINE);
  // split with a capture group: [before the first marker, index, text, index, text, …]
  const found = parts.filter((_, i) => i % 2 === 1).map(Number);
  if (parts[0]!.trim() !== '' || found.length !== count || found.some((index, i) => index !== first + i)) {
    throw new Error(`formatting the examples moved a marker: expected ${count} from ${marker(first)}, found ${found.length}`);
  }
  return parts.filter((_, i) => i > 0 && i % 2 === 0).map((part) => part.trim());
}
