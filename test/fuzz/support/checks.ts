/**
 * What every response must satisfy, whatever was sent (contract §1–§3):
 *  - never a 5xx, only documented status codes;
 *  - every response has X-Request-Id; a sane one sent by the client is kept;
 *  - every non-2xx body is exactly {status, error, message, requestId, detail?} with status equal
 *    to the HTTP status, error the documented code for it, requestId equal to X-Request-Id, and
 *    no internals (stack traces, SQL, ORM names);
 *  - authentication and roles hold (a request that must fail with 401/403 does; a key that may
 *    call a route is not refused); another tenant's ids never answer 2xx;
 *  - 2xx bodies match the documented schema;
 *  - no response to tenant B, an anonymous, garbage, revoked or expired key carries anything of
 *    tenant A (marker, scan, key, webhook, delivery and event ids, tenant id), tenant A's
 *    responses nothing of tenant B's; a bulk result for another tenant's item is a plain 404;
 *  - over the whole run (checkIssuedSecrets, checkRunIds): every secret issued (API keys, webhook
 *    signing secrets, the admin key) appears only in the one response that issued it, and ids
 *    minted during the run for one tenant never reach the other.
 */
import { FuzzRequest, Identity, PARSER_STRATEGIES, UNROUTABLE } from './generator';
import { Operation, validateAgainst } from './openapi';
import { World, secretsOf } from './world';

export const ERROR_CODE_FOR_STATUS: Record<number, string> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  412: 'precondition_failed',
  413: 'payload_too_large',
  422: 'unprocessable_entity',
  429: 'too_many_requests',
  503: 'service_unavailable',
};

/** Success codes the contract uses. */
const SUCCESS_STATUSES = new Set([200, 201, 202, 204]);
const ENVELOPE_KEYS = new Set(['status', 'error', 'message', 'requestId', 'detail']);
const INTERNALS =
  /QueryFailedError|TypeORM|EntityNotFound|syntax error at|relation "|violates .* constraint|duplicate key|\bat [\w.<>]+ \(.*:\d+:\d+\)|node_modules|\/src\/|TypeError|ReferenceError|RangeError|Cannot read prop/;

/** Minimum role per operation: the RBAC matrix of contract §2 ('platform' = ADMIN_API_KEY). */
export const REQUIRED_ROLE: Record<
  string,
  'public' | 'platform' | 'viewer' | 'operator' | 'admin'
> = {
  'GET /health': 'public',
  'POST /admin/tenants': 'platform',
  'GET /admin/tenants': 'platform',
  'POST /admin/tenants/{tenant_id}/keys': 'platform',
  'GET /admin/tenants/{tenant_id}/keys': 'platform',
  'DELETE /admin/keys/{key_id}': 'platform',
  'POST /tenant/api-keys': 'admin',
  'GET /tenant/api-keys': 'admin',
  'DELETE /tenant/api-keys/{key_id}': 'admin',
  'GET /tenant/audit': 'admin',
  'POST /tenant/scans': 'operator',
  'GET /tenant/scans': 'viewer',
  'GET /tenant/scans/{scan_id}': 'viewer',
  'POST /tenant/scans/{scan_id}/remediation': 'operator',
  'GET /tenant/scans/{scan_id}/remediation': 'viewer',
  'GET /tenant/scans/{scan_id}/remediation/{remediation_id}': 'viewer',
  'GET /tenant/scans/{scan_id}/remediation/{remediation_id}/history': 'viewer',
  'POST /tenant/ai/explain': 'viewer',
  'POST /tenant/ai/explain-scan': 'viewer',
  'GET /tenant/scans/{scan_id}/rescan': 'viewer',
  'POST /tenant/scans/{scan_id}/remediation/verify': 'operator',
  'GET /tenant/remediation': 'viewer',
  'GET /tenant/remediation/export': 'viewer',
  'POST /tenant/remediation/bulk': 'operator',
  'GET /tenant/sla-policy': 'viewer',
  'PUT /tenant/sla-policy': 'admin',
  'GET /tenant/sla/report': 'viewer',
  'POST /tenant/webhooks': 'admin',
  'GET /tenant/webhooks': 'admin',
  'GET /tenant/webhooks/{webhook_id}': 'admin',
  'PATCH /tenant/webhooks/{webhook_id}': 'admin',
  'DELETE /tenant/webhooks/{webhook_id}': 'admin',
  'POST /tenant/webhooks/{webhook_id}/rotate-secret': 'admin',
  'POST /tenant/webhooks/{webhook_id}/test': 'admin',
  'GET /tenant/webhooks/{webhook_id}/deliveries': 'admin',
  'POST /tenant/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver': 'admin',
};

