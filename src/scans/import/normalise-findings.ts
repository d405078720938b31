/**
 * Turns findings in our native format into normalised findings: ids assigned, severity,
 * category and quantum vulnerability derived where the scanner left them out, asset resolved.
 */
import { MAX_FINDINGS_PER_SCAN } from '../../crypto/limits';
import { FindingIdentity, FingerprintQuality, identityOf } from '../fingerprint';
import { ClassifierInput, SEVERITIES, Severity, classifyFinding } from './classify-finding';

/** The per-scan cap, defined once in src/crypto/limits.ts. */
export const MAX_FINDINGS = MAX_FINDINGS_PER_SCAN;

export interface NativeFindingInput {
  id?: string;
  title: string;
  severity?: Severity;
  category?: string;
  algorithm?: string;
  keySize?: number;
  assetId?: string;
  host?: string;
  port?: number;
  details?: Record<string, unknown>;
  quantumVulnerable?: boolean;
  /** The scanner's own stable id for this finding (1–128 chars): it wins as the identity. */
  fingerprint?: string;
  /** A CBOM occurrence's file path (set by the CBOM import only). */
  path?: string;
}

export interface NormalisedFinding {
  findingId: string;
  /** 1-based order within the scan. */
  position: number;
  title: string;
  severity: Severity;
  category: string;
  algorithm: string | null;
  keySize: number | null;
  assetId: string | null;
  host: string | null;
  port: number | null;
  quantumVulnerable: boolean;
  details: Record<string, unknown> | null;
  fingerprint: string;
  fingerprintQuality: FingerprintQuality;
  location: string | null;
  /** The earlier finding of this import with the same fingerprint (its id and position). */
  duplicateOf: { findingId: string; position: number } | null;
}

export interface FindingFieldError {
  field: string;
  message: string;
}

/** Every problem found in an import, field by field, so that a caller can fix them all at once. */
export class FindingValidationError extends Error {
  constructor(readonly errors: FindingFieldError[]) {
    super(summarise(errors));
    this.name = 'FindingValidationError';
  }
}

function summarise(errors: FindingFieldError[]): string {
  const shown = errors.slice(0, 3).map((e) => `${e.field}: ${e.message}`);
  const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
  return `Findings are invalid: ${shown.join('; ')}${more}`;
}

export function normaliseFindings(
  findings: NativeFindingInput[],
  now: Date = new Date(),
): NormalisedFinding[] {
  validateFindings(findings);
  const ids = assignIds(findings);
  return markDuplicates(
    findings.map((finding, index) => normaliseOne(finding, ids[index], index + 1, now)),
  );
}

/** Two findings of one import with one fingerprint: the later is a duplicate of the first. */
function markDuplicates(findings: NormalisedFinding[]): NormalisedFinding[] {
  const first = new Map<string, NormalisedFinding>();
  for (const finding of findings) {
    const earlier = first.get(finding.fingerprint);
    if (earlier) finding.duplicateOf = { findingId: earlier.findingId, position: earlier.position };
    else first.set(finding.fingerprint, finding);
  }
  return findings;
}

function normaliseOne(
  finding: NativeFindingInput,
  findingId: string,
  position: number,
  now: Date,
): NormalisedFinding {
  // Cheap enough to run always; the scanner's own values win wherever it gave them.
  const facts = classifierInputOf(finding);
  const derived = classifyFinding(facts, now);
  const identity = identityOfInput(finding, facts);
  return {
    findingId,
    position,
    title: finding.title,
    severity: finding.severity ?? derived.severity,
    category: finding.category ?? derived.category,
    algorithm: finding.algorithm ?? null,
    keySize: finding.keySize ?? null,
    assetId: assetIdOf(finding),
    host: finding.host ?? null,
    port: finding.port ?? null,
    quantumVulnerable: finding.quantumVulnerable ?? derived.quantumVulnerable,
    details: finding.details ?? null,
    fingerprint: identity.fingerprint,
    fingerprintQuality: identity.quality,
    location: identity.location,
    duplicateOf: null,
  };
}

/** The identity of a finding as the scanner sent it (also used to recompute stored ones). */
export function identityOfInput(
  finding: NativeFindingInput,
  facts: ClassifierInput = classifierInputOf(finding),
): FindingIdentity {
  // A CBOM occurrence path is the location; its assetId is the same text with the line.
  return identityOf(
    facts,
    finding.path
      ? { path: finding.path }
      : { assetId: finding.assetId, host: finding.host, port: finding.port },
    finding.fingerprint,
  );
}

/**
 * A stored finding back in its input shape, as far as identity needs: an assetId the import
 * derived from host and port is dropped again, and a CBOM asset without a host was located by
 * its occurrence path.
 */
export function inputOfStored(stored: {
  title: string;
  algorithm: string | null;
  keySize: number | null;
  assetId: string | null;
  host: string | null;
  port: number | null;
  details: Record<string, unknown> | null;
  format: string;
}): NativeFindingInput {
  const finding: NativeFindingInput = {
    title: stored.title,
    algorithm: stored.algorithm ?? undefined,
    keySize: stored.keySize ?? undefined,
    host: stored.host ?? undefined,
    port: stored.port ?? undefined,
    details: stored.details ?? undefined,
  };
  if (stored.assetId !== null && stored.assetId !== assetIdOf(finding)) {
    finding.assetId = stored.assetId;
  }
  if (stored.format === 'cbom' && stored.host === null && stored.assetId !== null) {
    finding.path = stored.assetId;
  }
  return finding;
}

