/** The README's `Logging` section: levels, the environment variable, a custom logger, redaction. */
import type { ApiIR } from '../../../ir/types.js';
import { DEFAULT_LOG_LEVEL } from '../../../runtime/log.js';
import { blocks, code, codeBlock, heading } from '../markdown.js';

export function logging(api: ApiIR): string {
  const env = api.client.logLevelEnv;
  return blocks(
    heading(2, 'Logging'),
    `The client logs through ${code('console')} at level ${code(DEFAULT_LOG_LEVEL)} by default. Levels, from quiet to verbose: ${['off', 'error', 'warn', 'info', 'debug'].map(code).join(', ')}. Set one with the ${code('logLevel')} option${env ? ` or the ${code(env)} environment variable` : ''}. ${code('info')} logs every failed attempt and whether it is retried; ${code('debug')} also logs every request and response, with their headers.`,
    codeBlock('ts', `const client = new ${api.client.name}({\n  logLevel: 'debug',\n  logger: { error: console.error, warn: console.warn, info: console.info, debug: console.debug },\n});`),
    `Credentials are masked (${code('***')}) in every log line: the ${code('Authorization')}, API key, e-mail and cookie headers by name, and any credential value that appears elsewhere in a message.`,
  );
}