const RANK = { viewer: 1, operator: 2, admin: 3 } as const;

export interface Observed {
  status: number;
  headers: Headers;
  text: string;
  ms: number;
  /** Set when the request itself failed (timeout, connection reset). */
  transportError?: string;
}

export interface Violation {
  kind: string;
  message: string;
}

export interface CheckContext {
  world: World;
  /** Tenant key secret → who it is (only the valid ones). */
  validKeys: Map<string, { tenant: 'A' | 'B'; role: keyof typeof RANK }>;
  /** All requests leave from one address: failed authentications may turn into 429s. */
  failedAuthMayBeLimited: boolean;
}

export function checkResponse(req: FuzzRequest, res: Observed, ctx: CheckContext): Violation[] {
  const v: Violation[] = [];
  const add = (kind: string, message: string) => v.push({ kind, message });

  if (res.transportError) {
    add('transport', res.transportError);
    return v;
  }
  if (res.status >= 500) add('5xx', `HTTP ${res.status}`);
  const isSuccess = res.status >= 200 && res.status < 300;
  if (!SUCCESS_STATUSES.has(res.status) && !ERROR_CODE_FOR_STATUS[res.status]) {
    add('undocumented-status', `HTTP ${res.status} is not a documented status code`);
  }

  const requestIdHeader = res.headers.get('x-request-id');
  if (!requestIdHeader) add('request-id', 'no X-Request-Id header');
  if (req.saneRequestId && requestIdHeader !== req.saneRequestId) {
    add('request-id', `sent sane X-Request-Id ${req.saneRequestId}, got ${requestIdHeader}`);
  }

  let body: unknown;
  let parsed = false;
  try {
    body = res.text ? JSON.parse(res.text) : undefined;
    parsed = res.text !== '';
  } catch {
    /* not JSON */
  }

  if (!isSuccess) {
    checkEnvelope(res, body, parsed, requestIdHeader, add);
  } else if (req.op) {
    const schema = req.op.responses.get(res.status);
    if (!req.op.responses.has(res.status)) {
      add('undocumented-success', `${res.status} is not documented for ${req.opKey}`);
    } else if (schema && req.op.key !== 'GET /health') {
      if (!parsed) add('schema', '2xx body is not JSON');
      else {
        const problems = validateAgainst(body, schema);
        if (problems.length) add('schema', problems.slice(0, 5).join('; '));
      }
    }
  }

  checkAccess(req, res.status, isSuccess, ctx, add);
  checkLeaks(req, res.text, ctx, add);
  if (isSuccess && parsed && req.opKey === 'POST /tenant/remediation/bulk') {
    checkBulkResults(req, body, ctx, add);
  }
  return v;
}

/**
 * A partial bulk answers 200 with a result per item: an item of another tenant's scan must fail
 * exactly like an unknown one (404, no item), never be updated or shown (contract §11).
 */
function checkBulkResults(
  req: FuzzRequest,
  body: unknown,
  ctx: CheckContext,
  add: (kind: string, message: string) => void,
): void {
  const caller = ctx.validKeys.get(req.credential?.secret ?? '');
  if (!caller) return;
  const foreign = new Set((caller.tenant === 'A' ? ctx.world.b : ctx.world.a).scanIds);
  const results = (body as { results?: unknown }).results;
  if (!Array.isArray(results)) return;
  for (const r of results as Record<string, unknown>[]) {
    if (typeof r?.scanId !== 'string' || !foreign.has(r.scanId)) continue;
    if (r.status !== 404 || r.outcome !== 'failed' || 'item' in r) {
      add(
        'cross-tenant',
        `bulk result for another tenant's scan ${r.scanId}: status ${String(r.status)}, outcome ${String(r.outcome)}${'item' in r ? ', with the item' : ''}`,
      );
    }
  }
}

