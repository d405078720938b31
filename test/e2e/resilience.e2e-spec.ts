import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectEnvelope } from '../support/foundation-envelope';
import {
  freePort,
  killHard,
  removeDataDir,
  Service,
  spawnService,
  waitForExit,
  waitForHealthy,
} from '../support/foundation-process';
import { rewriteUrl, TcpProxy } from '../support/foundation-tcp-proxy';
import { pollUntil } from '../support/foundation-wait';
import { createTenant, issueKey } from '../support/fixtures';
import { http } from '../support/http';
import { ADMIN_KEY, startTestApp, TestApp, uniqueTenantId } from '../support/test-app';

describe('database outage (contract §3, §9)', () => {
  let proxy: TcpProxy;
  let t: TestApp;

  beforeAll(async () => {
    proxy = TcpProxy.forDatabase(process.env.DATABASE_URL!);
    await proxy.start(0);
    t = await startTestApp({
      databaseUrl: rewriteUrl(process.env.DATABASE_URL!, '127.0.0.1', proxy.port),
      keyCacheTtlMs: 0,
    });
  });
  afterAll(async () => {
    await t?.close();
    await proxy?.stop();
  });

  it('answers 503 while the database is unreachable and recovers without a restart', async () => {
    const tenantId = await createTenant(t.url);
    const used = await issueKey(t.url, tenantId, 'admin');
    const fresh = await issueKey(t.url, tenantId, 'admin'); // never used before the outage
    const healthy = await http(t.url, 'GET', '/health');
    expect(healthy.status).toBe(200);
    expect(healthy.body).toMatchObject({ status: 'ok', database: 'up' });
    expect((await http(t.url, 'GET', '/tenant/api-keys', { key: used.apiKey })).status).toBe(200);
    expect(proxy.openConnections).toBeGreaterThan(0);

    await proxy.stop();

    let started = Date.now();
    const health = await http(t.url, 'GET', '/health');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'degraded', database: 'down' });
    expect(typeof health.body.version).toBe('string');

    started = Date.now();
    const authed = await http(t.url, 'GET', '/tenant/api-keys', { key: fresh.apiKey });
    expect(Date.now() - started).toBeLessThan(5_000);
    expectEnvelope(authed, 503, 'service_unavailable');

    started = Date.now();
    const adminWrite = await http(t.url, 'POST', '/admin/tenants', {
      key: ADMIN_KEY,
      body: { name: 'during outage', tenantId: uniqueTenantId() },
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expectEnvelope(adminWrite, 503, 'service_unavailable');

    await proxy.start(proxy.port);

    const recovered = await pollUntil(
      async () => (await http(t.url, 'GET', '/health')).status === 200,
      10_000,
      250,
    );
    expect(recovered).toBe(true);
    const after = await http(t.url, 'GET', '/tenant/api-keys', { key: fresh.apiKey });
    expect(after.status).toBe(200);
    expect(after.body.keys.map((k: { keyId: string }) => k.keyId)).toContain(fresh.keyId);
  });

  it('answers 503 within 5 s when the database accepts connections but never answers', async () => {
    const tenantId = await createTenant(t.url);
    const fresh = await issueKey(t.url, tenantId, 'viewer');
    expect((await http(t.url, 'GET', '/health')).status).toBe(200);

    proxy.blackhole();
    try {
      const timed = async (path: string, key?: string) => {
        const started = Date.now();
        const res = await http(t.url, 'GET', path, { key });
        return { res, ms: Date.now() - started };
      };
      const [health, authed] = await Promise.all([
        timed('/health'),
        timed('/tenant/audit', fresh.apiKey),
      ]);
      expect(health.res.status).toBe(503);
      expect(health.res.body).toMatchObject({ status: 'degraded', database: 'down' });
      expect(health.ms).toBeLessThan(5_000);
      expectEnvelope(authed.res, 503, 'service_unavailable');
      expect(authed.ms).toBeLessThan(5_000);
    } finally {
      proxy.restore();
    }

    const recovered = await pollUntil(
      async () => (await http(t.url, 'GET', '/health')).status === 200,
      10_000,
      250,
    );
    expect(recovered).toBe(true);
    // A viewer on an admin route: 403 means it authenticated against the database again.
    expect((await http(t.url, 'GET', '/tenant/audit', { key: fresh.apiKey })).status).toBe(403);
  });
});

describe('restart on the same database', () => {
  it('keeps tenants and keys across an application restart', async () => {
    const first = await startTestApp();
    let tenantId: string;
    let key: { apiKey: string; keyId: string };
    try {
      tenantId = await createTenant(first.url);
      key = await issueKey(first.url, tenantId, 'admin');
      expect((await http(first.url, 'GET', '/tenant/api-keys', { key: key.apiKey })).status).toBe(
        200,
      );
    } finally {
      await first.close();
    }
    const second = await startTestApp();
    try {
      const res = await http(second.url, 'GET', '/tenant/api-keys', { key: key.apiKey });
      expect(res.status).toBe(200);
      expect(res.body.tenantId).toBe(tenantId);
      const tenants = await http(second.url, 'GET', '/admin/tenants', { key: ADMIN_KEY });
      expect(tenants.body.tenants.map((x: { tenantId: string }) => x.tenantId)).toContain(tenantId);
    } finally {
      await second.close();
    }
  });
});

