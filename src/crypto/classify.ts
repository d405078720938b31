/**
 * The one classifier: reads a finding's facts into a finding type, an algorithm family, a
 * severity, the API category and quantum vulnerability. Import stores its verdict, the
 * explainers explain the same verdict, and fingerprints hash (type, family).
 *
 * Structured fields (algorithm, signature algorithm, protocol, cipher suites, curve, key size,
 * port, asset type) win over the title: the title is read only when no structured crypto field
 * is given. Several aspects can apply at once (an RSA-1024 certificate signed with SHA-1): each
 * is assessed on its own and the worst severity wins, the earlier aspect on a tie (key before
 * signature before protocol); the others are reported in `alsoFound`.
 *
 * Text is scanned token by token with patterns compiled once at load: each match is blanked out
 * so that 'ML-DSA' is not read again as DSA, nor a cipher suite's 'RSA' as an RSA key.
 */
import { assessCipherSuite, CIPHER_SUITE_PATTERN, parseCipherSuite } from './cipher-suite';
import { Domain, domainOf } from './domain';
import {
  AlgorithmFamily,
  CATEGORY_OF,
  FindingCategory,
  FindingType,
  isFindingType,
  Severity,
  SEVERITY_RANK,
} from './finding-types';
import {
  BROKEN_MODULUS_BITS,
  DAY_MS,
  EXPIRY_WARNING_DAYS,
  MAX_TEXT_CHARS,
  MIN_CURVE_BITS,
  MIN_HMAC_SECRET_BITS,
  MIN_MODULUS_BITS,
} from './limits';

/** What the classifier reads: every field optional, all of it untrusted. */
export interface CryptoFacts {
  title?: string;
  /** A finding-type id (or its words) given by the scanner: a hint when the facts say nothing. */
  category?: string;
  algorithm?: string;
  keySize?: number;
  signatureAlgorithm?: string;
  protocol?: string;
  protocolVersion?: string;
  cipherSuites?: string[];
  curve?: string;
  port?: number;
  /** What the asset is: certificate, ssh-host-key, jwt, kerberos, dnssec, code-signing, secret... */
  assetType?: string;
  notAfter?: string;
  selfSigned?: boolean;
  /** Scanner details: only their strings are read, and only when no structured field is given. */
  details?: Record<string, unknown>;
}

export interface Assessment {
  type: FindingType;
  family: AlgorithmFamily | null;
  severity: Severity;
  quantumVulnerable: boolean;
  /** Overrides the type's category where the API has always said something else. */
  category?: FindingCategory;
}

export interface CryptoClassification {
  findingType: FindingType;
  algorithmFamily: AlgorithmFamily | null;
  severity: Severity;
  category: FindingCategory;
  quantumVulnerable: boolean;
  /** Where the verdict came from. */
  basis: 'structured' | 'text' | 'category' | 'none';
  /** Other weaknesses found in the same finding (the reading not taken as the main one). */
  alsoFound: FindingType[];
  domain: Domain | undefined;
}

const UNKNOWN: Assessment = {
  type: 'unknown',
  family: null,
  severity: 'low',
  quantumVulnerable: false,
};
const FINE_TYPES: ReadonlySet<FindingType> = new Set<FindingType>([
  'acceptable_algorithm',
  'unknown',
]);

export function classify(facts: CryptoFacts, now: Date = new Date()): CryptoClassification {
  const safe = facts ?? {};
  const domain = domainOf(safe);
  const structured = hasStructuredCrypto(safe);
  const found = [
    ...assessAssetType(safe.assetType),
    ...(structured ? assessStructured(safe, domain) : assessText(freeText(safe), safe, domain)),
    ...assessCertificateValidity(safe, now),
  ];
  const worst = worstAssessment(found);
  // A scanner's own finding-type id is a hint for what the facts cannot name.
  const fromCategory = categoryHint(safe.category);
  if (fromCategory && FINE_TYPES.has(worst.type)) {
    return result(fromAssessmentOfType(fromCategory), found, 'category', domain);
  }
  const basis = found.length === 0 ? 'none' : structured ? 'structured' : 'text';
  return result(worst, found, basis, domain);
}

