/** Every string up to `length` over `letters`, shortest first: the short strings a pattern check runs through. */
export function stringsOver(letters: string, length: number): string[] {
  const all = [''];
  let layer = [''];
  for (let i = 0; i < length; i++) {
    layer = layer.flatMap((s) => [...letters].map((c) => s + c));
    all.push(...layer);
  }
  return all;
}
