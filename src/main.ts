import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { AddressInfo } from 'node:net';
import { AppLogger } from './common/logging/app-logger';

async function main(): Promise<void> {
  // Files we create (database, password, demo keys, logs) are readable by this user only.
  process.umask(0o077);
  const logger = AppLogger.create('info');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    logger.event('fatal', `invalid configuration: ${error.message}`);
    // Nothing is running yet: let Node exit by itself once stdout (perhaps a pipe) is flushed.
    process.exitCode = 1;
    return;
  }
  // Loaded only once the configuration is known to be valid: a mistake is reported at once,
  // without first loading Nest, TypeORM and the database.
  const { createApp } = await import('./app.factory');
  const { DemoDataService } = await import('./demo/demo-data.service');
  const app = await createApp(config);
  await app.listen({ port: config.port, host: config.host });
  const { port } = app.getHttpServer().address() as AddressInfo;
  logger.event('info', 'listening', {
    port,
    database: config.databaseUrl ? 'server' : `embedded (${config.dataDir})`,
    rateLimitStore: config.redisUrl ? 'redis' : 'in-process',
    explainer: config.anthropicApiKey ? `claude (${config.anthropicModel})` : 'offline',
    adminApi: config.adminApiKey ? 'enabled' : 'disabled (ADMIN_API_KEY not set)',
  });
  const banner = app.get(DemoDataService, { strict: false }).banner(port);
  if (banner) process.stdout.write(banner + '\n');
}

main().catch((error: Error) => {
  AppLogger.create('info').event('fatal', 'failed to start', {
    reason: error.message,
    stack: error.stack,
  });
  // A half-started app may hold sockets open; exit after stdout has had a moment to drain.
  process.exitCode = 1;
  setTimeout(() => process.exit(1), 200);
});
