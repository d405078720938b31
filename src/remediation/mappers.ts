import { toIso } from '../common/pagination';
import { ACTIVE_STATUSES, RemediationItemEntity } from './remediation-item.entity';
import { RemediationHistoryEntity } from './remediation-history.entity';
import { HistoryEntryDto, RemediationItemDto } from './remediation.dto';
import { Sla } from './sla';

export function isOverdue(item: RemediationItemEntity, now = Date.now()): boolean {
  return (
    item.dueAt !== null &&
    new Date(item.dueAt).getTime() < now &&
    ACTIVE_STATUSES.includes(item.status)
  );
}

export function toItemDto(item: RemediationItemEntity): RemediationItemDto {
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
    updatedBy: { keyId: item.updatedByKeyId, label: item.updatedByLabel ?? 'unknown' },
    version: item.version,
  };
}

/** The item with its SLA under the tenant's policy (sla.ts), both read at `now`. */
export function toItemDtoWithSla(
  item: RemediationItemEntity,
  sla: Sla,
  now: Date,
): RemediationItemDto {
  return {
    ...toItemDto(item),
    overdue: isOverdue(item, now.getTime()),
    slaClockStartAt: sla.clockStartAt.toISOString(),
    slaDueAt: toIso(sla.dueAt),
    slaDaysRemaining: sla.daysRemaining,
    slaState: sla.state,
  };
}

export function toHistoryEntryDto(entry: RemediationHistoryEntity): HistoryEntryDto {
  return {
    at: new Date(entry.at).toISOString(),
    actor: { keyId: entry.actorKeyId, label: entry.actorLabel },
    version: entry.version,
    changes: entry.changes,
  };
}
