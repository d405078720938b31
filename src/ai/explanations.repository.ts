import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ExplainerAnswer } from './explainer';

/** All SQL on ai_explanations. */
@Injectable()
export class ExplanationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(tenantId: string, cacheKey: string): Promise<ExplainerAnswer | null> {
    const rows: { answer: ExplainerAnswer }[] = await this.dataSource.query(
      `SELECT answer FROM ai_explanations WHERE tenant_id = $1 AND cache_key = $2`,
      [tenantId, cacheKey],
    );
    return rows[0]?.answer ?? null;
  }

  /** Two identical requests racing both store; the first answer wins, which is fine. */
  async save(tenantId: string, cacheKey: string, answer: ExplainerAnswer): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO ai_explanations (tenant_id, cache_key, source, model, answer)
       VALUES ($1, $2, $3, $4, $5::jsonb)
       ON CONFLICT (tenant_id, cache_key) DO NOTHING`,
      [tenantId, cacheKey, answer.source, answer.model ?? null, JSON.stringify(answer)],
    );
  }
}
