/**
 * OpenAPI-driven fuzzing of the real app (Fastify, real Postgres): thousands of requests generated
 * from openapi.json — valid and mutated bodies, broken JSON, wrong content types, real / foreign /
 * nonexistent / malformed ids, out-of-range queries — sent with every role's key of tenants A and
 * B (each against its own and the other's resources), the platform admin key, garbage / revoked /
 * expired keys and none. See support/checks.ts for what every response must satisfy; the service's
 * log (captured from stdout at info level) and the webhook posts it makes are checked for
 * secrets and the other tenant's data too.
 *
 *   FUZZ_SEED=...         change the seed (printed at the start; default fixed)
 *   FUZZ_REQUESTS=n       total requests (default 10500)
 *   FUZZ_CONCURRENCY=n    requests in flight (default 8)
 *   FUZZ_ONLY=12,345      replay only these request indices (same seed)
 *   FUZZ_DUMP=file.jsonl  write every request and response summary there
 *   FUZZ_LOG=file         write the service's log lines (captured from stdout) there
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { WebhookNetwork } from '../../src/webhooks/webhook-network';
import { startTestApp, TestApp } from '../support/test-app';
import {
  checkIssuedSecrets,
  checkResponse,
  checkRunIds,
  CheckContext,
  describeOperation,
  effectiveIdentity,
  Observed,
  validKeysOf,
  Violation,
} from './support/checks';
import {
  DEFAULT_BODY_LIMIT,
  FuzzRequest,
  GenerateOptions,
  Identity,
  IDENTITIES,
  MIB,
  RequestGenerator,
  SCAN_IMPORT_BODY_LIMIT,
} from './support/generator';
import { ApiModel, loadApiModel } from './support/openapi';
import { loopbackSources, sendRaw } from './support/transport';
import { buildWorld, FUZZ_WEBHOOK_HOST_SUFFIX, secretsOf, World } from './support/world';
import { OutgoingWebhook } from '../../src/webhooks/webhook-network';
import { http } from '../support/http';

const SEED = process.env.FUZZ_SEED?.trim() || 'pqc-fuzz-2026';
const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 10_500);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 8);
const ONLY = process.env.FUZZ_ONLY
  ? new Set(process.env.FUZZ_ONLY.split(',').map((s) => Number(s.trim())))
  : null;
const REQUEST_TIMEOUT_MS = 45_000;
const SOURCE_ADDRESSES = 200;
const OPENAPI_FILE = join(__dirname, '..', '..', 'openapi.json');

interface Outcome {
  req: FuzzRequest;
  res: Observed;
  violations: Violation[];
}

describe('OpenAPI fuzz', () => {
  let t: TestApp;
  let world: World;
  let model: ApiModel;
  /** The service's log lines (it writes JSON lines to stdout; everything else passes through). */
  const logLines: string[] = [];
  /** What the service posted to webhook receivers (nothing leaves the process). */
  const sentWebhooks: OutgoingWebhook[] = [];
  let stdoutSpy: jest.SpyInstance | undefined;

  beforeAll(async () => {
    if (!existsSync(OPENAPI_FILE)) {
      throw new Error(`${OPENAPI_FILE} is missing: run \`npm run openapi\` first.`);
    }
    model = loadApiModel(OPENAPI_FILE);
    const write = process.stdout.write.bind(process.stdout);
    stdoutSpy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
      const text = String(chunk);
      if (text.startsWith('{"level"')) logLines.push(text);
      else write(text);
      return true;
    });
    // Webhooks need the secrets key on a server database; without it their creation is a 503.
    // Logging at info, as in production, so that the secret scan reads what an operator would.
    t = await startTestApp({ dataEncryptionKey: randomBytes(32), logLevel: 'info' });
    // No webhook target is ever looked up or reached: names under the fuzz suffix "resolve" to a
    // public address and every POST is answered here; any other name is unknown.
    const network = t.app.get(WebhookNetwork);
    jest
      .spyOn(network, 'resolve')
      .mockImplementation((host) =>
        host.endsWith(FUZZ_WEBHOOK_HOST_SUFFIX)
          ? Promise.resolve([{ address: '93.184.216.34', family: 4 }])
          : Promise.reject(new Error(`getaddrinfo ENOTFOUND ${host}`)),
      );
    jest.spyOn(network, 'send').mockImplementation((request) => {
      sentWebhooks.push(request);
      return Promise.resolve({ status: 204, retryAfter: undefined, bodyExcerpt: '' });
    });
    world = await buildWorld(t.url);
  });
  afterAll(async () => {
    await t?.close();
    stdoutSpy?.mockRestore();
  });

  it('the committed openapi.json describes the routes the app serves', async () => {
    const live = await http(t.url, 'GET', '/docs/openapi.json');
    expect(live.status).toBe(200);
    const liveOps = Object.entries(live.body.paths as Record<string, object>)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(model.operations.map((o) => o.key).sort()).toEqual(liveOps);
  });

  it('the whole-run checks flag a secret outside its issuing response and an id shown to both tenants', () => {
    const generator = new RequestGenerator(SEED, model.operations, world);
    const ctx: CheckContext = {
      world,
      validKeys: validKeysOf(world),
      failedAuthMayBeLimited: false,
    };
    const request = (i: number, key: string, identity: Identity) =>
      generator.generate(300_000 + i, {
        op: model.operations.find((o) => o.key === key),
        identity,
        auth: 'bearer',
        strategy: 'valid',
        idMode: 'own',
        pathIds: {},
      });
    const response = (status: number, body: object): Observed => ({
      status,
      headers: new Headers({ 'content-type': 'application/json', 'x-request-id': 'r' }),
      text: JSON.stringify(body),
      ms: 1,
    });
    const secret = `pqc_${'Q'.repeat(43)}`;
    const scanId = `scan_01${'A'.repeat(24)}`;
    const outcomes: Outcome[] = [
      [request(0, 'POST /tenant/api-keys', 'adminA'), response(201, { apiKey: secret })],
      [request(1, 'GET /tenant/api-keys', 'adminA'), response(200, { keys: [{ label: secret }] })],
      [request(2, 'GET /tenant/scans', 'viewerA'), response(200, { scans: [{ scanId }] })],
      [request(3, 'GET /tenant/scans', 'viewerB'), response(200, { scans: [{ scanId }] })],
    ].map(([req, res]) => ({ req: req as FuzzRequest, res: res as Observed, violations: [] }));
    checkIssuedSecrets(outcomes, world);
    checkRunIds(outcomes, ctx);
    expect(outcomes.map((o) => o.violations.map((v) => v.kind))).toEqual([
      [],
      ['secret'],
      ['cross-tenant'],
      ['cross-tenant'],
    ]);
  });

  it(`answers every generated request without a 5xx, with the envelope, and without leaks`, async () => {
    const started = Date.now();
    const generator = new RequestGenerator(SEED, model.operations, world);
    const forced = forcedCases(model, world);
    const indices = Array.from({ length: Math.max(TOTAL, forced.length) }, (_, i) => i).filter(
      (i) => !ONLY || ONLY.has(i),
    );
    const requestAt = (i: number): FuzzRequest =>
      i < forced.length ? generator.generate(i, forced[i]) : generator.generate(i);

    // One source address per request index, so that no client IP sees 60 failed auths a minute.
    const sources = await loopbackSources(SOURCE_ADDRESSES);
    const ctx: CheckContext = {
      world,
      validKeys: validKeysOf(world),
      failedAuthMayBeLimited: sources.length < SOURCE_ADDRESSES,
    };
    const outcomes: Outcome[] = [];
    const logsBefore = logLines.length;
    const generatorErrors: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < indices.length) {
        const index = indices[next++];
        let req: FuzzRequest;
        try {
          req = requestAt(index);
        } catch (error) {
          generatorErrors.push(`#${index}: ${(error as Error).stack}`);
          continue;
        }
        const res = await sendRaw(t.url, req, sources[index % sources.length], REQUEST_TIMEOUT_MS);
        outcomes.push({ req, res, violations: checkResponse(req, res, ctx) });
      }
    };
    console.log(
      `[fuzz] seed=${SEED} requests=${indices.length} (forced ${Math.min(forced.length, indices.length)}) ` +
        `concurrency=${CONCURRENCY} operations=${model.operations.length} sources=${sources.length}`,
    );
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    // The fuzzer's own keys and tenant A's data survived everything it sent.
    const after = await http(t.url, 'GET', `/tenant/scans/${world.a.scanIds[0]}`, {
      key: world.a.keys.viewer.apiKey,
    });
    expect(after.status).toBe(200);
    expect(JSON.stringify(after.body)).toContain(world.a.marker);

    expect(generatorErrors).toEqual([]);
    const elapsed = (Date.now() - started) / 1000;

    // Whole-run checks: secrets only in the response that issued them, ids minted for one
    // tenant never shown to the other.
    const secrets = checkIssuedSecrets(outcomes, world);
    const minted = checkRunIds(outcomes, ctx);
    console.log(summarise(outcomes, elapsed, ctx));
    console.log(
      `[fuzz] secrets tracked: ${secrets.length} (keys, webhook secrets, admin key); ids minted during the run: A ${minted.A}, B ${minted.B}; ` +
        `service log lines captured: ${logLines.length - logsBefore}; webhook posts: ${sentWebhooks.length}`,
    );

    // The service's own log: the request lines of this run are there, and no secret is.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const log = logLines.join('');
    const logged = outcomes.filter((o) => log.includes(o.res.headers.get('x-request-id') ?? '-'));
    expect(logged.length).toBeGreaterThan(outcomes.length / 2);
    const inLog = secrets.filter(
      (secret) => log.includes(secret) || log.includes(encodeURIComponent(secret)),
    );
    expect(inLog.map((secret) => `${secret.slice(0, 10)}… is in the service log`)).toEqual([]);

    // What went out to receivers: each tenant's events carry nothing of the other, no secret.
    expect(webhookPayloadProblems(sentWebhooks, world, secrets)).toEqual([]);
    if (process.env.FUZZ_LOG) writeFileSync(process.env.FUZZ_LOG, logLines.join(''));
    if (process.env.FUZZ_DUMP) {
      const lines = [...outcomes]
        .sort((x, y) => x.req.index - y.req.index)
        .map(({ req, res, violations }) =>
          JSON.stringify({
            index: req.index,
            op: req.opKey,
            identity: req.identity,
            auth: req.auth,
            strategy: req.strategy,
            idMode: req.idMode,
            tags: req.tags,
            method: req.method,
            url: req.url.slice(0, 500),
            body: req.body?.toString('utf8').slice(0, Number(process.env.FUZZ_DUMP_BODY ?? 500)),
            status: res.status,
            ms: res.ms,
            response: res.text.slice(0, 300),
            violations,
          }),
        );
      writeFileSync(process.env.FUZZ_DUMP, lines.join('\n') + '\n');
    }
    const failures = outcomes
      .filter((o) => o.violations.length > 0)
      .sort((x, y) => x.req.index - y.req.index);
    if (failures.length > 0) {
      // With each failure, what the service logged about that request (its error line).
      const shown = failures
        .slice(0, 30)
        .map((f) => {
          const id = f.res.headers.get('x-request-id');
          const lines = id
            ? logLines.filter((l) => l.includes(id) && !l.includes('"level":"info"'))
            : [];
          return [
            describeFailure(f),
            ...lines.slice(0, 2).map((l) => `  log: ${l.trim().slice(0, 1500)}`),
          ].join('\n');
        })
        .join('\n\n');
      throw new Error(
        `${failures.length} of ${outcomes.length} responses broke the contract (seed ${SEED}).\n` +
          `Replay one: FUZZ_SEED='${SEED}' FUZZ_ONLY=${failures
            .slice(0, 10)
            .map((f) => f.req.index)
            .join(',')} npx jest --runInBand --config test/fuzz/jest.config.js\n\n${shown}`,
      );
    }
    if (!ONLY) {
      expect(outcomes.length).toBeGreaterThanOrEqual(Math.min(TOTAL, 10_000));
      // Every operation was sent with every caller kind, and reached its success path at least once.
      const missing = model.operations.flatMap((op) =>
        IDENTITIES.filter(
          (identity) =>
            !outcomes.some((o) => o.req.opKey === op.key && o.req.identity === identity),
        ).map((identity) => `${op.key} × ${identity}`),
      );
      expect(missing).toEqual([]);
      const neverOk = model.operations
        .filter((op) => !outcomes.some((o) => o.req.opKey === op.key && o.res.status < 300))
        .map((op) => op.key);
      expect(neverOk).toEqual([]);
    }
  });

  it('turns a flood of bad keys from one client into 429s with the envelope, and serves good keys from other clients', async () => {
    const [source] = (await loopbackSources(SOURCE_ADDRESSES + 1)).slice(-1);
    const ctx: CheckContext = {
      world,
      validKeys: validKeysOf(world),
      failedAuthMayBeLimited: true,
    };
    const generator = new RequestGenerator(SEED, model.operations, world);
    const list = model.operations.find((o) => o.key === 'GET /tenant/scans')!;
    const statuses: number[] = [];
    let limited: Outcome | undefined;
    for (let i = 0; i < 300 && !limited; i++) {
      const req = generator.generate(100_000 + i, {
        op: list,
        identity: 'garbage',
        auth: 'bearer',
        strategy: 'valid',
        idMode: 'own',
      });
      const res = await sendRaw(t.url, req, source, REQUEST_TIMEOUT_MS);
      const outcome = { req, res, violations: checkResponse(req, res, ctx) };
      expect(outcome.violations.length === 0 ? '' : describeFailure(outcome)).toBe('');
      statuses.push(res.status);
      if (res.status === 429) limited = outcome;
    }
    expect(limited).toBeDefined();
    expect(Number(limited!.res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(new Set(statuses.slice(0, -1))).toEqual(new Set([401]));
    // Over the limit, the client gets 429 before any credential is looked at, the right one
    // included (contract §1); a valid key from another client is still served.
    const good = generator.generate(200_000, {
      op: list,
      identity: 'viewerA',
      auth: 'bearer',
      strategy: 'valid',
      idMode: 'own',
    });
    const blocked = await sendRaw(
      t.url,
      { ...good, url: '/tenant/scans' },
      source,
      REQUEST_TIMEOUT_MS,
    );
    expect(blocked.status).toBe(429);
    const [other] = (await loopbackSources(SOURCE_ADDRESSES + 2)).slice(-1);
    const res = await sendRaw(t.url, { ...good, url: '/tenant/scans' }, other, REQUEST_TIMEOUT_MS);
    expect(res.status).toBe(200);
    console.log(
      `[fuzz] failed-auth flood: 429 after ${statuses.length - 1} bad keys from one client (Retry-After ${limited!.res.headers.get('retry-after')} s)`,
    );
  });
});

