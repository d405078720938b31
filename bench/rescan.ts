/**
 * The rescan case: a 5,000-finding import over a 5,000-item baseline of the same target
 * (every finding carried: the baseline loaded and locked, 5,000 items superseded with history
 * and audit, 5,000 diff rows) against a plain 5,000-finding import, alternated in the same
 * run so that both see the same machine. Sequential wall-clock times of single requests: an
 * import is one big request, not a throughput case. Goal: rescan ≤ 2× plain (median).
 */
import { BenchTenant, importScan } from './seed';

export interface RescanFigures {
  rounds: number;
  plainMs: number[];
  rescanMs: number[];
  plainMedianMs: number;
  rescanMedianMs: number;
  ratio: number;
}

const ROUNDS = 3;

export async function measureRescan(
  baseUrl: string,
  tenant: BenchTenant,
  findingCount: number,
): Promise<RescanFigures> {
  const target = 'rescan.bench.example';
  await importScan(baseUrl, tenant, findingCount, 'bench: rescan baseline', target);
  const plainMs: number[] = [];
  const rescanMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    plainMs.push(await timed(() => importScan(baseUrl, tenant, findingCount, 'bench: plain')));
    rescanMs.push(
      await timed(() => importScan(baseUrl, tenant, findingCount, 'bench: rescan', target)),
    );
  }
  const plainMedianMs = median(plainMs);
  const rescanMedianMs = median(rescanMs);
  return {
    rounds: ROUNDS,
    plainMs,
    rescanMs,
    plainMedianMs,
    rescanMedianMs,
    ratio: Math.round((rescanMedianMs / plainMedianMs) * 100) / 100,
  };
}

export function printRescan(run: string, figures: RescanFigures): void {
  const verdict = figures.ratio <= 2 ? 'met' : 'MISSED';
  console.log(
    `bench: [${run}] rescan of ${figures.rounds} × 5,000 over a 5,000-item baseline: median ` +
      `${figures.rescanMedianMs} ms vs plain import ${figures.plainMedianMs} ms = ` +
      `${figures.ratio}× (#15 ≤ 2×: ${verdict}); plain ${figures.plainMs.join('/')} ms, ` +
      `rescan ${figures.rescanMs.join('/')} ms`,
  );
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await action();
  return Math.round(Number(process.hrtime.bigint() - start) / 1e6);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
