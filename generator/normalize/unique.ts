/** The one clash rule every naming pass uses: the first comer keeps `Foo`, the next get `Foo2`, `Foo3`. */
export function uniqueName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name); n++) name = `${wanted}${n}`;
  taken.add(name);
  return name;
}
