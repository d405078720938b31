import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { buildOpenApiDocument } from '../src/common/openapi/openapi';

/**
 * Writes the generated OpenAPI document to openapi.json; with --check, fails when the
 * committed file differs from what the code generates (CI runs this).
 */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const dataDir = mkdtempSync(join(tmpdir(), 'pqc-openapi-'));
  const config = { ...loadConfig({ LOG_LEVEL: 'error', DATA_DIR: dataDir }), demoData: false };
  const app = await createApp(config);
  const document = JSON.stringify(buildOpenApiDocument(app), null, 2) + '\n';
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  const target = resolve(__dirname, '../../openapi.json');
  if (!check) {
    writeFileSync(target, document);
    console.log(`wrote ${target}`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (committed !== document) {
    console.error('openapi.json is stale: run `npm run openapi` and commit the result.');
    process.exit(1);
  }
  console.log('openapi.json is up to date');
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
