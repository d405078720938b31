import { describeRecords, envelopeProblems, staleReads } from './support/checks';
import { faultEnv, randomAdminKey, sleep } from './support/env';
import { PostgresControl } from './support/postgres-control';
import { isAcked, LoadRecord, RemediationLoad, summarise } from './support/remediation-load';
import { ServiceProcess, stopAll } from './support/service-process';
import { prepareServiceUnderLoad } from './support/service-under-load';
import { verifyWrites, WriteVerification } from './support/verify-writes';

/**
 * The service process killed with SIGKILL in the middle of steady write load (no shutdown hook,
 * transactions cut off wherever they were), then started again on the same port and database.
 */
const CLIENTS = 20;
const ITEMS_PER_CLIENT = 2;
const MAX_REQUEST_MS = 10_000;

const env = faultEnv();
const adminKey = randomAdminKey();
const postgres = new PostgresControl(env.databaseUrl);

let service: ServiceProcess | undefined;
let load: RemediationLoad | undefined;
let scanId: string;
let viewerKey: string;
let tenantAdminKey: string;

let records: LoadRecord[] = [];
let killedAt = 0;
let restartedAt = 0;
let firstPid: number | undefined;
let secondPid: number | undefined;
let killSignal: string | null = null;
let verification: WriteVerification;

describe('SIGKILL of the service mid-load (real process, server PostgreSQL)', () => {
  beforeAll(async () => {
    ({ service, load, scanId, viewerKey, tenantAdminKey } = await prepareServiceUnderLoad(
      env,
      adminKey,
      postgres,
      {
        label: 'sigkill',
        clients: CLIENTS,
        itemsPerClient: ITEMS_PER_CLIENT,
        pauseMs: 10,
        failurePauseMs: 50,
        requestTimeoutMs: MAX_REQUEST_MS + 5_000,
      },
    ));
    firstPid = service.pid;
    try {
      load.start();
      await load.waitFor(
        '300 acknowledged writes before the kill',
        (rs) => rs.filter((r) => r.kind === 'write' && isAcked(r.res)).length >= 300,
        20_000,
      );
      killedAt = Date.now();
      await service.kill('SIGKILL');
      killSignal = service.isRunning ? null : 'SIGKILL';
      await sleep(500); // clients meet a closed port for a moment
      await service.restart();
      restartedAt = Date.now();
      secondPid = service.pid;
      await load.waitFor(
        'an acknowledged write after the restart',
        (rs) =>
          rs.some((r) => r.kind === 'write' && isAcked(r.res) && r.res.startedAt >= restartedAt),
        15_000,
      );
      await sleep(2_000);
    } finally {
      await load.stop();
    }
    records = load.records;
    verification = await verifyWrites(service.url, viewerKey, tenantAdminKey, scanId, load.writes);
    console.log(
      JSON.stringify(
        {
          spec: 'sigkill',
          ...summarise(records),
          ackedBeforeKill: ackedBeforeKill().length,
          inFlightAtKill: inFlightAtKill().length,
          restartMs: restartedAt - killedAt,
          verification: { ...verification, violations: verification.violations.slice(0, 10) },
        },
        null,
        2,
      ),
    );
  }, 120_000);

  afterAll(async () => {
    try {
      await load?.stop();
    } finally {
      await stopAll([service]);
    }
  }, 60_000);

  const ackedBeforeKill = () =>
    (load?.writes ?? []).filter((w) => isAcked(w.res) && w.res.endedAt <= killedAt);
  const inFlightAtKill = () =>
    (load?.writes ?? []).filter((w) => w.res.startedAt < killedAt && w.res.endedAt >= killedAt);

  it('really killed the process and served again from a new one', () => {
    expect(killSignal).toBe('SIGKILL');
    expect(secondPid).toBeDefined();
    expect(secondPid).not.toBe(firstPid);
    const afterRestart = records.filter((r) => r.res.startedAt >= restartedAt + 500);
    expect(afterRestart.length).toBeGreaterThan(20);
    expect(describeRecords(afterRestart.filter((r) => !isAcked(r.res)))).toBe('');
  });

  it('keeps every write acknowledged before the kill', () => {
    const acked = ackedBeforeKill();
    expect(acked.length).toBeGreaterThanOrEqual(300);
    expect(verification.violations).toEqual([]);
    expect(verification.ackedWritesVerified).toBe(verification.ackedWrites);
    expect(verification.ackedWrites).toBeGreaterThanOrEqual(acked.length);
  });

  it('leaves no write half-applied: version is 1 + history entries for every item touched', () => {
    // verifyWrites: version == 1 + history, versions 2..N+1, audit entries == history entries,
    // notes == the last change; writes cut off by the kill are wholly there or wholly absent.
    expect(verification.violations).toEqual([]);
    expect(verification.itemsChecked).toBe(CLIENTS * ITEMS_PER_CLIENT);
    expect(verification.historyEntries).toBe(
      verification.ackedWrites + verification.inDoubtApplied,
    );
  });

  it('answers nothing but 2xx while up: no 500, no hang, a refused connection while down', () => {
    const answeredErrors = records.filter((r) => r.res.status !== 0 && !isAcked(r.res));
    expect(describeRecords(answeredErrors)).toBe('');
    expect(envelopeProblems(records)).toEqual([]);
    expect(Math.max(...records.map((r) => r.res.durationMs))).toBeLessThanOrEqual(MAX_REQUEST_MS);
    // Requests that got no answer are only those cut off by the kill or sent while it was down.
    const unanswered = records.filter((r) => r.res.status === 0);
    const outsideTheGap = unanswered.filter(
      (r) => r.res.endedAt < killedAt || r.res.startedAt > restartedAt,
    );
    expect(describeRecords(outsideTheGap)).toBe('');
    expect(staleReads(load!.reads)).toEqual([]);
  });
});
