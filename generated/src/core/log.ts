// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/** Log levels and the logger the client writes through. */
import { readEnv } from './env.js';
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

export const DEFAULT_LOG_LEVEL: LogLevel = 'warn';

/** Least to most verbose. */
const LEVELS: readonly LogLevel[] = ['off', 'error', 'warn', 'info', 'debug'];

export function isLogLevel(value: unknown): value is LogLevel {
  return LEVELS.includes(value as LogLevel);
}

/**
 * The level from the option, else from the environment variable `envName`, else `warn`. A value that is
 * not a level is reported (through `warn`) and skipped rather than thrown: a typo in `CLOUDFLARE_LOG`
 * should not stop the program.
 */
export function resolveLogLevel(fromOption: unknown, envName: string | undefined, warn: (message: string) => void): LogLevel {
  for (const [source, value] of [['the logLevel option', fromOption], [`the environment variable ${envName}`, readEnv(envName)]]) {
    if (isLogLevel(value)) return value;
    if (value != null) warn(`${source} was set to ${JSON.stringify(value)}; expected one of ${LEVELS.join(', ')}`);
  }
  return DEFAULT_LOG_LEVEL;
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
  const make = (method: 'info' | 'debug'): LogFn | undefined =>
    LEVELS.indexOf(method) <= LEVELS.indexOf(level) ? (message, ...rest) => logger[method](scrub(message), ...rest.map((arg) => scrubValue(arg, scrub))) : undefined;
  return { info: make('info'), debug: make('debug') };
}

/** The global console, or a logger that drops everything when a sandbox has removed the console. */
export function defaultLogger(): Logger {
  const ignore = () => {};
  return (globalThis as { console?: Logger }).console ?? { error: ignore, warn: ignore, info: ignore, debug: ignore };
}
