import { Command } from 'commander';
import { unwrap } from '../../../client';
import { connect, leaf, printJson, wantsJson } from '../context';
import { printFields, printTable } from '../output';

export function tenantsCommand(): Command {
  const tenants = new Command('tenants').description('Tenants (platform admin key: PQC_ADMIN_KEY)');

  leaf(tenants, 'create', 'create a tenant')
    .requiredOption('--name <name>', 'display name')
    .option('--id <tenantId>', '3–64 of a-z 0-9 -; generated when absent')
    .action(async (opts: { name: string; id?: string }, command: Command) => {
      const { client } = connect(command, 'admin');
      const tenant = unwrap(
        await client.POST('/admin/tenants', {
          body: { name: opts.name, ...(opts.id ? { tenantId: opts.id } : {}) },
        }),
      );
      if (wantsJson(command)) return printJson(tenant);
      printFields([
        ['tenant', tenant.tenantId],
        ['name', tenant.name],
        ['created', tenant.createdAt],
      ]);
    });

  leaf(tenants, 'list', 'list tenants').action(async (_opts: object, command: Command) => {
    const { client } = connect(command, 'admin');
    const list = unwrap(await client.GET('/admin/tenants'));
    if (wantsJson(command)) return printJson(list);
    printTable(list.tenants, [
      ['TENANT', (t) => t.tenantId],
      ['NAME', (t) => t.name],
      ['CREATED', (t) => t.createdAt],
    ]);
  });

  return tenants;
}
