import { dataLifetimeYears } from '../../crypto/context';
import { CryptoClassification } from '../../crypto/classify';
import { FindingType, KEY_EXCHANGE_TYPES, Urgency, URGENCY_OF } from '../../crypto/finding-types';
import { DAY_MS, LONG_LIVED_DATA_YEARS } from '../../crypto/limits';
import { ExplainableFinding, Explanation, Exposure } from './explainable-finding';
import { KnowledgeEntry, knowledgeFor } from './knowledge-base';
import { classifyExplainable, exposureOf } from './recognise-finding';

const URGENCY_WORDING: Record<Urgency, Record<Exposure, string>> = {
  none: {
    external: 'Internet-facing, but nothing here needs fixing; keep it in the inventory.',
    internal: 'Internal; nothing here needs fixing; keep it in the inventory.',
    unspecified: 'Nothing here needs fixing; keep it in the inventory.',
  },
  fix_now: {
    external:
      'Internet-facing: treat as urgent, fix within days; anyone on the internet can reach this ' +
      'weakness.',
    internal:
      'Internal only: lower urgency than on an internet-facing endpoint; fix it within the normal ' +
      'patch cycle (weeks), since insiders and attackers moving laterally can still reach it.',
    unspecified:
      'Exposure not stated: plan the fix within weeks, and treat it as urgent if the endpoint is ' +
      'internet-facing.',
  },
  migrate: {
    external:
      'Internet-facing: urgent to start; put it at the front of the post-quantum migration, since ' +
      'traffic crossing the internet can be recorded today and decrypted later.',
    internal:
      'Internal only: lower urgency; migrate it on the normal roadmap before the deadline, earlier ' +
      'if the data it protects must stay confidential for many years.',
    unspecified:
      'Exposure not stated: schedule it in the migration plan, earlier for internet-facing ' +
      'endpoints and long-lived confidential data.',
  },
  review: {
    external: 'Internet-facing: review it promptly, since exposed assets are reached first.',
    internal: 'Internal only: review it in the normal inventory cycle.',
    unspecified:
      'Exposure not stated: review it in the normal inventory cycle, sooner if the asset is ' +
      'internet-facing.',
  },
};

const EXTERNAL_FIRST_STEP: Record<Urgency, string | undefined> = {
  none: undefined,
  fix_now:
    'Treat this internet-facing endpoint as urgent: fix it within days, ahead of internal ones.',
  migrate: 'Put this internet-facing endpoint first in the post-quantum migration plan.',
  review: 'Review this internet-facing asset first.',
};

const MAX_STEPS = 6;
// Only tokens that can't carry sentences are echoed: finding text is untrusted.
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const SAFE_HOST = /^[A-Za-z0-9.:[\]-]{1,253}$/;
const RSA_STRENGTH_BITS: Record<number, number> = { 1024: 80, 2048: 112, 3072: 128, 7680: 192 };
const CURVES: ReadonlyArray<[RegExp, string, number?]> = [
  [/\bx25519\b/, 'X25519', 128],
  [/\bx448\b/, 'X448'],
  [/\bed25519\b/, 'Ed25519'],
  [/\bed448\b/, 'Ed448'],
  [/\bp-?256\b|\bsecp256r1\b|\bprime256v1\b/, 'P-256', 128],
  [/\bp-?384\b|\bsecp384r1\b/, 'P-384', 192],
  [/\bp-?521\b|\bsecp521r1\b/, 'P-521'],
  [/\bsecp256k1\b/, 'secp256k1'],
];
const EC_SCHEMES: ReadonlyArray<[RegExp, string]> = [
  [/\becdsa\b/, 'ECDSA'],
  [/\becdhe\b/, 'ECDHE'],
  [/\becdh\b/, 'ECDH'],
  [/\beddsa\b/, 'EdDSA'],
];

export function explainOffline(
  finding: ExplainableFinding,
  context?: string,
  now: Date = new Date(),
): Explanation {
  const safe = finding ?? {};
  const verdict = classifyExplainable(safe, now);
  const type = verdict.findingType;
  const entry = knowledgeFor(type);
  const urgency = URGENCY_OF[type];
  const exposure = exposureOf(context, safe);
  const reading = readingOf(verdict, safe, now);
  return {
    summary: [`${subjectOf(safe)}: ${weaknessOf(type, safe, now)}.`, entry.why, reading]
      .filter(Boolean)
      .join(' '),
    impact: impactOf(
      entry,
      urgencyWording(type, exposure, context),
      lifetimeWording(type, context),
    ),
    nextSteps: nextStepsOf(entry, urgency, exposure),
    references: entry.references,
  };
}

