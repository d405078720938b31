/**
 * The export case (#11): a 5,000-item scan, then the 50,000-item scan, exported as NDJSON (then
 * both as CSV), one request each, timed, with the service's RSS sampled every 50 ms throughout.
 * A streamed export's memory does not grow with the size of the export: the peak during the
 * large one may exceed the service's working peak by at most EXPORT_GROWTH_MB; the whole result
 * held in memory would take hundreds of MB. The working peak is the higher of the load cases'
 * peak RSS (the same run, before the export) and the small export's peak: an RSS read just
 * before the export may follow a garbage collection that released more than the export ever
 * needs back, and compared with it the verdict missed about once per run.
 */
import { Check } from './report';
import { readMemoryMb, resetPeak, round1, RssSampler } from './memory';

export const EXPORT_GROWTH_MB = 50;
const EXPORT_TIMEOUT_MS = 120_000;

export interface ExportScan {
  scanId: string;
  items: number;
}

export interface ExportFigures {
  format: 'ndjson' | 'csv';
  small: { items: number; ms: number; peakRssMb: number };
  items: number;
  rows: number;
  bytes: number;
  ms: number;
  rssBeforeMb: number | null;
  peakRssMb: number | null;
  /** The higher of the load cases' peak RSS and the small export's peak. */
  baselineMb: number | null;
  loadPeakMb: number | null;
  growthMb: number | null;
  checks: Check[];
}

interface OneExport {
  status: number;
  rows: number;
  bytes: number;
  ms: number;
  rssBeforeMb: number | null;
  peakRssMb: number;
}

async function exportOnce(
  baseUrl: string,
  apiKey: string,
  pid: number,
  scanId: string,
  format: 'ndjson' | 'csv',
): Promise<OneExport> {
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
  return {
    status,
    // CSV: the header row first.
    rows: format === 'csv' ? lines - 1 : lines,
    bytes,
    ms,
    rssBeforeMb: before === null ? null : round1(before),
    peakRssMb: round1(hwm === null ? sampled.maxMb : Math.max(hwm, sampled.maxMb)),
  };
}

export async function measureExport(
  baseUrl: string,
  apiKey: string,
  pid: number,
  scans: { small: ExportScan; large: ExportScan },
  format: 'ndjson' | 'csv',
  /** The highest peak RSS of the run's load cases; null when unknown (then the RSS before). */
  loadPeakMb: number | null,
): Promise<ExportFigures> {
  const small = await exportOnce(baseUrl, apiKey, pid, scans.small.scanId, format);
  const large = await exportOnce(baseUrl, apiKey, pid, scans.large.scanId, format);
  const items = scans.large.items;
  const working = loadPeakMb ?? large.rssBeforeMb;
  const baseline = working === null ? null : round1(Math.max(working, small.peakRssMb));
  const growth = baseline === null ? null : round1(large.peakRssMb - baseline);
  const checks: Check[] = [
    {
      name: 'rows',
      target: `HTTP 200, ${items.toLocaleString('en-US')} rows`,
      actual: `${large.status}, ${large.rows}`,
      met: large.status === 200 && large.rows === items && small.rows === scans.small.items,
    },
    {
      name: 'flat memory',
      target: `#11 peak RSS − max(load cases' peak, small export's peak) ≤ ${EXPORT_GROWTH_MB} MB`,
      actual: growth === null ? 'n/a' : `${growth} MB`,
      met: growth === null ? null : growth <= EXPORT_GROWTH_MB,
    },
  ];
  return {
    format,
    small: { items: scans.small.items, ms: small.ms, peakRssMb: small.peakRssMb },
    items,
    rows: large.rows,
    bytes: large.bytes,
    ms: large.ms,
    rssBeforeMb: large.rssBeforeMb,
    peakRssMb: large.peakRssMb,
    baselineMb: baseline,
    loadPeakMb,
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
    `${f.ms} ms, ${f.rows} rows, ${round1(f.bytes / 1024 / 1024)} MB; service RSS peak during ` +
    `a ${f.small.items.toLocaleString('en-US')}-item export just before ${f.small.peakRssMb} MB ` +
    `(${f.small.ms} ms), load cases' peak ${f.loadPeakMb ?? 'n/a'} MB, RSS before ` +
    `${f.rssBeforeMb ?? 'n/a'} MB, peak during ` +
    `${f.peakRssMb ?? 'n/a'} MB ` +
    `(${checkText(f.checks)})`
  );
}

export function checkText(checks: Check[]): string {
  return checks
    .map((c) => `${c.target}: ${c.actual}, ${c.met === null ? 'info' : c.met ? 'met' : 'MISSED'}`)
    .join('; ');
}
