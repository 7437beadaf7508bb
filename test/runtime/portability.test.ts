/**
 * The runtime must run in browsers, Deno, Bun and Workers: no Node built-in, no `process` needed, and it
 * type-checks with only the DOM library and no `@types/node`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { tscErrors } from '../helpers/tsc.js';

const RUNTIME_DIR = fileURLToPath(new URL('../../generator/runtime/', import.meta.url));
const sources = readdirSync(RUNTIME_DIR).filter((name) => name.endsWith('.ts'));

describe('runtime portability', () => {
  it.each(sources)('%s imports only sibling runtime files', (name) => {
    const text = readFileSync(RUNTIME_DIR + name, 'utf8');
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    for (const specifier of imports) expect(specifier).toMatch(/^\.\/[a-z0-9-]+\.js$/);
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    // `globalThis.process` behind a guard is fine (env.ts); a bare `process.` would throw in a browser.
    expect(code).not.toMatch(/\brequire\(|\bBuffer\b|(?<![.\w])process\./);
  });

  it('type-checks with lib ES2022 + DOM, no Node types, strict', () => {
    expect(tscErrors(`${RUNTIME_DIR}tsconfig.json`)).toBe('');
    const config = JSON.parse(readFileSync(`${RUNTIME_DIR}tsconfig.json`, 'utf8')) as { compilerOptions: Record<string, unknown> };
    expect(config.compilerOptions).toMatchObject({ lib: ['ES2022', 'DOM'], types: [], strict: true });
  });

  it('sends a request in a sandbox that has fetch primitives but no process, Buffer or console', async () => {
    const bundle = await build({ entryPoints: [`${RUNTIME_DIR}index.ts`], bundle: true, format: 'iife', globalName: 'Runtime', write: false, platform: 'neutral' });
    const sandbox = vm.createContext({ Headers, Response, AbortController, AbortSignal, URL, URLSearchParams, TextEncoder, setTimeout, clearTimeout });
    vm.runInContext(bundle.outputFiles[0]!.text, sandbox);
    const script = `
      class Client extends Runtime.BaseClient {
        constructor(options) {
          super(options, { clientName: 'C', packageName: 'c', packageVersion: '1', defaultBaseURL: 'https://h', baseURLEnv: 'C_URL', logLevelEnv: 'C_LOG',
            credentials: [{ option: 'token', env: 'C_TOKEN', header: 'Authorization', scheme: 'bearer' }], authAlternatives: [['token']], authHelp: 'Pass token' });
        }
      }
      const seen = [];
      const fetch = async (url, init) => { seen.push([url, init.headers.authorization]); return Response.json({ ok: 1 }); };
      const client = new Client({ token: 'sandboxed', fetch });
      client.request({ method: 'GET', path: Runtime.encodePath('/x/{id}', { id: 'a b' }), query: { q: 1 }, headers: {}, body: undefined }, {}, { idempotent: true })
        .then((data) => ({ data, seen, level: client.logLevel, hasProcess: typeof process !== 'undefined' }));`;
    const result = await (vm.runInContext(script, sandbox) as Promise<unknown>);
    expect(JSON.parse(JSON.stringify(result))).toEqual({
      data: { ok: 1 },
      seen: [['https://h/x/a%20b?q=1', 'Bearer sandboxed']],
      level: 'warn',
      hasProcess: false,
    });
  });
});
