import { randomFillSync } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_CHARS = 16;

/**
 * Random bytes drawn from the kernel 4 KiB at a time: one call per id was a syscall per id, and
 * ids are made on every request (the request id) and several times per write (`npm run bench`'s
 * profiles: 3–6 % of a request's CPU).
 */
const pool = Buffer.alloc(RANDOM_CHARS * 256);
let poolOffset = pool.length;

function randomChunk(): number {
  if (poolOffset + RANDOM_CHARS > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const start = poolOffset;
  poolOffset += RANDOM_CHARS;
  return start;
}

/**
 * A ULID (48-bit time + 80 random bits, Crockford base32): opaque to clients,
 * sortable by creation time for us, and safe to generate on any instance.
 */
export function ulid(now = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const start = randomChunk();
  let random = '';
  for (let i = start; i < start + RANDOM_CHARS; i++) random += CROCKFORD[pool[i] % 32];
  return time + random;
}

export function newId(prefix: string): string {
  return `${prefix}_${ulid()}`;
}

/** How many ids one stem (newIdStem) can complete. */
export const IDS_PER_STEM = CROCKFORD.length;

/**
 * An id without its last character, for rows made together that need ids of their own (the
 * deliveries of one webhook event): completed with the n-th character of the alphabet
 * (idCompletionSql, n = 1..IDS_PER_STEM) it is an id of the usual form. Such ids share their
 * time and 75 random bits, so one random draw serves them all and SQL completes them row by row.
 */
export function newIdStem(prefix: string): string {
  return newId(prefix).slice(0, -1);
}

/** The SQL that completes a stem (newIdStem) with the character of the 1-based `n`. */
export function idCompletionSql(stem: string, n: string): string {
  return `${stem}::text || substr('${CROCKFORD}', (${n})::int, 1)`;
}