function result(
  main: Assessment,
  found: Assessment[],
  basis: CryptoClassification['basis'],
  domain: Domain | undefined,
): CryptoClassification {
  const others = found.map((a) => a.type).filter((t) => t !== main.type && !FINE_TYPES.has(t));
  return {
    findingType: main.type,
    algorithmFamily: main.family,
    severity: main.severity,
    category: main.category ?? CATEGORY_OF[main.type],
    quantumVulnerable: main.quantumVulnerable || found.some((a) => a.quantumVulnerable),
    basis,
    alsoFound: [...new Set(others)],
    domain,
  };
}

/** Worst severity first; on a tie the earlier assessment. */
export function worstAssessment(found: Assessment[]): Assessment {
  if (found.length === 0) return UNKNOWN;
  return found.reduce((a, b) => (SEVERITY_RANK[b.severity] < SEVERITY_RANK[a.severity] ? b : a));
}

function fromAssessmentOfType(type: FindingType): Assessment {
  return {
    type,
    family: null,
    severity: DEFAULT_SEVERITY[CATEGORY_OF[type]],
    quantumVulnerable: CATEGORY_OF[type] === 'quantum_vulnerable',
  };
}

const DEFAULT_SEVERITY: Record<FindingCategory, Severity> = {
  weak_key: 'high',
  quantum_vulnerable: 'medium',
  weak_hash: 'high',
  legacy_protocol: 'high',
  weak_cipher: 'high',
  certificate: 'medium',
  pqc_safe: 'info',
  other: 'low',
};

function categoryHint(category: string | undefined): FindingType | undefined {
  if (typeof category !== 'string') return undefined;
  const slug = category
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return isFindingType(slug) && slug !== 'unknown' ? slug : undefined;
}

// ---------------------------------------------------------------------------------------------
// Which fields to read

const SECRET_ASSET =
  /(?<![a-z])(?:secrets?(?![-_ ]?(?:key|manager|store|vault))|committed[-_ ](?:secret|key)s?|leaked[-_ ](?:secret|key)s?|hard[-_ ]?coded[-_ ](?:secret|key|credential)s?)(?![a-z])/i;

/** An asset reported as a secret (by a secret scanner) is compromised, whatever it holds. */
function assessAssetType(assetType: string | undefined): Assessment[] {
  if (!hasText(assetType) || !SECRET_ASSET.test(assetType.slice(0, 200))) return [];
  return [assessment('secret_in_repository', 'SECRET', 'critical')];
}

function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function hasStructuredCrypto(f: CryptoFacts): boolean {
  return (
    [f.algorithm, f.signatureAlgorithm, f.protocol, f.protocolVersion, f.curve].some(hasText) ||
    (Array.isArray(f.cipherSuites) && f.cipherSuites.some(hasText))
  );
}

function assessStructured(f: CryptoFacts, domain: Domain | undefined): Assessment[] {
  const algorithm = [f.algorithm, f.curve].filter(hasText).join(' ');
  const keyCtx: ScanContext = {
    keySize: f.keySize,
    signature: mentionsSigning(f.algorithm),
    domain,
  };
  return [
    // The signature algorithm's RSA/EC part belongs to the issuer's key, so the subject's keySize
    // must not leak into it.
    ...scanText(algorithm, keyCtx),
    // Without a key algorithm field, the key size can only belong to the signature's key.
    ...scanText(f.signatureAlgorithm ?? '', {
      signature: true,
      domain,
      keySize: algorithm === '' ? f.keySize : undefined,
    }),
    ...scanText(protocolText(f.protocol, f.protocolVersion), { signature: false, domain }),
    ...(Array.isArray(f.cipherSuites) ? f.cipherSuites.slice(0, 50) : [])
      .filter(hasText)
      .flatMap((suite) => scanText(suite, { signature: false, domain })),
  ];
}

