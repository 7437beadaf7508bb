/**
 * Runs before each test file. The test files share one process (`isolate: false` in vitest.config.ts:
 * loading TypeScript and ts-morph again for each of them took a quarter of the run), so what one file
 * changes in the process is put back when it ends: environment variables, however they were set, stubbed
 * globals, and fake timers.
 */
import { afterAll, vi } from 'vitest';

const environment = { ...process.env };

afterAll(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  for (const name of Object.keys(process.env)) if (!(name in environment)) delete process.env[name];
  Object.assign(process.env, environment);
});
