/**
 * The export case: the 50,000-item scan exported as NDJSON and as CSV, one request each,
 * timed, with the service's RSS sampled every 50 ms throughout. A streamed export keeps the
 * memory flat: the peak during the export may exceed the RSS just before it by at most
 * EXPORT_GROWTH_MB (the whole result in memory would take hundreds of MB).
 */
import { Check } from './report';
import { readMemoryMb, resetPeak, round1, RssSampler } from './memory';

export const EXPORT_GROWTH_MB = 50;
const EXPORT_TIMEOUT_MS = 120_000;

export interface ExportFigures {
  format: 'ndjson' | 'csv';
  items: number;
  rows: number;
  bytes: number;
  ms: number;
  rssBeforeMb: number | null;
  peakRssMb: number | null;
  growthMb: number | null;
  checks: Check[];
}

export async function measureExport(
  baseUrl: string,
  apiKey: string,
  pid: number,
  scanId: string,
  items: number,
  format: 'ndjson' | 'csv',
): Promise<ExportFigures> {
  const before = readMemoryMb(pid, 'VmRSS');
  resetPeak(pid);
  const sampler = new RssSampler(pid, 50);
  sampler.start();
  const start = process.hrtime.bigint();
  const { lines, bytes, status } = await download(
    `${baseUrl}/tenant/remediation/export?format=${format}&scanId=${scanId}`,
    apiKey,
  );
  const ms = Math.round(Number(process.hrtime.bigint() - start) / 1e6);
  const sampled = sampler.stop();
  const hwm = readMemoryMb(pid, 'VmHWM');
  const peak = hwm === null ? sampled.maxMb : Math.max(hwm, sampled.maxMb);
  // CSV: the header row first.
  const rows = format === 'csv' ? lines - 1 : lines;
  const growth = before === null ? null : round1(peak - before);
  const checks: Check[] = [
    {
      name: 'rows',
      target: `HTTP 200, ${items.toLocaleString('en-US')} rows`,
      actual: `${status}, ${rows}`,
      met: status === 200 && rows === items,
    },
    {
      name: 'flat memory',
      target: `peak RSS − RSS before ≤ ${EXPORT_GROWTH_MB} MB`,
      actual: growth === null ? 'n/a' : `${growth} MB`,
      met: growth === null ? null : growth <= EXPORT_GROWTH_MB,
    },
  ];
  return {
    format,
    items,
    rows,
    bytes,
    ms,
    rssBeforeMb: before === null ? null : round1(before),
    peakRssMb: round1(peak),
    growthMb: growth,
    checks,
  };
}

/** Reads the body as it arrives, counting lines: the bench holds no more of it than the service. */
async function download(url: string, apiKey: string) {
  const res = await fetch(url, {
    headers: { 'x-api-key': apiKey },
    signal: AbortSignal.timeout(EXPORT_TIMEOUT_MS),
  });
  let lines = 0;
  let bytes = 0;
  let last = 0x0a;
  for await (const chunk of res.body ?? []) {
    const data = chunk as Uint8Array;
    bytes += data.length;
    for (const byte of data) if (byte === 0x0a) lines += 1;
    if (data.length > 0) last = data[data.length - 1];
  }
  // A last line without its newline still counts.
  if (bytes > 0 && last !== 0x0a) lines += 1;
  return { lines, bytes, status: res.status };
}

export function exportLine(run: string, f: ExportFigures): string {
  return (
    `bench: [${run}] export of ${f.items.toLocaleString('en-US')} items as ${f.format}: ` +
    `${f.ms} ms, ${f.rows} rows, ${round1(f.bytes / 1024 / 1024)} MB; service RSS before ` +
    `${f.rssBeforeMb ?? 'n/a'} MB, peak during ${f.peakRssMb ?? 'n/a'} MB ` +
    `(${checkText(f.checks)})`
  );
}

export function checkText(checks: Check[]): string {
  return checks
    .map((c) => `${c.target}: ${c.actual}, ${c.met === null ? 'info' : c.met ? 'met' : 'MISSED'}`)
    .join('; ');
}
