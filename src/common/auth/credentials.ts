import { createHash } from 'node:crypto';
import { FastifyRequest } from 'fastify';

export type CredentialSource = 'bearer' | 'x-api-key' | 'query';

export interface PresentedCredential {
  secret: string;
  /** SHA-256 of the secret, hex: what rate limits count by and what key lookups use. */
  hash: string;
  source: CredentialSource;
}

const CACHE = Symbol('presentedCredential');
type RequestWithCredential = FastifyRequest & { [CACHE]?: PresentedCredential | null };

/**
 * The key a request presents, from `Authorization: Bearer`, then `x-api-key`, then the
 * `api_key` query parameter (contract §1). Computed once per request.
 */
export function presentedCredential(
  request: FastifyRequest,
  allowQuery = true,
): PresentedCredential | null {
  const req = request as RequestWithCredential;
  if (req[CACHE] === undefined) req[CACHE] = readCredential(request);
  const found = req[CACHE];
  return found && (allowQuery || found.source !== 'query') ? found : null;
}

function readCredential(request: FastifyRequest): PresentedCredential | null {
  const found = readSecret(request);
  return found ? { ...found, hash: sha256Hex(found.secret) } : null;
}

function readSecret(request: FastifyRequest): Omit<PresentedCredential, 'hash'> | null {
  const authorization = request.headers.authorization;
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (match) return { secret: match[1], source: 'bearer' };
  }
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header.trim()) {
    return { secret: header.trim(), source: 'x-api-key' };
  }
  const query = (request.query as Record<string, unknown> | undefined)?.api_key;
  if (typeof query === 'string' && query.trim()) return { secret: query.trim(), source: 'query' };
  return null;
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}
