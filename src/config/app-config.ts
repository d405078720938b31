import { isAbsolute, resolve } from 'node:path';

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  adminApiKey: string | null;
  redisUrl: string | null;
  rateLimitPerMinute: number;
  aiRateLimitPerMinute: number;
  anthropicApiKey: string | null;
  anthropicModel: string;
  anthropicBaseUrl: string | null;
  aiTimeoutMs: number;
  logLevel: LogLevel;
  demoData: boolean;
  keyCacheTtlMs: number;
  // Webhooks (contract §12): secrets at rest and target rules.
  /** AES-256-GCM key for secrets at rest; null = generated into DATA_DIR on the embedded database. */
  dataEncryptionKey: Buffer | null;
  /** Allows http and loopback/private targets: tests and closed networks only. */
  webhookAllowInsecureTargets: boolean;
  /** How often each instance looks for new SLA breaches; 0 = never (tests call the sweep). */
  slaSweepIntervalMs: number;
  // Hardening (issue 9): guessing costs, one request cannot hold the service.
  failedAuthPerMinute: number;
  aiTenantRateLimitPerMinute: number;
  maxActiveKeysPerTenant: number;
  requestTimeoutMs: number;
  connectionTimeoutMs: number;
  maxBodyBytesInFlight: number;
}

/** The platform admin key is a password to everything: long enough not to be guessed. */
export const MIN_ADMIN_KEY_LENGTH = 32;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_ANTHROPIC_MODEL = 'claude-sonnet-5-5';

/** Raised at boot: the message names the variable so an operator can fix it. */
export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): AppConfig {
  return {
    port: intVar(env, 'PORT', 3000, 0, 65535),
    host: stringVar(env, 'HOST') ?? '0.0.0.0',
    databaseUrl: urlVar(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    dataDir: resolvePath(stringVar(env, 'DATA_DIR') ?? './data'),
    adminApiKey: secretVar(env, 'ADMIN_API_KEY', MIN_ADMIN_KEY_LENGTH),
    redisUrl: urlVar(env, 'REDIS_URL', ['redis:', 'rediss:']),
    rateLimitPerMinute: intVar(env, 'RATE_LIMIT_PER_MINUTE', 300, 1, 1_000_000),
    aiRateLimitPerMinute: intVar(env, 'AI_RATE_LIMIT_PER_MINUTE', 30, 1, 1_000_000),
    anthropicApiKey: stringVar(env, 'ANTHROPIC_API_KEY'),
    anthropicModel: stringVar(env, 'ANTHROPIC_MODEL') ?? DEFAULT_ANTHROPIC_MODEL,
    anthropicBaseUrl: anthropicBaseUrl(env),
    aiTimeoutMs: intVar(env, 'AI_TIMEOUT_MS', 15_000, 100, 600_000),
    logLevel: enumVar(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    // Never a demo tenant (with keys in a file) in production, whatever DEMO_DATA says.
    demoData: env.NODE_ENV === 'production' ? false : boolVar(env, 'DEMO_DATA', true),
    keyCacheTtlMs: intVar(env, 'KEY_CACHE_TTL_MS', 3_000, 0, 60_000),
    // Webhooks (contract §12).
    dataEncryptionKey: keyVar(env, 'DATA_ENCRYPTION_KEY'),
    webhookAllowInsecureTargets: boolVar(env, 'WEBHOOK_ALLOW_INSECURE_TARGETS', false),
    slaSweepIntervalMs: intVar(env, 'SLA_SWEEP_INTERVAL_MS', 60_000, 0, 86_400_000),
    ...hardeningVars(env),
  };
}

function hardeningVars(env: Env) {
  const aiTimeoutMs = intVar(env, 'AI_TIMEOUT_MS', 15_000, 100, 600_000);
  return {
    failedAuthPerMinute: intVar(env, 'FAILED_AUTH_PER_MINUTE', 60, 1, 1_000_000),
    aiTenantRateLimitPerMinute: intVar(env, 'AI_TENANT_RATE_LIMIT_PER_MINUTE', 120, 1, 1_000_000),
    maxActiveKeysPerTenant: intVar(env, 'MAX_ACTIVE_KEYS_PER_TENANT', 50, 1, 100_000),
    // The whole request (headers and body) must arrive within this time.
    requestTimeoutMs: intVar(env, 'REQUEST_TIMEOUT_MS', 30_000, 1_000, 600_000),
    // An idle socket is closed after this; longer than a model call may take.
    connectionTimeoutMs: intVar(
      env,
      'CONNECTION_TIMEOUT_MS',
      aiTimeoutMs + 60_000,
      1_000,
      3_600_000,
    ),
    // Bodies being received at once, all requests together; past it, 503 until some finish.
    maxBodyBytesInFlight: intVar(
      env,
      'MAX_BODY_BYTES_IN_FLIGHT',
      64 * 1024 * 1024,
      1024 * 1024,
      2 ** 40,
    ),
  };
}

/** Base64 of exactly 32 bytes (an AES-256 key). The value never appears in the message. */
function keyVar(env: Env, name: string): Buffer | null {
  const raw = stringVar(env, name);
  if (raw === null) return null;
  const key = /^[A-Za-z0-9+/]+={0,2}$/.test(raw) ? Buffer.from(raw, 'base64') : Buffer.alloc(0);
  if (key.length !== 32) throw new ConfigError(`${name} must be base64 of 32 random bytes`);
  return key;
}

function stringVar(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function secretVar(env: Env, name: string, minLength = 16): string | null {
  const value = stringVar(env, name);
  if (value !== null && value.length < minLength) {
    throw new ConfigError(`${name} must be at least ${minLength} characters long`);
  }
  return value;
}

function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = stringVar(env, name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function boolVar(env: Env, name: string, fallback: boolean): boolean {
  const raw = stringVar(env, name)?.toLowerCase();
  if (raw === undefined || raw === null) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function enumVar<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = stringVar(env, name);
  if (raw === null) return fallback;
  if (!allowed.includes(raw as T)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function urlVar(env: Env, name: string, protocols: string[]): string | null {
  const raw = stringVar(env, name);
  if (raw === null) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}

/** The API key travels to this URL: https only, except to this machine (tests, local proxies). */
function anthropicBaseUrl(env: Env): string | null {
  const raw = urlVar(env, 'ANTHROPIC_BASE_URL', ['http:', 'https:']);
  if (raw === null) return null;
  const url = new URL(raw);
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new ConfigError(
      'ANTHROPIC_BASE_URL must start with https:// (http:// only for localhost or 127.0.0.1)',
    );
  }
  return raw;
}

function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

function resolvePath(path: string): string {
  return isAbsolute(path) ? path : resolve(process.cwd(), path);
}
