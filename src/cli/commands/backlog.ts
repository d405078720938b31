import { Command, Option } from 'commander';
import { once } from 'node:events';
import { operations, Schemas, unwrap } from '../../../client';
import { connect, leaf, positiveInt, printJson, wantsJson } from '../context';
import { formatBytes, printTable, Progress } from '../output';

type BacklogItem = Schemas['RemediationItemDto'];
type Filters = NonNullable<operations['listBacklog']['parameters']['query']>;

interface FilterOptions {
  status?: string;
  severity?: string;
  owner?: string;
  target?: string;
  scan?: string;
  slaState?: string;
}

const STATUSES = ['open', 'in_progress', 'blocked', 'done', 'accepted_risk', 'false_positive'];
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const SLA_STATES = ['within', 'due_soon', 'breached', 'met', 'missed', 'exempt'];

function withFilters(command: Command): Command {
  return command
    .addOption(new Option('--status <status>', 'item status').choices(STATUSES))
    .addOption(new Option('--severity <severity>', 'severity').choices(SEVERITIES))
    .option('--owner <owner>', 'owner')
    .option('--target <target>', 'scan target (trimmed, case-insensitive)')
    .option('--scan <scanId>', 'one scan')
    .addOption(new Option('--sla-state <state>', 'SLA state').choices(SLA_STATES));
}

/** The API takes lists for status, severity and slaState; the CLI offers one value of each. */
function filterQuery(opts: FilterOptions): Filters {
  const list = (value?: string) => (value === undefined ? undefined : [value]);
  return {
    status: list(opts.status),
    severity: list(opts.severity),
    owner: opts.owner,
    target: opts.target,
    scanId: opts.scan,
    slaState: list(opts.slaState),
  };
}

export function backlogCommand(): Command {
  const backlog = new Command('backlog').description(
    "The tenant's current remediation items across scans",
  );

  withFilters(leaf(backlog, 'list', 'list the backlog in queue order'))
    .option('--limit <n>', 'items per page, 1–200', positiveInt(200), 50)
    .option('--all', 'follow the cursor to the end')
    .action(async (opts: FilterOptions & { limit: number; all?: boolean }, command: Command) => {
      const { client } = connect(command, 'tenant');
      const query: Filters = { ...filterQuery(opts), limit: opts.limit };
      const fetchPage = async (cursor?: string) =>
        unwrap(
          await client.GET('/tenant/remediation', {
            params: { query: cursor === undefined ? query : { ...query, cursor } },
          }),
        );
      let page = await fetchPage();
      const items: BacklogItem[] = [...page.items];
      while (opts.all && page.nextCursor) {
        page = await fetchPage(page.nextCursor);
        items.push(...page.items);
      }
      if (wantsJson(command)) {
        return printJson(opts.all ? { count: items.length, items, nextCursor: null } : page);
      }
      printTable(items, [
        ['SCAN', (i) => i.scanId],
        ['ITEM', (i) => i.remediationId],
        ['SEVERITY', (i) => i.severity],
        ['STATUS', (i) => i.status],
        ['OWNER', (i) => i.owner],
        ['SLA', (i) => i.slaState],
        ['DUE', (i) => i.slaDueAt],
        ['TITLE', (i) => i.title],
      ]);
      if (page.nextCursor)
        process.stderr.write('more items: use --all, or --json for the cursor\n');
    });

  withFilters(leaf(backlog, 'export', 'stream the whole filtered backlog to stdout'))
    .addOption(
      new Option('--format <format>', 'csv or ndjson')
        .choices(['csv', 'ndjson'])
        .makeOptionMandatory(),
    )
    .action(async (opts: FilterOptions & { format: 'csv' | 'ndjson' }, command: Command) => {
      // The export's body is the data; --json has nothing to add.
      const { client } = connect(command, 'tenant');
      // parseAs 'stream': the body is handed over unread, so the export is never held in memory.
      const body = unwrap(
        await client.GET('/tenant/remediation/export', {
          params: { query: { ...filterQuery(opts), format: opts.format } },
          parseAs: 'stream',
        }),
      );
      await streamToStdout(body, new Progress(`exporting ${opts.format}`));
    });

  return backlog;
}

/**
 * Copies the body to stdout as it arrives, waiting for stdout when it is slower. A reader that
 * goes away (`| head`) ends the export quietly, as it would for any Unix tool.
 */
async function streamToStdout(
  body: ReadableStream<Uint8Array> | null | undefined,
  progress: Progress,
): Promise<void> {
  let failure: NodeJS.ErrnoException | undefined;
  const onError = (error: NodeJS.ErrnoException) => (failure = error);
  process.stdout.on('error', onError);
  let bytes = 0;
  try {
    if (!body) return; // an empty export (no content) has no body
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      progress.update(formatBytes(bytes));
      if (!process.stdout.write(chunk)) await once(process.stdout, 'drain').catch(onError);
      if (failure) break; // leaving the loop cancels the download
    }
  } finally {
    // The listener stays: a write that fails after the loop must not become an uncaught 'error'.
    progress.done();
  }
  if (failure && failure.code !== 'EPIPE') throw failure;
}
