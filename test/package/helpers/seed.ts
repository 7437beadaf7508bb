/**
 * The seed example (the official docs' getActiveSession call) as a user writes it in each setting:
 * an ES module, a CommonJS script, TypeScript, and a browser page script. Only the import line and
 * the wrapping differ; the call is the seed's, word for word.
 */
export const PACKAGE = 'cloudflare-realtimekit';
export const ACCOUNT_ID = '023e105f4ecef8ad9ca31a8372d0c353';

const CALL = `const response = await client.realtimeKit.activeSession.getActiveSession('app_id', 'meeting_id', {
  account_id: '${ACCOUNT_ID}',
});

console.log(response.data);`;

const CLIENT = `const client = new Cloudflare({
  apiToken: process.env['CLOUDFLARE_API_TOKEN'], // This is the default and can be omitted
});`;

export const SEED_ESM = `import Cloudflare from '${PACKAGE}';

${CLIENT}

${CALL}
`;

export const SEED_CJS = `const { Cloudflare } = require('${PACKAGE}');

async function main() {
${indent(`${CLIENT}\n\n${CALL}`)}
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;

/** TypeScript compiled as CommonJS (`.cts`): the default import resolves through the `require` condition. */
export const SEED_CTS = `import Cloudflare from '${PACKAGE}';

async function main(): Promise<void> {
${indent(`${CLIENT}\n\n${CALL}`)}
}

void main();
`;

/** In a page there is no environment: the API's URL comes from the page's query string. */
export const SEED_BROWSER = `import Cloudflare from '${PACKAGE}';

const client = new Cloudflare({
  apiToken: 'browser-token',
  baseURL: new URLSearchParams(location.search).get('api') ?? undefined,
});

try {
${indent(CALL)}
  (globalThis as Record<string, unknown>)['__result'] = { data: response.data };
} catch (error) {
  (globalThis as Record<string, unknown>)['__result'] = { error: String(error) };
}
`;

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : `  ${line}`))
    .join('\n');
}
