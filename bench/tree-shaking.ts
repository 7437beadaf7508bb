#!/usr/bin/env node
/**
 * `npx tsx bench/tree-shaking.ts`: what one method call weighs in a browser bundle of a large API's
 * package, through the client (which creates every resource) and through the core client with only
 * the resource it calls (the README's `Tree shaking`). The API is Cloudflare's 2024 spec (1,535
 * operations), generated leniently and built as the package is; esbuild bundles and minifies as in
 * bench/bundle-size.ts, and the figures are gzipped at level 9.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildGenerated } from '../generator/build/build.js';
import { bundleSize } from './bundle-size.js';
import { timedNode } from './timed.js';

const SPEC = resolve('../shared/real-specs/cloudflare-2024-08.openapi.json.gz');

const scratch = mkdtempSync(join(tmpdir(), 'tree-shaking-'));
try {
  const spec = join(scratch, 'openapi.json');
  writeFileSync(spec, gunzipSync(readFileSync(SPEC)));
  const out = join(scratch, 'package');
  const generated = timedNode([resolve('node_modules/tsx/dist/cli.mjs'), resolve('generator/cli.ts'), 'generate', '--lenient', '--no-cache', '--spec', spec, '--out', out], {});
  if (generated.status !== 0) throw new Error(`generation failed:\n${generated.stderr}`);
  const manifest = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')) as { name: string; version: string };
  buildGenerated(out, manifest, [{ path: spec, bytes: readFileSync(spec) }]);
  const app = join(scratch, 'app');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  symlinkSync(out, join(app, 'node_modules', manifest.name), 'dir');
  const call = `accessPoliciesGetAnAccessPolicy('account_id', 'app_id', 'policy_id')`;
  const full = await bundleSize(`import Client from '${manifest.name}';\nconsole.log(await new Client({ apiToken: 't' }).accessApplicationScopedPolicies.${call});`, app);
  const core = await bundleSize(`import { AccessApplicationScopedPolicies, CloudflareAPIClientCore } from '${manifest.name}';\nconsole.log(await new AccessApplicationScopedPolicies(new CloudflareAPIClientCore({ apiToken: 't' })).${call});`, app);
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  process.stdout.write(
    [
      `one call of Cloudflare's 2024 API (${manifest.name}), bundled for the browser (esbuild --bundle --minify, gzip -9)`,
      `through the client:                         ${kb(full.minified).padStart(9)} min ${kb(full.gzipped).padStart(9)} gzip`,
      `through the core client and one resource:   ${kb(core.minified).padStart(9)} min ${kb(core.gzipped).padStart(9)} gzip`,
      `ratio (gzipped): ${((core.gzipped / full.gzipped) * 100).toFixed(1)} %`,
    ].join('\n') + '\n',
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
