import { Command, Option } from 'commander';
import { readFile } from 'node:fs/promises';
import { Schemas, unwrap } from '../../../client';
import { connect, leaf, positiveInt, printJson, UsageError, wantsJson } from '../context';
import { formatBytes, printFields, printTable, Progress } from '../output';

type ImportBody = Schemas['ImportScanDto'];
type ImportedScan = Schemas['ScanResponseDto'];

/** Native `{findings: [...]}` or a bare array, or a CycloneDX CBOM, told apart by their shape. */
export function importBody(file: string, document: unknown): ImportBody {
  if (Array.isArray(document)) return { findings: document as ImportBody['findings'] };
  if (typeof document === 'object' && document !== null) {
    const doc = document as Record<string, unknown>;
    if (doc.bomFormat === 'CycloneDX') return { cbom: doc };
    if (Array.isArray(doc.findings)) {
      return {
        findings: doc.findings as ImportBody['findings'],
        ...(typeof doc.target === 'string' ? { target: doc.target } : {}),
        ...(typeof doc.label === 'string' ? { label: doc.label } : {}),
      };
    }
  }
  throw new UsageError(
    `${file}: neither native findings ({"findings": [...]} or an array) nor a CycloneDX CBOM ("bomFormat": "CycloneDX")`,
  );
}

async function readDocument(file: string): Promise<{ document: unknown; bytes: number }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return { document: JSON.parse(text), bytes: Buffer.byteLength(text) };
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

interface ImportOptions {
  target?: string;
  label?: string;
  baseline?: string;
  coverage?: 'partial' | 'complete';
}

export function scansCommand(): Command {
  const scans = new Command('scans').description('Scans of the tenant of PQC_API_KEY');

  leaf(scans, 'import <file>', 'import a finished scan: native JSON or a CycloneDX CBOM')
    .option('--target <target>', 'what was scanned (host:port, service, repository)')
    .option('--label <label>', 'a name for this scan')
    .option('--baseline <auto|none|scanId>', 'what to compare against (auto when --target is set)')
    .addOption(
      new Option('--coverage <coverage>', 'complete: the scan looked everywhere').choices([
        'partial',
        'complete',
      ]),
    )
    .action(async (file: string, opts: ImportOptions, command: Command) => {
      const { document, bytes } = await readDocument(file);
      const body: ImportBody = importBody(file, document);
      if (opts.target !== undefined) body.target = opts.target;
      if (opts.label !== undefined) body.label = opts.label;
      if (opts.baseline !== undefined) body.baselineScanId = opts.baseline;
      if (opts.coverage !== undefined) body.coverage = opts.coverage;
      const { client } = connect(command, 'tenant');
      const count = body.findings ? `${body.findings.length} findings` : 'CBOM';
      const progress = new Progress(`importing ${count} (${formatBytes(bytes)})`);
      let result: ImportedScan;
      try {
        result = unwrap(await client.POST('/tenant/scans', { body }));
      } finally {
        progress.done();
      }
      if (wantsJson(command)) return printJson(result);
      printImported(result.scan);
    });

  leaf(scans, 'list', 'the newest scans')
    .option('--limit <n>', '1–100', positiveInt(100), 25)
    .action(async (opts: { limit: number }, command: Command) => {
      const { client } = connect(command, 'tenant');
      const list = unwrap(
        await client.GET('/tenant/scans', { params: { query: { limit: opts.limit } } }),
      );
      if (wantsJson(command)) return printJson(list);
      printTable(list.scans, [
        ['SCAN', (s) => s.scanId],
        ['TARGET', (s) => s.target],
        ['LABEL', (s) => s.label],
        ['CREATED', (s) => s.createdAt],
        ['FINDINGS', (s) => s.findingCount],
        ['READINESS', (s) => `${s.readinessScore} ${s.readinessBand}`],
        ['OPEN', (s) => s.openRemediationCount],
      ]);
    });

  return scans;
}

function printImported(scan: ImportedScan['scan']): void {
  printFields([
    ['scan', scan.scanId],
    ['target', scan.target],
    ['label', scan.label],
    ['format', scan.format],
    ['findings', scan.findingCount],
    ['readiness', `${scan.readinessScore} (${scan.readinessBand})`],
  ]);
  if (scan.rescan) {
    const c = scan.rescan.counts;
    printFields([
      ['baseline', scan.baselineScanId],
      ['coverage', scan.rescan.coverage],
      [
        'rescan',
        `new ${c.new}, carried ${c.carried}, fixed ${c.fixed}, reopened ${c.reopened}, not observed ${c.notObserved}, duplicates ${c.duplicates}`,
      ],
    ]);
  }
}
