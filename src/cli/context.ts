import { Command, InvalidArgumentError } from 'commander';
import { createPqcClient, PqcApiError, PqcClient } from '../../client';

/** Exit codes scripts can rely on. */
export const EXIT_OK = 0;
export const EXIT_API = 1;
export const EXIT_USAGE = 2;

/** A mistake in how the tool was called or configured: exit 2. */
export class UsageError extends Error {}

/** A failure that is neither usage nor an API envelope (unreachable service, a check we make): exit 1. */
export class CliError extends Error {}

export interface Connection {
  baseUrl: string;
  client: PqcClient;
}

/**
 * The client for one kind of key, from the environment. Keys come from PQC_ADMIN_KEY /
 * PQC_API_KEY; `--api-key` exists for users who insist, and lands in their shell history.
 */
export function connect(command: Command, kind: 'admin' | 'tenant'): Connection {
  const env = process.env;
  const baseUrl = env.PQC_API_URL?.trim();
  if (!baseUrl) throw new UsageError('PQC_API_URL is not set (e.g. http://127.0.0.1:3000)');
  if (!/^https?:\/\//i.test(baseUrl)) {
    throw new UsageError(`PQC_API_URL must start with http:// or https:// (got "${baseUrl}")`);
  }
  const globals = command.optsWithGlobals<{ apiKey?: string }>();
  let adminKey: string | undefined;
  let apiKey: string | undefined;
  if (kind === 'admin') {
    adminKey = env.PQC_ADMIN_KEY?.trim();
    if (!adminKey) throw new UsageError('PQC_ADMIN_KEY is not set (the platform admin key)');
  } else {
    apiKey = globals.apiKey ?? env.PQC_API_KEY?.trim();
    if (!apiKey) throw new UsageError('PQC_API_KEY is not set (a tenant API key)');
  }
  return { baseUrl, client: createPqcClient({ baseUrl, apiKey, adminKey }) };
}

/** The command's `--json` flag. */
export function wantsJson(command: Command): boolean {
  return command.optsWithGlobals<{ json?: boolean }>().json === true;
}

/** A leaf command: every one takes `--json`. */
export function leaf(parent: Command, nameAndArgs: string, description: string): Command {
  return parent
    .command(nameAndArgs)
    .description(description)
    .option('--json', 'print the raw JSON response (for scripts)');
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(text = ''): void {
  process.stdout.write(`${text}\n`);
}

/** Messages for people that must not mix with the data on stdout. */
export function note(text: string): void {
  process.stderr.write(`${text}\n`);
}

export function printApiError(error: PqcApiError, json: boolean): void {
  if (json) {
    const envelope = {
      status: error.status,
      error: error.error,
      message: error.message,
      ...(error.detail ? { detail: error.detail } : {}),
      requestId: error.requestId,
    };
    process.stderr.write(`${JSON.stringify(envelope)}\n`);
    return;
  }
  note(`error: ${error.status} ${error.error}: ${error.message}`);
  for (const field of error.detail ?? []) note(`  ${field.field}: ${field.message}`);
  note(`request id: ${error.requestId ?? '(none)'}`);
}

/** Option parsers: a bad value is a commander error, hence exit 2. */
export function positiveInt(max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) {
      throw new InvalidArgumentError(`must be an integer from 1 to ${max}`);
    }
    return n;
  };
}

export function commaList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