function assessText(
  text: string,
  f: CryptoFacts,
  domain: Domain | undefined,
): readonly Assessment[] {
  return scanText(text, { keySize: f.keySize, signature: mentionsSigning(text), domain });
}

/** Title, category and the strings of details: what a person would read. */
function freeText(f: CryptoFacts): string {
  const parts = [f.title, f.category, ...stringsIn(f.details, 3)];
  return parts.filter(hasText).join(' | ').slice(0, MAX_TEXT_CHARS);
}

function stringsIn(value: unknown, depth: number): string[] {
  if (typeof value === 'string') return [value];
  if (depth === 0 || typeof value !== 'object' || value === null) return [];
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.slice(0, 50).flatMap((child) => stringsIn(child, depth - 1));
}

const SIGNING = /sign|certificate|with\s*(?:rsa|ecdsa|dsa)/i;

function mentionsSigning(text: string | undefined): boolean {
  return SIGNING.test(text ?? '');
}

/** A bare version ('1.0') is read as TLS, the protocol nearly every scanner reports. */
function protocolText(protocol: string | undefined, version: string | undefined): string {
  if (!hasText(version)) return protocol ?? '';
  return `${hasText(protocol) ? protocol : 'TLS'} ${version}`;
}

// ---------------------------------------------------------------------------------------------
// Token rules

interface ScanContext {
  keySize?: number;
  signature: boolean;
  domain: Domain | undefined;
}

type Groups = Record<string, string | undefined>;

interface Rule {
  pattern: RegExp;
  assess: (groups: Groups, ctx: ScanContext) => Assessment | null;
}

/**
 * Algorithm names repeat across findings (a scan holds a handful of distinct ones), so short
 * texts are memoised: the verdict of a text depends only on the text and its context.
 */
const MEMO_MAX_ENTRIES = 2_000;
const MEMO_MAX_TEXT = 200;
const memo = new Map<string, readonly Assessment[]>();

function scanText(text: string, ctx: ScanContext): readonly Assessment[] {
  if (!hasText(text)) return [];
  if (text.length > MEMO_MAX_TEXT) return scanUncached(text, ctx);
  const key = `${ctx.keySize ?? ''}|${ctx.signature ? 1 : 0}|${ctx.domain ?? ''}|${text}`;
  const known = memo.get(key);
  if (known) return known;
  const found = scanUncached(text, ctx);
  if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
  memo.set(key, found);
  return found;
}

function scanUncached(text: string, ctx: ScanContext): Assessment[] {
  const found: Assessment[] = [];
  // Cipher suites first, whole, before 'with' is split off for 'sha1WithRSAEncryption'.
  let remaining = text.slice(0, MAX_TEXT_CHARS).replace(CIPHER_SUITE_PATTERN, (suite) => {
    const parsed = parseCipherSuite(suite);
    if (parsed) {
      const v = assessCipherSuite(parsed);
      found.push(inDomain({ ...v, family: v.family }, ctx.domain));
    }
    return ' '.repeat(suite.length);
  });
  remaining = remaining.replace(/with/gi, ' with ').replace(/encryption/gi, ' encryption');
  // One pass per rule: each match is assessed and blanked out in the same replace.
  for (const rule of RULES) {
    remaining = remaining.replace(rule.pattern, (whole: string, ...args: unknown[]) => {
      const last = args[args.length - 1];
      const groups = typeof last === 'object' && last !== null ? (last as Groups) : {};
      const assessment = rule.assess(groups, ctx);
      if (assessment) found.push(inDomain(assessment, ctx.domain));
      return ' '.repeat(whole.length);
    });
  }
  return found;
}

