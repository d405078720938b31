import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { writeFileSync } from 'node:fs';
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
import { DEMO_SCAN } from './demo-scan';

export const DEMO_TENANT_ID = 'demo';
export const DEMO_CREDENTIALS_FILE = 'demo-credentials.json';

/**
 * On a new embedded database, a demo tenant with a key per role and a sample scan, so that
 * a first-time user can try every route from Swagger UI at once. Never on a server database.
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
  ) {}

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
    const scanId = await this.scans.import(
      {
        kind: 'tenant-key',
        keyId: operator!.id,
        tenantId: DEMO_TENANT_ID,
        role: 'operator',
        label: operator!.label,
      },
      DEMO_SCAN,
    );
    const file = join(this.config.dataDir, DEMO_CREDENTIALS_FILE);
    writeFileSync(
      file,
      JSON.stringify({ tenantId: DEMO_TENANT_ID, keys: issued, scanId }, null, 2) + '\n',
      { mode: 0o600 },
    );
    this.logger.event('info', 'demo data created', {
      tenantId: DEMO_TENANT_ID,
      scanId,
      credentialsFile: file,
    });
    // Printed once, on purpose: this is a local embedded database and the user needs the keys now.
    process.stdout.write(
      [
        '',
        '  Demo tenant created on the new embedded database (shown once; also in ' + file + '):',
        ...ROLES.map((role) => `    ${role.padEnd(8)} key: ${issued[role]}`),
        `    sample scan:  ${scanId}`,
        `  Try it: http://localhost:${this.config.port}/docs  (Authorize with one of the keys)`,
        '',
      ].join('\n') + '\n',
    );
  }
}
