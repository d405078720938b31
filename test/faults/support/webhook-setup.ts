import { randomBytes } from 'node:crypto';
import { queryCount } from './database';
import { expectStatus } from './timed-http';

/**
 * What a service process needs to deliver webhooks to a receiver in the test: plain HTTP to
 * 127.0.0.1 is refused unless WEBHOOK_ALLOW_INSECURE_TARGETS=true, and on a server database
 * secrets need DATA_ENCRYPTION_KEY (shared by every instance and restart of one scenario).
 */
export function webhookServiceEnv(): Record<string, string> {
  return {
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    WEBHOOK_ALLOW_INSECURE_TARGETS: 'true',
  };
}

export interface Endpoint {
  webhookId: string;
  secret: string;
}

export async function createEndpoint(
  url: string,
  tenantAdminKey: string,
  receiverUrl: string,
  events: string[],
): Promise<Endpoint> {
  const body = await expectStatus(201, url, 'POST', '/tenant/webhooks', {
    key: tenantAdminKey,
    body: { url: receiverUrl, events, description: 'fault suite receiver' },
  });
  return { webhookId: body.webhook.webhookId, secret: body.webhook.secret };
}

export interface Delivery {
  deliveryId: string;
  eventId: string;
  eventType: string;
  status: 'pending' | 'delivered' | 'failed' | 'abandoned';
  attempts: { at: string; responseStatus: number | null; error: string | null }[];
  nextAttemptAt: string | null;
}

/** An endpoint's whole delivery log through the API (bounded pages). */
export async function deliveryLog(
  url: string,
  tenantAdminKey: string,
  webhookId: string,
): Promise<Delivery[]> {
  const all: Delivery[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const body = await expectStatus(
      200,
      url,
      'GET',
      `/tenant/webhooks/${webhookId}/deliveries?limit=100${query}`,
      { key: tenantAdminKey },
    );
    all.push(...body.deliveries);
    cursor = body.nextCursor;
    if (!cursor) return all;
  }
  throw new Error(`delivery log of ${webhookId} has more than 100 pages`);
}

/**
 * Brings a tenant's retries that are not claimed by an instance forward by `ms`. The retry
 * schedule (src/webhooks/backoff.ts: 5 s, 5 min, 30 min, ...) is fixed, with no setting to
 * shorten it, and a child process's Clock cannot be moved from the test. A delivery is due
 * when next_attempt_at <= the service's now, so moving next_attempt_at back by `ms` is exactly
 * what the clock moving forward by `ms` would do for these rows, and nothing else changes.
 * Returns how many rows it moved.
 */
export async function fastForwardRetries(
  databaseUrl: string,
  tenantId: string,
  ms: number,
): Promise<number> {
  return queryCount(
    databaseUrl,
    `WITH moved AS (
       UPDATE webhook_deliveries
          SET next_attempt_at = next_attempt_at - make_interval(secs => $2::double precision / 1000)
        WHERE tenant_id = $1 AND status = 'pending' AND claim_token IS NULL
       RETURNING 1)
     SELECT count(*) AS n FROM moved`,
    [tenantId, ms],
  );
}
