/** Postgres SQLSTATE classes and socket errors that mean "the database is not reachable now". */
const UNAVAILABLE_SQLSTATES = [
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
  '53300',
];
const UNAVAILABLE_SOCKET_CODES = [
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
];
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection is not established',
  'connect ECONNREFUSED',
  'Query read timeout',
  'canceling statement due to statement timeout',
  // TypeORM releases a transaction's query runner as soon as its connection reports an error
  // (e.g. the server terminated it), so the transaction's next query fails with one of these.
  'Database connection provided by a query runner was already released',
  'Query runner already released',
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

function errorChain(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && chain.length < 5) {
    chain.push(current);
    const next = (current as ErrorLike).driverError ?? (current as ErrorLike).cause;
    current = next === current ? undefined : next;
  }
  return chain;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return errorChain(error).some((e) => {
    const code = typeof e.code === 'string' ? e.code : '';
    const message = typeof e.message === 'string' ? e.message : '';
    return (
      UNAVAILABLE_SQLSTATES.includes(code) ||
      UNAVAILABLE_SOCKET_CODES.includes(code) ||
      UNAVAILABLE_MESSAGES.some((m) => message.includes(m))
    );
  });
}

/** SQLSTATE of a Postgres error anywhere in the chain, or null. */
export function sqlState(error: unknown): string | null {
  for (const e of errorChain(error)) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return null;
}
