import { Command, Option } from 'commander';
import { once } from 'node:events';
import { Schemas } from '../../../client';
import { connect, leaf, positiveInt, printJson, wantsJson } from '../context';
import { formatBytes, printTable, Progress } from '../output';

/*
 * ESCAPE HATCH (CONTRACT §11): `GET /tenant/remediation` and its export are not in openapi.json
 * yet, so these go through `raw`. After the merge: `client.GET('/tenant/remediation', ...)`,
 * `parseAs: 'stream'` for the export, and BacklogItem becomes the generated schema.
 */
type BacklogItem = Schemas['RemediationItemDto'] & {
  slaState?: string;
  slaDueAt?: string | null;
};
interface BacklogPage {
  count: number;
  items: BacklogItem[];
  nextCursor: string | null;
}

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

function filterQuery(opts: FilterOptions): Record<string, string | undefined> {
  return {
    status: opts.status,
    severity: opts.severity,
    owner: opts.owner,
    target: opts.target,
    scanId: opts.scan,
    slaState: opts.slaState,
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
      const { raw } = connect(command, 'tenant');
      const query = { ...filterQuery(opts), limit: opts.limit };
      let page = await raw.json<BacklogPage>('GET', '/tenant/remediation', { query });
      const items = [...page.items];
      while (opts.all && page.nextCursor) {
        const cursor = page.nextCursor;
        page = await raw.json<BacklogPage>('GET', '/tenant/remediation', {
          query: { ...query, cursor },
        });
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
    .action(async (opts: FilterOptions & { format: string }, command: Command) => {
      // The export's body is the data; --json has nothing to add.
      const { raw } = connect(command, 'tenant');
      const response = await raw.request('GET', '/tenant/remediation/export', {
        query: { ...filterQuery(opts), format: opts.format },
      });
      await streamToStdout(response, new Progress(`exporting ${opts.format}`));
    });

  return backlog;
}

/**
 * Copies the body to stdout as it arrives, waiting for stdout when it is slower. A reader that
 * goes away (`| head`) ends the export quietly, as it would for any Unix tool.
 */
async function streamToStdout(response: Response, progress: Progress): Promise<void> {
  let failure: NodeJS.ErrnoException | undefined;
  const onError = (error: NodeJS.ErrnoException) => (failure = error);
  process.stdout.on('error', onError);
  let bytes = 0;
  try {
    if (!response.body) return;
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
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
