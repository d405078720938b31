import { FAKE_MODEL, FakeAnthropic, FakeMode } from '../support/fake-anthropic';
import { faultEnv, randomAdminKey } from './support/env';
import { ServiceProcess, stopAll } from './support/service-process';
import { createTenant, issueKey } from './support/tenant-setup';
import { timedRequest, TimedResponse } from './support/timed-http';

/**
 * The real service process configured for Claude (the default model: the fake refuses what the
 * real API refuses for it), pointed at a fake Messages API on 127.0.0.1 that misbehaves in one
 * way per test. With AI_TIMEOUT_MS=1000 every explain call must still be
 * answered 200 by the offline explainer within 3 s.
 */
const AI_TIMEOUT_MS = 1_000;
const ANSWER_WITHIN_MS = 3_000;

const env = faultEnv();
const adminKey = randomAdminKey();

let fake: FakeAnthropic | undefined;
let service: ServiceProcess | undefined;
let viewerKey: string;
let counter = 0;

/** A finding no earlier test asked about, so that no answer comes from the cache. */
function explain(context = 'external API edge'): Promise<TimedResponse> {
  counter++;
  return timedRequest(service!.url, 'POST', '/tenant/ai/explain', {
    key: viewerKey,
    body: {
      finding: {
        title: `RSA-1024 certificate on api-${counter}.example.com`,
        algorithm: 'RSA',
        keySize: 1024,
        host: `api-${counter}.example.com`,
        port: 443,
      },
      context: `${context} (request ${counter})`,
    },
    timeoutMs: 15_000,
  });
}

function expectOfflineAnswer(res: TimedResponse): void {
  expect({ status: res.status, failure: res.failure, body: res.body }).toEqual({
    status: 200,
    failure: null,
    body: expect.objectContaining({
      source: 'offline',
      cached: false,
      summary: expect.any(String),
      impact: expect.any(String),
      nextSteps: expect.any(Array),
      references: expect.any(Array),
    }),
  });
  expect(res.body.summary.length).toBeGreaterThan(20);
  expect(res.body.nextSteps.length).toBeGreaterThan(0);
  expect(JSON.stringify(res.body)).not.toContain('FAKE-');
  expect(res.durationMs).toBeLessThanOrEqual(ANSWER_WITHIN_MS);
}

describe('model failures: the explain endpoint falls back offline (real process, fake Claude)', () => {
  beforeAll(async () => {
    fake = await FakeAnthropic.start();
    service = await ServiceProcess.start('service', {
      DATABASE_URL: env.databaseUrl,
      REDIS_URL: env.redisUrl,
      ADMIN_API_KEY: adminKey,
      RATE_LIMIT_PER_MINUTE: '1000000',
      AI_RATE_LIMIT_PER_MINUTE: '1000000',
      ANTHROPIC_API_KEY: 'x',
      ANTHROPIC_BASE_URL: fake.url,
      AI_TIMEOUT_MS: String(AI_TIMEOUT_MS),
    });
    const tenantId = await createTenant(service.url, adminKey, 'model');
    viewerKey = (await issueKey(service.url, adminKey, tenantId, 'viewer')).apiKey;
  }, 60_000);

  afterAll(async () => {
    try {
      await stopAll([service]);
    } finally {
      await fake?.close();
    }
  }, 30_000);

  beforeEach(() => fake!.reset());

  it('uses the model when it answers (the fake is really wired in)', async () => {
    const res = await explain();
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expect.objectContaining({ source: 'claude', model: FAKE_MODEL }));
    expect(res.body.summary).toContain('FAKE-SUMMARY');
    expect(fake!.messageCalls).toHaveLength(1);
  });

  const failures: [string, FakeMode][] = [
    ['never answers (hangs)', 'hang'],
    ['resets the connection', 'reset'],
    ['is overloaded (529)', 'status529'],
    ['answers garbage instead of JSON', 'garbage'],
    ['fails with 500', 'status500'],
    ['refuses', 'refusal'],
    ['answers outside the schema', 'missingNextSteps'],
    ['stops at max_tokens (a truncated answer)', 'maxTokens'],
  ];

  it.each(failures)('answers 200 offline within 3 s when the model %s', async (_what, mode) => {
    fake!.mode = mode;
    const res = await explain();
    expectOfflineAnswer(res);
    // The model was really asked (and failed): the offline answer is a fallback, not a default.
    expect(fake!.messageCalls.length).toBeGreaterThanOrEqual(1);
    expect(fake!.messageCalls.length).toBeLessThanOrEqual(2); // one retry at most
  });

  it('answers 10 concurrent requests offline within 3 s while the model hangs', async () => {
    fake!.mode = 'hang';
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 10 }, () => explain()));
    for (const res of answers) expectOfflineAnswer(res);
    expect(Date.now() - started).toBeLessThanOrEqual(ANSWER_WITHIN_MS);
    expect(fake!.messageCalls.length).toBeGreaterThanOrEqual(10);
  });

  it('does not cache a fallback: the same question goes to the model again once it recovers', async () => {
    fake!.mode = 'status529';
    const context = `repeated question ${Date.now()}`;
    const body = {
      finding: { title: 'SHA-1 signed certificate', signatureAlgorithm: 'sha1WithRSAEncryption' },
      context,
    };
    const first = await timedRequest(service!.url, 'POST', '/tenant/ai/explain', {
      key: viewerKey,
      body,
    });
    expectOfflineAnswer(first);
    fake!.mode = 'ok';
    const second = await timedRequest(service!.url, 'POST', '/tenant/ai/explain', {
      key: viewerKey,
      body,
    });
    expect(second.status).toBe(200);
    expect(second.body).toEqual(expect.objectContaining({ source: 'claude', cached: false }));
  });

  // Last of the model tests: it opens the circuit breaker for the rest of the run.
  it('answers offline at a spend-limit 429 without retrying, then stops calling the model', async () => {
    fake!.mode = 'spendLimit429';
    expectOfflineAnswer(await explain());
    expect(fake!.messageCalls).toHaveLength(1);
    // Earlier tests logged their own (transient) failures: this one is the spend limit's.
    const failures = service!.logEntries(
      (e) => e.msg === 'claude call failed' && e.errorCode === 'enforced_spend_limit_reached',
    );
    expect(failures).toEqual([
      expect.objectContaining({
        level: 'error',
        status: 429,
        errorCode: 'enforced_spend_limit_reached',
        retrying: false,
      }),
    ]);
    // The breaker is open: the next request is answered offline without a call.
    fake!.mode = 'ok';
    expectOfflineAnswer(await explain());
    expect(fake!.messageCalls).toHaveLength(1);
  });

  it('keeps the process healthy after all of it', async () => {
    const health = await timedRequest(service!.url, 'GET', '/health');
    expect(health.status).toBe(200);
    expect(service!.isRunning).toBe(true);
    // The spend limit is the one error-level line: a persistent model failure an operator must fix.
    const errors = service!.logEntries((e) => e.level === 'error' || e.level === 'fatal');
    expect(errors).toEqual([expect.objectContaining({ msg: 'claude call failed', status: 429 })]);
  });
});
