/**
 * Rendering a page that may not fit in its budget: each part in turn, stopping as soon as they pass it.
 * A large API's reference is then not rendered whole only to be measured and rendered again, split.
 */

/** Each item's text, or undefined once their lengths together pass `budget` (the rest left unrendered). */
export function renderWithin<T>(items: readonly T[], render: (item: T) => string, budget: number): string[] | undefined {
  const texts: string[] = [];
  let length = 0;
  for (const item of items) {
    const text = render(item);
    length += text.length;
    if (length > budget) return undefined;
    texts.push(text);
  }
  return texts;
}
