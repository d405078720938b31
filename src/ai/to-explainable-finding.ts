import { FindingEntity } from '../scans/finding.entity';
import { ExplainableFinding } from './offline/explainable-finding';

const STRING_FIELDS = [
  'id',
  'title',
  'severity',
  'category',
  'algorithm',
  'signatureAlgorithm',
  'protocol',
  'protocolVersion',
  'curve',
  'assetType',
  'notAfter',
  'notBefore',
  'issuer',
  'subject',
  'host',
  'assetId',
] as const;

/** Lifts known fields (also from `details`) into typed ones; everything else stays in details. */
export function toExplainableFinding(raw: Record<string, unknown>): ExplainableFinding {
  const details = isObject(raw.details) ? raw.details : {};
  const source = { ...details, ...raw };
  const finding: ExplainableFinding = {};
  for (const field of STRING_FIELDS) {
    const value = source[field];
    if (typeof value === 'string' && value.trim()) finding[field] = value.trim().slice(0, 500);
  }
  const keySize = toInt(source.keySize);
  if (keySize !== undefined) finding.keySize = keySize;
  const port = toInt(source.port);
  if (port !== undefined) finding.port = port;
  if (typeof source.selfSigned === 'boolean') finding.selfSigned = source.selfSigned;
  if (typeof source.quantumVulnerable === 'boolean')
    finding.quantumVulnerable = source.quantumVulnerable;
  if (Array.isArray(source.cipherSuites)) {
    finding.cipherSuites = source.cipherSuites
      .filter((s): s is string => typeof s === 'string')
      .slice(0, 50);
  }
  const rest = Object.fromEntries(Object.entries(details).filter(([k]) => !(k in finding)));
  if (Object.keys(rest).length > 0) finding.details = rest;
  return finding;
}

export function storedFindingToExplainable(stored: FindingEntity): ExplainableFinding {
  return toExplainableFinding({
    ...(stored.details ?? {}),
    id: stored.findingId,
    title: stored.title,
    severity: stored.severity,
    category: stored.category,
    algorithm: stored.algorithm ?? undefined,
    keySize: stored.keySize ?? undefined,
    host: stored.host ?? undefined,
    port: stored.port ?? undefined,
    assetId: stored.assetId ?? undefined,
    quantumVulnerable: stored.quantumVulnerable,
    details: stored.details ?? undefined,
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toInt(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d{1,7}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}
