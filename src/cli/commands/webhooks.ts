import { Command, Option } from 'commander';
import { Schemas, unwrap } from '../../../client';
import { commaList, connect, leaf, note, positiveInt, printJson, wantsJson } from '../context';
import { printFields, printTable } from '../output';

type EventType = Schemas['CreateWebhookDto']['events'][number];
type DeliveryStatus = Schemas['DeliveryDto']['status'];

export function webhooksCommand(): Command {
  const webhooks = new Command('webhooks').description(
    'Webhook endpoints of the tenant of PQC_API_KEY (admin role)',
  );

  leaf(webhooks, 'list', 'list endpoints').action(async (_opts: object, command: Command) => {
    const { client } = connect(command, 'tenant');
    const list = unwrap(await client.GET('/tenant/webhooks'));
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
        const { client } = connect(command, 'tenant');
        const result = unwrap(
          await client.POST('/tenant/webhooks', {
            body: {
              url: opts.url,
              // Checked by the service: an unknown event type is its 422, with the list.
              events: opts.events as EventType[],
              ...(opts.description !== undefined ? { description: opts.description } : {}),
            },
          }),
        );
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
      async (
        webhookId: string,
        opts: { status?: DeliveryStatus; limit?: number },
        command: Command,
      ) => {
        const { client } = connect(command, 'tenant');
        const page = unwrap(
          await client.GET('/tenant/webhooks/{webhook_id}/deliveries', {
            params: {
              path: { webhook_id: webhookId },
              query: { status: opts.status, limit: opts.limit },
            },
          }),
        );
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
    const { client } = connect(command, 'tenant');
    const result = unwrap(
      await client.POST('/tenant/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver', {
        params: { path: { webhook_id: webhookId, delivery_id: deliveryId } },
      }),
    );
    if (wantsJson(command)) return printJson(result);
    printFields([
      ['delivery', result.deliveryId],
      ['event', result.eventId],
    ]);
  });

  return webhooks;
}
