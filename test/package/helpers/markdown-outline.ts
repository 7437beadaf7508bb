/** Just enough Markdown reading for tests: headings and fenced code blocks, fence-aware. */
export interface Outline {
  readonly headings: readonly { readonly level: number; readonly text: string }[];
  readonly codeBlocks: readonly { readonly language: string; readonly body: string }[];
  /** A fence opened and never closed. */
  readonly unclosedFence: boolean;
}

export function outline(markdown: string): Outline {
  const headings: { level: number; text: string }[] = [];
  const codeBlocks: { language: string; body: string }[] = [];
  let fence: { marker: string; language: string; lines: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    const opener = /^(`{3,})(.*)$/.exec(line);
    if (fence) {
      if (opener && opener[1]!.length >= fence.marker.length && opener[2]!.trim() === '') {
        codeBlocks.push({ language: fence.language, body: fence.lines.join('\n') });
        fence = undefined;
      } else fence.lines.push(line);
      continue;
    }
    if (opener) fence = { marker: opener[1]!, language: opener[2]!.trim(), lines: [] };
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) headings.push({ level: heading[1]!.length, text: heading[2]! });
  }
  return { headings, codeBlocks, unclosedFence: fence !== undefined };
}

/** The text of every heading of `level`. */
export function headingsAt(markdown: string, level: number): string[] {
  return outline(markdown).headings.filter((h) => h.level === level).map((h) => h.text);
}