describe('the real process on the embedded database', () => {
  const adminKey = 'process-admin-key-0123456789abcdef';
  let dataDir: string;
  let running: Service | null = null;
  const services: Service[] = [];

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pqc-foundation-restart-'));
  });
  afterAll(async () => {
    for (const service of services) await killHard(service);
    await removeDataDir(dataDir);
  });

  async function start(): Promise<string> {
    const port = await freePort();
    const service = spawnService({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ADMIN_API_KEY: adminKey,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
    });
    services.push(service);
    running = service;
    const url = `http://127.0.0.1:${port}`;
    // A first start creates the database (initdb): allow for a loaded machine.
    const up = await waitForHealthy(service, url, 60_000);
    if (!up) throw new Error(`service did not become healthy:\n${service.output()}`);
    return url;
  }

  async function expectData(url: string, tenantId: string, apiKey: string): Promise<void> {
    const keys = await http(url, 'GET', '/tenant/api-keys', { key: apiKey });
    expect(keys.status).toBe(200);
    expect(keys.body.tenantId).toBe(tenantId);
    const tenants = await http(url, 'GET', '/admin/tenants', { key: adminKey });
    expect(tenants.status).toBe(200);
    expect(tenants.body.tenants.map((x: { tenantId: string }) => x.tenantId)).toContain(tenantId);
  }

  it('keeps data across SIGTERM and SIGKILL restarts, and a stale lock file does not block', async () => {
    let url = await start();
    const tenantId = uniqueTenantId();
    const created = await http(url, 'POST', '/admin/tenants', {
      key: adminKey,
      body: { name: 'Restart Co', tenantId },
    });
    expect(created.status).toBe(201);
    const issued = await http(url, 'POST', `/admin/tenants/${tenantId}/keys`, {
      key: adminKey,
      body: { label: 'restart', role: 'admin' },
    });
    expect(issued.status).toBe(201);
    const apiKey: string = issued.body.apiKey;
    await expectData(url, tenantId, apiKey);

    // Graceful stop: exits promptly and releases the data folder.
    const lockFile = join(dataDir, 'embedded-postgres.lock');
    expect(existsSync(lockFile)).toBe(true);
    running!.child.kill('SIGTERM');
    const exit = await waitForExit(running!, 15_000);
    expect(exit).not.toBeNull();
    expect(exit!.code === 0 || exit!.signal === 'SIGTERM').toBe(true);
    expect(existsSync(lockFile)).toBe(false);

    url = await start();
    await expectData(url, tenantId, apiKey);

    // Hard kill: the lock file stays behind, naming a dead process.
    const killedPid = running!.child.pid;
    running!.child.kill('SIGKILL');
    expect(await waitForExit(running!, 5_000)).toEqual({ code: null, signal: 'SIGKILL' });
    expect(existsSync(lockFile)).toBe(true);
    expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(killedPid));

    url = await start();
    await expectData(url, tenantId, apiKey);
    // Still writable after the crash.
    const more = await http(url, 'POST', `/admin/tenants/${tenantId}/keys`, {
      key: adminKey,
      body: { label: 'after crash' },
    });
    expect(more.status).toBe(201);

    running!.child.kill('SIGTERM');
    expect(await waitForExit(running!, 15_000)).not.toBeNull();
  }, 240_000);

  it('refuses to open a data folder another live process holds', async () => {
    const url = await start();
    const holder = running!;
    const port = await freePort();
    const second = spawnService({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ADMIN_API_KEY: adminKey,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
    });
    services.push(second);
    const exit = await waitForExit(second, 20_000);
    expect(exit).not.toBeNull();
    expect(exit!.code).not.toBe(0);
    expect(second.output()).toContain('DATA_DIR');
    // The first one is unharmed.
    expect((await http(url, 'GET', '/health')).status).toBe(200);
    holder.child.kill('SIGTERM');
    expect(await waitForExit(holder, 15_000)).not.toBeNull();
  }, 150_000);
});

describe('invalid configuration', () => {
  const services: Service[] = [];
  afterAll(async () => {
    for (const service of services) await killHard(service);
  });

  it.concurrent.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['RATE_LIMIT_PER_MINUTE', '-1'],
    ['RATE_LIMIT_PER_MINUTE', '0'],
    ['AI_RATE_LIMIT_PER_MINUTE', 'lots'],
    ['LOG_LEVEL', 'loud'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['REDIS_URL', 'not a url'],
    ['ADMIN_API_KEY', 'short'],
    ['ADMIN_API_KEY', 'x'.repeat(31)],
    ['REQUEST_TIMEOUT_MS', '10'],
    ['FAILED_AUTH_PER_MINUTE', '0'],
    ['DEMO_DATA', 'maybe'],
    ['AI_TIMEOUT_MS', '5'],
  ])('stops the start with a non-zero exit naming %s=%p', async (name, value) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pqc-foundation-config-'));
    try {
      const service = spawnService({
        PORT: String(await freePort()),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        [name]: value,
      });
      services.push(service);
      // Eleven processes start at once on two cores: allow for a slow start.
      const exit = await waitForExit(service, 30_000);
      expect(exit).not.toBeNull();
      expect(exit!.code).not.toBe(0);
      expect(exit!.code).not.toBeNull();
      expect(service.output()).toContain(name);
      // Stopped before touching the data folder.
      expect(existsSync(join(dataDir, 'pg'))).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
