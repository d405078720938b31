import { isAcked, WriteRecord } from './remediation-load';
import { expectStatus } from './timed-http';

const MAX_PAGES = 500;

export interface HistoryEntry {
  version: number;
  changes: Record<string, { from: unknown; to: unknown }>;
}

export interface AuditEntry {
  action: string;
  targetId: string;
  details: { version?: number } | null;
}

/** Every history entry of an item, oldest first, following the cursor (bounded). */
export async function fullHistory(
  url: string,
  key: string,
  scanId: string,
  rid: string,
): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const body = await expectStatus(
      200,
      url,
      'GET',
      `/tenant/scans/${scanId}/remediation/${rid}/history?limit=500${query}`,
      { key },
    );
    entries.push(...body.entries);
    cursor = body.nextCursor;
    if (!cursor) return entries;
  }
  throw new Error(`history of ${rid} has more than ${MAX_PAGES} pages`);
}

/** The tenant's whole audit log (admin key), following the cursor (bounded). */
export async function fullAuditLog(url: string, adminKey: string): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const body = await expectStatus(200, url, 'GET', `/tenant/audit?limit=200${query}`, {
      key: adminKey,
    });
    entries.push(...body.entries);
    cursor = body.nextCursor;
    if (!cursor) return entries;
  }
  throw new Error(`audit log has more than ${MAX_PAGES} pages`);
}

export interface WriteVerification {
  /** Human-readable problems; the specs expect none. */
  violations: string[];
  itemsChecked: number;
  historyEntries: number;
  ackedWrites: number;
  ackedWritesVerified: number;
  /** Answered with an error status, or refused before reaching the service: must not be applied. */
  rejectedWrites: number;
  /** No answer (timeout, connection lost mid-request): either fully applied or not at all. */
  inDoubtWrites: number;
  inDoubtApplied: number;
}

/** A request that provably never changed anything: an error answer, or a refused connection. */
const isRejected = (w: WriteRecord): boolean =>
  (w.res.status >= 300 && w.res.status !== 0) || w.res.failureReason === 'ECONNREFUSED';

/**
 * Reads back every item the load touched and checks, against what each request was told:
 * - every acknowledged (2xx) write is in the item's history, in the order it was sent;
 * - no rejected write is in it; a write without an answer is either wholly there or absent;
 * - the history holds nothing that was never sent, and no write twice; each change starts from
 *   the value the previous one left (items start with notes null);
 * - version == 1 + history entries, history versions are 2..N+1, the item's notes are the last
 *   history entry's, and equal the last acknowledged value unless a later unanswered write landed;
 * - the audit log has exactly one remediation.updated entry per history entry (same versions).
 */
export async function verifyWrites(
  url: string,
  viewerKey: string,
  tenantAdminKey: string,
  scanId: string,
  writes: WriteRecord[],
): Promise<WriteVerification> {
  const violations: string[] = [];
  const byItem = new Map<string, WriteRecord[]>();
  for (const w of writes) byItem.set(w.remediationId, [...(byItem.get(w.remediationId) ?? []), w]);

  const audit = await fullAuditLog(url, tenantAdminKey);
  const auditVersions = new Map<string, number[]>();
  for (const entry of audit) {
    if (entry.action !== 'remediation.updated') continue;
    const list = auditVersions.get(entry.targetId) ?? [];
    list.push(Number(entry.details?.version));
    auditVersions.set(entry.targetId, list);
  }

  const result: WriteVerification = {
    violations,
    itemsChecked: 0,
    historyEntries: 0,
    ackedWrites: 0,
    ackedWritesVerified: 0,
    rejectedWrites: 0,
    inDoubtWrites: 0,
    inDoubtApplied: 0,
  };

  for (const [rid, sent] of [...byItem.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    result.itemsChecked++;
    const { item } = await expectStatus(
      200,
      url,
      'GET',
      `/tenant/scans/${scanId}/remediation/${rid}`,
      {
        key: viewerKey,
      },
    );
    const history = await fullHistory(url, viewerKey, scanId, rid);
    result.historyEntries += history.length;

    if (item.version !== 1 + history.length) {
      violations.push(`${rid}: version ${item.version} but ${history.length} history entries`);
    }
    const versions = history.map((h) => h.version);
    const expectedVersions = history.map((_, i) => i + 2);
    if (versions.join() !== expectedVersions.join()) {
      violations.push(
        `${rid}: history versions ${versions.join()} are not 2..${history.length + 1}`,
      );
    }
    const audited = (auditVersions.get(`${scanId}/${rid}`) ?? []).sort((a, b) => a - b);
    if (audited.join() !== [...versions].sort((a, b) => a - b).join()) {
      violations.push(
        `${rid}: ${audited.length} remediation.updated audit entries (versions ${audited.join()}) ` +
          `for ${history.length} history entries`,
      );
    }

    const bySeq = new Map(sent.map((w) => [w.notes, w]));
    const appliedNotes = history.map((h) => h.changes.notes?.to);
    let lastSeq = 0;
    for (const [i, notes] of appliedNotes.entries()) {
      const write = typeof notes === 'string' ? bySeq.get(notes) : undefined;
      if (!write) {
        violations.push(
          `${rid}: history entry v${i + 2} has notes ${JSON.stringify(notes)}, never sent`,
        );
        continue;
      }
      if (write.seq <= lastSeq)
        violations.push(`${rid}: write #${write.seq} applied out of order or twice`);
      lastSeq = Math.max(lastSeq, write.seq);
    }
    for (const [i, entry] of history.entries()) {
      const previous = i === 0 ? null : appliedNotes[i - 1];
      if (entry.changes.notes?.from !== previous) {
        violations.push(
          `${rid}: v${entry.version} changed notes from ${JSON.stringify(entry.changes.notes?.from)}, ` +
            `but the previous change left ${JSON.stringify(previous)}`,
        );
      }
    }
    const applied = new Set(appliedNotes);
    let lastAcked: WriteRecord | undefined;
    for (const w of sent) {
      const wasApplied = applied.has(w.notes);
      if (isAcked(w.res)) {
        result.ackedWrites++;
        lastAcked = w;
        if (!wasApplied) {
          violations.push(
            `${rid}: write #${w.seq} was answered ${w.res.status} but is not in the history`,
          );
        } else if (w.res.body?.item?.notes !== w.notes) {
          violations.push(
            `${rid}: write #${w.seq} was answered with notes ${w.res.body?.item?.notes}`,
          );
        } else {
          result.ackedWritesVerified++;
        }
      } else if (isRejected(w)) {
        result.rejectedWrites++;
        if (wasApplied) {
          violations.push(
            `${rid}: write #${w.seq} was refused (${w.res.status || w.res.failureReason}) but applied`,
          );
        }
      } else {
        result.inDoubtWrites++;
        if (wasApplied) result.inDoubtApplied++;
      }
    }

    const lastApplied = appliedNotes[appliedNotes.length - 1] ?? null;
    if (item.notes !== lastApplied) {
      violations.push(
        `${rid}: notes ${JSON.stringify(item.notes)} but the last change set ${JSON.stringify(lastApplied)}`,
      );
    }
    if (lastAcked && item.notes !== lastAcked.notes) {
      const later = sent.find((w) => w.notes === item.notes);
      if (!later || later.seq < lastAcked.seq || isAcked(later.res) || isRejected(later)) {
        violations.push(
          `${rid}: notes ${JSON.stringify(item.notes)}, expected the last acknowledged ${lastAcked.notes}`,
        );
      }
    }
  }
  return result;
}
