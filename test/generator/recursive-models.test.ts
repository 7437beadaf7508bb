/** Which models hold themselves: the strongly connected parts of the reference graph. */
import { describe, expect, it } from 'vitest';
import { recursiveModels } from '../../generator/ir/schema-parts.js';
import type { ModelIR, SchemaIR } from '../../generator/ir/types.js';

const ref = (model: string): SchemaIR => ({ kind: 'ref', model }) as SchemaIR;
const model = (key: string, ...refs: string[]): ModelIR => ({
  key,
  name: key,
  origin: { file: 'spec.yaml', pointer: `/components/schemas/${key}` },
  schema: { kind: 'object', properties: refs.map((r, i) => ({ name: `f${i}`, required: false, schema: { kind: 'array', items: ref(r) } })) },
} as unknown as ModelIR);

describe('recursiveModels', () => {
  it('finds a model that refers to itself, the members of a cycle, and nothing on the way into or out of one', () => {
    const models = [model('Self', 'Self'), model('Entry', 'A'), model('A', 'B'), model('B', 'C', 'Leaf'), model('C', 'A'), model('Leaf'), model('Missing', 'Nowhere')];
    expect([...recursiveModels(models)].sort()).toEqual(['A', 'B', 'C', 'Self']);
  });

  it('walks a chain of 20,000 models without exhausting the stack', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => model(`M${i}`, ...(i + 1 < 20_000 ? [`M${i + 1}`] : ['M0'])));
    expect(recursiveModels(chain).size).toBe(20_000);
  });
});
