/**
 * Units printed by ts-morph's structure printer without a source file: the same text a source file made
 * from the structures holds, and each statement's end where the compiler's parse puts it.
 */
import { describe, expect, it } from 'vitest';
import { Project, ts, type StatementStructures } from 'ts-morph';
import { loadSpec } from '../../generator/load/load-spec.js';
import { readFromDisk } from '../../generator/io/fs-read.js';
import { buildApi } from '../../generator/pipeline.js';
import { plan } from '../../generator/plan/plan.js';
import { emitUnit } from '../../generator/emit/units.js';
import { importsFor } from '../../generator/plan/imports.js';
import { printStatements } from '../../generator/print/print-statements.js';

/** Every unit of a spec's package, as the print step receives its statements. */
function unitsOf(spec: string): { path: string; statements: StatementStructures[] }[] {
  const loaded = loadSpec(spec, readFromDisk);
  if (!loaded.ok) throw new Error(`${spec} does not load`);
  const { api } = buildApi(loaded.spec);
  const planned = plan(api);
  return planned.units.map((unit) => {
    const emitted = emitUnit(api, planned, unit);
    return { path: emitted.path, statements: [...importsFor(emitted.path, emitted.uses, planned.symbols), ...emitted.statements] };
  });
}

describe('printStatements', () => {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });

  for (const spec of ['test/fixtures/edge/openapi.yaml', 'spec/openapi.yaml']) {
    it(`prints each unit of ${spec} as a source file made from its structures holds it, each statement ending where the parse ends it`, () => {
      for (const { path, statements } of unitsOf(spec)) {
        const printed = printStatements(project, statements);
        const file = project.createSourceFile(path, { statements }, { overwrite: true });
        expect(printed.text, path).toBe(file.getFullText());
        const parsed = ts.createSourceFile(path, printed.text, ts.ScriptTarget.Latest).statements.map((s) => s.end);
        expect(printed.ends, path).toEqual(parsed);
        project.removeSourceFile(file);
      }
    });
  }

  it('keeps blank lines after a block and none between one-line statements, as ts-morph does, and ends a statement before its line break', () => {
    const statements: (string | StatementStructures)[] = ['import a from "a";', 'import b from "b";', 'function f() {}', 'const c = 1;\n', 'const d = 2;'];
    const printed = printStatements(project, statements);
    expect(printed.text).toBe('import a from "a";\nimport b from "b";\nfunction f() {}\n\nconst c = 1;\nconst d = 2;\n');
    expect(printed.ends).toEqual(ts.createSourceFile('x.ts', printed.text, ts.ScriptTarget.Latest).statements.map((s) => s.end));
  });
});
