import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { buildOpenApiDocument } from '../src/common/openapi/openapi';
import { checkOperations } from './openapi-rules';

/**
 * `npm run openapi`: writes openapi.json and the typed client's types (client/schema.d.ts).
 * `npm run openapi:check` (CI): fails when either file is stale, when Spectral's `spectral:oas`
 * ruleset (.spectral.yaml) reports an error, when our own rules (openapi-rules.ts) fail, or when
 * the client does not compile. Every failure is printed before the exit, not just the first.
 */

// Compiled to dist/scripts/, run from the source tree: paths are relative to the repository.
const root = resolve(__dirname, '../..');
const documentPath = join(root, 'openapi.json');
const schemaPath = join(root, 'client/schema.d.ts');

const SCHEMA_HEADER =
  '// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit.\n\n';

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const document = await generateDocument();
  let schema: string | undefined;
  let schemaError: string | undefined;
  try {
    schema = await generateClientTypes(document);
  } catch (error) {
    schemaError = (error as Error).message;
  }
  if (!check) {
    writeFileSync(documentPath, document);
    console.log(`wrote ${documentPath}`);
    if (schema === undefined) {
      fail(`openapi-typescript cannot generate the client from openapi.json: ${schemaError}`);
      process.exit(1);
    }
    writeFileSync(schemaPath, schema);
    console.log(`wrote ${schemaPath}`);
    return;
  }
  const failures = [
    ...checkFresh(document, schema, schemaError),
    ...lintWithSpectral(document),
    ...checkOperations(JSON.parse(document) as Parameters<typeof checkOperations>[0]),
    ...compileClient(),
  ];
  if (failures.length > 0) {
    failures.forEach(fail);
    console.error(`\nopenapi:check failed (${failures.length} problem(s)).`);
    process.exit(1);
  }
  console.log(
    'openapi:check passed: openapi.json and client are fresh, lint clean, client compiles',
  );
}

async function generateDocument(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pqc-openapi-'));
  try {
    const config = { ...loadConfig({ LOG_LEVEL: 'error', DATA_DIR: dataDir }), demoData: false };
    const app = await createApp(config);
    const document = JSON.stringify(buildOpenApiDocument(app), null, 2) + '\n';
    await app.close();
    return document;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function generateClientTypes(document: string): Promise<string> {
  // openapi-typescript runs Redocly's resolver: an unresolved $ref or a duplicate
  // operationId makes it throw, which is exactly what a consumer of the document would hit.
  const ast = await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0]);
  return SCHEMA_HEADER + astToString(ast);
}

function checkFresh(document: string, schema?: string, schemaError?: string): string[] {
  const failures: string[] = [];
  if (readOrEmpty(documentPath) !== document) {
    failures.push('openapi.json is stale: run `npm run openapi` and commit the result.');
  }
  if (schema === undefined) {
    failures.push(
      `openapi-typescript cannot generate the client from the document: ${schemaError}`,
    );
  } else if (readOrEmpty(schemaPath) !== schema) {
    failures.push('client/schema.d.ts is stale: run `npm run openapi` and commit the result.');
  }
  return failures;
}

interface SpectralResult {
  code: string;
  message: string;
  path: (string | number)[];
  severity: number; // 0 error, 1 warning, 2 info, 3 hint
}

/** Lints the generated document (not the committed file, which may be stale). */
function lintWithSpectral(document: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pqc-spectral-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, document);
    const cli = join(
      dirname(require.resolve('@stoplight/spectral-cli/package.json')),
      'dist/index.js',
    );
    const run = spawnSync(
      process.execPath,
      [cli, 'lint', file, '--ruleset', join(root, '.spectral.yaml'), '--format', 'json', '--quiet'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    let results: SpectralResult[];
    try {
      results = JSON.parse(run.stdout) as SpectralResult[];
    } catch {
      return [`Spectral did not run (exit ${run.status}): ${run.stderr || run.stdout}`.trim()];
    }
    const line = (r: SpectralResult) => `${r.code} at ${r.path.join('.')}: ${r.message}`;
    const warnings = results.filter((r) => r.severity > 0);
    if (warnings.length > 0) {
      console.warn(
        `Spectral (spectral:oas): ${warnings.length} warning(s), not failing the check:`,
      );
      warnings.forEach((r) => console.warn(`  warning ${line(r)}`));
    }
    return results.filter((r) => r.severity === 0).map((r) => `Spectral error ${line(r)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The committed client must compile against the committed types (client/tsconfig.json). */
function compileClient(): string[] {
  const tsc = require.resolve('typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'client/tsconfig.json')], {
    encoding: 'utf8',
    cwd: root,
  });
  if (run.status === 0) return [];
  return [
    `the client in client/ does not compile (tsc -p client/tsconfig.json):\n${run.stdout}${run.stderr}`.trim(),
  ];
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // missing counts as stale
  }
}

function fail(message: string): void {
  console.error(`✖ ${message}`);
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
