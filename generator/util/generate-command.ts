/**
 * The `npm run generate` command that writes a package: what `check` and the build tell a user to run
 * when the package is not what the spec generates, with the same spec, overlays and folder.
 */

import { readFromDisk } from '../io/fs-read.js';
import { specNamedByOverlays, type ReadFile } from '../load/load-spec.js';

export const DEFAULT_SPEC = 'spec/openapi.yaml';
export const DEFAULT_OUT = 'generated';

/** The spec a command reads: `--spec` when given (`''` when not), else the one the overlays' `extends` names, else the default. */
export function specToRead(given: string, overlays: readonly string[], read: ReadFile = readFromDisk): string {
  return given || (specNamedByOverlays(overlays, read) ?? DEFAULT_SPEC);
}

export interface GenerateInputs {
  readonly spec: string;
  readonly overlays: readonly string[];
  readonly out: string;
  readonly lenient?: boolean;
}

/** The command, with the flags that differ from the defaults, each word quoted for a POSIX shell. */
export function generateCommand(inputs: GenerateInputs): string {
  const flags = [
    ...(inputs.spec === DEFAULT_SPEC ? [] : ['--spec', inputs.spec]),
    ...inputs.overlays.flatMap((file) => ['--overlay', file]),
    ...(inputs.out === DEFAULT_OUT ? [] : ['--out', inputs.out]),
    ...(inputs.lenient ? ['--lenient'] : []),
  ];
  return flags.length === 0 ? 'npm run generate' : `npm run generate -- ${flags.map(shellWord).join(' ')}`;
}

/** A word as a POSIX shell reads it: bare when it holds nothing the shell would change, else single-quoted. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