function checkEnvelope(
  res: Observed,
  body: unknown,
  parsed: boolean,
  requestIdHeader: string | null,
  add: (kind: string, message: string) => void,
): void {
  const type = res.headers.get('content-type') ?? '';
  if (!/^application\/json/i.test(type)) add('envelope', `content-type ${JSON.stringify(type)}`);
  if (!parsed || typeof body !== 'object' || body === null || Array.isArray(body)) {
    add('envelope', `body is not a JSON object: ${res.text.slice(0, 200)}`);
    return;
  }
  const e = body as Record<string, unknown>;
  const keys = Object.keys(e);
  const extra = keys.filter((k) => !ENVELOPE_KEYS.has(k));
  if (extra.length) add('envelope', `unexpected keys ${extra.join(', ')}`);
  for (const k of ['status', 'error', 'message', 'requestId']) {
    if (!(k in e)) add('envelope', `missing ${k}`);
  }
  if (e.status !== res.status) add('envelope', `status ${String(e.status)} != HTTP ${res.status}`);
  const code = ERROR_CODE_FOR_STATUS[res.status];
  if (e.error !== code)
    add('envelope', `error ${JSON.stringify(e.error)} for HTTP ${res.status} (expected ${code})`);
  if (typeof e.message !== 'string' || e.message.length === 0)
    add('envelope', 'message is not a non-empty string');
  if (typeof e.requestId !== 'string' || e.requestId !== requestIdHeader) {
    add('envelope', `requestId ${JSON.stringify(e.requestId)} != X-Request-Id ${requestIdHeader}`);
  }
  if ('detail' in e) {
    const ok =
      Array.isArray(e.detail) &&
      e.detail.length > 0 &&
      e.detail.every(
        (d) =>
          typeof d === 'object' &&
          d !== null &&
          Object.keys(d).sort().join(',') === 'field,message' &&
          typeof (d as Record<string, unknown>).field === 'string' &&
          typeof (d as Record<string, unknown>).message === 'string',
      );
    if (!ok)
      add(
        'envelope',
        `detail is not a non-empty list of {field, message}: ${JSON.stringify(e.detail).slice(0, 200)}`,
      );
  }
  if (INTERNALS.test(res.text))
    add('internals', `error body reveals internals: ${res.text.slice(0, 300)}`);
}

/** What authentication and the RBAC matrix say this request gets: ok, 401 or 403. */
export function expectedAccess(req: FuzzRequest, ctx: CheckContext): 'ok' | 401 | 403 {
  const required = REQUIRED_ROLE[req.opKey];
  if (!required || required === 'public') return 'ok';
  const cred = req.credential;
  if (required === 'platform') {
    if (!cred || cred.source === 'query') return 401;
    return cred.secret === ctx.world.adminKey ? 'ok' : 403;
  }
  if (!cred) return 401;
  const key = ctx.validKeys.get(cred.secret);
  if (!key) return 401;
  return RANK[key.role] >= RANK[required] ? 'ok' : 403;
}

function checkAccess(
  req: FuzzRequest,
  status: number,
  isSuccess: boolean,
  ctx: CheckContext,
  add: (kind: string, message: string) => void,
): void {
  if (!req.op) {
    // Off the spec: no route, so 404 (or a body parser error first).
    if (![404, 413, 422].includes(status))
      add('access', `off-spec request answered ${status}, expected 404`);
    return;
  }
  const expected = expectedAccess(req, ctx);
  // Fastify parses (and may refuse) the body before any guard runs.
  const parserMayFailFirst = PARSER_STRATEGIES.has(req.strategy);
  if (expected !== 'ok') {
    const allowed: number[] = [expected];
    if (parserMayFailFirst) allowed.push(413, 422);
    if (req.tags.includes(UNROUTABLE)) allowed.push(404);
    if (ctx.failedAuthMayBeLimited) allowed.push(429);
    if (!allowed.includes(status)) {
      add(
        'access',
        `expected ${expected} for ${req.identity} via ${req.auth} on ${req.opKey}, got ${status}`,
      );
    }
  } else if (status === 401 || status === 403) {
    add('access', `${req.identity} via ${req.auth} may call ${req.opKey} but got ${status}`);
  }
  if (req.crossTenant && isSuccess) {
    add('cross-tenant', `${req.identity} reached another tenant's data: ${status}`);
  }
}

