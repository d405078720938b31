/**
 * Every numeric limit of the crypto vocabulary and of an import, defined once. Other modules
 * import these instead of repeating the numbers.
 */

/** Most findings one scan may hold, whether sent natively or derived from a CBOM. */
export const MAX_FINDINGS_PER_SCAN = 5_000;

/** RSA and finite-field DH under this size are below 112-bit strength (NIST SP 800-131A). */
export const MIN_MODULUS_BITS = 2048;
/** At or under this size a modulus is practically breakable (RSA-1024 ≈ 80-bit, Logjam). */
export const BROKEN_MODULUS_BITS = 1024;
/** Elliptic curves under this size (P-192) are below 112-bit strength. */
export const MIN_CURVE_BITS = 224;
/** RFC 7518: an HS256 key must be at least as long as the hash output. */
export const MIN_HMAC_SECRET_BITS = 256;
/** A certificate expiring within this many days is a finding. */
export const EXPIRY_WARNING_DAYS = 30;
/** Data that must stay secret this long or longer makes classical key exchange urgent now. */
export const LONG_LIVED_DATA_YEARS = 10;
/** Bounds the pattern work on untrusted free text. */
export const MAX_TEXT_CHARS = 8_000;

export const DAY_MS = 86_400_000;
