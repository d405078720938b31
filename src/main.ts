import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { JsonLogger } from './common/logging/json-logger';

async function main(): Promise<void> {
  const logger = new JsonLogger('info');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    logger.event('fatal', `invalid configuration: ${error.message}`);
    process.exit(1);
  }
  // Loaded only once the configuration is known to be valid: a mistake is reported at once,
  // without first loading Nest, TypeORM and PGlite.
  const { createApp } = await import('./app.factory');
  const app = await createApp(config);
  await app.listen({ port: config.port, host: config.host });
  logger.event('info', 'listening', {
    port: config.port,
    database: config.databaseUrl ? 'server' : `embedded (${config.dataDir})`,
    rateLimitStore: config.redisUrl ? 'redis' : 'in-process',
    explainer: config.anthropicApiKey ? `claude (${config.anthropicModel})` : 'offline',
    adminApi: config.adminApiKey ? 'enabled' : 'disabled (ADMIN_API_KEY not set)',
  });
}

main().catch((error: Error) => {
  new JsonLogger('info').event('fatal', 'failed to start', {
    reason: error.message,
    stack: error.stack,
  });
  process.exit(1);
});