/** Whose data must not appear in the answer to this identity. */
function forbiddenFor(identity: Identity): ('A' | 'B')[] {
  if (identity === 'platform') return [];
  if (identity === 'viewerA' || identity === 'operatorA' || identity === 'adminA') return ['B'];
  if (identity === 'viewerB' || identity === 'operatorB' || identity === 'adminB') return ['A'];
  return ['A', 'B'];
}

function checkLeaks(
  req: FuzzRequest,
  text: string,
  ctx: CheckContext,
  add: (kind: string, message: string) => void,
): void {
  if (!text) return;
  const sent = sentText(req);
  const identity = effectiveIdentity(req, ctx);
  for (const side of forbiddenFor(identity)) {
    const tenant = side === 'A' ? ctx.world.a : ctx.world.b;
    const secrets = secretsOf(tenant);
    for (const marker of secrets.markers) {
      // A filter value the caller sent (a target naming the marker) may come back as given.
      if (text.includes(marker) && !sent.includes(marker))
        add('leak', `response to ${identity} contains tenant ${side}'s marker`);
    }
    for (const id of secrets.ids) {
      // An id the request itself carries may be echoed (a 404 naming the route); anything else leaks.
      if (text.includes(id) && !sent.includes(id)) {
        add('leak', `response to ${identity} contains tenant ${side}'s id ${id}`);
      }
    }
  }
  for (const tenant of [ctx.world.a, ctx.world.b]) {
    for (const secret of secretsOf(tenant).keys) {
      if (text.includes(secret))
        add('leak', 'response contains a seeded API key or webhook secret');
    }
  }
}

function sentText(req: FuzzRequest): string {
  return `${req.url}\n${req.body?.toString('utf8') ?? ''}`;
}

/**
 * Who the server sees: a request whose credential is not the identity's own (odd auth headers)
 * is an anonymous / garbage caller; the admin key counts only on /admin.
 */
export function effectiveIdentity(req: FuzzRequest, ctx: CheckContext): Identity {
  if (req.credential && ctx.validKeys.has(req.credential.secret)) return req.identity;
  return req.credential?.secret === ctx.world.adminKey && req.op?.security === 'admin'
    ? 'platform'
    : 'none';
}

// ---------------------------------------------------------------------------------------------
// Checks over the whole run: what was issued during it is known only at the end.

/** Ids the service mints (`<prefix>_` + ULID). */
const MINTED_ID = /\b(?:scan|key|wh|dlv|msg|bulk)_[0-9A-HJKMNP-TV-Z]{26}\b/g;
/** An API key secret or a webhook signing secret, wherever it sits. */
const SECRET_TOKEN = /pqc_[A-Za-z0-9_-]{43}|whsec_[A-Za-z0-9+/]{43}=/g;

/** The operations that issue a secret, and where it sits in their success body. */
type Issued = { apiKey?: unknown; webhook?: { secret?: unknown } };
const ISSUERS: Record<string, (body: Issued) => unknown> = {
  'POST /admin/tenants/{tenant_id}/keys': (b) => b.apiKey,
  'POST /tenant/api-keys': (b) => b.apiKey,
  'POST /tenant/webhooks': (b) => b.webhook?.secret,
  'POST /tenant/webhooks/{webhook_id}/rotate-secret': (b) => b.webhook?.secret,
};

export interface RunOutcome {
  req: FuzzRequest;
  res: Observed;
  violations: Violation[];
}

/**
 * Every secret the world and the run issued (seeded keys and webhook secrets, keys issued through
 * /admin and /tenant/api-keys, webhook secrets from creation and rotation, the admin key) →
 * the one request that issued it (-1 for the fixture). Adds a violation to every response
 * (body or header) that carries one of them and is not its issuer; returns the issued secrets
 * (for the log scan).
 */
