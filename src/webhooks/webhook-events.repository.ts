import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface EventRow {
  id: string;
  tenantId: string;
  type: string;
  body: string;
  createdAt: Date;
}

/** All SQL on webhook_events (append-only). */
@Injectable()
export class WebhookEventsRepository {
  async insertMany(manager: EntityManager, rows: EventRow[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO webhook_events (id, tenant_id, type, body, created_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.tenantId),
        rows.map((r) => r.type),
        rows.map((r) => r.body),
        rows.map((r) => r.createdAt),
      ],
    );
  }
}
