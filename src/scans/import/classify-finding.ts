/**
 * Classifies one finding (severity, category, quantum vulnerability) from its structured crypto
 * fields, or from its title when it has none. Grounded in /work/shared/reference/pqc-facts.md:
 * NIST SP 800-131A (keys under 112-bit strength, SHA-1 signatures, DES/3DES), NIST IR 8547 (RSA,
 * DSA, DH and elliptic curves fall to Shor), RFC 8996 / 7568 / 7465 (TLS 1.0/1.1, SSL 3.0, RC4)
 * and FIPS 203/204/205 (ML-KEM, ML-DSA, SLH-DSA).
 *
 * Several aspects can apply at once (an RSA-1024 certificate signed with SHA-1 that has expired):
 * each is assessed on its own and the worst severity wins; its category goes with it, and the
 * finding is quantum-vulnerable if any key part is RSA, DSA, DH or elliptic-curve.
 */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Sort key: lower is worse. */
export const SEVERITY_RANK: Record<Severity, number> = {
  critical: 0,
  high: 1,
  medium: 2,
  low: 3,
  info: 4,
};

export const FINDING_CATEGORIES = [
  'weak_key',
  'quantum_vulnerable',
  'weak_hash',
  'legacy_protocol',
  'weak_cipher',
  'certificate',
  'pqc_safe',
  'other',
] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

export interface ClassifierInput {
  title?: string;
  algorithm?: string;
  keySize?: number;
  signatureAlgorithm?: string;
  protocol?: string;
  protocolVersion?: string;
  notAfter?: string;
  selfSigned?: boolean;
}

export interface Classification {
  severity: Severity;
  quantumVulnerable: boolean;
  category: FindingCategory;
}

const UNKNOWN: Classification = { severity: 'low', quantumVulnerable: false, category: 'other' };
const PQC_SAFE: Classification = {
  severity: 'info',
  quantumVulnerable: false,
  category: 'pqc_safe',
};
const SHOR_VULNERABLE: Classification = {
  severity: 'medium',
  quantumVulnerable: true,
  category: 'quantum_vulnerable',
};
const WEAK_CIPHER: Classification = {
  severity: 'high',
  quantumVulnerable: false,
  category: 'weak_cipher',
};

const CERTIFICATE_PROBLEM: Record<'expired' | 'warning', Classification> = {
  expired: { severity: 'high', quantumVulnerable: false, category: 'certificate' },
  warning: { severity: 'medium', quantumVulnerable: false, category: 'certificate' },
};

const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function classifyFinding(input: ClassifierInput, now: Date = new Date()): Classification {
  return worstOf([...assessCryptoText(input), ...assessCertificateValidity(input, now)]);
}

/** Worst severity first; on a tie the earlier assessment (key before signature before protocol). */
export function worstOf(assessments: Classification[]): Classification {
  if (assessments.length === 0) return { ...UNKNOWN };
  const worst = assessments.reduce((a, b) =>
    SEVERITY_RANK[b.severity] < SEVERITY_RANK[a.severity] ? b : a,
  );
  return { ...worst, quantumVulnerable: assessments.some((a) => a.quantumVulnerable) };
}

// ---------------------------------------------------------------------------------------------
// Text scanning

interface ScanContext {
  /** Key size given next to the text (applies to RSA/DSA/DH/EC mentions without their own). */
  keySize?: number;
  /** The text names a signature algorithm: MD5 there is worse than MD5 as a checksum. */
  signature: boolean;
}

interface Rule {
  pattern: RegExp;
  assess: (groups: Record<string, string | undefined>, ctx: ScanContext) => Classification | null;
}

function assessCryptoText(input: ClassifierInput): Classification[] {
  const { algorithm, signatureAlgorithm, protocol, protocolVersion } = input;
  const structured = [algorithm, signatureAlgorithm, protocol, protocolVersion].some(hasText);
  if (!structured) {
    const title = input.title ?? '';
    return scanText(title, { keySize: input.keySize, signature: mentionsSigning(title) });
  }
  return [
    // The signature algorithm's RSA/EC part belongs to the issuer's key, so the subject's keySize
    // must not leak into it.
    ...scanText(algorithm ?? '', { keySize: input.keySize, signature: mentionsSigning(algorithm) }),
    ...scanText(signatureAlgorithm ?? '', { signature: true }),
    ...scanText(protocolText(protocol, protocolVersion), { signature: false }),
  ];
}

function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function mentionsSigning(text: string | undefined): boolean {
  return /sign|certificate|with\s*(?:rsa|ecdsa|dsa)/i.test(text ?? '');
}

/** A bare version ('1.0') is read as TLS, the protocol nearly every scanner reports. */
function protocolText(protocol: string | undefined, version: string | undefined): string {
  if (!hasText(version)) return protocol ?? '';
  return `${hasText(protocol) ? protocol : 'TLS'} ${version}`;
}