/**
 * Cases every run covers whatever the seed: each operation with each identity and a valid body
 * and real ids; bodies just over each limit; the largest and one-too-many scan imports.
 */
function forcedCases(model: ApiModel, world: World): GenerateOptions[] {
  const cases: GenerateOptions[] = [];
  for (const op of model.operations) {
    for (const identity of IDENTITIES) {
      cases.push({ op, identity, auth: 'bearer', strategy: 'valid', idMode: 'own' });
    }
    // Each tenant's keys against the other tenant's resources (path ids; body references too).
    for (const identity of ['viewerB', 'operatorB', 'adminB', 'viewerA', 'adminA'] as const) {
      cases.push({ op, identity, auth: 'bearer', strategy: 'valid', idMode: 'other' });
    }
    cases.push({ op, identity: 'viewerA', auth: 'query', strategy: 'valid', idMode: 'own' });
    cases.push({ op, identity: 'platform', auth: 'x-api-key', strategy: 'valid', idMode: 'own' });
    if (op.body) {
      for (const identity of ['adminA', 'none'] as const) {
        cases.push({ op, identity, auth: 'bearer', strategy: 'oversize', idMode: 'own' });
        cases.push({ op, identity, auth: 'bearer', strategy: 'invalid-json', idMode: 'own' });
        cases.push({ op, identity, auth: 'bearer', strategy: 'content-type', idMode: 'own' });
      }
      cases.push({ op, identity: 'platform', auth: 'bearer', strategy: 'oversize', idMode: 'own' });
    }
  }
  // Router-level failures: a path that cannot be percent-decoded, an id over maxParamLength.
  for (const op of model.operations.filter((o) => o.pathParams.length > 0)) {
    for (const bad of ['%E0%A4%A', '%C0%AE', 'x'.repeat(201)]) {
      const pathIds = Object.fromEntries(op.pathParams.map((p) => [p.name, bad]));
      cases.push({
        op,
        identity: 'adminA',
        auth: 'bearer',
        strategy: 'valid',
        idMode: 'malformed',
        pathIds,
        tag: 'router-error',
      });
    }
  }
  // A bulk change without `changes` (or with null) is a 422 naming the field, like any
  // missing required field; found by this fuzzer as a 500.
  const bulk = model.operations.find((o) => o.key === 'POST /tenant/remediation/bulk');
  if (bulk) {
    for (const changes of [undefined, null]) {
      cases.push({
        op: bulk,
        identity: 'operatorA',
        auth: 'bearer',
        strategy: 'valid',
        idMode: 'own',
        tag: 'bulk-without-changes',
        bodyValue: { items: [{ scanId: world.a.scanIds[0], remediationId: 'rem_001' }], changes },
      });
    }
  }
  const importScan = model.operations.find((o) => o.key === 'POST /tenant/scans');
  const explain = model.operations.find((o) => o.key === 'POST /tenant/ai/explain');
  if (importScan) {
    const finding = (i: number) => ({
      title: `RSA-1024 certificate #${i} 🔐`,
      algorithm: 'RSA',
      keySize: 1024,
      assetId: `asset-${i}`,
      details: { signatureAlgorithm: 'sha1WithRSAEncryption' },
    });
    const base = {
      op: importScan,
      identity: 'operatorA' as const,
      auth: 'bearer' as const,
      idMode: 'own' as const,
    };
    cases.push({
      ...base,
      strategy: 'valid',
      tag: 'max-findings',
      bodyValue: { findings: Array.from({ length: 5000 }, (_, i) => finding(i)) },
    });
    cases.push({
      ...base,
      strategy: 'valid',
      tag: 'too-many-findings',
      bodyValue: { findings: Array.from({ length: 5001 }, (_, i) => finding(i)) },
    });
    cases.push({
      ...base,
      strategy: 'valid',
      tag: 'under-10MiB',
      bodyValue: { findings: [{ title: 'x'.repeat(SCAN_IMPORT_BODY_LIMIT - 64 * 1024) }] },
    });
    cases.push({
      ...base,
      strategy: 'valid',
      tag: 'over-1MiB-under-10MiB',
      bodyValue: {
        label: 'big details',
        findings: [{ title: 'big', details: { blob: 'y'.repeat(3 * MIB) } }],
      },
    });
    cases.push({
      ...base,
      strategy: 'valid',
      tag: 'over-10MiB',
      bodyValue: { findings: [{ title: 'z'.repeat(SCAN_IMPORT_BODY_LIMIT + 1024) }] },
    });
    cases.push({ ...base, strategy: 'deep', tag: 'deep-import' });
    cases.push({
      ...base,
      strategy: 'valid',
      tag: 'deep-cbom',
      bodyText: `{"cbom":${deepCbom(20_000)}}`,
    });
    // Optional fields sent as null (the validator lets them through to the service).
    for (const bodyValue of [
      { findings: null },
      { cbom: null },
      { findings: null, cbom: null },
      { cbom: null, findings: [{ title: 'x' }] },
    ]) {
      cases.push({ ...base, strategy: 'valid', tag: 'null-optional', bodyValue });
    }
    cases.push({
      ...base,
      strategy: 'valid',
      tag: 'duplicate-ids',
      bodyValue: {
        findings: [
          { id: 'a', title: 'x' },
          { id: 'a', title: 'y' },
        ],
      },
    });
  }
  if (explain) {
    const base = {
      op: explain,
      identity: 'viewerA' as const,
      auth: 'bearer' as const,
      idMode: 'own' as const,
    };
    cases.push({
      ...base,
      strategy: 'valid',
      tag: 'finding-8KiB',
      bodyValue: { finding: { title: 'a'.repeat(8 * 1024 + 1) } },
    });
    cases.push({
      ...base,
      strategy: 'valid',
      tag: 'just-under-1MiB',
      bodyValue: { context: 'c'.repeat(DEFAULT_BODY_LIMIT - 64) },
    });
    cases.push({
      ...base,
      strategy: 'valid',
      tag: 'deep-finding',
      bodyText: `{"finding":${deepObject(5_000)}}`,
    });
    cases.push({ ...base, strategy: 'deep', tag: 'deep-explain' });
  }
  return cases;
}

