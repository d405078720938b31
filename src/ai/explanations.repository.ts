import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ExplainerAnswer } from './explainer';

const MEMO_SIZE = 2_000;

/**
 * All SQL on ai_explanations, behind a small in-process memo. Cached answers never change
 * once stored (the first one wins), so an instance may keep them without asking Postgres
 * again; the database is what makes them shared between instances and restarts.
 */
@Injectable()
export class ExplanationsRepository {
  private readonly memo = new Map<string, ExplainerAnswer>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(tenantId: string, cacheKey: string): Promise<ExplainerAnswer | null> {
    const remembered = this.recall(tenantId, cacheKey);
    if (remembered) return remembered;
    const rows: { answer: ExplainerAnswer }[] = await this.dataSource.query(
      `SELECT answer FROM ai_explanations WHERE tenant_id = $1 AND cache_key = $2`,
      [tenantId, cacheKey],
    );
    const answer = rows[0]?.answer ?? null;
    if (answer) this.remember(tenantId, cacheKey, answer);
    return answer;
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

  /** From this instance's memo only: no SQL. */
  recall(tenantId: string, cacheKey: string): ExplainerAnswer | null {
    return this.memo.get(`${tenantId}:${cacheKey}`) ?? null;
  }

  /** In this instance's memo only (the oldest entry goes when it is full): no SQL. */
  remember(tenantId: string, cacheKey: string, answer: ExplainerAnswer): void {
    if (this.memo.size >= MEMO_SIZE) this.memo.delete(this.memo.keys().next().value!);
    this.memo.set(`${tenantId}:${cacheKey}`, answer);
  }
}
