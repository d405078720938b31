import { DataSource } from 'typeorm';
import { DEFAULT_ANTHROPIC_MODEL } from '../../src/config/app-config';
import { CLAUDE_CLIENT } from '../../src/ai/ai.module';
import { ClaudeClient } from '../../src/ai/claude/claude-client';
import { allowedQuantities, inventedQuantities } from '../../src/ai/scan-brief/quantities';
import { DEMO_RESCAN, DEMO_SCAN, DEMO_TRIAGE } from '../../src/demo/demo-scan';
import { FAKE_MODEL, FakeAnthropic, userTurnText } from '../support/fake-anthropic';
import { expectEnvelope } from '../support/foundation-envelope';
import { issueKey, TenantKeys, tenantWithKeys } from '../support/fixtures';
import { http } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

/** POST /tenant/ai/explain-scan (CONTRACT §13) over the demo scans: a scan, triage, a rescan. */
const EXPLAIN_SCAN = '/tenant/ai/explain-scan';
const TIMEOUT_MS = 1500;
const PER_KEY_LIMIT = 12;
const ACTIVE = ['open', 'in_progress', 'blocked'];

interface DemoScans {
  first: string;
  second: string;
}

/** The demo: import, triage, rescan a month later, then a few upserts on the rescan. */
async function demoScans(t: TestApp, keys: TenantKeys): Promise<DemoScans> {
  const importScan = async (body: unknown) => {
    const res = await http(t.url, 'POST', '/tenant/scans', { key: keys.operator, body });
    expect(res.status).toBe(201);
    return res.body.scan.scanId as string;
  };
  const upsert = async (scanId: string, body: unknown) => {
    const res = await http(t.url, 'POST', `/tenant/scans/${scanId}/remediation`, {
      key: keys.operator,
      body,
    });
    expect(res.status).toBe(200);
  };
  const first = await importScan(DEMO_SCAN);
  for (const body of DEMO_TRIAGE) await upsert(first, body);
  const second = await importScan({ ...DEMO_RESCAN });
  await upsert(second, { remediationId: 'rem_003', status: 'in_progress', owner: 'carol' });
  await upsert(second, { remediationId: 'rem_005', status: 'blocked', notes: 'vendor patch' });
  // Every item was first seen long ago: each active item with an SLA severity is breached.
  await t.app
    .get(DataSource)
    .query(
      `UPDATE remediation_items SET first_seen_at = now() - interval '400 days' WHERE tenant_id = $1 AND scan_id = $2`,
      [keys.tenantId, second],
    );
  return { first, second };
}

/** The facts, counted by hand from the scan detail and its backlog. */
async function factsByHand(t: TestApp, keys: TenantKeys, scanId: string) {
  const detail = (await http(t.url, 'GET', `/tenant/scans/${scanId}`, { key: keys.viewer })).body
    .scan;
  const queue = (
    await http(t.url, 'GET', `/tenant/scans/${scanId}/remediation?limit=200`, {
      key: keys.viewer,
    })
  ).body.items as { remediationId: string; severity: string; status: string }[];
  const bySeverity = { critical: 0, high: 0, medium: 0, low: 0, info: 0 } as Record<string, number>;
  for (const f of detail.findings) bySeverity[f.severity]++;
  const byStatus = {
    open: 0,
    in_progress: 0,
    blocked: 0,
    done: 0,
    accepted_risk: 0,
    false_positive: 0,
  } as Record<string, number>;
  for (const item of queue) byStatus[item.status]++;
  const breached = queue.filter((i) => ACTIVE.includes(i.status) && i.severity !== 'info');
  return {
    scanId,
    target: detail.target,
    findingCount: detail.findings.length,
    readiness: { score: detail.readinessScore, band: detail.readinessBand },
    bySeverity,
    byStatus,
    slaBreaches: breached.length,
    quantumVulnerable: detail.findings.filter((f: any) => f.quantumVulnerable).length,
    rescan: {
      baselineScanId: detail.baselineScanId,
      coverage: detail.rescan.coverage,
      counts: detail.rescan.counts,
    },
    breached: breached.map((i) => i.remediationId),
  };
}

function textOf(body: any): string {
  return [body.summary, body.impact, ...body.nextSteps].join('\n');
}

