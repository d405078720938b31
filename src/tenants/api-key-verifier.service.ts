import { Inject, Injectable } from '@nestjs/common';
import { PresentedCredential } from '../common/auth/credentials';
import { ApiKeyVerifier, Principal } from '../common/auth/principal';
import { AppLogger } from '../common/logging/app-logger';
import { LOGGER } from '../common/logging/logger.module';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { looksLikeKeySecret } from './api-key-secret';
import { ApiKeysRepository } from './api-keys.repository';

interface CachedKey {
  principal: Principal | null;
  keyExpiresAt: number | null;
  cachedUntil: number;
}

const MAX_CACHED_KEYS = 10_000;
const LAST_USED_INTERVAL_MS = 60_000;

/**
 * Resolves presented keys through a short in-process cache, so that most requests cost no
 * database round trip for auth. A revocation on this instance evicts at once; other instances
 * see it when their entry expires (KEY_CACHE_TTL_MS, a few seconds).
 */
@Injectable()
export class ApiKeyVerifierService implements ApiKeyVerifier {
  private readonly cache = new Map<string, CachedKey>();
  private readonly inFlight = new Map<string, Promise<CachedKey>>();
  private readonly lastTouched = new Map<string, number>();

  constructor(
    private readonly keys: ApiKeysRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  async verify(credential: PresentedCredential): Promise<Principal | null> {
    if (!looksLikeKeySecret(credential.secret)) return null;
    const now = Date.now();
    const entry = await this.lookup(credential.hash, now);
    if (!entry.principal) return null;
    if (entry.keyExpiresAt !== null && entry.keyExpiresAt <= now) return null;
    this.touch(entry.principal.keyId, now);
    return entry.principal;
  }

  /** Called when a key is revoked here, so that it stops working on this instance at once. */
  forget(keyId: string): void {
    for (const [hash, entry] of this.cache) {
      if (entry.principal?.keyId === keyId) this.cache.delete(hash);
    }
  }

  private async lookup(hash: string, now: number): Promise<CachedKey> {
    const cached = this.cache.get(hash);
    if (cached && cached.cachedUntil > now) return cached;
    // Concurrent requests with the same key share one query.
    let pending = this.inFlight.get(hash);
    if (!pending) {
      pending = this.load(hash).finally(() => this.inFlight.delete(hash));
      this.inFlight.set(hash, pending);
    }
    return pending;
  }

  private async load(hash: string): Promise<CachedKey> {
    const row = await this.keys.findUsableByHash(hash);
    const entry: CachedKey = {
      principal: row
        ? {
            kind: 'tenant-key',
            keyId: row.id,
            tenantId: row.tenantId,
            role: row.role,
            label: row.label,
          }
        : null,
      keyExpiresAt: row?.expiresAt ? row.expiresAt.getTime() : null,
      cachedUntil: Date.now() + this.config.keyCacheTtlMs,
    };
    if (this.config.keyCacheTtlMs > 0) this.remember(hash, entry);
    if (row?.lastUsedAt) this.lastTouched.set(row.id, row.lastUsedAt.getTime());
    return entry;
  }

  private remember(hash: string, entry: CachedKey): void {
    if (this.cache.size >= MAX_CACHED_KEYS) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.delete(hash);
    this.cache.set(hash, entry);
  }

  private touch(keyId: string, now: number): void {
    const last = this.lastTouched.get(keyId) ?? 0;
    if (now - last < LAST_USED_INTERVAL_MS) return;
    this.lastTouched.set(keyId, now);
    // Not awaited: bookkeeping must not slow down or fail the request.
    this.keys
      .touchLastUsed(keyId)
      .catch((error: Error) =>
        this.logger.event('warn', 'could not record key use', { keyId, reason: error.message }),
      );
  }
}