/** {"details":{"details":...{"title":"RSA-1024"}...}}, as text. */
function deepObject(depth: number): string {
  return '{"details":'.repeat(depth) + '{"title":"RSA-1024"}' + '}'.repeat(depth);
}

/** A CycloneDX document whose crypto asset sits `depth` application components deep, as text. */
function deepCbom(depth: number): string {
  const leaf = JSON.stringify({
    type: 'cryptographic-asset',
    name: 'RSA',
    cryptoProperties: { assetType: 'algorithm', algorithmProperties: { primitive: 'pke' } },
  });
  const open = '{"type":"application","name":"level","components":['.repeat(depth);
  return `{"bomFormat":"CycloneDX","specVersion":"1.6","components":[${open}${leaf}${']}'.repeat(depth)}]}`;
}

function describeFailure({ req, res, violations }: Outcome): string {
  const body = req.body ? req.body.toString('utf8') : undefined;
  const shownBody =
    body === undefined
      ? '(none)'
      : body.length > 600
        ? `${body.slice(0, 600)}… (${req.body!.length} bytes)`
        : body;
  return [
    `#${req.index} ${req.method} ${req.url.length > 300 ? req.url.slice(0, 300) + '…' : req.url}`,
    `  operation: ${describeOperation(req.op)}; identity ${req.identity} via ${req.auth}; strategy ${req.strategy}; ids ${req.idMode}; tags ${req.tags.join(',') || '-'}`,
    `  headers: ${JSON.stringify(redactHeaders(req.headers))}`,
    `  body: ${shownBody}`,
    `  → HTTP ${res.status} in ${res.ms} ms: ${res.transportError ?? res.text.slice(0, 500)}`,
    ...violations.map((v) => `  ✗ [${v.kind}] ${v.message}`),
  ].join('\n');
}