/**
 * Finds every algorithm mention in `text`. Rules run in order and each match is blanked out, so
 * that 'ML-DSA' is not also read as DSA, nor 'X25519MLKEM768' as X25519. Matches need a
 * non-alphanumeric neighbour on both sides ('DESCRIPTION' is not DES); 'with' and 'Encryption'
 * are split off first so that 'sha1WithRSAEncryption' reads as 'sha1 with RSA encryption'.
 */
function scanText(text: string, ctx: ScanContext): Classification[] {
  const found: Classification[] = [];
  let remaining = text.replace(/with/gi, ' with ').replace(/encryption/gi, ' encryption');
  for (const rule of RULES) {
    for (const match of remaining.matchAll(rule.pattern)) {
      const assessment = rule.assess(match.groups ?? {}, ctx);
      if (assessment) found.push(assessment);
    }
    remaining = remaining.replace(rule.pattern, (whole) => ' '.repeat(whole.length));
  }
  return found;
}

function token(source: string): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, 'gi');
}

function toNumber(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/**
 * RSA, DSA and finite-field DH: under 2048 bits is below 112-bit strength (disallowed by
 * SP 800-131A), 1024 and under is practically factorable. Every size falls to Shor.
 */
function assessModularKey(size: number | undefined): Classification {
  if (size === undefined) return SHOR_VULNERABLE;
  if (size <= 1024) return { severity: 'critical', quantumVulnerable: true, category: 'weak_key' };
  if (size < 2048) return { severity: 'high', quantumVulnerable: true, category: 'weak_key' };
  return SHOR_VULNERABLE;
}

/** Elliptic curves under 224 bits (P-192) are below 112-bit strength. */
function assessCurve(bits: number | undefined): Classification {
  if (bits !== undefined && bits < 224) {
    return { severity: 'high', quantumVulnerable: true, category: 'weak_key' };
  }
  return SHOR_VULNERABLE;
}

/** Sizes like 'RSA-OAEP-256' (a hash) or 'RSA 4096000' are not key sizes. */
function plausibleModulus(size: number | undefined): number | undefined {
  return size !== undefined && size >= 512 && size <= 16384 ? size : undefined;
}

function plausibleCurveBits(size: number | undefined): number | undefined {
  return size !== undefined && size >= 160 && size <= 571 ? size : undefined;
}

function assessProtocol(groups: Record<string, string | undefined>): Classification | null {
  const protocol = (groups.proto ?? '').toLowerCase();
  const major = Number(groups.major);
  const minor = Number(groups.minor ?? '0');
  if (protocol === 'ssl') {
    return { severity: 'critical', quantumVulnerable: false, category: 'legacy_protocol' };
  }
  const legacy = protocol === 'tls' ? major === 1 && minor <= 1 : major === 1 && minor === 0;
  if (legacy) return { severity: 'high', quantumVulnerable: false, category: 'legacy_protocol' };
  const current = major === 1 && minor >= 2 && minor <= 3;
  return current ? { severity: 'info', quantumVulnerable: false, category: 'other' } : null;
}

const RULES: Rule[] = [
  // Certificate problems named in a title ('Expired certificate', 'Self-signed cert on ...').
  { pattern: token('expired'), assess: () => CERTIFICATE_PROBLEM.expired },
  {
    pattern: token('expir(?:es|ing)(?:\\s+soon)?|self[-\\s]?signed'),
    assess: () => CERTIFICATE_PROBLEM.warning,
  },
  {
    // "No hybrid post-quantum key exchange": the absence is the finding (harvest now, decrypt later).
    pattern: token(
      '(?:no|missing|lacking)\\s+(?:hybrid\\s+)?(?:post[-\\s]?quantum|pqc?)(?:\\s+hybrid)?(?:\\s+key\\s+(?:exchange|agreement|encapsulation))?',
    ),
    assess: () => SHOR_VULNERABLE,
  },
  {
    // Hybrid TLS groups combine a classical curve with ML-KEM; the ML-KEM half protects the session.
    pattern: token(
      '(?:x25519|secp256r1|secp384r1|p-?256|p-?384)[-_]?(?:mlkem|kyber)[-_]?(?:512|768|1024)(?:draft00)?',
    ),
    assess: () => PQC_SAFE,
  },
  {
    pattern: token(
      [
        'ml[-_]?kem(?:[-_]?(?:512|768|1024))?',
        'kyber(?:[-_]?(?:512|768|1024))?',
        'ml[-_]?dsa(?:[-_]?(?:44|65|87))?',
        'dilithium[-_]?[235]?',
        'slh[-_]?dsa(?:[-_][a-z0-9]+)*',
        'sphincs\\+?(?:[-_][a-z0-9]+)*',
        'fn[-_]?dsa(?:[-_]?(?:512|1024))?',
        'falcon(?:[-_]?(?:512|1024))?',
        'xmss(?:mt)?',
        'lms',
        'hss',
      ].join('|'),
    ),
    assess: () => PQC_SAFE,
  },
  {
    pattern: token('(?<proto>d?tls|ssl)\\s*v?\\s*(?<major>\\d)(?:[._](?<minor>\\d))?'),
    assess: assessProtocol,
  },
  {
    // NULL cipher suites encrypt nothing at all.
    pattern: token('with[\\s_-]+null|null[-_](?:md5|sha\\d*)'),
    assess: () => ({ ...WEAK_CIPHER, severity: 'critical' }),
  },
  {
    pattern: token(
      '3des(?:[-_]ede)?|tdea|triple[-_ ]?des|des[-_]?ede3?(?:[-_]cbc)?|desede|des[-_]?cbc3|des3',
    ),
    assess: () => WEAK_CIPHER,
  },
  { pattern: token('des(?:[-_]?(?:cbc|ecb|40|56|64))?'), assess: () => WEAK_CIPHER },
  {
    pattern: token('rc4(?:[-_]?(?:40|56|64|128))?|arcfour|rc2(?:[-_]?\\d+)?'),
    assess: () => WEAK_CIPHER,
  },
  {
    // MD5 signatures: rogue CA certificates were forged with MD5 collisions (2008), so a certificate
    // still signed with it is 'critical'; MD5 as a checksum or HMAC is 'high'.
    pattern: token('md[245]'),
    assess: (_groups, ctx) => ({
      severity: ctx.signature ? 'critical' : 'high',
      quantumVulnerable: false,
      category: 'weak_hash',
    }),
  },
  {
    pattern: token('sha[-_ ]?1'),
    assess: () => ({ severity: 'high', quantumVulnerable: false, category: 'weak_hash' }),
  },
  {
    pattern: token(
      [
        'sha[-_ ]?(?:2[-_ ]?)?(?:224|256|384|512)(?:[-_/](?:224|256))?',
        'sha[-_]?2',
        'sha3(?:[-_ ]?(?:224|256|384|512))?',
        'shake[-_]?(?:128|256)',
        'blake2[bs]?(?:[-_]?\\d+)?',
        'blake3',
      ].join('|'),
    ),
    assess: () => PQC_SAFE,
  },
  {
    // AES-128 is fine classically and Grover only halves its strength: still safe in practice.
    pattern: token('aes(?:[-_ ]?(?:128|192|256))?'),
    assess: () => PQC_SAFE,
  },
  {
    pattern: token('x?chacha(?:20)?(?:[-_]?poly1305)?|poly1305'),
    assess: () => PQC_SAFE,
  },
  {
    pattern: token(
      '(?:nist[-_ ]?p|p|secp|prime|brainpool[-_ ]?p)[-_ ]?(?<bits>\\d{3})(?:[rkvt]\\d)?',
    ),
    assess: (groups) => assessCurve(plausibleCurveBits(toNumber(groups.bits))),
  },
  {
    pattern: token('x25519|x448|ed25519|ed448|curve25519|curve448|eddsa'),
    assess: () => SHOR_VULNERABLE,
  },
  {
    pattern: token('(?:ecdsa|ecdhe?|ecies|ecmqv|ecc|ec)(?:[-_ ]?(?<size>\\d{3}))?'),
    assess: (groups, ctx) => assessCurve(plausibleCurveBits(toNumber(groups.size) ?? ctx.keySize)),
  },
  {
    pattern: token('(?<size>\\d{3,5})[-\\s]?bits?[-\\s]+rsa'),
    assess: (groups, ctx) =>
      assessModularKey(plausibleModulus(toNumber(groups.size) ?? ctx.keySize)),
  },
  {
    pattern: token(
      'rsa(?:ssa)?(?:[-_]?(?:pss|oaep|pkcs1(?:[-_]?v1[._]?5)?|kem))?(?:[-_ :/]?(?<size>\\d{3,5}))?',
    ),
    assess: (groups, ctx) =>
      assessModularKey(plausibleModulus(toNumber(groups.size)) ?? plausibleModulus(ctx.keySize)),
  },
  {
    pattern: token(
      'dsa(?:[-_ :]?(?<size>\\d{3,5}))?|(?:ff)?dhe?(?:[-_ :]?(?<dhsize>\\d{3,5}))?|diffie[-_ ]?hellman|modp(?<modp>\\d{3,5})',
    ),
    assess: (groups, ctx) => {
      const size = toNumber(groups.size ?? groups.dhsize ?? groups.modp);
      return assessModularKey(plausibleModulus(size) ?? plausibleModulus(ctx.keySize));
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Certificate validity

function assessCertificateValidity(input: ClassifierInput, now: Date): Classification[] {
  const found: Classification[] = [];
  const notAfter = hasText(input.notAfter) ? Date.parse(input.notAfter) : NaN;
  if (!Number.isNaN(notAfter)) {
    if (notAfter <= now.getTime()) {
      found.push(CERTIFICATE_PROBLEM.expired);
    } else if (notAfter - now.getTime() <= EXPIRY_WARNING_DAYS * DAY_MS) {
      found.push(CERTIFICATE_PROBLEM.warning);
    }
  }
  if (input.selfSigned === true) found.push(CERTIFICATE_PROBLEM.warning);
  return found;
}
