import { FaultEnv } from './env';
import { PostgresControl } from './postgres-control';
import { RemediationLoad } from './remediation-load';
import { ServiceProcess } from './service-process';
import { createTenant, importScan, issueKey } from './tenant-setup';

export interface ServiceUnderLoad {
  service: ServiceProcess;
  load: RemediationLoad;
  scanId: string;
  viewerKey: string;
  tenantAdminKey: string;
}

export interface LoadShape {
  label: string;
  clients: number;
  itemsPerClient: number;
  pauseMs: number;
  failurePauseMs: number;
  requestTimeoutMs: number;
}

/**
 * A real service process on the server database with a tenant, its keys, and a scan with one
 * item per client slot, plus a load generator (not started) whose clients each own their items.
 */
export async function prepareServiceUnderLoad(
  env: FaultEnv,
  adminKey: string,
  postgres: PostgresControl,
  shape: LoadShape,
): Promise<ServiceUnderLoad> {
  await postgres.ensureRunning();
  const service = await ServiceProcess.start('service', {
    DATABASE_URL: env.databaseUrl,
    REDIS_URL: env.redisUrl,
    ADMIN_API_KEY: adminKey,
    RATE_LIMIT_PER_MINUTE: '1000000',
  });
  const tenantId = await createTenant(service.url, adminKey, shape.label);
  const operator = await issueKey(service.url, adminKey, tenantId, 'operator');
  const viewerKey = (await issueKey(service.url, adminKey, tenantId, 'viewer')).apiKey;
  const tenantAdminKey = (await issueKey(service.url, adminKey, tenantId, 'admin')).apiKey;
  const scanId = await importScan(
    service.url,
    operator.apiKey,
    shape.clients * shape.itemsPerClient,
  );
  const load = new RemediationLoad({
    baseUrl: service.url,
    scanId,
    keys: [operator.apiKey],
    clients: shape.clients,
    itemsPerClient: shape.itemsPerClient,
    pauseMs: shape.pauseMs,
    failurePauseMs: shape.failurePauseMs,
    maxIterationsPerClient: 5_000,
    maxDurationMs: 60_000,
    requestTimeoutMs: shape.requestTimeoutMs,
  });
  return { service, load, scanId, viewerKey, tenantAdminKey };
}
