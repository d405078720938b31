import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { dataSourceOptions, POOL_SIZE } from './data-source-options';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { runMigrationsLocked } from './run-migrations';

/** Which database this process talks to: a Postgres server, or the embedded one it started. */
@Injectable()
export class DatabaseTarget implements OnApplicationShutdown {
  private embedded: EmbeddedPostgres | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get isEmbedded(): boolean {
    return this.config.databaseUrl === null;
  }

  async url(): Promise<string> {
    if (this.config.databaseUrl) return this.config.databaseUrl;
    // A few spare connections beyond the pool for the migration lock and health checks.
    this.embedded ??= await startEmbeddedPostgres(this.config.dataDir, POOL_SIZE + 4);
    return this.embedded.url;
  }

  async onApplicationShutdown(): Promise<void> {
    // Runs after TypeORM has closed its pool: Nest calls shutdown hooks of dependents first.
    await this.embedded?.stop();
    this.embedded = null;
  }
}

@Module({
  providers: [DatabaseTarget],
  exports: [DatabaseTarget],
})
class DatabaseTargetModule {}

@Global()
@Module({
  imports: [
    DatabaseTargetModule,
    TypeOrmModule.forRootAsync({
      imports: [DatabaseTargetModule],
      inject: [DatabaseTarget],
      useFactory: async (target: DatabaseTarget) => dataSourceOptions(await target.url()),
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        await runMigrationsLocked(dataSource);
        return dataSource;
      },
    }),
  ],
  exports: [DatabaseTargetModule],
})
export class DatabaseModule {}
