import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_CREDENTIALS_FILE } from '../../src/demo/demo-data.service';
import {
  freePort,
  killHard,
  Service,
  spawnService,
  waitForHealthy,
} from '../support/foundation-process';
import { http } from '../support/http';

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
    rmSync(dataDir, { recursive: true, force: true });
  });

  const credentials = (): DemoCredentials =>
    JSON.parse(readFileSync(join(dataDir, DEMO_CREDENTIALS_FILE), 'utf8'));

  it('writes the keys and scan id to a file only its owner can read, and prints them once', () => {
    expect(statSync(join(dataDir, DEMO_CREDENTIALS_FILE)).mode & 0o777).toBe(0o600);
    const demo = credentials();
    expect(demo.scanId).toMatch(/^scan_/);
    for (const key of Object.values(demo.keys)) expect(service!.output()).toContain(key);
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
});
