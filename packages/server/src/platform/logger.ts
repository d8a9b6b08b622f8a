export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

/** Structured logging: one JSON object per line, so log shippers need no parsing rules. */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/**
 * A logger writing JSON lines (`{"time","level","msg",…fields}`).
 *
 * @example
 * const logger = createJsonLogger();
 * logger.info('listening', { url: 'http://localhost:8787' });
 */
export function createJsonLogger(
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const log =
    (level: LogLevel) =>
    (message: string, fields: LogFields = {}) =>
      write(JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...fields }));
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

/** Drops every line; the default in tests. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
