/** `1 operation`, `3 operations`: a count and its noun, for messages and documentation. */
export function plural(count: number, noun: string, digits: (n: number) => string = String): string {
  return `${digits(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** `1,535`: digits grouped in threes, whatever the machine's locale. */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** `a`, `a and b`, `a, b and c`. */
export function conjunction(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
