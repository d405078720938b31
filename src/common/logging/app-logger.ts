import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';
import { LogLevel } from '../../config/app-config';
import { currentRequestId } from './request-context';

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
 * Credentials never reach a line: callers log structured fields, never a URL or headers, and
 * should one slip in, pino removes these paths (the query string, which may carry api_key,
 * goes whole).
 */
export const REDACTED_PATHS = [
  'authorization',
  '["x-api-key"]',
  'api_key',
  'apiKey',
  'url',
  'query',
  'headers.authorization',
  'headers["x-api-key"]',
  'req.url',
  'req.query',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
];

/**
 * The root logger: one JSON object per line on stdout, string levels (`"level":"info"`) and
 * ISO times, so that log shippers and our tests read lines without a pino-specific mapping.
 * It writes through process.stdout, so what a test captures there is what an operator sees.
 */
export function rootLoggerFor(level: LogLevel): Logger {
  let root = roots.get(level);
  if (!root) {
    root = createRootLogger(level);
    roots.set(level, root);
  }
  return root;
}

/** One root per level, shared by Nest and the services. */
const roots = new Map<LogLevel, Logger>();

function createRootLogger(level: LogLevel): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, remove: true },
    },
    coalescingStdout,
  );
}

const FLUSH_AT_CHARS = 64 * 1024;
/** Errors go out at once: the process may be about to end, and they are rare. */
const URGENT = /^\{"level":"(error|fatal)"/;

/**
 * Lines written within one turn of the event loop reach stdout in one write: a write to a
 * pipe is synchronous on Linux and cost more than the rest of a request's logging under load
 * (`npm run bench`'s profiles). Nothing waits longer than that turn, errors not at all, and
 * whatever is pending is written on exit. `process.stdout.write` is looked up at each flush, so that a test that
 * replaces it sees every line.
 */
class CoalescingStdout {
  private pending: string[] = [];
  private chars = 0;
  private scheduled = false;

  constructor() {
    process.once('exit', () => this.flush());
  }

  write(line: string): void {
    this.pending.push(line);
    this.chars += line.length;
    if (this.chars >= FLUSH_AT_CHARS || URGENT.test(line)) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  flush(): void {
    this.scheduled = false;
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.chars = 0;
    process.stdout.write(text);
  }
}

const coalescingStdout = new CoalescingStdout();

/**
 * The one logger of the application: `event(level, msg, fields)` for our code, the
 * LoggerService methods for Nest. A line written while serving a request carries that
 * request's `requestId` (request-context.ts), whoever writes it.
 */
export class AppLogger implements LoggerService {
  constructor(private readonly root: Logger) {}

  static create(level: LogLevel): AppLogger {
    return new AppLogger(rootLoggerFor(level));
  }

  event(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
    if (!this.root.isLevelEnabled(level)) return;
    const requestId = fields.requestId === undefined ? currentRequestId() : undefined;
    this.root[level](requestId === undefined ? fields : { ...fields, requestId }, msg);
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