export function checkIssuedSecrets(outcomes: RunOutcome[], world: World): string[] {
  const issuer = new Map<string, number>();
  for (const tenant of [world.a, world.b]) {
    for (const secret of secretsOf(tenant).keys) issuer.set(secret, -1);
  }
  for (const { req, res } of outcomes) {
    const pick = ISSUERS[req.opKey];
    if (!pick || res.status < 200 || res.status >= 300) continue;
    try {
      const secret = pick(JSON.parse(res.text));
      if (typeof secret === 'string' && !issuer.has(secret)) issuer.set(secret, req.index);
      else if (typeof secret !== 'string')
        add(outcomes, req, 'secret', `${req.opKey} ${res.status} did not issue a secret`);
    } catch {
      add(outcomes, req, 'secret', `${req.opKey} ${res.status} body is not JSON`);
    }
  }
  for (const o of outcomes) {
    const headers = [...o.res.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\n');
    for (const [where, text] of [
      ['body', o.res.text],
      ['headers', headers],
    ] as const) {
      if (text.includes(world.adminKey))
        o.violations.push({ kind: 'secret', message: `the admin key is in the response ${where}` });
      for (const token of text.match(SECRET_TOKEN) ?? []) {
        const by = issuer.get(token);
        if (by !== undefined && by !== o.req.index) {
          o.violations.push({
            kind: 'secret',
            message: `response ${where} carries a secret issued ${by < 0 ? 'by the fixture' : `by #${by}`}`,
          });
        }
      }
    }
  }
  return [...issuer.keys(), world.adminKey];
}

function add(outcomes: RunOutcome[], req: FuzzRequest, kind: string, message: string): void {
  outcomes.find((o) => o.req === req)?.violations.push({ kind, message });
}

/**
 * Ids minted during the run: every id a tenant's own successful responses show (and that its
 * request did not name) is that tenant's; no response to the other tenant or an anonymous
 * caller may carry it unless that request named it. Catches what the fixture's lists cannot:
 * scans, keys, webhooks and deliveries created by the fuzzer itself.
 */
export function checkRunIds(outcomes: RunOutcome[], ctx: CheckContext): Record<'A' | 'B', number> {
  const owner = new Map<string, 'A' | 'B' | 'both'>();
  for (const { req, res } of outcomes) {
    if (res.status < 200 || res.status >= 300) continue;
    const key = ctx.validKeys.get(req.credential?.secret ?? '');
    if (!key || effectiveIdentity(req, ctx) === 'none') continue;
    const sent = sentText(req);
    for (const id of res.text.match(MINTED_ID) ?? []) {
      if (sent.includes(id)) continue;
      const seen = owner.get(id);
      owner.set(id, seen === undefined || seen === key.tenant ? key.tenant : 'both');
    }
  }
  const counts = { A: 0, B: 0 };
  for (const side of owner.values()) if (side !== 'both') counts[side]++;
  for (const o of outcomes) {
    const identity = effectiveIdentity(o.req, ctx);
    const forbidden = forbiddenFor(identity);
    if (forbidden.length === 0 || !o.res.text) continue;
    const sent = sentText(o.req);
    for (const id of new Set(o.res.text.match(MINTED_ID) ?? [])) {
      const side = owner.get(id);
      if (side === 'both') {
        o.violations.push({ kind: 'cross-tenant', message: `id ${id} was shown to both tenants` });
      } else if (side && forbidden.includes(side) && !sent.includes(id)) {
        o.violations.push({
          kind: 'cross-tenant',
          message: `response to ${identity} carries tenant ${side}'s id ${id} (minted during the run)`,
        });
      }
    }
  }
  return counts;
}

export function validKeysOf(world: World): CheckContext['validKeys'] {
  const map: CheckContext['validKeys'] = new Map();
  for (const [side, tenant] of [
    ['A', world.a],
    ['B', world.b],
  ] as const) {
    for (const role of ['viewer', 'operator', 'admin'] as const) {
      map.set(tenant.keys[role].apiKey, { tenant: side, role });
    }
  }
  return map;
}

export function describeOperation(op: Operation | undefined): string {
  return op ? `${op.key} (${op.operationId})` : 'off-spec';
}
