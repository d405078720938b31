import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_CREDENTIALS_FILE } from '../../src/demo/demo-data.service';
import {
  freePort,
  killHard,
  removeDataDir,
  Service,
  waitForExit,
  spawnService,
  waitForHealthy,
} from '../support/foundation-process';
import { pollUntil } from '../support/foundation-wait';
import { http } from '../support/http';

const ADMIN = 'demo-admin-key-0123456789abcdefghij';

interface DemoCredentials {
  tenantId: string;
  keys: { viewer: string; operator: string; admin: string };
  scanId: string;
}

/** The real process on a new embedded database, as a first-time user starts it. */
describe('demo data on a new embedded database', () => {
  let service: Service | null = null;
  let dataDir: string;
  let url: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pqc-demo-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    service = spawnService({ PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    expect(await waitForHealthy(service, url, 45_000)).toBe(true);
  });

  afterAll(async () => {
    await killHard(service);
    await removeDataDir(dataDir);
  });

  const credentials = (): DemoCredentials =>
    JSON.parse(readFileSync(join(dataDir, DEMO_CREDENTIALS_FILE), 'utf8'));

  it('writes the keys and scan id to a file only its owner can read, and prints only its path', () => {
    const file = join(dataDir, DEMO_CREDENTIALS_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const demo = credentials();
    expect(demo.scanId).toMatch(/^scan_/);
    // stdout is a log: the keys never appear there, the file's path does.
    for (const key of Object.values(demo.keys)) expect(service!.output()).not.toContain(key);
    expect(service!.output()).toContain(file);
    expect(service!.output()).toContain(`${url.replace('127.0.0.1', 'localhost')}/docs`);
  });

  it("answers the seed's remediation example on the sample scan and gives each role its rights", async () => {
    const { keys, scanId } = credentials();
    const body = { remediationId: 'rem_001', status: 'in_progress', owner: 'alice@example.com' };
    const path = `/tenant/scans/${scanId}/remediation`;
    const saved = await http(url, 'POST', path, { key: keys.operator, body });
    expect(saved.status).toBe(200);
    expect(saved.body.item).toMatchObject({ title: 'RSA-1024 certificate', status: 'in_progress' });
    expect((await http(url, 'POST', path, { key: keys.viewer, body })).status).toBe(403);
    expect((await http(url, 'GET', '/tenant/api-keys', { key: keys.admin })).status).toBe(200);
  });

  it("answers the seed's explain example from the sample scan's first finding", async () => {
    const { keys } = credentials();
    const res = await http(url, 'POST', '/tenant/ai/explain', {
      key: keys.viewer,
      body: {
        finding: { id: 'f_001', title: 'RSA-1024 certificate' },
        context: 'external API edge',
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.summary).toContain('RSA-1024');
    expect(res.body.summary).toContain('api.example.com');
  });

  it('on a later start, says again where the credentials file is, and keeps the same keys', async () => {
    const before = credentials();
    service!.child.kill('SIGTERM');
    expect(await waitForExit(service!, 15_000)).not.toBeNull();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    service = spawnService({ PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    expect(await waitForHealthy(service, url, 45_000)).toBe(true);
    await pollUntil(() => service!.output().includes(DEMO_CREDENTIALS_FILE), 5_000);
    expect(service.output()).toContain(join(dataDir, DEMO_CREDENTIALS_FILE));
    expect(credentials()).toEqual(before);
    for (const key of Object.values(before.keys)) expect(service.output()).not.toContain(key);
  });
});

describe('demo data with NODE_ENV=production', () => {
  let service: Service | null = null;
  let dataDir: string;

  afterAll(async () => {
    await killHard(service);
    await removeDataDir(dataDir);
  });

  it('creates no demo tenant and no credentials file', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pqc-demo-prod-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    service = spawnService({
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      DEMO_DATA: 'true',
      ADMIN_API_KEY: ADMIN,
    });
    expect(await waitForHealthy(service, url, 45_000)).toBe(true);
    const tenants = await http(url, 'GET', '/admin/tenants', { key: ADMIN });
    expect(tenants.status).toBe(200);
    expect(tenants.body.tenants).toEqual([]);
    expect(existsSync(join(dataDir, DEMO_CREDENTIALS_FILE))).toBe(false);
  });
});

describe('demo data when the port is taken', () => {
  let service: Service | null = null;
  let dataDir: string;
  const blocker = createServer();

  afterAll(async () => {
    await killHard(service);
    await removeDataDir(dataDir);
    await new Promise((resolve) => blocker.close(resolve));
  });

  it('prints no banner, exits non-zero and stops its PostgreSQL', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pqc-demo-clash-'));
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    service = spawnService({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    });
    const exit = await waitForExit(service, 45_000);
    expect(exit).not.toBeNull();
    expect(exit!.code).not.toBe(0);
    expect(service.output()).toMatch(/EADDRINUSE/);
    expect(service.output()).not.toContain(DEMO_CREDENTIALS_FILE);
    expect(service.output()).not.toContain('/docs');
    // The server it started went down with it: a clean shutdown removes its postmaster.pid.
    const pidFile = join(dataDir, 'pg', 'postmaster.pid');
    expect(await pollUntil(() => !existsSync(pidFile), 10_000)).toBe(true);
  });
});