function impactOf(entry: KnowledgeEntry, urgencyWording: string, lifetime: string): string {
  const standards = entry.standards.length ? `Standards: ${entry.standards.join('; ')}.` : '';
  const deadline = entry.deadline ? `Deadline: ${entry.deadline}.` : '';
  const replace = entry.replacements.length
    ? `Replace with: ${entry.replacements.join('; ')}.`
    : '';
  return [entry.impact, standards, deadline, replace, lifetime, urgencyWording]
    .filter(Boolean)
    .join(' ');
}

/**
 * Says which reading was taken when another was possible: other weaknesses in the same finding,
 * or a title that the structured fields overrule.
 */
function readingOf(verdict: CryptoClassification, f: ExplainableFinding, now: Date): string {
  const notes: string[] = [];
  if (verdict.basis === 'structured' && typeof f.title === 'string' && f.title.trim()) {
    const fromTitle = classifyExplainable({ title: f.title }, now).findingType;
    if (fromTitle !== verdict.findingType && fromTitle !== 'unknown') {
      notes.push(
        `Read from the structured fields, not the title, which suggests ${knowledgeFor(fromTitle).name.toLowerCase()}.`,
      );
    }
  }
  if (verdict.basis === 'category') {
    notes.push('Read from the finding type the scanner gave; the other fields do not show it.');
  }
  if (verdict.alsoFound.length > 0) {
    const others = verdict.alsoFound.map((t) => knowledgeFor(t).name.toLowerCase()).join('; ');
    notes.push(`Explained as the most severe problem found; the finding also shows: ${others}.`);
  }
  return notes.join(' ');
}

/** Long-lived data outweighs an internal location: recorded internal traffic is exposed too. */
function urgencyWording(
  type: FindingType,
  exposure: Exposure,
  context: string | undefined,
): string {
  const years = dataLifetimeYears(context);
  const longLived =
    years !== undefined && years >= LONG_LIVED_DATA_YEARS && KEY_EXCHANGE_TYPES.has(type);
  if (longLived && exposure !== 'external') {
    return (
      'Even where the endpoint is internal, the data lifetime outweighs that: traffic recorded ' +
      'inside the network is exposed as well, so put it at the front of the migration.'
    );
  }
  return URGENCY_WORDING[URGENCY_OF[type]][exposure];
}

/** Mosca's inequality, in words: long-lived data makes a key-exchange finding urgent now. */
function lifetimeWording(type: FindingType, context: string | undefined): string {
  const years = dataLifetimeYears(context);
  if (years === undefined || !KEY_EXCHANGE_TYPES.has(type)) return '';
  if (years >= LONG_LIVED_DATA_YEARS) {
    return (
      `Data kept ${years} years: by Mosca's inequality, ${years} years of secrecy plus the years ` +
      'the migration takes may well exceed the time until a cryptographically relevant quantum ' +
      'computer exists, so traffic recorded today is already at risk: move this first.'
    );
  }
  return (
    `Data kept ${years} ${years === 1 ? 'year' : 'years'}: shorter-lived than records kept for decades, so it can follow ` +
    'the normal migration plan, before the deadline.'
  );
}

function nextStepsOf(entry: KnowledgeEntry, urgency: Urgency, exposure: Exposure): string[] {
  const first = exposure === 'external' ? EXTERNAL_FIRST_STEP[urgency] : undefined;
  const steps = first ? [first, ...entry.nextSteps] : entry.nextSteps;
  return steps.slice(0, MAX_STEPS);
}

function subjectOf(f: ExplainableFinding): string {
  const id = safeToken(f.id, SAFE_ID);
  const asset = safeToken(f.assetId, SAFE_ID);
  const endpoint = endpointOf(f);
  return [
    id ? `Finding ${id}` : 'This finding',
    endpoint ? ` on ${endpoint}` : '',
    asset ? ` (asset ${asset})` : '',
  ].join('');
}