function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out = { ...headers };
  for (const h of ['authorization', 'x-api-key']) {
    if (out[h])
      out[h] = out[h].replace(/pqc_[A-Za-z0-9_-]{8}[A-Za-z0-9_-]+/g, (k) => `${k.slice(0, 12)}…`);
  }
  return out;
}

/** Each tenant's outgoing events name only that tenant's data and carry no secret. */
function webhookPayloadProblems(
  sent: OutgoingWebhook[],
  world: World,
  secrets: string[],
): string[] {
  const problems: string[] = [];
  for (const request of sent) {
    const body = request.body;
    if (secrets.some((secret) => body.includes(secret)))
      problems.push(`a webhook payload to ${request.url.host} carries a secret`);
    let tenantId: unknown;
    try {
      tenantId = (JSON.parse(body) as { tenantId?: unknown }).tenantId;
    } catch {
      problems.push(`a webhook payload to ${request.url.host} is not JSON`);
      continue;
    }
    const [own, other] =
      tenantId === world.a.tenantId
        ? [world.a, world.b]
        : tenantId === world.b.tenantId
          ? [world.b, world.a]
          : [];
    if (!own || !other) continue;
    if (request.url.host.includes(other.marker.toLowerCase()))
      problems.push(`tenant ${own.name}'s event went to tenant ${other.name}'s endpoint`);
    const foreign = [...secretsOf(other).markers, ...secretsOf(other).ids].filter((x) =>
      body.includes(x),
    );
    if (foreign.length)
      problems.push(`tenant ${own.name}'s event carries tenant ${other.name}'s ${foreign[0]}`);
  }
  return problems;
}

