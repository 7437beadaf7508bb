/**
 * `generate --watch`: generates, then generates again whenever a file of the spec changes (the entry and
 * every file its `$ref`s reach, or a new YAML or JSON file beside them that a ref may name next), until
 * stopped. A broken spec prints its located errors and leaves the package as it was; the next save tries
 * again. Directories are watched rather than files: editors save by writing a new file and renaming it
 * over the old one, which a watch on the old file would miss.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/** One generation: its exit code and the spec's files it read (relative or absolute paths). */
export type Generation = () => Promise<{ readonly code: number; readonly files: readonly string[] }>;

export interface WatchIO {
  readonly stdout: (text: string) => void;
  /** Stops watching; the command then exits 0. */
  readonly signal: AbortSignal;
}

/** Events closer together than this are one save (an editor writes, renames, touches). */
const SETTLE_MS = 80;
const SPEC_FILE = /\.(ya?ml|json)$/i;

export async function watchAndGenerate(generation: Generation, io: WatchIO): Promise<number> {
  const watchers = new Map<string, FSWatcher>();
  let inputs = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const run = async (): Promise<void> => {
    const { files } = await generation();
    const before = inputs;
    inputs = new Set(files.map((f) => resolve(f)));
    for (const dir of new Set([...inputs].map(dirname))) if (!watchers.has(dir)) watchers.set(dir, watch(dir, (_, name) => changed(dir, name)));
    if (inputs.size !== before.size) io.stdout(`watching ${inputs.size} spec file${inputs.size === 1 ? '' : 's'}; Ctrl-C stops\n`);
  };
  const changed = (dir: string, name: string | Buffer | null): void => {
    const file = name === null ? undefined : resolve(dir, String(name));
    if (file !== undefined && !inputs.has(file) && !SPEC_FILE.test(basename(file))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      // One generation at a time: a save during one runs the next after it.
      running = running.then(() => {
        io.stdout('spec changed: generating\n');
        return run();
      });
    }, SETTLE_MS);
  };

  await (running = run());
  if (!io.signal.aborted) await new Promise<void>((done) => io.signal.addEventListener('abort', () => done(), { once: true }));
  clearTimeout(timer);
  for (const w of watchers.values()) w.close();
  await running;
  return 0;
}
