// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/** Log levels and the logger the client writes through. */
import { scrubValue, type Scrubber } from './redact.js';

export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

type LogFn = (message: string, ...rest: unknown[]) => void;

/** Anything with these four methods: `console`, pino, winston, a test spy. */
export interface Logger {
  error: LogFn;
  warn: LogFn;
  info: LogFn;
  debug: LogFn;
}

const SEVERITY: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

export const DEFAULT_LOG_LEVEL: LogLevel = 'warn';

/** Whether a logger at `level` writes `method` lines: callers skip building lines nobody will see. */
export function logsAt(level: LogLevel, method: keyof Logger): boolean {
  return SEVERITY[method] <= SEVERITY[level];
}

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && Object.hasOwn(SEVERITY, value);
}

/**
 * The level from the option, else from the environment variable, else `warn`. A value that is not a level
 * is reported (through `warn`) and skipped rather than thrown: a typo in `CLOUDFLARE_LOG` should not stop
 * the program.
 */
export function resolveLogLevel(
  fromOption: unknown,
  fromEnv: { name: string; value: string | undefined } | undefined,
  warn: (message: string) => void,
): LogLevel {
  if (isLogLevel(fromOption)) return fromOption;
  if (fromOption !== undefined && fromOption !== null) warn(invalidLevelMessage('the logLevel option', fromOption));
  const envValue = fromEnv?.value;
  if (isLogLevel(envValue)) return envValue;
  if (envValue !== undefined && fromEnv) warn(invalidLevelMessage(`the environment variable ${fromEnv.name}`, envValue));
  return DEFAULT_LOG_LEVEL;
}

function invalidLevelMessage(source: string, value: unknown): string {
  return `${source} was set to ${JSON.stringify(value)}; expected one of ${Object.keys(SEVERITY).join(', ')}`;
}

/**
 * The runtime's own log lines, at `info` and `debug`. A method is absent below the level, so
 * `log.debug?.(line)` does not even build a line nobody will see.
 */
export interface LevelLogger {
  readonly info?: LogFn | undefined;
  readonly debug?: LogFn | undefined;
}

/**
 * The logger the client writes through: calls below the level are dropped, and every message and argument
 * passes through the scrubber, so no credential reaches the user's logger whatever a caller passes in.
 */
export function createLevelLogger(logger: Logger, level: LogLevel, scrub: Scrubber): LevelLogger {
  const make = (method: 'info' | 'debug'): LogFn | undefined => {
    if (!logsAt(level, method)) return undefined;
    return (message, ...rest) => logger[method](scrub(message), ...rest.map((arg) => scrubValue(arg, scrub)));
  };
  return { info: make('info'), debug: make('debug') };
}

/** The global console, or a logger that drops everything when a sandbox has removed the console. */
export function defaultLogger(): Logger {
  const candidate = (globalThis as { console?: Logger }).console;
  const ignore = () => {};
  return candidate && typeof candidate.warn === 'function' ? candidate : { error: ignore, warn: ignore, info: ignore, debug: ignore };
}
