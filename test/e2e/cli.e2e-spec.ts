import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pollUntil } from '../support/foundation-wait';
import { ADMIN_KEY, startTestApp, TestApp, uniqueTenantId } from '../support/test-app';
import { WebhookReceiver } from '../support/webhook-receiver';

/**
 * `pqc-admin` (src/cli) run as a child process, the compiled entry in dist (`npm run build`
 * first), against the real service listening on 127.0.0.1: output and exit codes.
 */

const CLI = join(__dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; async (never spawnSync): the service answering it lives in this process. */
function cli(args: string[], env: Record<string, string>): Promise<Run> {
  const base = { ...process.env };
  for (const name of ['PQC_API_URL', 'PQC_API_KEY', 'PQC_ADMIN_KEY']) delete base[name];
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...base, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end(); // stdin is not a terminal, and empty
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

function expectApiError(run: Run, status: number, error: string): void {
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr).toContain(`error: ${status} ${error}: `);
  expect(run.stderr).toMatch(/request id: \S+/);
  expect(run.stderr).not.toContain('request id: (none)');
}

const NATIVE = {
  target: 'api.example.com:443',
  findings: [
    { title: 'RSA-1024 certificate', algorithm: 'RSA', keySize: 1024, assetId: 'api-edge' },
    { title: 'TLS 1.0 enabled', category: 'protocol', host: 'api.example.com', port: 443 },
  ],
};
const CBOM = {
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  components: [
    {
      type: 'cryptographic-asset',
      'bom-ref': 'crypto/algorithm/rsa@1.2.840.113549.1.1.1',
      name: 'RSA',
      cryptoProperties: {
        assetType: 'algorithm',
        algorithmProperties: { primitive: 'pke', parameterSetIdentifier: '2048' },
        oid: '1.2.840.113549.1.1.1',
      },
    },
  ],
};

describe('pqc-admin (CLI)', () => {
  let t: TestApp;
  let dir: string;
  let admin: Record<string, string>;
  let tenantId: string;
  /** The tenant's admin-role key, issued through the CLI. */
  let tenant: Record<string, string>;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
    t = await startTestApp({
      dataEncryptionKey: randomBytes(32),
      webhookAllowInsecureTargets: true,
    });
    dir = mkdtempSync(join(tmpdir(), 'pqc-cli-'));
    admin = { PQC_API_URL: t.url, PQC_ADMIN_KEY: ADMIN_KEY };
    tenantId = uniqueTenantId('cli');
    const created = await cli(
      ['tenants', 'create', '--name', 'CLI Co', '--id', tenantId, '--json'],
      admin,
    );
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ tenantId, name: 'CLI Co' });
    const issued = await cli(
      ['keys', 'issue', '--tenant', tenantId, '--label', 'ops', '--role', 'admin', '--json'],
      admin,
    );
    expect(issued.code).toBe(0);
    tenant = { PQC_API_URL: t.url, PQC_API_KEY: JSON.parse(issued.stdout).apiKey };
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  function file(name: string, content: unknown): string {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  }

  describe('usage (exit 2) and help (exit 0)', () => {
    it('prints help for the program and every command, exit 0', async () => {
      const top = await cli(['--help'], {});
      expect(top.code).toBe(0);
      expect(top.stdout).toContain('PQC_API_URL');
      for (const group of ['tenants', 'keys', 'scans', 'backlog', 'remediation', 'webhooks']) {
        const run = await cli([group, '--help'], {});
        expect(run.code).toBe(0);
        expect(run.stdout).toContain(`Usage: pqc-admin ${group}`);
      }
      const rotate = await cli(['keys', 'rotate', '--help'], {});
      expect(rotate.code).toBe(0);
      expect(rotate.stdout).toContain('--yes');
      expect(rotate.stdout).toContain('--json');
    });

    it('names the missing variable: PQC_API_URL, PQC_ADMIN_KEY, PQC_API_KEY', async () => {
      const noUrl = await cli(['tenants', 'list'], { PQC_ADMIN_KEY: ADMIN_KEY });
      expect(noUrl).toMatchObject({ code: 2, stdout: '' });
      expect(noUrl.stderr).toContain('PQC_API_URL');
      const noAdmin = await cli(['tenants', 'list'], { PQC_API_URL: t.url });
      expect(noAdmin.code).toBe(2);
      expect(noAdmin.stderr).toContain('PQC_ADMIN_KEY');
      const noKey = await cli(['scans', 'list'], { PQC_API_URL: t.url, PQC_ADMIN_KEY: ADMIN_KEY });
      expect(noKey.code).toBe(2);
      expect(noKey.stderr).toContain('PQC_API_KEY');
    });

    it('takes the tenant key from --api-key when the user insists (it lands in shell history)', async () => {
      const run = await cli(['scans', 'list', '--api-key', tenant.PQC_API_KEY, '--json'], {
        PQC_API_URL: t.url,
      });
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).scans).toEqual(expect.any(Array));
      const help = await cli(['--help'], {});
      expect(help.stdout).toContain('shell history');
    });

    it.each([
      [['bogus']],
      [['tenants']],
      [['tenants', 'list', '--bogus']],
      [['tenants', 'create']], // --name is required
      [['scans', 'list', '--limit', '0']],
      [['remediation', 'set', 'scan_x', 'rem_001', '--status', 'finished']],
      [['remediation', 'set', 'scan_x', 'rem_001', '--status', 'open', '--clear', 'title']],
      [['backlog', 'export']], // --format is required
      [['webhooks', 'redeliver', 'wh_x']], // the delivery id is missing
    ])('%j → exit 2', async (args) => {
      const run = await cli(args, tenant);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      // An error message, or the group's help when no subcommand was given.
      expect(run.stderr).toMatch(/error|Usage:/);
    });

    it('refuses an unreadable, non-JSON or unrecognised import file with exit 2', async () => {
      for (const path of [
        join(dir, 'missing.json'),
        file('broken.json', '{"findings": ['),
        file('other.json', { bomFormat: 'SPDX', packages: [] }),
      ]) {
        const run = await cli(['scans', 'import', path], tenant);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(path);
      }
    });
  });

  describe('API errors (exit 1, the envelope on stderr)', () => {
    it('401 for an unknown tenant key', async () => {
      expectApiError(
        await cli(['scans', 'list'], { PQC_API_URL: t.url, PQC_API_KEY: 'pqc_nope' }),
        401,
        'unauthorized',
      );
    });

    it('403 for a wrong admin key', async () => {
      const run = await cli(['tenants', 'list'], {
        PQC_API_URL: t.url,
        PQC_ADMIN_KEY: 'x'.repeat(40),
      });
      expectApiError(run, 403, 'forbidden');
    });

    it('404 for an unknown tenant or scan', async () => {
      expectApiError(
        await cli(['keys', 'list', '--tenant', 'no-such-tenant'], admin),
        404,
        'not_found',
      );
      expectApiError(
        await cli(['remediation', 'set', 'scan_nope', 'rem_001', '--status', 'done'], tenant),
        404,
        'not_found',
      );
    });

    it('409 for a tenant id that exists', async () => {
      const run = await cli(['tenants', 'create', '--name', 'again', '--id', tenantId], admin);
      expectApiError(run, 409, 'conflict');
    });

    it('422 with its field errors; with --json the envelope is JSON on stderr', async () => {
      const imported = await cli(['scans', 'import', file('one.json', NATIVE), '--json'], tenant);
      const scanId = JSON.parse(imported.stdout).scan.scanId as string;
      const args = ['remediation', 'set', scanId, 'rem_001', '--status', 'accepted_risk'];
      const run = await cli(args, tenant);
      expectApiError(run, 422, 'unprocessable_entity');
      expect(run.stderr).toMatch(/^ {2}notes: /m);

      const json = await cli([...args, '--json'], tenant);
      expect(json.code).toBe(1);
      expect(json.stdout).toBe('');
      const envelope = JSON.parse(json.stderr);
      expect(envelope).toMatchObject({ status: 422, error: 'unprocessable_entity' });
      expect(envelope.requestId).toEqual(expect.any(String));
      expect(envelope.detail).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'notes' })]),
      );
    });

    it('429 over the per-key rate limit', async () => {
      const limited = await startTestApp({ rateLimitPerMinute: 2 });
      try {
        const env = { ...tenant, PQC_API_URL: limited.url };
        expect((await cli(['scans', 'list'], env)).code).toBe(0);
        expect((await cli(['scans', 'list'], env)).code).toBe(0);
        expectApiError(await cli(['scans', 'list'], env), 429, 'too_many_requests');
      } finally {
        await limited.close();
      }
    });

    it('exit 1 naming PQC_API_URL when nothing listens there', async () => {
      const run = await cli(['tenants', 'list'], { ...admin, PQC_API_URL: 'http://127.0.0.1:9' });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('cannot reach PQC_API_URL');
    });
  });

  describe('tenants', () => {
    it('lists tenants as a table, and as JSON', async () => {
      const table = await cli(['tenants', 'list'], admin);
      expect(table.code).toBe(0);
      expect(table.stdout.split('\n')[0]).toMatch(/^TENANT\s+NAME\s+CREATED$/);
      expect(table.stdout).toMatch(new RegExp(`^${tenantId}\\s+CLI Co\\s+`, 'm'));
      const json = await cli(['tenants', 'list', '--json'], admin);
      expect(JSON.parse(json.stdout).tenants).toEqual(
        expect.arrayContaining([expect.objectContaining({ tenantId })]),
      );
    });
  });

  describe('keys', () => {
    async function keyList(args: string[], env: Record<string, string>) {
      const run = await cli(['keys', 'list', ...args, '--json'], env);
      expect(run.code).toBe(0);
      return JSON.parse(run.stdout).keys as {
        keyId: string;
        label: string;
        role: string;
        revokedAt: string | null;
      }[];
    }

    it('issues (secret once, note on stderr), lists without secrets, revokes', async () => {
      const issued = await cli(
        ['keys', 'issue', '--tenant', tenantId, '--label', 'ci', '--role', 'viewer'],
        admin,
      );
      expect(issued.code).toBe(0);
      const keyId = /^key id:\s+(\S+)$/m.exec(issued.stdout)![1];
      expect(issued.stdout).toMatch(/^api key:\s+\S{32,}$/m);
      expect(issued.stderr).toContain('shown only once');

      const table = await cli(['keys', 'list', '--tenant', tenantId], admin);
      expect(table.stdout).toMatch(new RegExp(`^${keyId}\\s+\\S+\\s+ci\\s+viewer\\s`, 'm'));
      expect(table.stdout).not.toContain(/^api key:\s+(\S+)$/m.exec(issued.stdout)![1]);

      const revoked = await cli(['keys', 'revoke', keyId, '--tenant', tenantId, '--json'], admin);
      expect(revoked.code).toBe(0);
      expect(JSON.parse(revoked.stdout)).toEqual({ keyId, revoked: true });
      expect(
        (await keyList(['--tenant', tenantId], admin)).find((k) => k.keyId === keyId)?.revokedAt,
      ).toEqual(expect.any(String));
    });

    it("refuses to revoke, as admin, a key that is not the named tenant's", async () => {
      const other = uniqueTenantId('cli');
      expect((await cli(['tenants', 'create', '--name', 'Other', '--id', other], admin)).code).toBe(
        0,
      );
      const mine = JSON.parse(
        (await cli(['keys', 'issue', '--tenant', tenantId, '--label', 'x', '--json'], admin))
          .stdout,
      );
      const run = await cli(['keys', 'revoke', mine.keyId, '--tenant', other], admin);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('is not one of this tenant');
      expect(
        (await keyList(['--tenant', tenantId], admin)).find((k) => k.keyId === mine.keyId)
          ?.revokedAt,
      ).toBeNull();
    });

    it("manages the tenant's own keys with its admin-role key (no --tenant)", async () => {
      const issued = await cli(
        ['keys', 'issue', '--label', 'self', '--role', 'operator', '--json'],
        tenant,
      );
      expect(issued.code).toBe(0);
      expect(JSON.parse(issued.stdout)).toMatchObject({
        tenantId,
        label: 'self',
        role: 'operator',
      });
      expect((await keyList([], tenant)).map((k) => k.label)).toContain('self');
    });

    it('rotate: without --yes and without a terminal, refuses (exit 2) before issuing anything', async () => {
      const old = JSON.parse(
        (
          await cli(
            [
              'keys',
              'issue',
              '--tenant',
              tenantId,
              '--label',
              'rotating',
              '--role',
              'operator',
              '--json',
            ],
            admin,
          )
        ).stdout,
      );
      const before = await keyList(['--tenant', tenantId], admin);
      const run = await cli(['keys', 'rotate', old.keyId, '--tenant', tenantId], admin);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--yes');
      expect(await keyList(['--tenant', tenantId], admin)).toHaveLength(before.length);
    });

    it('rotate --yes: a new key with the same role and label works, the old one is revoked', async () => {
      const old = JSON.parse(
        (
          await cli(
            [
              'keys',
              'issue',
              '--tenant',
              tenantId,
              '--label',
              'deploy',
              '--role',
              'operator',
              '--json',
            ],
            admin,
          )
        ).stdout,
      );
      const run = await cli(
        ['keys', 'rotate', old.keyId, '--tenant', tenantId, '--yes', '--json'],
        admin,
      );
      expect(run.code).toBe(0);
      const { issued, revoked } = JSON.parse(run.stdout);
      expect(issued).toMatchObject({ tenantId, label: 'deploy', role: 'operator' });
      expect(issued.keyId).not.toBe(old.keyId);
      expect(revoked).toEqual({ keyId: old.keyId, revoked: true });
      expect(
        (await cli(['scans', 'list'], { PQC_API_URL: t.url, PQC_API_KEY: issued.apiKey })).code,
      ).toBe(0);
      expectApiError(
        await cli(['scans', 'list'], { PQC_API_URL: t.url, PQC_API_KEY: old.apiKey }),
        401,
        'unauthorized',
      );
    });
  });

  describe('scans', () => {
    it('imports native JSON ({findings}), a bare array and a CycloneDX CBOM, detected', async () => {
      const native = await cli(
        ['scans', 'import', file('native.json', NATIVE), '--label', 'weekly'],
        tenant,
      );
      expect(native.code).toBe(0);
      expect(native.stdout).toMatch(/^scan:\s+scan_\S+$/m);
      expect(native.stdout).toMatch(/^target:\s+api\.example\.com:443$/m);
      expect(native.stdout).toMatch(/^label:\s+weekly$/m);
      expect(native.stdout).toMatch(/^format:\s+native$/m);
      expect(native.stdout).toMatch(/^findings:\s+2$/m);

      const bare = await cli(
        [
          'scans',
          'import',
          file('bare.json', NATIVE.findings),
          '--target',
          'bare.example',
          '--json',
        ],
        tenant,
      );
      expect(bare.code).toBe(0);
      expect(JSON.parse(bare.stdout).scan).toMatchObject({
        target: 'bare.example',
        format: 'native',
        findingCount: 2,
      });

      const cbom = await cli(['scans', 'import', file('cbom.json', CBOM), '--json'], tenant);
      expect(cbom.code).toBe(0);
      expect(JSON.parse(cbom.stdout).scan.format).toBe('cbom');
    });

    it('lists scans newest first', async () => {
      const run = await cli(['scans', 'list', '--limit', '2'], tenant);
      expect(run.code).toBe(0);
      const lines = run.stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^SCAN\s+TARGET\s+LABEL/);
      expect(lines).toHaveLength(3);
      const json = JSON.parse((await cli(['scans', 'list', '--json'], tenant)).stdout);
      expect(json.scans.length).toBeGreaterThanOrEqual(3);
    });
  });

  describe('remediation set', () => {
    it('changes an item, honours --if-match (412 when stale) and --clear', async () => {
      const imported = await cli(['scans', 'import', file('set.json', NATIVE), '--json'], tenant);
      const scanId = JSON.parse(imported.stdout).scan.scanId as string;
      const set = await cli(
        [
          'remediation',
          'set',
          scanId,
          'rem_001',
          '--status',
          'in_progress',
          '--owner',
          'alice@example.com',
          '--target-date',
          '2027-01-31',
          '--if-match',
          '1',
        ],
        tenant,
      );
      expect(set.code).toBe(0);
      expect(set.stdout).toMatch(/^status:\s+in_progress$/m);
      expect(set.stdout).toMatch(/^owner:\s+alice@example\.com$/m);
      expect(set.stdout).toMatch(/^version:\s+2$/m);

      expectApiError(
        await cli(
          ['remediation', 'set', scanId, 'rem_001', '--status', 'done', '--if-match', '1'],
          tenant,
        ),
        412,
        'precondition_failed',
      );
      const cleared = await cli(
        [
          'remediation',
          'set',
          scanId,
          'rem_001',
          '--status',
          'blocked',
          '--clear',
          'owner',
          '--json',
        ],
        tenant,
      );
      expect(cleared.code).toBe(0);
      expect(JSON.parse(cleared.stdout).item).toMatchObject({
        status: 'blocked',
        owner: null,
        version: 3,
      });
    });
  });

  describe('webhooks', () => {
    let receiver: WebhookReceiver;
    beforeAll(async () => (receiver = await WebhookReceiver.start()));
    afterAll(() => receiver.close());

    it('creates (secret once), lists, shows deliveries and redelivers', async () => {
      const created = await cli(
        [
          'webhooks',
          'create',
          '--url',
          receiver.url,
          '--events',
          'remediation.changed',
          '--description',
          'cli',
          '--json',
        ],
        tenant,
      );
      expect(created.code).toBe(0);
      const webhook = JSON.parse(created.stdout).webhook;
      expect(webhook).toMatchObject({ url: receiver.url, events: ['remediation.changed'] });
      expect(webhook.secret).toMatch(/^whsec_/);

      const list = await cli(['webhooks', 'list'], tenant);
      expect(list.stdout).toMatch(
        new RegExp(`^${webhook.webhookId}\\s+\\S+\\s+remediation\\.changed\\s+true\\s+cli$`, 'm'),
      );

      const imported = await cli(['scans', 'import', file('hook.json', NATIVE), '--json'], tenant);
      const scanId = JSON.parse(imported.stdout).scan.scanId as string;
      const set = await cli(
        ['remediation', 'set', scanId, 'rem_001', '--status', 'blocked'],
        tenant,
      );
      expect(set.code).toBe(0);
      const deliveries = await pollUntil(async () => {
        const run = await cli(
          ['webhooks', 'deliveries', webhook.webhookId, '--status', 'delivered', '--json'],
          tenant,
        );
        const page = JSON.parse(run.stdout);
        if (page.count < 1) throw new Error('not delivered yet');
        return page.deliveries as { deliveryId: string; eventId: string; eventType: string }[];
      }, 20_000);
      expect(deliveries[0].eventType).toBe('remediation.changed');

      const table = await cli(['webhooks', 'deliveries', webhook.webhookId], tenant);
      expect(table.stdout).toMatch(
        new RegExp(
          `^${deliveries[0].deliveryId}\\s+remediation\\.changed\\s+delivered\\s+1\\s+200`,
          'm',
        ),
      );

      const again = await cli(
        ['webhooks', 'redeliver', webhook.webhookId, deliveries[0].deliveryId, '--json'],
        tenant,
      );
      expect(again.code).toBe(0);
      expect(JSON.parse(again.stdout).eventId).toBe(deliveries[0].eventId);
    });

    it('422 for an unknown event, 404 for an unknown webhook', async () => {
      expectApiError(
        await cli(
          ['webhooks', 'create', '--url', receiver.url, '--events', 'scan.exploded'],
          tenant,
        ),
        422,
        'unprocessable_entity',
      );
      expectApiError(await cli(['webhooks', 'deliveries', 'wh_nope'], tenant), 404, 'not_found');
    });
  });

  describe('scans import --baseline/--coverage (rescan)', () => {
    it('prints the rescan counts against the earlier scan of the same target', async () => {
      const target = `rescan-${randomBytes(3).toString('hex')}.example:443`;
      const first = await cli(
        ['scans', 'import', file('r1.json', NATIVE), '--target', target, '--json'],
        tenant,
      );
      const firstId = JSON.parse(first.stdout).scan.scanId as string;
      const second = await cli(
        [
          'scans',
          'import',
          file('r2.json', { findings: [NATIVE.findings[0]] }),
          '--target',
          target,
          '--baseline',
          firstId,
          '--coverage',
          'complete',
        ],
        tenant,
      );
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(new RegExp(`^baseline:\\s+${firstId}$`, 'm'));
      expect(second.stdout).toMatch(/^coverage:\s+complete$/m);
      expect(second.stdout).toMatch(
        /^rescan:\s+new 0, carried 1, fixed 1, reopened 0, not observed 0, duplicates 0$/m,
      );
    });

    it('compares a second import of the same --target with the first by default', async () => {
      const target = `auto-${randomBytes(3).toString('hex')}.example:443`;
      const first = await cli(
        ['scans', 'import', file('a1.json', NATIVE), '--target', target, '--json'],
        tenant,
      );
      expect(first.code).toBe(0);
      const firstScan = JSON.parse(first.stdout).scan;
      expect(firstScan).toMatchObject({ baselineScanId: null, rescan: null });

      // Only the assetId finding, partial coverage: the host:port one was not looked at.
      const second = await cli(
        [
          'scans',
          'import',
          file('a2.json', { findings: [NATIVE.findings[0]] }),
          '--target',
          target,
        ],
        tenant,
      );
      expect(second.code).toBe(0);
      const secondId = /^scan:\s+(\S+)$/m.exec(second.stdout)?.[1];
      expect(secondId).toBeDefined();
      expect(second.stdout).toMatch(new RegExp(`^baseline:\\s+${firstScan.scanId}$`, 'm'));
      expect(second.stdout).toMatch(/^coverage:\s+partial$/m);

      // The line printed is the import's own counts, as the service stored them.
      const response = await fetch(`${t.url}/tenant/scans/${secondId}`, {
        headers: { authorization: `Bearer ${tenant.PQC_API_KEY}` },
      });
      expect(response.status).toBe(200);
      const { scan } = (await response.json()) as {
        scan: { baselineScanId: string; rescan: { counts: Record<string, number> } };
      };
      expect(scan.baselineScanId).toBe(firstScan.scanId);
      const c = scan.rescan.counts;
      expect(c).toEqual({
        new: 0,
        carried: 1,
        fixed: 0,
        reopened: 0,
        notObserved: 1,
        duplicates: 0,
      });
      expect(second.stdout).toMatch(
        new RegExp(
          `^rescan:\\s+new ${c.new}, carried ${c.carried}, fixed ${c.fixed}, reopened ${c.reopened}, not observed ${c.notObserved}, duplicates ${c.duplicates}$`,
          'm',
        ),
      );
    });

    it('404 for an unknown baseline scan', async () => {
      expectApiError(
        await cli(
          [
            'scans',
            'import',
            file('r3.json', NATIVE),
            '--target',
            'x.example',
            '--baseline',
            'scan_nope',
          ],
          tenant,
        ),
        404,
        'not_found',
      );
    });
  });

  describe('backlog', () => {
    let scanId: string;
    beforeAll(async () => {
      const target = `backlog-${randomBytes(3).toString('hex')}.example:443`;
      const run = await cli(
        [
          'scans',
          'import',
          file('b.json', NATIVE),
          '--target',
          target,
          '--baseline',
          'none',
          '--json',
        ],
        tenant,
      );
      scanId = JSON.parse(run.stdout).scan.scanId;
      await cli(
        ['remediation', 'set', scanId, 'rem_002', '--status', 'in_progress', '--owner', 'bob'],
        tenant,
      );
    });

    it('lists with filters, as a table and as JSON; --all follows the cursor', async () => {
      const table = await cli(['backlog', 'list', '--scan', scanId], tenant);
      expect(table.code).toBe(0);
      expect(table.stdout).toMatch(new RegExp(`^${scanId}\\s+rem_001\\s`, 'm'));
      const owned = JSON.parse(
        (await cli(['backlog', 'list', '--scan', scanId, '--owner', 'bob', '--json'], tenant))
          .stdout,
      );
      expect(owned.items.map((i: { remediationId: string }) => i.remediationId)).toEqual([
        'rem_002',
      ]);
      // --status is sent as the API's list filter (status=in_progress).
      const started = JSON.parse(
        (
          await cli(
            ['backlog', 'list', '--scan', scanId, '--status', 'in_progress', '--json'],
            tenant,
          )
        ).stdout,
      );
      expect(started.items.map((i: { remediationId: string }) => i.remediationId)).toEqual([
        'rem_002',
      ]);
      const all = JSON.parse(
        (
          await cli(
            ['backlog', 'list', '--scan', scanId, '--limit', '1', '--all', '--json'],
            tenant,
          )
        ).stdout,
      );
      expect(all).toMatchObject({ count: 2, nextCursor: null });
    });

    it('exports csv and ndjson to stdout', async () => {
      const csv = await cli(['backlog', 'export', '--format', 'csv', '--scan', scanId], tenant);
      expect(csv.code).toBe(0);
      const rows = csv.stdout.trim().split('\n');
      expect(rows[0]).toContain('remediationId');
      expect(rows).toHaveLength(3);
      const ndjson = await cli(
        ['backlog', 'export', '--format', 'ndjson', '--scan', scanId],
        tenant,
      );
      const items = ndjson.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(items.map((i) => i.remediationId)).toEqual(['rem_001', 'rem_002']);
    });

    it('422 for a bad filter value reaching the API', async () => {
      expectApiError(
        await cli(['backlog', 'list', '--target', 'x'.repeat(5000)], tenant),
        422,
        'unprocessable_entity',
      );
    });
  });

  describe('remediation verify', () => {
    it('confirms a fix against a newer scan, and 422s against the same scan', async () => {
      const target = `verify-${randomBytes(3).toString('hex')}.example:443`;
      const first = JSON.parse(
        (
          await cli(
            [
              'scans',
              'import',
              file('v1.json', NATIVE),
              '--target',
              target,
              '--baseline',
              'none',
              '--json',
            ],
            tenant,
          )
        ).stdout,
      ).scan.scanId as string;
      const second = JSON.parse(
        (
          await cli(
            [
              'scans',
              'import',
              file('v2.json', { findings: [NATIVE.findings[1]] }),
              '--target',
              target,
              '--baseline',
              'none',
              '--coverage',
              'complete',
              '--json',
            ],
            tenant,
          )
        ).stdout,
      ).scan.scanId as string;
      const run = await cli(
        ['remediation', 'verify', first, 'rem_001', '--verify-scan', second, '--json'],
        tenant,
      );
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({
        verified: true,
        outcome: 'fixed',
        changed: true,
      });
      expectApiError(
        await cli(['remediation', 'verify', second, 'rem_001', '--verify-scan', second], tenant),
        422,
        'unprocessable_entity',
      );
    });
  });
});
