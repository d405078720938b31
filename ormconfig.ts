import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from './src/config/app-config';
import { dataSourceOptions, POOL_SIZE } from './src/database/data-source-options';
import { startEmbeddedPostgres } from './src/database/embedded-postgres';

/**
 * The data source the TypeORM CLI uses (migration:generate / run / revert): the server in
 * DATABASE_URL, or the embedded database in DATA_DIR — the same one the service opens.
 */
async function cliDataSource(): Promise<DataSource> {
  const config = loadConfig();
  const url =
    config.databaseUrl ?? (await startEmbeddedPostgres(config.dataDir, POOL_SIZE + 4)).url;
  return new DataSource(dataSourceOptions(url));
}

export default cliDataSource();
