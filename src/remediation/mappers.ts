import { actorView } from '../common/auth/principal';
import { toIso } from '../common/pagination';
import { ACTIVE_STATUSES, RemediationItemEntity } from './remediation-item.entity';
import { RemediationHistoryEntity } from './remediation-history.entity';
import { HistoryEntryDto, ItemRefDto, RemediationItemDto } from './remediation.dto';
import { Sla, SlaRules, slaOf } from './sla';

export function isOverdue(item: RemediationItemEntity, now = Date.now()): boolean {
  return (
    item.dueAt !== null &&
    new Date(item.dueAt).getTime() < now &&
    ACTIVE_STATUSES.includes(item.status)
  );
}

function ref(scanId: string | null, remediationId: string | null): ItemRefDto | null {
  return scanId && remediationId ? { scanId, remediationId } : null;
}

/** The item's own fields; every route adds its SLA (withSla). */
function toItemDto(
  item: RemediationItemEntity,
): Omit<RemediationItemDto, 'slaClockStartAt' | 'slaDueAt' | 'slaDaysRemaining' | 'slaState'> {
  return {
    remediationId: item.remediationId,
    scanId: item.scanId,
    findingId: item.findingId,
    assetId: item.assetId,
    title: item.title,
    severity: item.severity,
    status: item.status,
    owner: item.owner,
    notes: item.notes,
    targetDate: item.targetDate,
    overdue: isOverdue(item),
    resolvedAt: toIso(item.resolvedAt),
    createdAt: item.createdAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
    updatedBy: actorView(
      item.updatedByKeyId ? 'key' : item.updatedByLabel === 'platform-admin' ? 'admin' : 'system',
      item.updatedByKeyId,
      item.updatedByLabel ?? 'unknown',
    ),
    version: item.version,
    fingerprint: item.fingerprint,
    fingerprintQuality: item.fingerprintQuality,
    firstSeenAt: new Date(item.firstSeenAt).toISOString(),
    carriedFrom: ref(item.carriedFromScanId, item.carriedFromRemediationId),
    supersededBy: ref(item.supersededByScanId, item.supersededByRemediationId),
    duplicateOf: ref(item.duplicateOfRemediationId && item.scanId, item.duplicateOfRemediationId),
    regression: item.regression,
    reopenCount: item.reopenCount,
    verification: {
      state: item.verificationState,
      verifyScanId: item.verificationScanId,
      checkedAt: toIso(item.verificationCheckedAt),
    },
  };
}

/** The item with its SLA under the tenant's policy (sla.ts), both read at `now`. */
function toItemDtoWithSla(item: RemediationItemEntity, sla: Sla, now: Date): RemediationItemDto {
  return {
    ...toItemDto(item),
    overdue: isOverdue(item, now.getTime()),
    slaClockStartAt: sla.clockStartAt.toISOString(),
    slaDueAt: toIso(sla.dueAt),
    slaDaysRemaining: sla.daysRemaining,
    slaState: sla.state,
  };
}

/** The item as every route returns it: its SLA read under the tenant's policy at `now`. */
export function withSla(
  item: RemediationItemEntity,
  rules: SlaRules,
  now: Date,
): RemediationItemDto {
  return toItemDtoWithSla(item, slaOf(item, rules, now), now);
}

export function toHistoryEntryDto(entry: RemediationHistoryEntity): HistoryEntryDto {
  return {
    at: new Date(entry.at).toISOString(),
    actor: actorView(entry.actorType, entry.actorKeyId, entry.actorLabel),
    version: entry.version,
    changes: entry.changes,
    bulkId: entry.bulkId ?? null,
  };
}