function endpointOf(f: ExplainableFinding): string | undefined {
  const host = safeToken(f.host, SAFE_HOST);
  const { port } = f;
  const validPort = typeof port === 'number' && Number.isInteger(port) && port > 0 && port < 65_536;
  if (host && validPort) return `${host}:${port}`;
  return host ?? (validPort ? `port ${port}` : undefined);
}

function safeToken(value: unknown, pattern: RegExp): string | undefined {
  return typeof value === 'string' && pattern.test(value.trim()) ? value.trim() : undefined;
}

function weaknessOf(type: FindingType, f: ExplainableFinding, now: Date): string {
  const text = findingText(f);
  switch (type) {
    case 'weak_rsa':
      return weakRsa(rsaKeySize(f));
    case 'quantum_vulnerable_rsa':
      return quantumVulnerableRsa(rsaKeySize(f));
    case 'quantum_vulnerable_ecc':
      return quantumVulnerableEcc(text);
    case 'sha1_signature':
      return `${signatureLabel(text, 'SHA-1')}, disallowed for signature generation by NIST SP 800-131A Rev. 2`;
    case 'md5_hash':
      return `${signatureLabel(text, 'MD5')}, which has trivial collisions`;
    case 'legacy_tls':
      return legacyProtocol(`${protocolText(f)} ${text}`);
    case 'weak_cipher':
      return weakCipher(text);
    case 'certificate_expiry':
      return certificateExpiry(f.notAfter, now);
    case 'self_signed_certificate':
      return 'Self-signed certificate, which clients cannot validate against a trusted CA';
    case 'no_hybrid_kex':
      return (
        'No hybrid post-quantum key exchange: X25519MLKEM768 (or SecP256r1MLKEM768) is not ' +
        'negotiated, so session keys rest on classical key exchange only'
      );
    case 'unknown':
      return 'the finding type was not recognised';
    default:
      return knowledgeFor(type).name;
  }
}

function rsaLabel(bits: number | undefined, fallback: string): string {
  return bits ? `RSA-${bits} key` : fallback;
}

function weakRsa(bits: number | undefined): string {
  const strength = bits && RSA_STRENGTH_BITS[bits];
  const level = strength ? `about ${strength}-bit classical strength, ` : '';
  return (
    `${rsaLabel(bits, 'RSA key under 2048 bits')} (${level}below the 112-bit minimum), ` +
    'disallowed by NIST SP 800-131A Rev. 2 for signing and key establishment'
  );
}

function quantumVulnerableRsa(bits: number | undefined): string {
  const strength = bits && RSA_STRENGTH_BITS[bits];
  const level = strength ? ` (about ${strength}-bit classical strength today)` : '';
  const deadline =
    bits === undefined
      ? 'deprecates RSA-2048 after 2030 and disallows all RSA after 2035'
      : bits < 3072
        ? 'deprecates it after 2030 and disallows it after 2035'
        : 'disallows it after 2035';
  return `${rsaLabel(bits, 'RSA key')}${level}, which a quantum computer breaks; NIST IR 8547 (draft) ${deadline}`;
}

function quantumVulnerableEcc(text: string): string {
  const curve = CURVES.find(([pattern]) => pattern.test(text));
  const scheme = EC_SCHEMES.find(([pattern]) => pattern.test(text))?.[1];
  const name = [scheme, curve?.[1]].filter(Boolean).join(' ') || 'Elliptic-curve key';
  const level = curve?.[2] ? ` (about ${curve[2]}-bit classical strength today)` : '';
  return `${name}${level}, which a quantum computer breaks; NIST IR 8547 (draft) disallows it after 2035`;
}

function signatureLabel(text: string, hash: 'SHA-1' | 'MD5'): string {
  const known =
    hash === 'SHA-1'
      ? [
          ['sha1withrsaencryption', 'sha1WithRSAEncryption'],
          ['ecdsa-with-sha1', 'ecdsa-with-SHA1'],
        ]
      : [['md5withrsaencryption', 'md5WithRSAEncryption']];
  const match = known.find(([needle]) => text.includes(needle));
  const kind = hash === 'SHA-1' ? 'SHA-1 signature' : 'MD5 hash';
  return match ? `${kind} (${match[1]})` : kind;
}

