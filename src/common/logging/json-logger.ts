import { LoggerService } from '@nestjs/common';
import { LOG_LEVELS, LogLevel } from '../../config/app-config';

const NEST_TO_LEVEL: Record<string, LogLevel> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  verbose: 'debug',
  debug: 'debug',
};

const BOOT_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

/**
 * One JSON object per line on stdout, so that log shippers need no parsing rules.
 * Callers pass structured fields; nothing here ever sees a request URL's query string
 * or a header value, which is how API keys stay out of the logs.
 */
export class JsonLogger implements LoggerService {
  private readonly threshold: number;

  constructor(level: LogLevel = 'info') {
    this.threshold = LOG_LEVELS.indexOf(level);
  }

  event(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
    if (LOG_LEVELS.indexOf(level) > this.threshold) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields });
    process.stdout.write(line + '\n');
  }

  log(message: unknown, context?: string): void {
    this.nest('log', message, context);
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    this.nest('error', message, context ?? stackOrContext);
  }
  warn(message: unknown, context?: string): void {
    this.nest('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.nest('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.nest('verbose', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.nest('fatal', message, context);
  }

  private nest(nestLevel: string, message: unknown, context?: string): void {
    const msg = message instanceof Error ? message.message : String(message);
    // Nest's start-up chatter (modules loaded, routes mapped) is only worth reading when debugging.
    const chatter = nestLevel === 'log' && context !== undefined && BOOT_CONTEXTS.has(context);
    this.event(
      chatter ? 'debug' : (NEST_TO_LEVEL[nestLevel] ?? 'info'),
      msg,
      context ? { context } : {},
    );
  }
}
