/** `1 operation`, `3 operations`: a count and its noun, for messages and documentation. */
export function plural(count: number, noun: string, digits: (n: number) => string = String): string {
  return `${digits(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** `1,535`: digits grouped in threes, whatever the machine's locale. */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** `a`, `a and b`, `a, b and c` (or `a, b or c`, with `word`). */
export function conjunction(items: readonly string[], word: 'and' | 'or' = 'and'): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)!}`;
}

/** `a string`, `an integer`: a type's name with its article. */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}
