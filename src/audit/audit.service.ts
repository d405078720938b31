import { Injectable } from '@nestjs/common';
import { decodeCursor, toPage } from '../common/pagination';
import { AuditPageDto } from './audit.dto';
import { AuditRepository } from './audit.repository';
import { toAuditEntryDto } from './mappers';

const MAX_BIGINT = 9_223_372_036_854_775_807n;

/** A position audit_log.id (bigint) can hold; larger ones would fail in SQL, not here. */
const isAuditCursor = (value: unknown): value is { before: string } =>
  typeof (value as { before?: unknown })?.before === 'string' &&
  /^\d{1,19}$/.test((value as { before: string }).before) &&
  BigInt((value as { before: string }).before) <= MAX_BIGINT;

@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  /** Newest first, keyset paged on the entry id. */
  async page(tenantId: string, limit = 50, cursor?: string): Promise<AuditPageDto> {
    const before = cursor ? decodeCursor(cursor, isAuditCursor).before : null;
    const rows = await this.audit.page(tenantId, limit + 1, before);
    const page = toPage(rows, limit, (last) => ({ before: last.id }));
    return {
      count: page.rows.length,
      entries: page.rows.map(toAuditEntryDto),
      nextCursor: page.nextCursor,
    };
  }
}
