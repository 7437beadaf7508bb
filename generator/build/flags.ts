/** The arguments of the build and release commands, read as every command reads its own (`util/args.ts`). */
import { parseArgs } from '../util/args.js';
import { DEFAULT_OUT, specToRead } from '../util/generate-command.js';

export const BUILD_USAGE = 'usage: build-package [--spec spec/openapi.yaml] [--overlay FILE]... [--out generated]';
export const RELEASE_USAGE = 'usage: release <auto|major|minor|patch|x.y.z|current> [--since <rev:path>] [--publish] [--spec spec/openapi.yaml] [--overlay FILE]... [--out generated]';

export interface BuildArgs {
  /** The spec to read: `--spec`, else the one the first overlay's `extends` names, else the default. */
  readonly spec: string;
  readonly overlays: readonly string[];
  readonly out: string;
}

export interface ReleaseArgs extends BuildArgs {
  readonly bump: string;
  readonly since: string | undefined;
  readonly publish: boolean;
}

const PACKAGE_VALUES = { spec: 'a file', out: 'a folder', overlay: 'an overlay file' };

export function parseBuildArgs(argv: readonly string[]): BuildArgs | string {
  const parsed = parseArgs(argv, { values: PACKAGE_VALUES, lists: ['overlay'] });
  if (typeof parsed === 'string') return parsed;
  const overlays = [...parsed.lists.get('overlay')!];
  return { spec: specToRead(parsed.values.get('spec') ?? '', overlays), overlays, out: parsed.values.get('out') ?? DEFAULT_OUT };
}

export function parseReleaseArgs(argv: readonly string[]): ReleaseArgs | string {
  const values = { ...PACKAGE_VALUES, since: 'a git revision and path (v1.2.0:spec/openapi.yaml)' };
  const parsed = parseArgs(argv, { values, lists: ['overlay'], switches: ['publish'], positionals: 1 });
  if (typeof parsed === 'string') return parsed;
  const [bump] = parsed.positionals;
  if (bump === undefined) return 'a bump is needed first: auto, major, minor, patch, a version (x.y.z) or current';
  const overlays = [...parsed.lists.get('overlay')!];
  const spec = specToRead(parsed.values.get('spec') ?? '', overlays);
  return { bump, spec, overlays, out: parsed.values.get('out') ?? DEFAULT_OUT, since: parsed.values.get('since'), publish: parsed.switches.has('publish') };
}
