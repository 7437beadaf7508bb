/**
 * Where prettier runs. On a large spec, formatting is most of the generation time (the 2024 Cloudflare
 * spec: 13 s of TypeScript and 9 s of Markdown), and it runs in worker threads beside the main thread,
 * which goes on turning structures into text. Small specs format in process: starting a worker and
 * loading prettier in it costs more than it saves. The text is the same either way.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import * as prettier from 'prettier';

export type Parser = 'typescript' | 'json' | 'markdown';

export interface Formatter {
  /** How many worker threads format; 0: in process. */
  readonly workers: number;
  format(text: string, parser: Parser): Promise<string>;
  /** Stops the workers, if any; the formatter cannot be used afterwards. */
  close(): Promise<void>;
}

/** Below this many generated files, formatting stays in process. */
export const WORKER_THRESHOLD = 48;

/** In process, or in workers when there are enough files to be worth them: two, or one per core up to four. */
export function createFormatter(files: number, options: prettier.Options): Formatter {
  return files < WORKER_THRESHOLD ? inProcessFormatter(options) : workerFormatter(Math.min(4, Math.max(2, availableParallelism())), options);
}

export function inProcessFormatter(options: prettier.Options): Formatter {
  const format = oneAtATime((text: string, parser: Parser) => prettier.format(text, { ...options, parser }));
  return { workers: 0, format, close: async () => {} };
}

/**
 * `task`, run for one call at a time, in call order; a call that fails does not stop the next. prettier.format
 * awaits inside, so calls left to overlap each hold their syntax tree at once: on Cloudflare's 2024 spec,
 * 0.3 GB more peak memory and no gain in time. The worker (format-worker.mjs) queues the same way.
 */
export function oneAtATime<A extends unknown[], R>(task: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  let last: Promise<unknown> = Promise.resolve();
  return (...args) => {
    const result = last.then(() => task(...args));
    last = result.catch(() => undefined);
    return result;
  };
}

interface Pending {
  readonly chars: number;
  readonly resolve: (text: string) => void;
  readonly reject: (error: Error) => void;
}

interface FormatWorker {
  readonly thread: Worker;
  readonly pending: Map<number, Pending>;
  /** Characters waiting in this worker: one README can outweigh a hundred small files. */
  load: number;
}

/**
 * Formats with `count` workers, each text going to the one with the least text waiting. They start with
 * the first text: when a cache answers every text, none starts.
 */
export function workerFormatter(count: number, options: prettier.Options): Formatter {
  let started: FormatWorker[] | undefined;
  let nextId = 0;
  return {
    workers: count,
    format(text, parser) {
      started ??= Array.from({ length: count }, () => startWorker(options));
      const worker = started.reduce((least, w) => (w.load < least.load ? w : least));
      const id = nextId++;
      return new Promise<string>((resolve, reject) => {
        worker.pending.set(id, { chars: text.length, resolve, reject });
        worker.load += text.length;
        worker.thread.postMessage({ id, text, parser });
      });
    },
    async close() {
      await Promise.all((started ?? []).map((w) => w.thread.terminate()));
    },
  };
}

function startWorker(options: prettier.Options): FormatWorker {
  const worker: FormatWorker = { thread: new Worker(new URL('./format-worker.mjs', import.meta.url), { workerData: options }), pending: new Map(), load: 0 };
  worker.thread.on('message', ({ id, text, error }: { id: number; text?: string; error?: string }) => {
    const waiting = worker.pending.get(id)!;
    worker.pending.delete(id);
    worker.load -= waiting.chars;
    if (error === undefined) waiting.resolve(text!);
    else waiting.reject(new Error(error));
  });
  // A worker that dies (out of memory, a crash) fails every text it still holds.
  const failAll = (error: Error) => {
    for (const waiting of worker.pending.values()) waiting.reject(error);
    worker.pending.clear();
  };
  worker.thread.on('error', failAll);
  worker.thread.on('exit', (code) => failAll(new Error(`prettier worker exited with code ${code}`)));
  return worker;
}