/** Where the asset is used refines a generic verdict into the domain's own weakness. */
function inDomain(a: Assessment, domain: Domain | undefined): Assessment {
  const retype = (type: FindingType): Assessment => ({ ...a, type, category: undefined });
  switch (domain) {
    case 'ssh':
      if (a.type === 'no_hybrid_kex') return retype('ssh_no_pq_kex');
      return a;
    case 'ike':
      if (a.type === 'weak_dh') return retype('ike_weak_group');
      return a;
    case 'jose':
      if (a.type === 'quantum_vulnerable_rsa' || a.type === 'quantum_vulnerable_ecc')
        return retype('jwt_quantum_vulnerable_signature');
      return a;
    case 'kerberos':
      if (a.type === 'weak_cipher') return retype('kerberos_weak_enctype');
      return a;
    case 'dnssec':
      if (a.type === 'sha1_signature' || a.type === 'md5_hash' || a.type === 'dsa_key')
        return retype('dnssec_weak_algorithm');
      return a;
    case 'code_signing':
      if (['quantum_vulnerable_rsa', 'quantum_vulnerable_ecc'].includes(a.type))
        return retype('quantum_vulnerable_code_signing');
      return a;
    default:
      return a;
  }
}

function token(source: string): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${source})(?![a-z0-9])`, 'gi');
}

function toNumber(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

function assessment(
  type: FindingType,
  family: AlgorithmFamily | null,
  severity: Severity,
  quantumVulnerable = false,
  category?: FindingCategory,
): Assessment {
  return { type, family, severity, quantumVulnerable, ...(category ? { category } : {}) };
}

const PQC_SAFE = assessment('acceptable_algorithm', 'PQC', 'info');

function assessRsa(size: number | undefined): Assessment {
  if (size !== undefined && size <= BROKEN_MODULUS_BITS)
    return assessment('weak_rsa', 'RSA', 'critical', true);
  if (size !== undefined && size < MIN_MODULUS_BITS)
    return assessment('weak_rsa', 'RSA', 'high', true);
  return assessment('quantum_vulnerable_rsa', 'RSA', 'medium', true);
}

function assessDh(size: number | undefined): Assessment {
  if (size !== undefined && size <= BROKEN_MODULUS_BITS)
    return assessment('weak_dh', 'DH', 'critical', true);
  if (size !== undefined && size < MIN_MODULUS_BITS)
    return assessment('weak_dh', 'DH', 'high', true);
  return assessment('quantum_vulnerable_dh', 'DH', 'medium', true);
}

function assessCurve(bits: number | undefined, family: AlgorithmFamily): Assessment {
  if (bits !== undefined && bits < MIN_CURVE_BITS)
    return assessment('weak_ecc', family, 'high', true);
  return assessment('quantum_vulnerable_ecc', family, 'medium', true);
}

/** Sizes like 'RSA-OAEP-256' (a hash) or 'RSA 4096000' are not key sizes. */
function plausibleModulus(size: number | undefined): number | undefined {
  return size !== undefined && size >= 512 && size <= 16384 ? size : undefined;
}

function plausibleCurveBits(size: number | undefined): number | undefined {
  return size !== undefined && size >= 160 && size <= 571 ? size : undefined;
}

function assessProtocol(groups: Groups): Assessment | null {
  const protocol = (groups.proto ?? '').toLowerCase();
  const major = Number(groups.major);
  const minor = Number(groups.minor ?? '0');
  if (protocol === 'ssl') {
    return assessment('legacy_tls', major === 2 ? 'SSL2.0' : 'SSL3.0', 'critical');
  }
  const legacy = protocol === 'tls' ? major === 1 && minor <= 1 : major === 1 && minor === 0;
  if (legacy) return assessment('legacy_tls', minor === 1 ? 'TLS1.1' : 'TLS1.0', 'high');
  const current = major === 1 && minor >= 2 && minor <= 3;
  return current ? assessment('acceptable_algorithm', null, 'info', false, 'other') : null;
}

/** IKE / Oakley DH groups by number (RFC 8247): 1, 2 and 5 are under 2048 bits. */
function assessIkeGroup(group: number): Assessment | null {
  if ([1, 2, 5, 22].includes(group)) return assessment('ike_weak_group', 'DH', 'high', true);
  if ([14, 15, 16, 17, 18, 23, 24].includes(group))
    return assessment('quantum_vulnerable_dh', 'DH', 'medium', true);
  if ([19, 20, 21, 31, 32].includes(group))
    return assessment('quantum_vulnerable_ecc', 'ECDH', 'medium', true);
  return null;
}

function assessSymmetric(bits: number | undefined): Assessment {
  // Grover halves a key's strength at best; AES-128 stays acceptable (NIST IR 8547), AES-256 is
  // the conservative choice for data kept for decades (CNSA 2.0).
  if (bits === 128 || bits === 192)
    return assessment('grover_symmetric_key', 'AES', 'info', false, 'pqc_safe');
  return assessment('acceptable_algorithm', 'AES', 'info');
}

const SECRET_WORDS =
  '(?:private[-\\s]keys?|secrets?|passwords?|api[-\\s]?keys?|access[-\\s]?keys?|credentials?|tokens?|keys?)';

const WHERE_IN_CODE =
  '\\s{1,3}(?:in|to|into)\\s{1,3}(?:the\\s{1,3}|a\\s{1,3})?(?:git\\s{1,3}|public\\s{1,3}|source\\s{1,3})?(?:repo(?:sitory)?|source(?:\\s{1,3}code)?|(?:git\\s{1,3})?history|code(?:base)?)';

const RULES: Rule[] = [
  // Secrets committed to source control: the secret is compromised whatever its algorithm.
  {
    pattern: token(
      `${SECRET_WORDS}\\s{1,3}(?:(?:was|were|is|are)\\s{1,3})?(?:committed|checked\\s{1,3}in|pushed|hard[-\\s]?coded)${WHERE_IN_CODE}?` +
        `|${SECRET_WORDS}(?:\\s{1,3}(?:was|were|is|are))?(?:\\s{1,3}(?:found|leaked|exposed|stored))?${WHERE_IN_CODE}` +
        `|hard[-\\s]?coded\\s{1,3}${SECRET_WORDS}|-----begin(?:\\s{1,3}[a-z]+)?\\s{1,3}private\\s{1,3}key-----`,
    ),
    assess: () => assessment('secret_in_repository', 'SECRET', 'critical'),
  },
  // Certificate problems named in a title ('Expired certificate', 'Self-signed cert on ...').
  { pattern: token('expired'), assess: () => assessment('certificate_expiry', 'X509', 'high') },
  {
    pattern: token('expir(?:es|ing|y)(?:\\s{1,3}soon)?|about\\s{1,3}to\\s{1,3}expire'),
    assess: () => assessment('certificate_expiry', 'X509', 'medium'),
  },
  {
    pattern: token('self[-\\s]?signed'),
    assess: () => assessment('self_signed_certificate', 'X509', 'medium'),
  },
  {
    // "No hybrid post-quantum key exchange": the absence is the finding (harvest now, decrypt later).
    pattern: token(
      '(?:no|missing|lacking|without)\\s{1,3}(?:hybrid\\s{1,3})?(?:post[-\\s]?quantum|pqc?|ml[-\\s]?kem)(?:\\s{1,3}hybrid)?(?:\\s{1,3}(?:key\\s{1,3}(?:exchange|agreement|encapsulation)|kex))?|(?:x25519mlkem768|mlkem768x25519[-_]sha256|sntrup761x25519[-_]sha512)\\s{1,3}(?:is\\s{1,3})?(?:not|never)\\s{1,3}(?:offered|negotiated|supported|enabled)',
    ),
    assess: () => assessment('no_hybrid_kex', 'ECDH', 'medium', true),
  },
  {
    // Mosca's inequality: long-lived secrets over classical key exchange are at risk today.
    pattern: token(
      "harvest[-\\s]now[-,\\s]+decrypt[-\\s]later|hndl|mosca(?:'s)?(?:\\s{1,3}inequality)?|long[-\\s]lived\\s{1,3}(?:confidential\\s{1,3})?(?:data|records|secrets)",
    ),
    assess: () => assessment('long_lived_data_classical_kex', 'ECDH', 'medium', true),
  },
  // JOSE / JWT
  {
    pattern: token(
      'alg(?:orithm)?\\s{0,3}["\']?\\s{0,3}[:=]\\s{0,3}["\']?none|alg(?:orithm)?\\s{1,3}none|none\\s{1,3}alg(?:orithm)?|unsigned\\s{1,3}(?:jwts?|tokens?)',
    ),
    assess: () => assessment('jwt_alg_none', 'JWT', 'critical'),
  },
  {
    pattern: token(
      '(?:weak|short|guessable|default|low[-\\s]entropy|brute[-\\s]?forc(?:ed|eable|ible))\\s{1,3}(?:(?<jose>jwt|hmac|hs256|token)\\s{1,3})(?:signing\\s{1,3})?(?:secret|key)|(?:weak|short|guessable|default|low[-\\s]entropy)\\s{1,3}(?:signing\\s{1,3})?secret',
    ),
    assess: (g, ctx) =>
      g.jose || ctx.domain === 'jose' ? assessment('jwt_weak_hmac_secret', 'HMAC', 'high') : null,
  },
  {
    pattern: token('hs(?:256|384|512)'),
    assess: (_g, ctx) =>
      ctx.keySize !== undefined && ctx.keySize < MIN_HMAC_SECRET_BITS
        ? assessment('jwt_weak_hmac_secret', 'HMAC', 'high')
        : assessment('acceptable_algorithm', 'HMAC', 'info'),
  },
  {
    pattern: token('(?<jrsa>rs|ps)(?:256|384|512)|es(?:256k?|384|512)'),
    assess: (g) =>
      assessment('jwt_quantum_vulnerable_signature', g.jrsa ? 'RSA' : 'ECDSA', 'medium', true),
  },
  {
    // ES256 and friends alone are caught above; 'none' as a JOSE algorithm field.
    pattern: token('none'),
    assess: (_g, ctx) =>
      ctx.domain === 'jose' ? assessment('jwt_alg_none', 'JWT', 'critical') : null,
  },
  // Kerberos encryption types (RFC 8429): AES-SHA1/SHA2 types are fine.
  {
    pattern: token('aes(?:128|256)[-_]cts[-_]hmac[-_]sha(?:1[-_]96|256[-_]128|384[-_]192)'),
    assess: () => assessment('acceptable_algorithm', 'AES', 'info'),
  },
  {
    pattern: token(
      '(?<rc4>rc4|arcfour)[-_]hmac(?:[-_](?:md5|exp|56))?|(?<des3>des3)[-_]cbc[-_](?:sha1|raw)(?:[-_]kd)?|des[-_]cbc[-_](?:crc|md4|md5|raw)',
    ),
    assess: (g) =>
      assessment('kerberos_weak_enctype', g.rc4 ? 'RC4' : g.des3 ? '3DES' : 'DES', 'high'),
  },
  // DNSSEC algorithm mnemonics (RFC 8624).
  {
    pattern: token('rsamd5|rsasha1(?:[-_]nsec3[-_]sha1)?|dsa[-_]nsec3[-_]sha1|ecc[-_]gost'),
    assess: () => assessment('dnssec_weak_algorithm', 'SHA1', 'high'),
  },
  {
    pattern: token('(?:rsasha(?:256|512))'),
    assess: () => assessment('quantum_vulnerable_rsa', 'RSA', 'medium', true),
  },
  {
    pattern: token('ecdsap(?:256sha256|384sha384)'),
    assess: () => assessment('quantum_vulnerable_ecc', 'ECDSA', 'medium', true),
  },
  // SSH algorithm names.
  {
    pattern: token(
      '(?:sntrup761x25519|mlkem768x25519|mlkem768nistp256|mlkem1024nistp384)[-_]sha(?:256|512)(?:@openssh\\.com)?',
    ),
    assess: () => PQC_SAFE,
  },
  {
    pattern: token('ssh[-_]rsa(?:[-_]cert[-_]v01@openssh\\.com)?'),
    assess: () => assessment('ssh_rsa_sha1_signature', 'SHA1', 'high', true),
  },
  { pattern: token('ssh[-_]dss'), assess: () => assessment('dsa_key', 'DSA', 'high', true) },
  {
    pattern: token('rsa[-_]sha2[-_](?:256|512)'),
    assess: () => assessment('quantum_vulnerable_rsa', 'RSA', 'medium', true),
  },
  {
    pattern: token('curve25519[-_]sha256(?:@libssh\\.org)?|ecdh[-_]sha2[-_]nistp(?:256|384|521)'),
    assess: () => assessment('ssh_no_pq_kex', 'ECDH', 'medium', true),
  },
  {
    pattern: token('diffie[-_]hellman[-_]group(?<g>\\d+|[-_]exchange)[-_]sha(?:1|256|512)'),
    assess: (g) =>
      g.g === '1'
        ? assessment('weak_dh', 'DH', 'critical', true)
        : assessment('ssh_no_pq_kex', 'DH', 'medium', true),
  },
  // IKE / IPsec
  {
    pattern: token('ike[-_\\s]?v?1|aggressive\\s{1,3}mode|main\\s{1,3}mode'),
    assess: () => assessment('ikev1', 'IKEv1', 'high'),
  },
  {
    pattern: token('(?:dh|modp|diffie[-\\s]hellman|ike|pfs)[-_\\s]*group[-_\\s]*(?<g>\\d{1,2})'),
    assess: (g) => assessIkeGroup(Number(g.g)),
  },
  {
    pattern: token('group[-_\\s]*(?<g>\\d{1,2})'),
    assess: (g, ctx) => (ctx.domain === 'ike' ? assessIkeGroup(Number(g.g)) : null),
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
    pattern: token('(?<proto>d?tls|ssl)\\s{0,3}v?\\s{0,3}(?<major>\\d)(?:[._](?<minor>\\d))?'),
    assess: assessProtocol,
  },
  {
    // NULL cipher suites encrypt nothing at all.
    pattern: token('with[\\s_-]+null|null[-_](?:md5|sha\\d*)'),
    assess: () => assessment('weak_cipher', 'NULL', 'critical'),
  },
  {
    pattern: token(
      '3des(?:[-_]ede)?|tdea|triple[-_ ]?des|des[-_]?ede3?(?:[-_]cbc)?|desede|des[-_]?cbc3|des3',
    ),
    assess: () => assessment('weak_cipher', '3DES', 'high'),
  },
  {
    pattern: token('des(?:[-_]?(?:cbc|ecb|40|56|64))?'),
    assess: () => assessment('weak_cipher', 'DES', 'high'),
  },
  {
    pattern: token('rc4(?:[-_]?(?:40|56|64|128))?|arcfour|rc2(?:[-_]?\\d+)?'),
    assess: () => assessment('weak_cipher', 'RC4', 'high'),
  },
  {
    // HMAC-SHA1 and HMAC-MD5 are not signatures: collisions do not break an HMAC.
    pattern: token('hmac[-_ ]?(?<md5>md5)|hmac[-_ ]?sha[-_ ]?1|(?:sha1|md5)[-_ ]?hmac'),
    assess: (g) =>
      g.md5 ? assessment('md5_hash', 'MD5', 'medium') : assessment('sha1_hash', 'SHA1', 'low'),
  },
  {
    // MD5 signatures: rogue CA certificates were forged with MD5 collisions (2008).
    pattern: token('md[245]'),
    assess: (_g, ctx) => assessment('md5_hash', 'MD5', ctx.signature ? 'critical' : 'high'),
  },
  {
    pattern: token('sha[-_ ]?1'),
    assess: (_g, ctx) =>
      ctx.signature
        ? assessment('sha1_signature', 'SHA1', 'high')
        : assessment('sha1_hash', 'SHA1', 'high'),
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
    assess: () => assessment('acceptable_algorithm', null, 'info'),
  },
  {
    pattern: token(
      'aes(?:[-_ ]?(?<bits>128|192|256))?(?:[-_ ]?(?:gcm|ccm|cbc|ctr|xts|ofb|cfb|kw|siv|ecb))?',
    ),
    assess: (g, ctx) => assessSymmetric(toNumber(g.bits) ?? symmetricSize(ctx.keySize)),
  },
  {
    pattern: token('x?chacha(?:20)?(?:[-_]?poly1305)?|poly1305'),
    assess: () => assessment('acceptable_algorithm', null, 'info'),
  },
  {
    pattern: token(
      '(?:nist[-_ ]?p|p|secp|prime|brainpool[-_ ]?p)[-_ ]?(?<bits>\\d{3})(?:[rkvt]\\d)?',
    ),
    assess: (g) => assessCurve(plausibleCurveBits(toNumber(g.bits)), 'EC'),
  },
  {
    pattern: token('(?<kx>x25519|x448|curve25519|curve448)|ed25519|ed448|eddsa'),
    assess: (g) => assessment('quantum_vulnerable_ecc', g.kx ? 'ECDH' : 'EdDSA', 'medium', true),
  },
  {
    pattern: token('(?<alg>ecdsa|ecdhe?|ecies|ecmqv|ecc|ec)(?:[-_ ]?(?<size>\\d{3}))?'),
    assess: (g, ctx) =>
      assessCurve(plausibleCurveBits(toNumber(g.size) ?? ctx.keySize), familyOfEc(g.alg)),
  },
  {
    pattern: token('(?<size>\\d{3,5})[-\\s]?bits?[-\\s]+rsa'),
    assess: (g, ctx) => assessRsa(plausibleModulus(toNumber(g.size) ?? ctx.keySize)),
  },
  {
    pattern: token(
      'rsa(?:ssa|es)?(?:[-_]?(?:pss|oaep|pkcs1(?:[-_]?v1[._]?5)?|kem))?(?:[-_ :/]?(?<size>\\d{3,5}))?|rsaencryption',
    ),
    assess: (g, ctx) =>
      assessRsa(plausibleModulus(toNumber(g.size)) ?? plausibleModulus(ctx.keySize)),
  },
  {
    pattern: token('el[-_ ]?gamal|elg[-_]e'),
    assess: () => assessment('elgamal_key', 'ElGamal', 'high', true),
  },
  {
    // FIPS 186-5 no longer approves DSA for signing, whatever its size.
    pattern: token('dsa(?:[-_ :]?(?<size>\\d{3,5}))?'),
    assess: () => assessment('dsa_key', 'DSA', 'high', true),
  },
  {
    pattern: token(
      '(?:ff)?dhe?(?:[-_ :]?(?<dhsize>\\d{3,5}))?|diffie[-_ ]?hellman|modp(?<modp>\\d{3,5})',
    ),
    assess: (g, ctx) =>
      assessDh(plausibleModulus(toNumber(g.dhsize ?? g.modp)) ?? plausibleModulus(ctx.keySize)),
  },
];

function familyOfEc(alg: string | undefined): AlgorithmFamily {
  const a = (alg ?? '').toLowerCase();
  if (a === 'ecdsa') return 'ECDSA';
  if (a.startsWith('ecdh') || a === 'ecmqv' || a === 'ecies') return 'ECDH';
  return 'EC';
}

function symmetricSize(size: number | undefined): number | undefined {
  return size === 128 || size === 192 || size === 256 ? size : undefined;
}

// ---------------------------------------------------------------------------------------------
// Certificate validity

function assessCertificateValidity(f: CryptoFacts, now: Date): Assessment[] {
  const found: Assessment[] = [];
  const notAfter = hasText(f.notAfter) ? Date.parse(f.notAfter) : NaN;
  if (!Number.isNaN(notAfter)) {
    if (notAfter <= now.getTime()) {
      found.push(assessment('certificate_expiry', 'X509', 'high'));
    } else if (notAfter - now.getTime() <= EXPIRY_WARNING_DAYS * DAY_MS) {
      found.push(assessment('certificate_expiry', 'X509', 'medium'));
    }
  }
  if (f.selfSigned === true) found.push(assessment('self_signed_certificate', 'X509', 'medium'));
  return found;
}
