/** Where the repository and its tools are, for tests that run them as users would. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SPEC = join(REPO, 'spec', 'openapi.yaml');
export const TSX = join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');
export const NODE_TYPES = join(REPO, 'node_modules', '@types');
