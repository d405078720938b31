import { actorView } from '../common/auth/principal';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditEntryDto } from './audit.dto';

export function toAuditEntryDto(entry: AuditEntryEntity): AuditEntryDto {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    actor: actorView(entry.actorType, entry.actorKeyId, entry.actorLabel),
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    details: entry.details,
  };
}
