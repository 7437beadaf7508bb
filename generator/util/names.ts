/** Name conversions and the rules for what may be a TypeScript identifier. */

/**
 * Words of a name: splits on non-alphanumerics and on lower→upper case boundaries. Accents are dropped
 * first (`créer` → `creer`), so that a letter does not split a word.
 */
export function words(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
}

const capitalize = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Acronyms are kept as written: `HTTPServer` stays `HTTPServer`. */
export function pascalCase(name: string): string {
  return words(name).map(capitalize).join('');
}

/** The first word is lowered whole: `HTTPServer` → `httpServer`, not `hTTPServer`. */
export function camelCase(name: string): string {
  const [first, ...rest] = words(name);
  return first === undefined ? '' : first.toLowerCase() + rest.map(capitalize).join('');
}

export function kebabCase(name: string): string {
  return words(name).map((w) => w.toLowerCase()).join('-');
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Words that cannot name a variable, parameter, class or type in strict-mode ES modules. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof',
  'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void',
  'while', 'with', 'yield', 'let', 'static', 'implements', 'interface', 'package', 'private', 'protected',
  'public', 'await', 'arguments', 'eval', 'undefined', 'NaN', 'Infinity',
]);

/** Type names TypeScript itself reserves (`type any = …` is an error). */
export const RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set([
  'any', 'boolean', 'never', 'number', 'object', 'string', 'symbol', 'unknown', 'bigint', 'void',
  'Array', 'Record', 'Promise', 'Partial', 'Required', 'Readonly', 'Pick', 'Omit', 'Date', 'Error',
  'Object', 'String', 'Number', 'Boolean', 'Function', 'Symbol', 'Map', 'Set',
]);

export function isIdentifier(name: string): boolean {
  return isIdentifierName(name) && !RESERVED_WORDS.has(name);
}

/** A name that may follow a dot or stand unquoted as a property key: reserved words are allowed there. */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** A safe identifier from any string: invalid characters dropped, a leading digit or reserved word prefixed. */
export function toIdentifier(name: string, fallback: string): string {
  const cleaned = camelCase(name);
  if (cleaned === '') return fallback;
  if (/^[0-9]/.test(cleaned)) return `_${cleaned}`;
  return RESERVED_WORDS.has(cleaned) ? `${cleaned}_` : cleaned;
}

/** A name for a member accessed with a dot (`resource.delete`): reserved words are allowed there. */
export function toPropertyName(name: string, fallback: string): string {
  const cleaned = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : camelCase(name);
  if (cleaned === '') return fallback;
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** A safe type name: PascalCase, never a built-in's name. */
export function toTypeName(name: string, fallback: string): string {
  const pascal = pascalCase(name);
  if (pascal === '') return fallback;
  if (/^[0-9]/.test(pascal)) return `_${pascal}`;
  return RESERVED_TYPE_NAMES.has(pascal) || RESERVED_WORDS.has(pascal) ? `${pascal}Model` : pascal;
}

/** Plain code-unit order: the same on every machine and locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
