import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { createApp } from '../../src/app.factory';
import { AppConfig, loadConfig } from '../../src/config/app-config';

export const ADMIN_KEY = 'test-admin-key-0123456789abcdef-0123456789';

export interface TestApp {
  app: NestFastifyApplication;
  url: string;
  config: AppConfig;
  close(): Promise<void>;
}

/**
 * The real application, listening on 127.0.0.1 on a free port, on the test database
 * (the embedded PostgreSQL from globalSetup, or the server in DATABASE_URL).
 */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const config: AppConfig = {
    ...loadConfig({
      ...process.env,
      PORT: '0',
      LOG_LEVEL: 'fatal',
      ANTHROPIC_API_KEY: '',
      REDIS_URL: '',
    }),
    adminApiKey: ADMIN_KEY,
    demoData: false,
    // Specs that test limits set their own; the others must not trip over them.
    rateLimitPerMinute: 1_000_000,
    aiRateLimitPerMinute: 1_000_000,
    aiTenantRateLimitPerMinute: 1_000_000,
    ...overrides,
  };
  const app = await createApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${address.port}`, config, close: () => app.close() };
}

export function uniqueTenantId(prefix = 't'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}
