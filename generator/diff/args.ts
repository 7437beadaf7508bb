/** The `diff` command's arguments: `<base> <revision> [--overlay FILE]... [--format markdown|json]`. */
import { parseArgs } from '../util/args.js';

export type Format = 'markdown' | 'json';

export interface DiffArgs {
  readonly base: string;
  readonly revision: string;
  /** Overlays applied to each side, each read as its side is (from disk, or at its git revision). */
  readonly overlays: readonly string[];
  readonly format: Format;
}

export const DIFF_USAGE = `usage: diff <base> <revision> [--overlay FILE]... [--format markdown|json]
  each side is a spec file (spec/openapi.yaml) or a git revision and path (origin/main:spec/openapi.yaml)
  --overlay: an OpenAPI Overlay applied to each side, read as that side is (at its git revision)
  exit codes: 0 fine, 1 breaking without the version bump it needs, 2 input error`;

export function parseDiffArgs(args: readonly string[]): DiffArgs | string {
  const parsed = parseArgs(args, { values: { format: 'markdown or json', overlay: 'an overlay file' }, lists: ['overlay'], positionals: 2 });
  if (typeof parsed === 'string') return parsed;
  const format = parsed.values.get('format') ?? 'markdown';
  if (format !== 'markdown' && format !== 'json') return `--format must be markdown or json, not ${JSON.stringify(format)}`;
  const [base, revision] = parsed.positionals;
  if (revision === undefined) return `expected a base and a revision, got ${parsed.positionals.length} argument${parsed.positionals.length === 1 ? '' : 's'}`;
  return { base: base!, revision, overlays: [...parsed.lists.get('overlay')!], format };
}

/** `rev:path` names a file at a git revision; a single letter before the colon is a Windows drive. */
export function splitRevision(arg: string): { revision: string; path: string } | undefined {
  const m = /^([^:]{2,}):(.+)$/.exec(arg);
  return m ? { revision: m[1]!, path: m[2]! } : undefined;
}
