import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppLogger } from '../common/logging/app-logger';
import { LOGGER } from '../common/logging/logger.module';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DatabaseTarget } from '../database/database.module';
import { ScansService } from '../scans/scans.service';
import { ROLES } from '../common/auth/roles';
import { ApiKeysService } from '../tenants/api-keys.service';
import { TenantsRepository } from '../tenants/tenants.repository';
import { TenantsService } from '../tenants/tenants.service';
import { importDemoScans } from './demo-scan';
import { RemediationService } from '../remediation/remediation.service';

export const DEMO_TENANT_ID = 'demo';
export const DEMO_CREDENTIALS_FILE = 'demo-credentials.json';

/**
 * On a new embedded database, a demo tenant with a key per role and a sample scan, so that
 * a first-time user can try every route from Swagger UI at once. Never on a server database,
 * never with NODE_ENV=production (see the configuration).
 */
@Injectable()
export class DemoDataService implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: AppLogger,
    private readonly database: DatabaseTarget,
    private readonly tenantsRepository: TenantsRepository,
    private readonly tenants: TenantsService,
    private readonly keys: ApiKeysService,
    private readonly scans: ScansService,
    private readonly remediation: RemediationService,
  ) {}

  private created = false;

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData || !this.database.isEmbedded) return;
    if (!(await this.tenantsRepository.isEmpty())) return;
    const admin = { kind: 'platform-admin' } as const;
    await this.tenants.create(admin, 'Demo tenant', DEMO_TENANT_ID);
    const issued: Record<string, string> = {};
    let operator: { id: string; label: string } | null = null;
    for (const role of ROLES) {
      const { key, secret } = await this.keys.issue(admin, {
        tenantId: DEMO_TENANT_ID,
        label: `demo-${role}`,
        role,
        expiresAt: null,
      });
      issued[role] = secret;
      if (role === 'operator') operator = key;
    }
    const scanId = await importDemoScans(this.scans, this.remediation, {
      kind: 'tenant-key',
      keyId: operator!.id,
      tenantId: DEMO_TENANT_ID,
      role: 'operator',
      label: operator!.label,
    });
    const file = this.credentialsFile();
    writeFileSync(
      file,
      JSON.stringify({ tenantId: DEMO_TENANT_ID, keys: issued, scanId }, null, 2) + '\n',
      { mode: 0o600 },
    );
    this.created = true;
    this.logger.event('info', 'demo data created', {
      tenantId: DEMO_TENANT_ID,
      scanId,
      credentialsFile: file,
    });
  }

  private credentialsFile(): string {
    return join(this.config.dataDir, DEMO_CREDENTIALS_FILE);
  }

  /**
   * What to tell the user once the service listens (not before: on a port clash the
   * banner would point at a URL that never works). Keys are never printed, since stdout is
   * often a log; only where the owner-only credentials file is.
   */
  banner(port: number): string | null {
    if (!this.config.demoData || !this.database.isEmbedded) return null;
    const file = this.credentialsFile();
    if (!existsSync(file)) return null;
    const docs = `http://localhost:${port}/docs`;
    return [
      '',
      this.created
        ? '  Demo tenant created on the new embedded database: one key per role and a sample scan.'
        : '  Demo tenant on the embedded database.',
      `  Its keys (readable by you only): ${file}`,
      `  Try it: ${docs}  (Authorize with a key from that file)`,
      '',
    ].join('\n');
  }
}
