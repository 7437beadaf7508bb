// A worker thread that runs prettier for generator/print/format-pool.ts. Plain JavaScript, so it runs the
// same under tsx, vitest and a compiled build: no TypeScript loader needed.
import { parentPort, workerData } from 'node:worker_threads';
import * as prettier from 'prettier';

// One text at a time: prettier.format awaits inside, so texts handled as they arrive would all be parsed
// at once, and a worker would hold every syntax tree in its queue at the same time.
let queue = Promise.resolve();

parentPort.on('message', ({ id, text, parser }) => {
  queue = queue.then(async () => {
    try {
      parentPort.postMessage({ id, text: await prettier.format(text, { ...workerData, parser }) });
    } catch (error) {
      parentPort.postMessage({ id, error: String(error?.stack ?? error) });
    }
  });
});
