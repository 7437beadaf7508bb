/**
 * The commands' arguments, read the same way by every command: `--name value` or `--name=value`, switches,
 * and plain arguments. A mistake is named, with what was most likely meant (`unknown option --spce (did
 * you mean --spec?)`), since the usage alone leaves the user to find the typo.
 */
import { closest } from './closest.js';

export interface ArgsShape {
  /** Options that take a value, each with what the value is, for the message when it is missing: `a file`. */
  readonly values?: Readonly<Record<string, string>>;
  /** Those of `values` that may be given again, each value kept in order (`--overlay a --overlay b`). */
  readonly lists?: readonly string[];
  /** Options that take no value. */
  readonly switches?: readonly string[];
  /** How many plain arguments the command takes at most (none by default). */
  readonly positionals?: number;
}

export interface Args {
  /** Each value option given, by name without `--`; the last one wins where an option is given twice. */
  readonly values: ReadonlyMap<string, string>;
  readonly lists: ReadonlyMap<string, readonly string[]>;
  readonly switches: ReadonlySet<string>;
  readonly positionals: readonly string[];
}

/** The arguments read by `shape`, or what is wrong with them, as one line. */
export function parseArgs(args: readonly string[], shape: ArgsShape): Args | string {
  const values = new Map<string, string>();
  const lists = new Map<string, string[]>((shape.lists ?? []).map((name) => [name, []]));
  const switches = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [flag, inline] = splitInline(arg);
    const name = flag.replace(/^--?/, '');
    if (shape.switches?.includes(name) && flag.startsWith('--')) {
      if (inline !== undefined) return `${flag} takes no value`;
      switches.add(name);
      continue;
    }
    const what = flag.startsWith('--') && shape.values && Object.hasOwn(shape.values, name) ? shape.values[name]! : undefined;
    if (what === undefined) return unknownOption(flag, shape);
    // An option where the value should be (`--spec --out x`) means the value was left out.
    const value = inline ?? (args[i + 1]?.startsWith('--') ? undefined : args[++i]);
    if (value === undefined || value === '') return `${flag} needs ${what}`;
    if (lists.has(name)) lists.get(name)!.push(value);
    else values.set(name, value);
  }
  const extra = positionals[shape.positionals ?? 0];
  if (extra !== undefined) return `unexpected argument ${extra}${specHint(extra, shape)}`;
  return { values, lists, switches, positionals };
}

function splitInline(arg: string): [string, string | undefined] {
  const at = arg.indexOf('=');
  return at === -1 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}

function unknownOption(flag: string, shape: ArgsShape): string {
  const known = [...Object.keys(shape.values ?? {}), ...(shape.switches ?? [])].map((name) => `--${name}`);
  return unknownName('option', flag, known, flag.replace(/^-+/, '--'));
}

/** `unknown option --spce (did you mean --spec?)`: what was given, and the known name closest to `compared` when one is. */
export function unknownName(kind: string, given: string, known: readonly string[], compared = given): string {
  const meant = closest(compared, known);
  return `unknown ${kind} ${given}${meant === undefined ? '' : ` (did you mean ${meant}?)`}`;
}

/** A spec file given bare to a command that reads it from `--spec`. */
function specHint(arg: string, shape: ArgsShape): string {
  return shape.values?.['spec'] !== undefined && /\.(ya?ml|json)$/i.test(arg) ? ` (a spec is given as --spec ${arg})` : '';
}
