import { Command, CommanderError } from 'commander';
import { PqcApiError } from '../../client';
import { backlogCommand } from './commands/backlog';
import { keysCommand } from './commands/keys';
import { remediationCommand } from './commands/remediation';
import { scansCommand } from './commands/scans';
import { tenantsCommand } from './commands/tenants';
import { webhooksCommand } from './commands/webhooks';
import {
  CliError,
  EXIT_API,
  EXIT_OK,
  EXIT_USAGE,
  note,
  printApiError,
  UsageError,
} from './context';

const ENVIRONMENT_HELP = `
Environment:
  PQC_API_URL     where the service listens, e.g. https://pqc.example.com
  PQC_ADMIN_KEY   the platform admin key (tenants, keys --tenant)
  PQC_API_KEY     a tenant API key (everything else)

Exit codes: 0 ok, 1 API error (status, error, message and request id on stderr), 2 usage.`;

export function buildProgram(): Command {
  const program = new Command('pqc-admin')
    .description('Admin command-line tool for the PQC remediation service')
    // Every subcommand inherits this (commander copies it when a command is added).
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .option(
      '--api-key <key>',
      'tenant API key, instead of PQC_API_KEY: it lands in your shell history, avoid it',
    )
    .addHelpText('after', ENVIRONMENT_HELP);
  for (const command of [
    tenantsCommand(),
    keysCommand(),
    scansCommand(),
    backlogCommand(),
    remediationCommand(),
    webhooksCommand(),
  ]) {
    program.addCommand(withInheritedSettings(command));
  }
  return program;
}

/** addCommand() does not copy settings the way command() does: exitOverride must reach every level. */
function withInheritedSettings(command: Command): Command {
  command.exitOverride().showHelpAfterError('(add --help for usage)');
  command.commands.forEach(withInheritedSettings);
  return command;
}

/** Runs one invocation and answers its exit code. */
export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  const json = argv.includes('--json');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return exitCodeOf(error, json);
  }
}

function exitCodeOf(error: unknown, json: boolean): number {
  if (error instanceof CommanderError) {
    // Commander printed its message already; --help and --version are successes.
    return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  }
  if (error instanceof UsageError) {
    note(`error: ${error.message}`);
    return EXIT_USAGE;
  }
  if (error instanceof PqcApiError) {
    printApiError(error, json);
    return EXIT_API;
  }
  if (error instanceof CliError) {
    note(`error: ${error.message}`);
    return EXIT_API;
  }
  // fetch() rejects with a TypeError whose cause is the socket error (ECONNREFUSED, ...).
  if (error instanceof TypeError && error.message === 'fetch failed') {
    const cause = (error as TypeError & { cause?: { code?: string; message?: string } }).cause;
    note(`error: cannot reach PQC_API_URL: ${cause?.code ?? cause?.message ?? error.message}`);
    return EXIT_API;
  }
  throw error;
}