/** Scanners put certificate and protocol facts into `details`; the classifier reads them too. */
function classifierInputOf(finding: NativeFindingInput): ClassifierInput {
  const details = finding.details ?? {};
  return {
    title: finding.title,
    algorithm: finding.algorithm,
    keySize: finding.keySize,
    signatureAlgorithm: stringOrUndefined(details.signatureAlgorithm),
    protocol: stringOrUndefined(details.protocol),
    protocolVersion: stringOrUndefined(details.protocolVersion),
    cipherSuites: Array.isArray(details.cipherSuites)
      ? details.cipherSuites.filter((s): s is string => typeof s === 'string')
      : undefined,
    curve: stringOrUndefined(details.curve),
    port: finding.port,
    assetType: stringOrUndefined(details.assetType),
    notAfter: stringOrUndefined(details.notAfter),
    selfSigned: typeof details.selfSigned === 'boolean' ? details.selfSigned : undefined,
  };
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function assetIdOf(finding: NativeFindingInput): string | null {
  if (finding.assetId !== undefined) return finding.assetId;
  if (finding.host === undefined) return null;
  // An IPv6 literal needs brackets before a port can follow it.
  const host = finding.host.includes(':') ? `[${finding.host}]` : finding.host;
  return finding.port === undefined ? finding.host : `${host}:${finding.port}`;
}

// ---------------------------------------------------------------------------------------------
// Ids

/**
 * A missing id becomes f_NNN from the finding's position (f_001 for the first), zero-padded to
 * three digits. When that id is taken by an explicit id elsewhere in the list, or by an id
 * already assigned, the next free number is used; numbers only ever go up, so assigned ids stay
 * in list order.
 */
function assignIds(findings: NativeFindingInput[]): string[] {
  const taken = new Set(findings.map((f) => f.id).filter((id): id is string => id !== undefined));
  let lastNumber = 0;
  return findings.map((finding, index) => {
    if (finding.id !== undefined) return finding.id;
    let number = Math.max(index + 1, lastNumber + 1);
    while (taken.has(generatedId(number))) number += 1;
    lastNumber = number;
    taken.add(generatedId(number));
    return generatedId(number);
  });
}

function generatedId(number: number): string {
  return `f_${String(number).padStart(3, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Validation: the request layer checks types too, but this module must never emit a finding
// that breaks its own output contract, whoever calls it.

function validateFindings(findings: unknown): asserts findings is NativeFindingInput[] {
  if (!Array.isArray(findings)) {
    throw new FindingValidationError([{ field: 'findings', message: 'must be an array' }]);
  }
  if (findings.length > MAX_FINDINGS) {
    const message = `more than ${MAX_FINDINGS} findings`;
    throw new FindingValidationError([{ field: 'findings', message }]);
  }
  const errors = findings.flatMap((finding, index) => fieldErrors(finding, `findings[${index}]`));
  errors.push(...duplicateIdErrors(findings as NativeFindingInput[]));
  if (errors.length > 0) throw new FindingValidationError(errors);
}

function fieldErrors(finding: unknown, path: string): FindingFieldError[] {
  if (!isPlainObject(finding)) return [{ field: path, message: 'must be an object' }];
  const checks: [string, boolean, string][] = [
    ['title', isNonEmptyString(finding.title), 'must be a non-empty string'],
    ['id', optional(finding.id, isNonEmptyString), 'must be a non-empty string'],
    [
      'severity',
      optional(finding.severity, isSeverity),
      `must be one of: ${SEVERITIES.join(', ')}`,
    ],
    ['category', optional(finding.category, isNonEmptyString), 'must be a non-empty string'],
    ['algorithm', optional(finding.algorithm, isString), 'must be a string'],
    ['keySize', optional(finding.keySize, isPositiveInteger), 'must be a positive integer'],
    ['assetId', optional(finding.assetId, isNonEmptyString), 'must be a non-empty string'],
    ['host', optional(finding.host, isNonEmptyString), 'must be a non-empty string'],
    ['port', optional(finding.port, isPort), 'must be an integer from 1 to 65535'],
    ['details', optional(finding.details, isPlainObject), 'must be an object'],
    ['quantumVulnerable', optional(finding.quantumVulnerable, isBoolean), 'must be a boolean'],
    [
      'fingerprint',
      optional(finding.fingerprint, (v) => isNonEmptyString(v) && v.length <= 128),
      'must be a string of 1 to 128 characters',
    ],
  ];
  return checks
    .filter(([, valid]) => !valid)
    .map(([field, , message]) => ({ field: `${path}.${field}`, message }));
}

function duplicateIdErrors(findings: NativeFindingInput[]): FindingFieldError[] {
  const firstIndexOf = new Map<string, number>();
  const errors: FindingFieldError[] = [];
  findings.forEach((finding, index) => {
    if (typeof finding?.id !== 'string') return;
    const first = firstIndexOf.get(finding.id);
    if (first === undefined) {
      firstIndexOf.set(finding.id, index);
      return;
    }
    const message = `id "${finding.id}" is used by findings[${first}]`;
    errors.push({ field: `findings[${index}].id`, message });
  });
  return errors;
}

function optional(value: unknown, check: (v: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

function isSeverity(value: unknown): value is Severity {
  return (SEVERITIES as readonly unknown[]).includes(value);
}

function isPositiveInteger(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) > 0;
}

function isPort(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 65535;
}