function summarise(outcomes: Outcome[], seconds: number, ctx: CheckContext): string {
  const count = <K>(key: (o: Outcome) => K) => {
    const map = new Map<K, number>();
    for (const o of outcomes) map.set(key(o), (map.get(key(o)) ?? 0) + 1);
    return [...map.entries()].sort((a, b) => b[1] - a[1]);
  };
  const statuses = count((o) => o.res.status).sort((a, b) => Number(a[0]) - Number(b[0]));
  const perOp = new Map<string, Map<number, number>>();
  for (const o of outcomes) {
    const m = perOp.get(o.req.opKey) ?? new Map<number, number>();
    m.set(o.res.status, (m.get(o.res.status) ?? 0) + 1);
    perOp.set(o.req.opKey, m);
  }
  const violations = count((o) => o.violations.map((v) => v.kind).join('+')).filter(([k]) => k);
  // Contract-level statuses (so not failures) that the operation's OpenAPI entry does not list.
  const undocumented = count((o) =>
    o.req.op && !o.req.op.responses.has(o.res.status) ? `${o.req.opKey} ${o.res.status}` : '',
  ).filter(([k]) => k);
  const slow = [...outcomes].sort((a, b) => b.res.ms - a.res.ms).slice(0, 3);
  const lines = [
    `[fuzz] seed=${SEED}: ${outcomes.length} requests in ${seconds.toFixed(1)} s (${(outcomes.length / seconds).toFixed(0)}/s)`,
    `[fuzz] status histogram: ${statuses.map(([s, n]) => `${s}: ${n}`).join(', ')}`,
    `[fuzz] identities: ${count((o) => o.req.identity)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
    '[fuzz] per caller kind (as the server sees it: odd auth headers make a key anonymous):',
    ...byCaller(outcomes, ctx),
    `[fuzz] strategies: ${count((o) => o.req.strategy)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
    '[fuzz] per operation:',
    ...[...perOp.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([op, m]) =>
          `    ${op.padEnd(66)} ${[...m.entries()]
            .sort((a, b) => a[0] - b[0])
            .map(([s, n]) => `${s}×${n}`)
            .join(' ')}`,
      ),
    `[fuzz] slowest: ${slow.map((o) => `#${o.req.index} ${o.req.method} ${o.req.opKey} ${o.res.ms} ms`).join('; ')}`,
    `[fuzz] not in the operation's OpenAPI responses (informational): ${undocumented.length ? undocumented.map(([k, n]) => `${k} ×${n}`).join('; ') : 'none'}`,
    `[fuzz] violations: ${violations.length ? violations.map(([k, n]) => `${k} ${n}`).join(', ') : 'none'}`,
  ];
  return lines.join('\n');
}

/** Status histogram per caller kind the server saw. */
function byCaller(outcomes: Outcome[], ctx: CheckContext): string[] {
  const per = new Map<string, Map<number, number>>();
  for (const o of outcomes) {
    const seen = effectiveIdentity(o.req, ctx);
    const kind = seen === o.req.identity ? seen : `${o.req.identity}→${seen}`;
    const m = per.get(kind) ?? new Map<number, number>();
    m.set(o.res.status, (m.get(o.res.status) ?? 0) + 1);
    per.set(kind, m);
  }
  return [...per.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([kind, m]) =>
        `    ${kind.padEnd(20)} ${[...m.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([status, n]) => `${status}×${n}`)
          .join(' ')}`,
    );
}
