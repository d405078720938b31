import { Global, Inject, Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AppLogger } from './app-logger';

export const LOGGER = Symbol('LOGGER');

/**
 * The application's logger (pino, one JSON object per line) for injection. Lines written while
 * serving a request carry its X-Request-Id as `requestId` (request-context.ts); request lines
 * themselves are written by the onResponse hook (app.factory.ts), with the route pattern, never
 * the raw URL.
 */
@Global()
@Module({
  providers: [
    {
      provide: LOGGER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => AppLogger.create(config.logLevel),
    },
  ],
  exports: [LOGGER],
})
export class LoggerModule {}

export const InjectLogger = (): ParameterDecorator => Inject(LOGGER);