function legacyProtocol(text: string): string {
  const versions = new Set<string>();
  for (const m of text.matchAll(/\bssl\s*v?\s*([23])(?:[.\s]0)?\b(?![.\s]\d)/g))
    versions.add(`SSL ${m[1]}.0`);
  for (const m of text.matchAll(/\btls\s*v?\s*1(?:[.\s]([01]))?\b(?![.\s]\d)/g))
    versions.add(`TLS 1.${m[1] ?? '0'}`);
  const labels = [...versions].sort();
  const claims = [
    labels.some((v) => v.startsWith('TLS')) || labels.length === 0
      ? 'RFC 8996 deprecates TLS 1.0 and 1.1 and NIST SP 800-52 Rev. 2 does not allow them'
      : 'it is older than TLS 1.0, which RFC 8996 already deprecates',
    versions.has('SSL 3.0') ? 'RFC 7568 prohibits SSL 3.0' : '',
  ];
  const label = labels.join(' and ') || 'A legacy TLS/SSL version';
  return `${label} enabled: ${claims.filter(Boolean).join('; ')}`;
}

function weakCipher(text: string): string {
  const parts: string[] = [];
  if (/\b(?:3des|des-ede3|des-cbc3|tripledes|triple[\s-]des)\b/.test(text))
    parts.push(
      '3DES (64-bit block, Sweet32; encryption disallowed after 2023 by NIST SP 800-131A Rev. 2)',
    );
  if (/\b(?:rc4|arcfour)\b/.test(text)) parts.push('RC4 (prohibited by RFC 7465)');
  return `Weak cipher suites offered: ${parts.join(' and ') || '3DES or RC4'}`;
}

function certificateExpiry(notAfter: string | undefined, now: Date): string {
  const expiry = notAfter ? Date.parse(notAfter) : NaN;
  if (!Number.isFinite(expiry)) return 'Certificate expired or about to expire';
  const date = new Date(expiry).toISOString().slice(0, 10);
  const days = Math.floor(Math.abs(expiry - now.getTime()) / DAY_MS);
  return expiry < now.getTime()
    ? `Certificate expired on ${date} (${days} days ago)`
    : `Certificate expires on ${date} (in ${days} days)`;
}

// ---------------------------------------------------------------------------------------------
// Wording helpers: read the finding's text for labels only, never for the verdict.

const MAX_TEXT_CHARS = 8_000;
const RSA = /\brsa(?:ssa|es)?\b|rsaencryption/;
const RSA_SIZE_AFTER_NAME = /\brsa[\s:-]*(\d{3,5})\b/;
const SIZE_IN_BITS = /\b(\d{3,5})[\s-]*bits?\b/;

/** The RSA modulus size: the keySize field first, then a size written in the algorithm or text. */
function rsaKeySize(finding: ExplainableFinding): number | undefined {
  const { keySize } = finding;
  if (typeof keySize === 'number' && Number.isInteger(keySize) && keySize > 0 && keySize < 100_000)
    return keySize;
  return sizeInText(normalise(finding.algorithm)) ?? sizeInText(findingText(finding));
}

function sizeInText(text: string): number | undefined {
  if (!RSA.test(text)) return undefined;
  const match = RSA_SIZE_AFTER_NAME.exec(text) ?? SIZE_IN_BITS.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** Protocol and version as one string; a bare version number is taken to be a TLS version. */
function protocolText(f: ExplainableFinding): string {
  const text = normalise(`${f.protocol ?? ''} ${f.protocolVersion ?? ''}`);
  return /tls|ssl/.test(text) ? text : `tls ${text}`;
}

/** Every string of the finding, lower-cased, for labels (never echoed as such). */
function findingText(f: ExplainableFinding): string {
  const parts = [
    f.title,
    f.category,
    f.algorithm,
    f.signatureAlgorithm,
    f.protocol,
    f.protocolVersion,
    f.curve,
    ...(Array.isArray(f.cipherSuites) ? f.cipherSuites : []),
  ];
  return normalise(parts.filter((p) => typeof p === 'string').join(' | ')).slice(0, MAX_TEXT_CHARS);
}

function normalise(value: string | undefined): string {
  return typeof value === 'string'
    ? value.toLowerCase().replace(/[_\u0000-\u001f\u007f]+/g, ' ')
    : '';
}
