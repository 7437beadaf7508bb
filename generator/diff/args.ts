/** The `diff` command's arguments: `<base> <revision> [--overlay FILE]... [--format markdown|json]`. */
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
  const positional: string[] = [];
  const overlays: string[] = [];
  let format: string = 'markdown';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--format') format = args[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '--overlay') {
      const file = args[++i];
      if (file === undefined) return '--overlay names an overlay file';
      overlays.push(file);
    } else if (arg.startsWith('--overlay=')) overlays.push(arg.slice('--overlay='.length));
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  if (format !== 'markdown' && format !== 'json') return `--format must be markdown or json, not ${JSON.stringify(format)}`;
  if (positional.length !== 2) return `expected a base and a revision, got ${positional.length} argument${positional.length === 1 ? '' : 's'}`;
  return { base: positional[0]!, revision: positional[1]!, overlays, format };
}

/** `rev:path` names a file at a git revision; a single letter before the colon is a Windows drive. */
export function splitRevision(arg: string): { revision: string; path: string } | undefined {
  const m = /^([^:]{2,}):(.+)$/.exec(arg);
  return m ? { revision: m[1]!, path: m[2]! } : undefined;
}
