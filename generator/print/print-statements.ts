/**
 * A unit's statement structures printed as `project.createSourceFile(path, { statements })` prints them,
 * by the same printer, without building the source file: making it, parsing it and forgetting it again
 * took 1.7 s of a Cloudflare regeneration, and a bare parse for the statement ends still 1.1 s, for
 * nothing but the text and where each statement ends (where the text may be cut for prettier).
 */
import type { CodeBlockWriter, Project, StatementStructures } from 'ts-morph';

export interface PrintedStatements {
  readonly text: string;
  /** Where each statement's text ends, before the whitespace that separates it from the next. */
  readonly ends: readonly number[];
}

/** The parts of ts-morph's project context that print structures: not public API, so checked (the version is pinned). */
interface PrintContext {
  createWriter(): CodeBlockWriter;
  structurePrinterFactory: { forStatement(options: { isAmbient: boolean }): { printText(writer: CodeBlockWriter, statement: string | StatementStructures): void } };
}

export function printStatements(project: Project, statements: readonly (string | StatementStructures)[]): PrintedStatements {
  const context = (project as unknown as { _context?: Partial<PrintContext> })._context;
  if (context?.createWriter === undefined || context.structurePrinterFactory?.forStatement === undefined) {
    throw new Error("ts-morph's structure printer is not where version 28 keeps it (project._context.structurePrinterFactory): pin ts-morph back or update printStatements");
  }
  const printer = context.structurePrinterFactory.forStatement({ isAmbient: false });
  const writer = context.createWriter();
  const lengths: number[] = [];
  // ts-morph's own statement loop (StatementStructurePrinter.printTexts), then its source file's last line break.
  for (const statement of statements) {
    if (lastNonSpaceIsCloseBrace(writer)) writer.blankLineIfLastNot();
    else if (!writer.isAtStartOfFirstLineOfBlock()) writer.newLineIfLastNot();
    printer.printText(writer, statement);
    lengths.push(writer.getLength());
  }
  writer.conditionalNewLine(!writer.isAtStartOfFirstLineOfBlock() && !writer.isLastNewLine());
  const text = writer.toString();
  return { text, ends: lengths.map((length) => endBeforeSpace(text, length)) };
}

function lastNonSpaceIsCloseBrace(writer: CodeBlockWriter): boolean {
  return writer.iterateLastCharCodes((code) => (code === CLOSE_BRACE ? true : SPACE.has(code) ? undefined : false)) ?? false;
}

const CLOSE_BRACE = '}'.charCodeAt(0);
/** What ts-morph counts as whitespace there. */
const SPACE = new Set([' ', '\f', '\n', '\r', '\t', '\v', '\u00A0', '\u2028', '\u2029'].map((c) => c.charCodeAt(0)));

function endBeforeSpace(text: string, end: number): number {
  let at = end;
  while (at > 0 && SPACE.has(text.charCodeAt(at - 1))) at--;
  return at;
}
