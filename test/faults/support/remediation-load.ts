import { sleep } from './env';
import { remediationId } from './tenant-setup';
import { timedRequest, TimedResponse } from './timed-http';

/** One attempted upsert: which client, which item, the unique notes value it wrote. */
export interface WriteRecord {
  kind: 'write';
  client: number;
  remediationId: string;
  /** 1, 2, 3 ... per item, in the order its (only) client sent them. */
  seq: number;
  notes: string;
  res: TimedResponse;
}

/** One GET of an item right after its client wrote it. */
export interface ReadRecord {
  kind: 'read';
  client: number;
  remediationId: string;
  /** The version of the client's last acknowledged write to this item before this read began. */
  minVersion: number;
  res: TimedResponse;
}

export type LoadRecord = WriteRecord | ReadRecord;

export interface LoadOptions {
  baseUrl: string;
  scanId: string;
  /** Operator keys; client i uses keys[i % keys.length]. */
  keys: string[];
  clients: number;
  itemsPerClient: number;
  /** Pause between iterations of one client, to keep the load steady rather than maximal. */
  pauseMs: number;
  /** Extra pause after a request that got no response (the service is down). */
  failurePauseMs: number;
  /** Bounds, whatever happens: per client iterations, and overall duration. */
  maxIterationsPerClient: number;
  maxDurationMs: number;
  requestTimeoutMs: number;
}

export const writeNotes = (client: number, rid: string, seq: number): string =>
  `load client ${client} ${rid} #${seq}`;

export const isAcked = (res: TimedResponse): boolean => res.status >= 200 && res.status < 300;

/**
 * Steady load on the remediation API: `clients` concurrent loops, each the only writer of its own
 * items (so the last acknowledged value of every item is known), each iteration an upsert with a
 * unique notes value followed by a GET of the same item. Every outcome is recorded.
 */
export class RemediationLoad {
  readonly records: LoadRecord[] = [];
  private stopped = false;
  private loops: Promise<void>[] = [];
  private startedAt = 0;

  constructor(private readonly options: LoadOptions) {}

  /** The items a client owns: client 0 has rem_001..rem_K, client 1 the next K, ... */
  itemsOf(client: number): string[] {
    const k = this.options.itemsPerClient;
    return Array.from({ length: k }, (_, j) => remediationId(client * k + j + 1));
  }

  get writes(): WriteRecord[] {
    return this.records.filter((r): r is WriteRecord => r.kind === 'write');
  }

  get reads(): ReadRecord[] {
    return this.records.filter((r): r is ReadRecord => r.kind === 'read');
  }

  start(): void {
    this.startedAt = Date.now();
    this.loops = Array.from({ length: this.options.clients }, (_, client) => this.loop(client));
  }

  /** Stops every client and waits for its request in flight (each bounded by its own timer). */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops);
  }

  /** Waits (bounded) until `predicate` holds over the records so far. */
  async waitFor(what: string, predicate: (records: LoadRecord[]) => boolean, timeoutMs: number) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (predicate(this.records)) return;
      await sleep(50);
    }
    throw new Error(`load: timed out after ${timeoutMs} ms waiting for ${what}`);
  }

  private async loop(client: number): Promise<void> {
    const o = this.options;
    const items = this.itemsOf(client);
    const seq = new Map(items.map((rid) => [rid, 0]));
    const ackedVersion = new Map(items.map((rid) => [rid, 1]));
    const key = o.keys[client % o.keys.length];
    for (let i = 0; i < o.maxIterationsPerClient; i++) {
      if (this.stopped || Date.now() - this.startedAt > o.maxDurationMs) return;
      const rid = items[i % items.length];
      const n = seq.get(rid)! + 1;
      seq.set(rid, n);
      const notes = writeNotes(client, rid, n);
      const write = await timedRequest(o.baseUrl, 'POST', `/tenant/scans/${o.scanId}/remediation`, {
        key,
        body: { remediationId: rid, status: 'in_progress', owner: `client-${client}`, notes },
        timeoutMs: o.requestTimeoutMs,
      });
      this.records.push({ kind: 'write', client, remediationId: rid, seq: n, notes, res: write });
      if (isAcked(write) && typeof write.body?.item?.version === 'number') {
        ackedVersion.set(rid, write.body.item.version);
      }
      if (this.stopped) return;
      const minVersion = ackedVersion.get(rid)!;
      const read = await timedRequest(
        o.baseUrl,
        'GET',
        `/tenant/scans/${o.scanId}/remediation/${rid}`,
        { key, timeoutMs: o.requestTimeoutMs },
      );
      this.records.push({ kind: 'read', client, remediationId: rid, minVersion, res: read });
      const noResponse = write.status === 0 || read.status === 0;
      await sleep(noResponse ? o.failurePauseMs : o.pauseMs);
    }
  }
}

/** Figures for the report and for assertion messages. */
export function summarise(records: LoadRecord[]) {
  const byStatus: Record<string, number> = {};
  let maxDurationMs = 0;
  for (const r of records) {
    const label = r.res.status ? String(r.res.status) : (r.res.failure ?? 'none');
    byStatus[label] = (byStatus[label] ?? 0) + 1;
    maxDurationMs = Math.max(maxDurationMs, r.res.durationMs);
  }
  const writes = records.filter((r) => r.kind === 'write');
  return {
    requests: records.length,
    writes: writes.length,
    ackedWrites: writes.filter((w) => isAcked(w.res)).length,
    byStatus,
    maxDurationMs,
  };
}
