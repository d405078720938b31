import { envelopeProblem } from './support/checks';
import { faultEnv, randomAdminKey, sleep } from './support/env';
import { ServiceProcess, stopAll } from './support/service-process';
import { createTenant, importScan, issueKey, IssuedKey } from './support/tenant-setup';
import { expectStatus, timedRequest, TimedResponse } from './support/timed-http';
import { fullAuditLog, fullHistory } from './support/verify-writes';

/**
 * Two service processes on one PostgreSQL and one Redis, as behind a load balancer: the per-key
 * rate limit, key revocation and concurrent writes must behave as if there were one.
 */
const RATE_LIMIT = 100;
const REVOCATION_WITHIN_MS = 5_000;

const env = faultEnv();
const adminKey = randomAdminKey();

let a: ServiceProcess | undefined;
let b: ServiceProcess | undefined;
let tenantId: string;
let tenantAdmin: IssuedKey;

const instances = () => [a!, b!];

describe('two instances on one PostgreSQL and one Redis (real processes)', () => {
  beforeAll(async () => {
    const instanceEnv = {
      DATABASE_URL: env.databaseUrl,
      REDIS_URL: env.redisUrl,
      ADMIN_API_KEY: adminKey,
      RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      KEY_CACHE_TTL_MS: '3000',
    };
    // Started together: migrations run under an advisory lock.
    [a, b] = await Promise.all([
      ServiceProcess.start('instance A', instanceEnv),
      ServiceProcess.start('instance B', instanceEnv),
    ]);
    tenantId = await createTenant(a.url, adminKey, 'twoinst');
    tenantAdmin = await issueKey(a.url, adminKey, tenantId, 'admin');
  }, 60_000);

  afterAll(async () => {
    await stopAll([a, b]);
  }, 30_000);

  it('holds the per-key rate limit across both instances (counters in Redis)', async () => {
    // A key of its own: nothing else has counted against it in this minute.
    const { apiKey } = await issueKey(a!.url, adminKey, tenantId, 'viewer');
    const total = 300;
    const started = Date.now();
    const results: { instance: number; res: TimedResponse }[] = [];
    for (let batch = 0; batch < total / 10; batch++) {
      const sent = Array.from({ length: 10 }, (_, j) => {
        const instance = (batch * 10 + j) % 2;
        return timedRequest(instances()[instance].url, 'GET', '/tenant/scans?limit=1', {
          key: apiKey,
        }).then((res) => results.push({ instance, res }));
      });
      await Promise.all(sent);
    }
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(50_000); // well within the minute

    const accepted = results.filter((r) => r.res.status === 200);
    const limited = results.filter((r) => r.res.status === 429);
    const other = results.filter((r) => r.res.status !== 200 && r.res.status !== 429);
    console.log(
      JSON.stringify({
        spec: 'two-instances rate limit',
        sent: results.length,
        accepted: accepted.length,
        acceptedByA: accepted.filter((r) => r.instance === 0).length,
        acceptedByB: accepted.filter((r) => r.instance === 1).length,
        limited: limited.length,
        elapsedMs: elapsed,
      }),
    );
    expect(other.map((r) => `${r.res.status} ${r.res.failureReason ?? ''}`)).toEqual([]);
    expect(results).toHaveLength(total);
    expect(accepted.length).toBeLessThanOrEqual(RATE_LIMIT * 1.02);
    expect(accepted.length).toBeGreaterThanOrEqual(RATE_LIMIT * 0.95);
    expect(limited.length).toBe(total - accepted.length);
    // Each instance both accepted and refused: one shared counter, not one per instance.
    for (const instance of [0, 1]) {
      expect(accepted.some((r) => r.instance === instance)).toBe(true);
      expect(limited.some((r) => r.instance === instance)).toBe(true);
    }
    for (const { res } of limited) {
      expect(envelopeProblem(res)).toBeNull();
      expect(res.body.error).toBe('too_many_requests');
      expect(res.headers?.get('retry-after')).toMatch(/^[1-9]\d*$/);
      expect(Number(res.headers!.get('retry-after'))).toBeLessThanOrEqual(60);
    }
    for (const { res } of accepted)
      expect(res.headers?.get('ratelimit-limit')).toBe(String(RATE_LIMIT));
  });

  const revocations: [string, 'admin' | 'tenant'][] = [
    ['DELETE /admin/keys/:id (platform admin)', 'admin'],
    ['DELETE /tenant/api-keys/:id (tenant admin)', 'tenant'],
  ];

  it.each(revocations)(
    'refuses a key on the other instance within 5 s of its revocation through %s',
    async (_route, via) => {
      // Revoked through one instance, checked on the other: A then B, or B then A.
      const [revoker, other] = via === 'admin' ? [a!, b!] : [b!, a!];
      const key = await issueKey(revoker.url, adminKey, tenantId, 'viewer');
      // Used on both first, so that both have it in their key cache.
      for (const instance of [other, revoker, other]) {
        const res = await timedRequest(instance.url, 'GET', '/tenant/scans?limit=1', {
          key: key.apiKey,
        });
        expect(res.status).toBe(200);
      }
      const revokeRes =
        via === 'admin'
          ? await timedRequest(revoker.url, 'DELETE', `/admin/keys/${key.keyId}`, { key: adminKey })
          : await timedRequest(revoker.url, 'DELETE', `/tenant/api-keys/${key.keyId}`, {
              key: tenantAdmin.apiKey,
            });
      const revokedAt = Date.now();
      expect(revokeRes.status).toBe(200);
      expect(revokeRes.body).toEqual({ keyId: key.keyId, revoked: true });

      // The instance that revoked it refuses it at once.
      const here = await timedRequest(revoker.url, 'GET', '/tenant/scans?limit=1', {
        key: key.apiKey,
      });
      expect(here.status).toBe(401);

      // The other one within KEY_CACHE_TTL_MS (3 s), and never later than 5 s.
      let refusal: TimedResponse | undefined;
      let staleAnswers = 0;
      for (
        let attempt = 0;
        attempt < 100 && Date.now() - revokedAt < REVOCATION_WITHIN_MS + 3_000;
        attempt++
      ) {
        const res = await timedRequest(other.url, 'GET', '/tenant/scans?limit=1', {
          key: key.apiKey,
        });
        if (res.status === 401) {
          refusal = res;
          break;
        }
        expect(res.status).toBe(200);
        staleAnswers++;
        await sleep(100);
      }
      console.log(
        JSON.stringify({
          spec: `two-instances revocation via ${via}`,
          msUntilRefusedByOtherInstance: refusal ? refusal.endedAt - revokedAt : null,
          staleAnswersBeforeRefusal: staleAnswers,
        }),
      );
      expect(refusal).toBeDefined();
      expect(refusal!.endedAt - revokedAt).toBeLessThanOrEqual(REVOCATION_WITHIN_MS);
      expect(envelopeProblem(refusal!)).toBeNull();
      expect(refusal!.body.error).toBe('unauthorized');
      // And it stays refused on both.
      for (const instance of [a!, b!]) {
        const res = await timedRequest(instance.url, 'GET', '/tenant/scans?limit=1', {
          key: key.apiKey,
        });
        expect(res.status).toBe(401);
      }
    },
  );

  it('loses no update when 200 concurrent writers hit one item through both instances', async () => {
    const writers = 200;
    // Five operator keys (40 writes each) stay under the per-key limit of 100 a minute.
    const operators = await Promise.all(
      Array.from({ length: 5 }, () => issueKey(a!.url, adminKey, tenantId, 'operator')),
    );
    const viewer = await issueKey(a!.url, adminKey, tenantId, 'viewer');
    const scanId = await importScan(b!.url, operators[0].apiKey, 1);
    const notes = Array.from({ length: writers }, (_, i) => `concurrent writer ${i}`);
    const started = Date.now();
    const results = await Promise.all(
      notes.map((value, i) =>
        timedRequest(instances()[i % 2].url, 'POST', `/tenant/scans/${scanId}/remediation`, {
          key: operators[i % operators.length].apiKey,
          body: { remediationId: 'rem_001', status: 'in_progress', notes: value },
          timeoutMs: 30_000,
        }),
      ),
    );
    const elapsed = Date.now() - started;

    const failed = results.filter((r) => r.status !== 200);
    expect(failed.map((r) => `${r.status || r.failureReason} ${JSON.stringify(r.body)}`)).toEqual(
      [],
    );
    // Every writer saw its own version: the writes were serialised, none overwrote another.
    const versions = results.map((r) => r.body.item.version).sort((x, y) => x - y);
    expect(versions).toEqual(Array.from({ length: writers }, (_, i) => i + 2));

    for (const instance of instances()) {
      const { item } = await expectStatus(
        200,
        instance.url,
        'GET',
        `/tenant/scans/${scanId}/remediation/rem_001`,
        { key: viewer.apiKey },
      );
      expect(item.version).toBe(writers + 1);
    }
    const history = await fullHistory(a!.url, viewer.apiKey, scanId, 'rem_001');
    expect(history).toHaveLength(writers);
    expect(history.map((h) => h.version)).toEqual(Array.from({ length: writers }, (_, i) => i + 2));
    const applied = history.map((h) => h.changes.notes?.to);
    expect(new Set(applied)).toEqual(new Set(notes));
    // Serialised for real: every change starts from the value the previous one left.
    const breaks = history
      .map((h, i) => ({
        version: h.version,
        from: h.changes.notes?.from,
        previous: i ? applied[i - 1] : null,
      }))
      .filter((link) => link.from !== link.previous);
    expect(breaks).toEqual([]);
    const audit = await fullAuditLog(b!.url, tenantAdmin.apiKey);
    const audited = audit.filter(
      (e) => e.action === 'remediation.updated' && e.targetId === `${scanId}/rem_001`,
    );
    expect(audited).toHaveLength(writers);
    console.log(
      JSON.stringify({
        spec: 'two-instances concurrent upserts',
        writers,
        elapsedMs: elapsed,
        finalVersion: writers + 1,
        historyEntries: history.length,
      }),
    );
  });
});
