import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ServiceUnavailable } from '../common/errors/domain-errors';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

const FORMAT = 'v1';
const KEY_FILE = 'data-encryption.key';

/**
 * Webhook signing secrets at rest: AES-256-GCM with DATA_ENCRYPTION_KEY, the row's id as
 * associated data (a ciphertext copied to another row does not decrypt). On the embedded
 * database a key is generated into DATA_DIR (mode 0600) on first use; on a server without
 * the key nothing can be encrypted, and callers get a 503 that names the variable.
 * Neither the key nor a plaintext is ever logged.
 */
@Injectable()
export class SecretBox {
  private key: Buffer | null | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Throws the 503 when no key is configured; call before doing anything else. */
  requireKey(): Buffer {
    this.key ??= this.config.dataEncryptionKey ?? this.embeddedKey();
    if (!this.key) {
      throw new ServiceUnavailable(
        'Webhooks need DATA_ENCRYPTION_KEY (base64 of 32 random bytes) to store signing secrets; ' +
          'it is not set on this server.',
      );
    }
    return this.key;
  }

  encrypt(plaintext: string, rowId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.requireKey(), iv);
    cipher.setAAD(Buffer.from(rowId, 'utf8'));
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${FORMAT}.${Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64')}`;
  }

  decrypt(stored: string, rowId: string): string {
    const [format, payload] = stored.split('.', 2);
    if (format !== FORMAT || !payload) throw new Error('unknown secret format');
    const raw = Buffer.from(payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.requireKey(), raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(rowId, 'utf8'));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** Only for the embedded database: the data and its key live in the same folder anyway. */
  private embeddedKey(): Buffer | null {
    if (this.config.databaseUrl !== null) return null;
    mkdirSync(this.config.dataDir, { recursive: true, mode: 0o700 });
    const path = join(this.config.dataDir, KEY_FILE);
    try {
      writeFileSync(path, randomBytes(32).toString('base64') + '\n', { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`${path} does not hold a 32-byte key`);
    return key;
  }
}
