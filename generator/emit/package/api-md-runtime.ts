/** `api.md`'s runtime section: the hand-written runtime's exports, by kind, with their one-line docs. */
import { blocks, code, firstSentence, heading } from './markdown.js';
import type { ExportKind, RuntimeExport } from './runtime-exports.js';

const GROUPS: readonly [ExportKind, string][] = [
  ['class', 'Classes (the errors are also static properties of the client class)'],
  ['function', 'Functions'],
  ['type', 'Types'],
  ['constant', 'Constants'],
];

export function runtimeSection(runtime: readonly RuntimeExport[]): string | undefined {
  if (runtime.length === 0) return undefined;
  const groups = GROUPS.map(([kind, title]) => {
    const members = runtime.filter((e) => e.kind === kind);
    if (members.length === 0) return undefined;
    return blocks(heading(3, title), members.map((e) => `- ${code(e.name)}${e.summary ? `: ${firstSentence(e.summary)}` : ''}`).join('\n'));
  });
  return blocks(heading(2, 'Runtime'), 'Shared by every generated client: requests, retries, errors and logging.', ...groups);
}
