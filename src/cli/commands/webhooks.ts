import { Command, Option } from 'commander';
import { commaList, connect, leaf, note, positiveInt, printJson, wantsJson } from '../context';
import { printFields, printTable } from '../output';

/*
 * ESCAPE HATCH: the webhook routes are in openapi.json but client/schema.d.ts has not been
 * regenerated since (`npm run openapi`); these calls go through `raw` until it is, then switch
 * to client.GET('/tenant/webhooks') etc. and the generated schemas.
 */
interface Webhook {
  webhookId: string;
  url: string;
  events: string[];
  description: string | null;
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
  secret?: string;
}
interface Delivery {
  deliveryId: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: {
    at: string;
    responseStatus: number | null;
    durationMs: number | null;
    error: string | null;
  }[];
  nextAttemptAt: string | null;
}

const path = (id: string) => `/tenant/webhooks/${encodeURIComponent(id)}`;

export function webhooksCommand(): Command {
  const webhooks = new Command('webhooks').description(
    'Webhook endpoints of the tenant of PQC_API_KEY (admin role)',
  );

  leaf(webhooks, 'list', 'list endpoints').action(async (_opts: object, command: Command) => {
    const { raw } = connect(command, 'tenant');
    const list = await raw.json<{ count: number; webhooks: Webhook[] }>('GET', '/tenant/webhooks');
    if (wantsJson(command)) return printJson(list);
    printTable(list.webhooks, [
      ['WEBHOOK', (w) => w.webhookId],
      ['URL', (w) => w.url],
      ['EVENTS', (w) => w.events.join(',')],
      ['ENABLED', (w) => w.enabled],
      ['DESCRIPTION', (w) => w.description],
    ]);
  });

  leaf(webhooks, 'create', 'add an endpoint (its signing secret is printed once)')
    .requiredOption('--url <url>', 'https URL that receives the events')
    .requiredOption('--events <events>', 'comma list of event types, or *', commaList)
    .option('--description <text>', 'what it is for')
    .action(
      async (opts: { url: string; events: string[]; description?: string }, command: Command) => {
        const { raw } = connect(command, 'tenant');
        const result = await raw.json<{ webhook: Webhook }>('POST', '/tenant/webhooks', {
          body: {
            url: opts.url,
            events: opts.events,
            ...(opts.description !== undefined ? { description: opts.description } : {}),
          },
        });
        if (wantsJson(command)) return printJson(result);
        const w = result.webhook;
        printFields([
          ['webhook', w.webhookId],
          ['url', w.url],
          ['events', w.events.join(',')],
          ['secret', w.secret],
        ]);
        note('The signing secret is shown only once: store it now.');
      },
    );

  leaf(webhooks, 'deliveries <webhookId>', 'recent deliveries, newest first')
    .addOption(
      new Option('--status <status>', 'delivery status').choices([
        'pending',
        'delivered',
        'failed',
        'abandoned',
      ]),
    )
    .option('--limit <n>', '1–100', positiveInt(100))
    .action(
      async (webhookId: string, opts: { status?: string; limit?: number }, command: Command) => {
        const { raw } = connect(command, 'tenant');
        const page = await raw.json<{
          count: number;
          deliveries: Delivery[];
          nextCursor: string | null;
        }>('GET', `${path(webhookId)}/deliveries`, {
          query: { status: opts.status, limit: opts.limit },
        });
        if (wantsJson(command)) return printJson(page);
        printTable(page.deliveries, [
          ['DELIVERY', (d) => d.deliveryId],
          ['EVENT', (d) => d.eventType],
          ['STATUS', (d) => d.status],
          ['ATTEMPTS', (d) => d.attempts.length],
          ['LAST', (d) => d.attempts.at(-1)?.responseStatus ?? d.attempts.at(-1)?.error],
          ['NEXT', (d) => d.nextAttemptAt],
        ]);
      },
    );

  leaf(
    webhooks,
    'redeliver <webhookId> <deliveryId>',
    'send a delivery again (same event id)',
  ).action(async (webhookId: string, deliveryId: string, _opts: object, command: Command) => {
    const { raw } = connect(command, 'tenant');
    const result = await raw.json<{ deliveryId: string; eventId: string }>(
      'POST',
      `${path(webhookId)}/deliveries/${encodeURIComponent(deliveryId)}/redeliver`,
    );
    if (wantsJson(command)) return printJson(result);
    printFields([
      ['delivery', result.deliveryId],
      ['event', result.eventId],
    ]);
  });

  return webhooks;
}
