/** The console output: the table, then what explains it (plans, service warnings, profiles). */
import { bulkLine } from './backlog';
import { exportLine } from './export';
import { pgbenchLine } from './pgbench';
import {
  CaseResult,
  compareRuns,
  missedChecks,
  renderComparison,
  renderTable,
  RunSummary,
  TARGETS,
} from './report';
import { printRescan } from './rescan';
import { webhookLine } from './webhooks';

export function printReport(
  results: CaseResult[],
  summaries: RunSummary[],
  jsonFile: string,
  totalSec: number,
) {
  console.log('');
  for (const s of summaries) console.log(`${s.run}: ${s.description}`);
  console.log('');
  console.log(renderTable(results, summaries));
  console.log('');
  const rss = TARGETS.peakRssMb.map((t) => `${t.issue} ≤ ${t.max} MB`).join(', ');
  console.log(
    `Figures: the median of the measured windows per case, (min–max) over them. Targets: no ` +
      `non-2xx/errors on any row; service peak RSS ${rss} (VmHWM, reset per case, and sampled ` +
      'VmRSS); flat = small ÷ large req/s at equal concurrency; the ratios to the reference are ' +
      'verdicts for the server run only (the reference runs on the server database).',
  );
  const comparison = compareRuns(results, summaries);
  if (comparison.length > 0) console.log(`\n${renderComparison(comparison)}`);
  for (const s of summaries.filter((x) => x.sameJson)) {
    const pages = Object.entries(s.sameJson!).map(([page, same]) => `${page} ${same}`);
    console.log(`\nreference pages against the service's JSON: ${pages.join('; ')}`);
  }
  for (const s of summaries.filter((x) => x.postgres)) {
    console.log(
      `${s.run}: PostgreSQL processes peak ${s.postgres!.peakMb} MB (sum of PSS over up to ` +
        `${s.postgres!.processes} processes; apart from the service's RSS above)`,
    );
  }
  printSingleRequestCases(results, summaries);
  printServiceOutput(summaries);
  printPlans(summaries);
  printProfiles(results);
  console.log(`\nResults: ${jsonFile}   total ${totalSec} s`);
}

/** Rescan, export and webhooks: timed request by request, so not rows of the table. */
function printSingleRequestCases(results: CaseResult[], summaries: RunSummary[]): void {
  console.log('');
  for (const s of summaries) {
    if (s.bulk) console.log(bulkLine(s.run, s.bulk));
    if (s.rescan) printRescan(s.run, s.rescan);
    for (const figures of s.exports ?? []) console.log(exportLine(s.run, figures));
    if (s.webhooks) console.log(webhookLine(s.run, s.webhooks));
    if (s.pgbench) {
      const rps = (run: string, id: string) =>
        results.find((r) => r.run === run && r.id === id)?.figures.requestsPerSec;
      console.log(
        pgbenchLine(s.pgbench, rps('server', 'upsert'), rps('reference', 'reference-upsert')),
      );
    }
  }
}

function printServiceOutput(summaries: RunSummary[]): void {
  for (const s of summaries.filter((x) => x.warningLines > 0)) {
    console.log(`\n${s.run}: ${s.warningLines} warning/error lines in its output; the last lines:`);
    console.log(s.outputTail.split('\n').slice(-5).join('\n'));
  }
}

/** The access path and the timings are what matter; the whole plan is in the JSON. */
function printPlans(summaries: RunSummary[]): void {
  for (const s of summaries) {
    for (const [scan, plan] of Object.entries(s.queuePlans ?? {})) {
      const access = plan.find((l) => /Scan|Sort /.test(l))?.replace(/^[\s->]+/, '');
      const timing = plan.filter((l) => /Execution Time/.test(l)).map((l) => l.trim());
      console.log(`queue page plan (${s.run}, ${scan}): ${access} | ${timing.join(', ')}`);
    }
  }
}

function printProfiles(results: CaseResult[]): void {
  for (const r of results) {
    if (!r.profile || missedChecks(r.checks).length === 0) continue;
    console.log(
      `\nCPU profile, [${r.run}] ${r.label} (${r.profile.file}), idle ${r.profile.idlePercent}%:`,
    );
    console.log(
      '  by area:  ' +
        r.profile.byArea
          .slice(0, 8)
          .map((s) => `${s.name} ${s.percent}%`)
          .join(', '),
    );
    for (const fn of r.profile.topFunctions.slice(0, 10)) {
      const caller = fn.topCaller ? `  <- ${fn.topCaller}` : '';
      console.log(`  ${String(fn.percent).padStart(5)}%  ${fn.name}${caller}`);
    }
  }
}
