import { remediationIdFor } from '../src/scans/scan-backlog';

/** The kinds of finding a real scan reports, so that the classifier and explainer do real work. */
export interface FindingTemplate {
  title: string;
  algorithm?: string;
  keySize?: number;
  severity: string;
  category: string;
  quantumVulnerable: boolean;
}

export const FINDING_TEMPLATES: FindingTemplate[] = [
  {
    title: 'RSA-1024 certificate',
    algorithm: 'RSA',
    keySize: 1024,
    severity: 'critical',
    category: 'weak_key',
    quantumVulnerable: true,
  },
  {
    title: 'RSA-2048 key exchange',
    algorithm: 'RSA',
    keySize: 2048,
    severity: 'medium',
    category: 'quantum_vulnerable',
    quantumVulnerable: true,
  },
  {
    title: 'SHA-1 signature on certificate',
    algorithm: 'SHA-1',
    severity: 'high',
    category: 'weak_hash',
    quantumVulnerable: false,
  },
  {
    title: 'TLS 1.0 enabled',
    severity: 'high',
    category: 'legacy_protocol',
    quantumVulnerable: false,
  },
  {
    title: 'ECDSA P-256 signing key',
    algorithm: 'ECDSA',
    keySize: 256,
    severity: 'medium',
    category: 'quantum_vulnerable',
    quantumVulnerable: true,
  },
  {
    title: '3DES cipher suite offered',
    algorithm: '3DES',
    severity: 'high',
    category: 'weak_cipher',
    quantumVulnerable: false,
  },
];

/** Hosts repeat, as on a real estate: many findings per asset. */
export const HOST_COUNT = 97;

export function hostFor(position: number): string {
  return `host-${position % HOST_COUNT}.bench.example`;
}

/**
 * A scan import in the native format; severity and category are left to the classifier.
 * Without a rescan target it is a plain import (no baseline), so that the cases' scans stay
 * independent of each other; with one, it compares against that target's earlier scans.
 */
export function importBody(findingCount: number, label: string, rescanTarget?: string): string {
  const findings = Array.from({ length: findingCount }, (_, index) => {
    const position = index + 1;
    const t = FINDING_TEMPLATES[position % FINDING_TEMPLATES.length];
    return {
      title: `${t.title} #${position}`,
      algorithm: t.algorithm,
      keySize: t.keySize,
      host: hostFor(position),
      port: 443,
    };
  });
  const baseline = rescanTarget
    ? { target: rescanTarget, baselineScanId: 'auto' }
    : { target: 'bench.example', baselineScanId: 'none' };
  return JSON.stringify({ ...baseline, label, findings });
}

/**
 * Upserts that walk over all items of a scan, one after another, and alternate status and
 * owner on each pass, so that every write really changes the item (a no-op write neither
 * bumps the version nor appends history, and would flatter the figures). One state for the
 * warm-up and the measured run, which must continue where the warm-up stopped.
 */
export function rotatingUpserts(itemCount: number): () => string {
  let n = 0;
  return () => {
    const i = n++;
    const even = Math.floor(i / itemCount) % 2 === 0;
    return JSON.stringify({
      remediationId: remediationIdFor(1 + (i % itemCount)),
      status: even ? 'in_progress' : 'open',
      owner: even ? 'alice@bench.example' : 'bob@bench.example',
    });
  };
}

const EXPLAIN_CONTEXT = 'external API edge';

/** A different finding every time (a counter in title and host): every request misses the cache. */
export function uncachedExplains(): () => string {
  let n = 0;
  return () => {
    const i = n++;
    const t = FINDING_TEMPLATES[i % FINDING_TEMPLATES.length];
    const finding = {
      title: `${t.title} (bench ${i})`,
      algorithm: t.algorithm,
      keySize: t.keySize,
      host: `edge-${i}.bench.example`,
      port: 443,
    };
    return JSON.stringify({ finding, context: EXPLAIN_CONTEXT });
  };
}

/** The same body every time: after the first request, every answer comes from the cache. */
export function cachedExplain(): string {
  const t = FINDING_TEMPLATES[0];
  return JSON.stringify({
    finding: {
      title: t.title,
      algorithm: t.algorithm,
      keySize: t.keySize,
      host: 'api.bench.example',
      port: 443,
    },
    context: EXPLAIN_CONTEXT,
  });
}
