import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One process for the test files, one after the other: each file loading TypeScript and ts-morph
    // afresh cost about 220 s of a 770 s run, and the type checks keep their parsed libs in it
    // (test/helpers/tsc.ts). What a file changes in the process is put back after it. Two files at a
    // time gain nothing on two cores (906 s against 976 s, one test timing out): the checks and the
    // formatting workers already keep both busy.
    isolate: false,
    setupFiles: ['test/helpers/restore-process.ts'],
    globalSetup: ['test/helpers/temp-root.ts'],
  },
});
