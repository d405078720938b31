import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The id of the request being served, wherever the code runs (a service, the Claude caller, a
 * repository), so that every line logged while serving it carries its `requestId`. A string,
 * not a per-request child logger: making a pino child for every request cost more than the rest
 * of a cached request's logging (`npm run bench`'s profiles).
 */
const requestIds = new AsyncLocalStorage<string>();

export function currentRequestId(): string | undefined {
  return requestIds.getStore();
}

/** Runs `next` (Fastify's `done` of the first onRequest hook) and all that follows in the request's context. */
export function runWithRequestId(requestId: string, next: () => void): void {
  requestIds.run(requestId, next);
}
