import { Global, Inject, Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { JsonLogger } from './json-logger';

export const LOGGER = Symbol('LOGGER');

@Global()
@Module({
  providers: [
    {
      provide: LOGGER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new JsonLogger(config.logLevel),
    },
  ],
  exports: [LOGGER],
})
export class LoggerModule {}

export const InjectLogger = (): ParameterDecorator => Inject(LOGGER);
