import { Command, Option } from 'commander';
import { createInterface } from 'node:readline/promises';
import { Schemas, unwrap } from '../../../client';
import { CliError, connect, leaf, note, printJson, UsageError, wantsJson } from '../context';
import { printFields, printTable } from '../output';

type Role = Schemas['IssuedKeyDto']['role'];
type ApiKey = Schemas['ApiKeyDto'];
type IssuedKey = Schemas['IssuedKeyDto'];

const ROLES: Role[] = ['viewer', 'operator', 'admin'];
const TENANT_HELP =
  'act as platform admin on this tenant (PQC_ADMIN_KEY); without it, on the tenant of PQC_API_KEY (admin role)';

interface KeyOps {
  list(): Promise<ApiKey[]>;
  issue(body: { label: string; role: Role; expiresAt?: string }): Promise<IssuedKey>;
  revoke(keyId: string): Promise<{ keyId: string; revoked: boolean }>;
}

/** The same three operations on the admin routes (--tenant) or the tenant's own. */
function keyOps(command: Command, tenantId: string | undefined): KeyOps {
  if (tenantId) {
    const { client } = connect(command, 'admin');
    const path = { tenant_id: tenantId };
    return {
      list: async () =>
        unwrap(await client.GET('/admin/tenants/{tenant_id}/keys', { params: { path } })).keys,
      issue: async (body) =>
        unwrap(await client.POST('/admin/tenants/{tenant_id}/keys', { params: { path }, body })),
      revoke: async (keyId) =>
        unwrap(
          await client.DELETE('/admin/keys/{key_id}', { params: { path: { key_id: keyId } } }),
        ),
    };
  }
  const { client } = connect(command, 'tenant');
  return {
    list: async () => unwrap(await client.GET('/tenant/api-keys')).keys,
    issue: async (body) => unwrap(await client.POST('/tenant/api-keys', { body })),
    revoke: async (keyId) =>
      unwrap(
        await client.DELETE('/tenant/api-keys/{key_id}', { params: { path: { key_id: keyId } } }),
      ),
  };
}

function printIssued(key: IssuedKey): void {
  printFields([
    ['key id', key.keyId],
    ['tenant', key.tenantId],
    ['label', key.label],
    ['role', key.role],
    ['expires', key.expiresAt ?? 'never'],
    ['api key', key.apiKey],
  ]);
  note('The API key is shown only once: store it now.');
}

/** A key of this tenant by id; the admin route could revoke any tenant's, so we check first. */
async function findKey(ops: KeyOps, keyId: string): Promise<ApiKey> {
  const key = (await ops.list()).find((k) => k.keyId === keyId);
  if (!key) throw new CliError(`key ${keyId} is not one of this tenant's keys`);
  return key;
}

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(question);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

export function keysCommand(): Command {
  const keys = new Command('keys').description('API keys of a tenant');

  leaf(keys, 'issue', 'issue a key (the secret is printed once)')
    .option('--tenant <tenantId>', TENANT_HELP)
    .requiredOption('--label <label>', 'what the key is for')
    .addOption(new Option('--role <role>', 'role').choices(ROLES).default('operator'))
    .option('--expires-at <date>', 'ISO 8601 date-time in the future')
    .action(
      async (
        opts: { tenant?: string; label: string; role: Role; expiresAt?: string },
        command: Command,
      ) => {
        const issued = await keyOps(command, opts.tenant).issue({
          label: opts.label,
          role: opts.role,
          ...(opts.expiresAt ? { expiresAt: opts.expiresAt } : {}),
        });
        if (wantsJson(command)) return printJson(issued);
        printIssued(issued);
      },
    );

  leaf(keys, 'list', 'list keys (never their secrets)')
    .option('--tenant <tenantId>', TENANT_HELP)
    .action(async (opts: { tenant?: string }, command: Command) => {
      const list = await keyOps(command, opts.tenant).list();
      if (wantsJson(command)) return printJson({ count: list.length, keys: list });
      printTable(list, [
        ['KEY ID', (k) => k.keyId],
        ['PREFIX', (k) => k.keyPrefix],
        ['LABEL', (k) => k.label],
        ['ROLE', (k) => k.role],
        ['CREATED', (k) => k.createdAt],
        ['LAST USED', (k) => k.lastUsedAt],
        ['EXPIRES', (k) => k.expiresAt],
        ['REVOKED', (k) => k.revokedAt],
      ]);
    });

  leaf(keys, 'revoke <keyId>', 'revoke a key (repeating it is harmless)')
    .option('--tenant <tenantId>', TENANT_HELP)
    .action(async (keyId: string, opts: { tenant?: string }, command: Command) => {
      const ops = keyOps(command, opts.tenant);
      if (opts.tenant) await findKey(ops, keyId);
      const result = await ops.revoke(keyId);
      if (wantsJson(command)) return printJson(result);
      note(`revoked ${result.keyId}`);
    });

  leaf(
    keys,
    'rotate <keyId>',
    'issue a new key with the same role and label, then revoke the old one after confirmation',
  )
    .option('--tenant <tenantId>', TENANT_HELP)
    .option('--yes', 'revoke the old key without asking (needed when stdin is not a terminal)')
    .action(async (keyId: string, opts: { tenant?: string; yes?: boolean }, command: Command) => {
      // Refuse before changing anything: a script must not end up with two live keys.
      if (!opts.yes && process.stdin.isTTY !== true) {
        throw new UsageError('stdin is not a terminal: pass --yes to revoke the old key');
      }
      const ops = keyOps(command, opts.tenant);
      const old = await findKey(ops, keyId);
      if (old.revokedAt) throw new CliError(`key ${keyId} is already revoked`);
      const issued = await ops.issue({ label: old.label, role: old.role });
      const json = wantsJson(command);
      if (!json) printIssued(issued);
      const revoke =
        opts.yes === true ||
        (await confirm(
          `Revoke the old key ${old.keyId} (${old.keyPrefix}…, "${old.label}")? Switch your clients to the new key first. [y/N] `,
        ));
      const revoked = revoke ? await ops.revoke(old.keyId) : null;
      if (json) return printJson({ issued, revoked });
      note(
        revoked
          ? `revoked ${old.keyId}`
          : `kept ${old.keyId}: revoke it later with \`pqc-admin keys revoke ${old.keyId}\``,
      );
    });

  return keys;
}
