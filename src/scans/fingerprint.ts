import { createHash } from 'node:crypto';
import { classify, CryptoFacts } from '../crypto/classify';

/** Bumped whenever what goes into the identity changes, so old and new never collide. */
export const FINGERPRINT_VERSION = 'fp1_';

export type FingerprintQuality = 'strong' | 'weak';

export interface FindingIdentity {
  fingerprint: string;
  quality: FingerprintQuality;
  /** The normalised location key; null when the finding has none (a weak fingerprint). */
  location: string | null;
}

/** Where a finding is: what makes two scans' findings the same thing. */
export interface LocationFacts {
  assetId?: string | null;
  host?: string | null;
  port?: number | null;
  /** A CBOM occurrence's file path (a line or offset suffix is dropped). */
  path?: string | null;
}

/**
 * The identity of a finding across scans: location + weakness type + algorithm family.
 * Titles, key sizes within a weakness class, serials, validity dates, severities and scanner
 * ids are evidence, so they never reach the hash. A scanner's own stable id wins.
 */
export function identityOf(
  facts: CryptoFacts,
  where: LocationFacts,
  scannerFingerprint?: string | null,
): FindingIdentity {
  const location = locationKey(where);
  if (scannerFingerprint) {
    // The scanner's id names the item; without a location a scan still cannot prove it gone.
    const quality = location === null ? 'weak' : 'strong';
    return { fingerprint: hash(`scanner|${scannerFingerprint}`), quality, location };
  }
  const { type, family } = weaknessOf(facts);
  if (location === null) {
    // Without a location only the weakness and the wording tell findings apart.
    const title = (facts.title ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
    return { fingerprint: hash(`none|${type}|${family}|${title}`), quality: 'weak', location };
  }
  return { fingerprint: hash(`${location}|${type}|${family}`), quality: 'strong', location };
}

/** Validity dates are evidence: classify without them, unless expiry is all there is. */
function weaknessOf(facts: CryptoFacts): { type: string; family: string } {
  const timeless = classify({ ...facts, notAfter: undefined });
  if (timeless.findingType === 'unknown' || timeless.findingType === 'acceptable_algorithm') {
    const dated = classify(facts);
    if (dated.findingType !== timeless.findingType) {
      return { type: dated.findingType, family: dated.algorithmFamily ?? '-' };
    }
  }
  return { type: timeless.findingType, family: timeless.algorithmFamily ?? '-' };
}

export function locationKey(where: LocationFacts): string | null {
  const assetId = where.assetId?.trim().toLowerCase();
  if (assetId) return `asset:${assetId}`;
  const host = normaliseHost(where.host);
  if (host) return where.port == null ? `host:${host}` : `hp:${host}:${where.port}`;
  const path = where.path?.trim().replace(/(#L?\d+(-L?\d+)?|:\d+(:\d+)?)$/, '');
  if (path) return `path:${path}`;
  return null;
}

/** Targets and hosts compare trimmed, lower-case, without a trailing dot. */
export function normaliseHost(host: string | null | undefined): string | null {
  const normalised = host?.trim().toLowerCase().replace(/\.$/, '');
  return normalised ? normalised : null;
}

function hash(identity: string): string {
  return FINGERPRINT_VERSION + createHash('sha256').update(identity).digest('hex').slice(0, 32);
}
