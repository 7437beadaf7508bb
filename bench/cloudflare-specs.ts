/** Cloudflare's published API specs (shared/real-specs/, gzipped), for the benchmarks that review them. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SPECS = resolve('../shared/real-specs');

/** The 2023 and the 2024 spec, unpacked into `dir`: their paths, oldest first. */
export function unpackCloudflarePair(dir: string): [string, string] {
  const [before, after] = ['cloudflare-2023-08.openapi.yaml', 'cloudflare-2024-08.openapi.json'].map((name) => {
    const file = join(dir, name);
    writeFileSync(file, gunzipSync(readFileSync(join(SPECS, `${name}.gz`))));
    return file;
  });
  return [before!, after!];
}
