/** A logger that keeps every line, with its arguments rendered as `console` would render them. */
import { inspect } from 'node:util';
import type { Logger } from '../../../generator/runtime/index.js';

export interface CapturedLogs {
  readonly logger: Logger;
  readonly lines: string[];
  text(): string;
}

export function captureLogs(): CapturedLogs {
  const lines: string[] = [];
  const record = (level: string) => (message: string, ...rest: unknown[]) => {
    lines.push([`${level} ${message}`, ...rest.map((arg) => inspect(arg, { depth: 10 }))].join(' '));
  };
  return {
    logger: { error: record('error'), warn: record('warn'), info: record('info'), debug: record('debug') },
    lines,
    text: () => lines.join('\n'),
  };
}
