import { randomBytes } from 'node:crypto';

/** The servers the fault suite runs against. jest.config.js already refuses to start without them. */
export interface FaultEnv {
  databaseUrl: string;
  redisUrl: string;
}

export function faultEnv(): FaultEnv {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  const redisUrl = process.env.REDIS_URL?.trim();
  if (!databaseUrl || !redisUrl) {
    throw new Error('The fault suite needs DATABASE_URL (PostgreSQL server) and REDIS_URL.');
  }
  return { databaseUrl, redisUrl };
}

/** A fresh platform admin key per spec: rate-limit counters in Redis outlive a run by a minute. */
export function randomAdminKey(): string {
  return `fault-admin-${randomBytes(16).toString('hex')}`;
}

export function uniqueId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
