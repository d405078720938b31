import { Global, Inject, Module } from '@nestjs/common';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import { IncomingMessage } from 'node:http';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AppLogger, rootLoggerFor } from './app-logger';

export const LOGGER = Symbol('LOGGER');

/**
 * pino through nestjs-pino: its middleware opens a per-request child logger carrying our
 * X-Request-Id as `requestId` (and nothing else of the request: no URL, no headers) and keeps
 * it in AsyncLocalStorage, where AppLogger finds it. Request lines themselves are written by
 * the onResponse hook (app.factory.ts), with the route pattern, never the raw URL.
 */
@Global()
@Module({
  imports: [
    PinoLoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          logger: rootLoggerFor(config.logLevel),
          autoLogging: false,
          quietReqLogger: true,
          customAttributeKeys: { reqId: 'requestId' },
          // app.factory.ts puts Fastify's request id (our X-Request-Id) on the raw request.
          genReqId: (request: IncomingMessage) => (request as IncomingMessage & { id: string }).id,
        },
      }),
    }),
  ],
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
