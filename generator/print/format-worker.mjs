// A worker thread that runs prettier for generator/print/format-pool.ts. Plain JavaScript, so it runs the
// same under tsx, vitest and a compiled build: no TypeScript loader needed.
import { parentPort, workerData } from 'node:worker_threads';
import * as prettier from 'prettier';

parentPort.on('message', async ({ id, text, parser }) => {
  try {
    parentPort.postMessage({ id, text: await prettier.format(text, { ...workerData, parser }) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
