/** The `diff` command's arguments: `<base> <revision> [--format markdown|json]`. */
export type Format = 'markdown' | 'json';

export interface DiffArgs {
  readonly base: string;
  readonly revision: string;
  readonly format: Format;
}

export const DIFF_USAGE = `usage: diff <base> <revision> [--format markdown|json]
  each side is a spec file (spec/openapi.yaml) or a git revision and path (origin/main:spec/openapi.yaml)
  exit codes: 0 fine, 1 breaking without the version bump it needs, 2 input error`;

export function parseDiffArgs(args: readonly string[]): DiffArgs | string {
  const positional: string[] = [];
  let format: string = 'markdown';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--format') format = args[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  if (format !== 'markdown' && format !== 'json') return `--format must be markdown or json, not ${JSON.stringify(format)}`;
  if (positional.length !== 2) return `expected a base and a revision, got ${positional.length} argument${positional.length === 1 ? '' : 's'}`;
  return { base: positional[0]!, revision: positional[1]!, format };
}

/** `rev:path` names a file at a git revision; a single letter before the colon is a Windows drive. */
export function splitRevision(arg: string): { revision: string; path: string } | undefined {
  const m = /^([^:]{2,}):(.+)$/.exec(arg);
  return m ? { revision: m[1]!, path: m[2]! } : undefined;
}
