/**
 * A schema that allows one value and says nothing more of it than words: `{const: a, description: …}`,
 * `{enum: [a]}`, `{type: 'null'}`. A `oneOf`/`anyOf` of such branches is OpenAPI 3.1's way to explain
 * each value of an enum: the generator reads it as that enum (`parse/documented-constants.ts`), and so
 * does the review (`diff/schema/constants-as-enum.ts`), by this one test.
 */
const BESIDE_VALUE: ReadonlySet<string> = new Set(['const', 'enum', 'type', 'title', 'description', 'deprecated', '$comment']);

/** Whether every keyword of the branch is its value, its type or words about it (extensions included). */
export function saysOnlyItsValue(branch: Readonly<Record<string, unknown>>): boolean {
  return Object.keys(branch).every((key) => BESIDE_VALUE.has(key) || key.startsWith('x-'));
}