describe('AI explain-scan, offline', () => {
  let t: TestApp;
  let acme: TenantKeys;
  let other: TenantKeys;
  let scans: DemoScans;
  const brief = (body: unknown, key = acme.viewer) =>
    http(t.url, 'POST', EXPLAIN_SCAN, { key, body });

  beforeAll(async () => {
    t = await startTestApp({ aiRateLimitPerMinute: PER_KEY_LIMIT });
    [acme, other] = await Promise.all([tenantWithKeys(t.url), tenantWithKeys(t.url)]);
    scans = await demoScans(t, acme);
  });
  afterAll(() => t?.close());

  it.each(['executive', 'engineering'] as const)(
    'computes the facts and key risks in code and keeps to them (%s)',
    async (audience) => {
      const res = await brief({ scanId: scans.second, audience }, acme.operator);
      expect(res.status).toBe(200);
      const { breached, ...expected } = await factsByHand(t, acme, scans.second);
      expect(res.body.facts).toMatchObject(expected);
      expect(res.body.facts.rescan.baselineScanId).toBe(scans.first);
      // RSA-2048 (NIST IR 8547) and a code-signing key (CNSA 2.0) are both due by the end of 2030.
      expect(res.body.facts.nearestDeadline).toEqual({
        standard: expect.stringMatching(/^(NIST IR 8547 \(draft\)|CNSA 2\.0)$/),
        date: '2030-12-31',
      });
      expect(res.body).toMatchObject({ source: 'offline', cached: false });
      expect(res.body.model).toBeUndefined();
      // Key risks: at most 5, breached first, each an active item of this scan.
      expect(res.body.keyRisks.length).toBeGreaterThan(0);
      expect(res.body.keyRisks.length).toBeLessThanOrEqual(5);
      for (const risk of res.body.keyRisks) expect(breached).toContain(risk.remediationId);
      expect(res.body.keyRisks[0].why).toMatch(/past its remediation SLA/);
      // Every number in the text is one of the facts.
      const text = textOf(res.body);
      expect(
        inventedQuantities(text, allowedQuantities(res.body.facts, res.body.keyRisks)),
      ).toEqual([]);
      expect(text).toContain(String(expected.findingCount));
      expect(text).toContain(String(expected.slaBreaches));
      if (audience === 'engineering') {
        expect(res.body.nextSteps.join(' ')).toContain(res.body.keyRisks[0].remediationId);
      } else {
        expect(text).toContain('2030-12-31');
      }
      expect(res.body.references.length).toBeGreaterThan(0);
    },
  );

  it('defaults to the executive audience, caches per scan state, and asks anew after an upsert', async () => {
    const first = await brief({ scanId: scans.second });
    const again = await brief({ scanId: scans.second, audience: 'executive' });
    expect(first.status).toBe(200);
    expect(again.body.cached).toBe(true);
    expect(again.body.summary).toBe(first.body.summary);
    const done = await http(t.url, 'POST', `/tenant/scans/${scans.second}/remediation`, {
      key: acme.operator,
      body: { remediationId: 'rem_003', status: 'done' },
    });
    expect(done.status).toBe(200);
    const after = await brief({ scanId: scans.second });
    expect(after.body.cached).toBe(false);
    expect(after.body.facts.byStatus.done).toBe(first.body.facts.byStatus.done + 1);
  });

  it("answers 404 for another tenant's scan and for an unknown one", async () => {
    const res = await brief({ scanId: scans.second }, other.viewer);
    expectEnvelope(res, 404, 'not_found');
    expect((await brief({ scanId: 'scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9' })).status).toBe(404);
  });

  it.each([
    ['no scanId', {}],
    ['an unknown field', { scanId: 'scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9', extra: 1 }],
    ['an unknown audience', { scanId: 'scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9', audience: 'board' }],
    ['a malformed scanId', { scanId: "1' OR '1'='1" }],
    ['a context that is not a string', { scanId: 'scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9', context: 7 }],
  ])('answers 422 in the envelope for %s', async (_what, body) => {
    const res = await brief(body);
    expectEnvelope(res, 422, 'unprocessable_entity');
  });

  it('applies the AI rate limit of the key (429 with Retry-After)', async () => {
    const { apiKey } = await issueKey(t.url, acme.tenantId, 'viewer');
    const statuses: number[] = [];
    for (let i = 0; i <= PER_KEY_LIMIT; i++)
      statuses.push((await brief({ scanId: scans.second }, apiKey)).status);
    expect(statuses.slice(0, PER_KEY_LIMIT).every((s) => s === 200)).toBe(true);
    const over = await brief({ scanId: scans.second }, apiKey);
    expectEnvelope(over, 429, 'too_many_requests');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('AI explain-scan with Claude (fake Anthropic API)', () => {
  let fake: FakeAnthropic;
  let t: TestApp;
  let acme: TenantKeys;
  let scans: DemoScans;
  let claude: ClaudeClient;
  let n = 0;
  /** A context no other test uses, so that no answer comes from the cache. */
  const uniqueContext = (label: string) => `internal estate (${label} case ${'x'.repeat(++n)})`;
  const brief = (body: unknown) => http(t.url, 'POST', EXPLAIN_SCAN, { key: acme.viewer, body });

  beforeAll(async () => {
    fake = await FakeAnthropic.start();
    t = await startTestApp({
      anthropicApiKey: 'test-key',
      anthropicBaseUrl: fake.url,
      anthropicModel: DEFAULT_ANTHROPIC_MODEL,
      aiTimeoutMs: TIMEOUT_MS,
    });
    claude = t.app.get<ClaudeClient>(CLAUDE_CLIENT);
    acme = await tenantWithKeys(t.url);
    scans = await demoScans(t, acme);
  });
  afterAll(async () => {
    await t?.close();
    await fake?.close();
  });
  beforeEach(() => {
    fake.reset();
    claude.breaker.close();
  });

  it.each(['executive', 'engineering'] as const)(
    'returns the model phrasing when every number is a fact (%s)',
    async (audience) => {
      const facts = await factsByHand(t, acme, scans.second);
      fake.answer = {
        summary: `The scan found ${facts.findingCount} findings; ${facts.quantumVulnerable} use quantum-vulnerable cryptography.`,
        impact: `${facts.slaBreaches} items are past their SLA; NIST IR 8547 sets the end of 2030 for RSA-2048.`,
        nextSteps: ['Move key exchange to ML-KEM-768 (FIPS 203).', 'Retire TLS 1.0 and TLS 1.1.'],
      };
      const res = await brief({ scanId: scans.second, audience, context: uniqueContext('ok') });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        source: 'claude',
        model: FAKE_MODEL,
        summary: fake.answer.summary,
        cached: false,
      });
      expect(res.body.facts.findingCount).toBe(facts.findingCount);
      expect(fake.messageCalls).toHaveLength(1);
      const [call] = fake.messageCalls;
      expect(call.body.model).toBe(DEFAULT_ANTHROPIC_MODEL);
      expect(call.body).not.toHaveProperty('tool_choice');
      expect(call.body.output_config.format.type).toBe('json_schema');
      const user = userTurnText(call);
      expect(user).toContain(`Audience: ${audience}.`);
      expect(user).toContain(`"findingCount": ${facts.findingCount}`);
    },
  );

  it('answers offline when the model states a number that is not a fact', async () => {
    fake.answer = {
      summary: 'The scan found 9999 findings.',
      impact: 'Fix them by 2029.',
      nextSteps: ['Move to ML-KEM-768 (FIPS 203).'],
    };
    const res = await brief({ scanId: scans.second, context: uniqueContext('invented') });
    expect(res.status).toBe(200);
    expect(res.body.source).toBe('offline');
    expect(res.body.model).toBeUndefined();
    expect(textOf(res.body)).not.toContain('9999');
    expect(fake.messageCalls).toHaveLength(1);
    // A fallback is not cached: the next identical request asks the model again.
    fake.answer = { ...fake.answer, summary: 'A brief without invented numbers.', impact: 'None.' };
    const again = await brief({ scanId: scans.second, context: uniqueContext('invented') });
    expect(again.body.cached).toBe(false);
  });

  it('answers offline within AI_TIMEOUT_MS when the model hangs', async () => {
    fake.mode = 'hang';
    const started = Date.now();
    const res = await brief({
      scanId: scans.second,
      audience: 'engineering',
      context: uniqueContext('hang'),
    });
    const elapsed = Date.now() - started;
    expect(res.status).toBe(200);
    expect(res.body.source).toBe('offline');
    expect(res.body.keyRisks.length).toBeGreaterThan(0);
    expect(fake.messageCalls.length).toBeGreaterThanOrEqual(1);
    // One deadline covers the call and any retry.
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 1000);
  });
});
