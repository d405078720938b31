import { randomBytes } from 'node:crypto';

const KEY_PREFIX = 'pqc_';
const SECRET_PATTERN = /^pqc_[A-Za-z0-9_-]{43}$/;

/** 32 random bytes behind a readable prefix; only its SHA-256 hash is ever stored. */
export function generateKeySecret(): { secret: string; displayPrefix: string } {
  const secret = KEY_PREFIX + randomBytes(32).toString('base64url');
  return { secret, displayPrefix: secret.slice(0, KEY_PREFIX.length + 8) };
}

/** Rejects what cannot be one of our keys before any lookup. */
export function looksLikeKeySecret(value: string): boolean {
  return SECRET_PATTERN.test(value);
}
