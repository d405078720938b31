import { Command, Option } from 'commander';
import { Schemas, unwrap } from '../../../client';
import {
  commaList,
  connect,
  leaf,
  positiveInt,
  printJson,
  UsageError,
  wantsJson,
} from '../context';
import { printFields } from '../output';

type Item = Schemas['RemediationItemDto'];
type Upsert = Schemas['UpsertRemediationDto'];
const STATUSES: Upsert['status'][] = [
  'open',
  'in_progress',
  'blocked',
  'done',
  'accepted_risk',
  'false_positive',
];
const CLEARABLE = ['owner', 'notes', 'targetDate'] as const;

function printItem(item: Item): void {
  printFields([
    ['scan', item.scanId],
    ['item', item.remediationId],
    ['title', item.title],
    ['severity', item.severity],
    ['status', item.status],
    ['owner', item.owner],
    ['notes', item.notes],
    ['target date', item.targetDate],
    ['version', item.version],
  ]);
}

interface SetOptions {
  status: Upsert['status'];
  owner?: string;
  notes?: string;
  targetDate?: string;
  clear?: string[];
  ifMatch?: number;
}

export function remediationCommand(): Command {
  const remediation = new Command('remediation').description('One backlog item of a scan');

  leaf(
    remediation,
    'set <scanId> <remediationId>',
    'change an item (fields left out keep their value)',
  )
    .addOption(
      new Option('--status <status>', 'new status').choices(STATUSES).makeOptionMandatory(),
    )
    .option('--owner <owner>', 'who fixes it')
    .option('--notes <notes>', 'notes; required for accepted_risk and false_positive')
    .option('--target-date <date>', 'ISO 8601 date')
    .option('--clear <fields>', 'comma list of fields to empty: owner,notes,targetDate', commaList)
    .option(
      '--if-match <version>',
      'only if the item is still at this version (else 412)',
      positiveInt(2 ** 31),
    )
    .action(async (scanId: string, remediationId: string, opts: SetOptions, command: Command) => {
      const body: Upsert = { remediationId, status: opts.status };
      if (opts.owner !== undefined) body.owner = opts.owner;
      if (opts.notes !== undefined) body.notes = opts.notes;
      if (opts.targetDate !== undefined) body.targetDate = opts.targetDate;
      for (const field of opts.clear ?? []) {
        if (!(CLEARABLE as readonly string[]).includes(field)) {
          throw new UsageError(`--clear: unknown field "${field}" (${CLEARABLE.join(', ')})`);
        }
        if (body[field as (typeof CLEARABLE)[number]] !== undefined) {
          throw new UsageError(`--clear ${field} contradicts the value given for it`);
        }
        body[field as (typeof CLEARABLE)[number]] = null;
      }
      const { client } = connect(command, 'tenant');
      const { item } = unwrap(
        await client.POST('/tenant/scans/{scan_id}/remediation', {
          params: {
            path: { scan_id: scanId },
            ...(opts.ifMatch !== undefined ? { header: { 'If-Match': String(opts.ifMatch) } } : {}),
          },
          body,
        }),
      );
      if (wantsJson(command)) return printJson({ item });
      printItem(item);
    });

  leaf(remediation, 'verify <scanId> <remediationId>', 'check an item against a newer scan')
    .requiredOption('--verify-scan <scanId>', 'the newer scan that should show the fix')
    .option(
      '--if-match <version>',
      'only if the item is still at this version (else 412)',
      positiveInt(2 ** 31),
    )
    .action(
      async (
        scanId: string,
        remediationId: string,
        opts: { verifyScan: string; ifMatch?: number },
        command: Command,
      ) => {
        const { client } = connect(command, 'tenant');
        const result = unwrap(
          await client.POST('/tenant/scans/{scan_id}/remediation/verify', {
            params: {
              path: { scan_id: scanId },
              ...(opts.ifMatch !== undefined
                ? { header: { 'If-Match': String(opts.ifMatch) } }
                : {}),
            },
            body: { remediationId, verifyScanId: opts.verifyScan },
          }),
        );
        if (wantsJson(command)) return printJson(result);
        printFields([
          ['outcome', result.outcome],
          ['verified', result.verified],
          ['changed', result.changed],
          ...(result.match
            ? ([['still in', `${result.match.scanId} ${result.match.remediationId}`]] as [
                string,
                unknown,
              ][])
            : []),
        ]);
        printItem(result.item);
      },
    );

  return remediation;
}
